/**
 * Runs a function the way a Lambda integration calls it: a URL the caller mapped the function to, else the SAM
 * function's own code in a child process (Node.js; Python where python3 exists), restarted when its files change.
 * Code runs only when the workspace is trusted.
 */
import { randomUUID } from 'node:crypto';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import type { LocalFunction } from '../types';
import { FunctionWorker, WorkerReply } from './worker';
import { invokeUrl } from './urlInvoke';

export type LambdaOutcome =
  /** The function returned; `payload` is its result as JSON text. */
  | { kind: 'result'; payload: string; requestId: string }
  /** The function failed (threw, or ran past its own timeout); `payload` is Lambda's error JSON. */
  | { kind: 'error'; payload: string; errorMessage: string; errorType: string; stack: string[]; requestId: string }
  /** The integration's timeout passed first. */
  | { kind: 'timeout'; requestId: string }
  /** Could not be invoked at all (not found, not trusted, no runtime): API Gateway's 500. */
  | { kind: 'unavailable'; reason: string };

export interface InvokerOptions {
  functions: LocalFunction[];
  lambdaUrlMap: Record<string, string>;
  trusted: boolean;
  /** The function's stdout/stderr lines, with its log group. */
  onFunctionLog(logGroup: string, line: string): void;
}

/** Lambda's init phase (loading the handler) may take at most 10 s (Lambda Developer Guide, "Lambda execution environment"). */
const INIT_LIMIT_MS = 10_000;

/** Local functions run at most this many instances at once; beyond, Lambda would throttle (a 500; facts L16). */
const MAX_INSTANCES = 16;

export class FunctionInvoker {
  private readonly pools = new Map<string, { idle: FunctionWorker[]; all: Set<FunctionWorker>; generation: number }>();
  private readonly watchers: fs.FSWatcher[] = [];
  private pythonCommand: string | null | undefined;

  constructor(private readonly options: InvokerOptions) {}

  /** `ref` is a Lambda integration URI, a function ARN, a function name or a SAM logical id. */
  async invoke(ref: string, event: unknown, integrationTimeoutMs: number): Promise<LambdaOutcome> {
    const arn = functionArnOf(ref);
    const name = functionNameOf(arn);
    const url = this.options.lambdaUrlMap[ref] ?? this.options.lambdaUrlMap[arn] ?? this.options.lambdaUrlMap[name];
    if (url) return invokeUrl(url, event, integrationTimeoutMs);
    const fn = this.options.functions.find((f) => f.logicalId === name || f.functionName === name);
    if (!fn) return { kind: 'unavailable', reason: `no local function for ${arn}: the template has no AWS::Serverless::Function "${name}" and no URL is mapped to it (lambdaUrlMap)` };
    if (!this.options.trusted) return { kind: 'unavailable', reason: `the workspace is not trusted, so function ${fn.logicalId} does not run locally; only MOCK and HTTP integrations do` };
    const command = this.commandFor(fn);
    if (typeof command !== 'string') return command;
    return this.runLocal(fn, command, event, integrationTimeoutMs);
  }

  dispose(): void {
    for (const w of this.watchers) w.close();
    for (const pool of this.pools.values()) for (const worker of pool.all) worker.kill();
    this.pools.clear();
  }

  private commandFor(fn: LocalFunction): string | LambdaOutcome {
    if (!fn.codeDir && fn.inlineCode === undefined) return { kind: 'unavailable', reason: `function ${fn.logicalId} has no local CodeUri or InlineCode` };
    if (fn.codeDir && !fs.existsSync(fn.codeDir)) return { kind: 'unavailable', reason: `function ${fn.logicalId}: CodeUri ${fn.codeDir} does not exist` };
    if (fn.runtime.startsWith('nodejs')) return process.execPath;
    if (fn.runtime.startsWith('python')) {
      if (fn.inlineCode !== undefined) return { kind: 'unavailable', reason: `function ${fn.logicalId}: inline Python code is not run locally` };
      this.pythonCommand ??= findPython();
      return this.pythonCommand ?? { kind: 'unavailable', reason: `function ${fn.logicalId} needs python3, which is not on this machine's PATH` };
    }
    return { kind: 'unavailable', reason: `function ${fn.logicalId}: runtime "${fn.runtime}" does not run locally (Node.js and Python do); map it to a URL with lambdaUrlMap` };
  }

