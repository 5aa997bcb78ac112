/**
 * Runs full OpenAPI schema validation in a worker thread with a time limit, one job at a time; a job that runs
 * too long is abandoned by terminating the worker (a new one starts for the next job).
 */
import path from 'node:path';
import { Worker } from 'node:worker_threads';
import type { SchemaJob, SchemaJobResult } from './worker';

export const SCHEMA_TIME_LIMIT_MS = 10_000;
/** An idle worker is stopped so that its memory goes back to the system. */
export const SCHEMA_WORKER_IDLE_MS = 30_000;

export class SchemaValidator {
  private worker: Worker | undefined;
  private nextId = 1;
  private readonly pending = new Map<number, (r: SchemaJobResult | undefined) => void>();
  private idleTimer: NodeJS.Timeout | undefined;

  constructor(
    private readonly workerPath = path.join(__dirname, 'schemaWorker.js'),
    private readonly timeLimitMs = SCHEMA_TIME_LIMIT_MS,
  ) {}

  /** The schema errors of a definition's text, or undefined when validation failed to finish in time. */
  validate(text: string, syntax: SchemaJob['syntax']): Promise<SchemaJobResult | undefined> {
    const worker = this.ensureWorker();
    clearTimeout(this.idleTimer);
    const id = this.nextId++;
    return new Promise((resolve) => {
      const timer = setTimeout(() => {
        this.pending.delete(id);
        this.restart();
        resolve(undefined);
      }, this.timeLimitMs);
      this.pending.set(id, (r) => {
        clearTimeout(timer);
        resolve(r);
        if (this.pending.size === 0) {
          clearTimeout(this.idleTimer);
          this.idleTimer = setTimeout(() => this.restart(), SCHEMA_WORKER_IDLE_MS);
          this.idleTimer.unref();
        }
      });
      worker.postMessage({ id, text, syntax } satisfies SchemaJob);
    });
  }

  dispose(): void {
    this.restart();
  }

  private ensureWorker(): Worker {
    if (this.worker) return this.worker;
    const worker = new Worker(this.workerPath);
    worker.on('message', (r: SchemaJobResult) => {
      this.pending.get(r.id)?.(r);
      this.pending.delete(r.id);
    });
    worker.on('error', () => this.restart());
    worker.unref();
    this.worker = worker;
    return worker;
  }

  private restart(): void {
    clearTimeout(this.idleTimer);
    const worker = this.worker;
    this.worker = undefined;
    void worker?.terminate();
    for (const [, settle] of this.pending) settle(undefined);
    this.pending.clear();
  }
}