  private async runLocal(fn: LocalFunction, command: string, event: unknown, integrationTimeoutMs: number): Promise<LambdaOutcome> {
    const pool = this.poolOf(fn);
    let worker = pool.idle.pop();
    while (worker?.exited) {
      pool.all.delete(worker);
      worker = pool.idle.pop();
    }
    if (!worker) {
      if (pool.all.size >= MAX_INSTANCES) return { kind: 'unavailable', reason: `Rate Exceeded: function ${fn.logicalId} already runs ${MAX_INSTANCES} instances locally` };
      const logGroup = `/aws/lambda/${fn.functionName ?? fn.logicalId}`;
      worker = new FunctionWorker(fn, command, (line) => this.options.onFunctionLog(logGroup, line));
      pool.all.add(worker);
    }
    const generation = pool.generation;
    const requestId = randomUUID();
    const context = {
      awsRequestId: requestId,
      functionName: fn.functionName ?? fn.logicalId,
      functionVersion: '$LATEST',
      invokedFunctionArn: `arn:aws:lambda:us-east-1:123456789012:function:${fn.functionName ?? fn.logicalId}`,
      memoryLimitInMB: String(fn.memoryMb),
      logGroupName: `/aws/lambda/${fn.functionName ?? fn.logicalId}`,
      logStreamName: `local/[$LATEST]${requestId.replace(/-/g, '')}`,
      deadlineMs: Date.now() + fn.timeoutMs,
    };
    // Two clocks: API Gateway's integration timeout counts from the call (a cold start included); the function's
    // own Timeout counts from the end of its init phase, which Lambda bounds at 10 s.
    const timers: NodeJS.Timeout[] = [];
    const after = <T>(ms: number, value: T) => new Promise<T>((resolve) => timers.push(setTimeout(() => resolve(value), ms)));
    const gatewayLimit = after(integrationTimeoutMs, 'integration' as const);
    const initialised = await Promise.race([worker.ready.then(() => 'ready' as const), gatewayLimit, after(INIT_LIMIT_MS, 'init' as const)]);
    let reply: WorkerReply | 'integration' | 'function' | 'init' = initialised === 'ready' ? 'function' : initialised;
    if (initialised === 'ready') {
      context.deadlineMs = Date.now() + fn.timeoutMs;
      reply = await Promise.race([worker.invoke(event, context), gatewayLimit, after(fn.timeoutMs, 'function' as const)]);
    }
    for (const t of timers) clearTimeout(t);
    if (typeof reply === 'string') {
      // A stuck instance is not reused.
      worker.kill();
      pool.all.delete(worker);
      if (reply === 'integration') return { kind: 'timeout', requestId };
      const message = reply === 'init'
        ? `${new Date().toISOString()} ${requestId} Init phase did not complete within ${INIT_LIMIT_MS / 1000} seconds`
        : `${new Date().toISOString()} ${requestId} Task timed out after ${(fn.timeoutMs / 1000).toFixed(2)} seconds`;
      return errorOutcome({ errorType: 'Sandbox.Timedout', errorMessage: message, stackTrace: [] }, requestId);
    }
    if (worker.exited || pool.generation !== generation) {
      worker.kill();
      pool.all.delete(worker);
    } else pool.idle.push(worker);
    if (reply.ok) return { kind: 'result', payload: reply.result ?? 'null', requestId };
    return errorOutcome(reply.error ?? { errorType: 'Error', errorMessage: 'unknown error', stackTrace: [] }, requestId);
  }

  private poolOf(fn: LocalFunction) {
    let pool = this.pools.get(fn.logicalId);
    if (!pool) {
      pool = { idle: [], all: new Set(), generation: 0 };
      this.pools.set(fn.logicalId, pool);
      const p = pool;
      if (fn.codeDir) this.watch(fn.codeDir, () => {
        // Saved code runs on the next invocation: idle instances go now, busy ones when they finish.
        p.generation++;
        for (const w of p.idle) {
          w.kill();
          p.all.delete(w);
        }
        p.idle = [];
      });
    }
    return pool;
  }

  private watch(dir: string, onChange: () => void): void {
    try {
      // A recursive watch over node_modules would cost thousands of inotify watches; the function's own files
      // sit beside it.
      const recursive = !fs.existsSync(`${dir}/node_modules`);
      this.watchers.push(fs.watch(dir, { recursive, persistent: false }, (_event, file) => {
        // Python's byte-code cache is written by the function itself, not saved by the user.
        if (file && /(^|[\\/])__pycache__([\\/]|$)|\.pyc$/.test(String(file))) return;
        onChange();
      }));
    } catch {
      // No watching (a read-only or vanished folder): code is then loaded once per instance.
    }
  }
}

export function errorOutcome(error: { errorType: string; errorMessage: string; stackTrace: string[] }, requestId: string): LambdaOutcome {
  return { kind: 'error', payload: JSON.stringify(error), errorMessage: error.errorMessage, errorType: error.errorType, stack: error.stackTrace, requestId };
}

/** `arn:aws:apigateway:REGION:lambda:path/2015-03-31/functions/ARN/invocations` → ARN; anything else as is. */
export function functionArnOf(ref: string): string {
  const m = /:lambda:path\/[^/]+\/functions\/(.+?)\/invocations$/.exec(ref);
  return m ? m[1] : ref;
}

/** The function's name from its ARN (`...:function:NAME[:alias]`), or the reference itself. */
export function functionNameOf(arn: string): string {
  const m = /:function:([^:/]+)/.exec(arn);
  return m ? m[1] : arn;
}

function findPython(): string | null {
  for (const candidate of ['python3', 'python']) {
    const r = spawnSync(candidate, ['-c', 'import sys; print(sys.version_info[0])'], { encoding: 'utf8', timeout: 5000 });
    if (r.status === 0 && r.stdout.trim() === '3') return candidate;
  }
  return null;
}
