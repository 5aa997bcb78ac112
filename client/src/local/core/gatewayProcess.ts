/**
 * Runs one local gateway in a child Node process (dist/gatewayHost.js) and talks to it over IPC: start, the
 * address it listens on, its execution-log lines, stop. A hung handler can only hang that process, and stop()
 * ends with SIGKILL if the process does not exit in time. Pure Node, no `vscode`.
 */
import { fork, type ChildProcess } from 'node:child_process';
import type { FromHost, HostStartOptions, ToHost } from '../../../../contract/localGateway';
import { ExecutionLogStore } from './executionLog';

export interface Listening {
  url: string;
  port: number;
  stage: string;
  apiId: string;
  apiType: 'REST' | 'HTTP' | 'WEBSOCKET';
  title?: string;
  /** The port that was asked for but taken. */
  portInUse?: number;
  notes: string[];
}

export interface GatewayProcessOptions {
  /** Path of dist/gatewayHost.js. */
  hostScript: string;
  /** Node options of the child (tests run the TypeScript source with `--import tsx`). */
  execArgv?: string[];
  log: ExecutionLogStore;
  /** What the gateway and the handlers print (stdout and stderr). */
  onOutput?: (text: string) => void;
  /** Called once when the process ends for any reason. */
  onExit?: (code: number | null, signal: NodeJS.Signals | null) => void;
  startTimeoutMs?: number;
}

export class GatewayProcess {
  private child: ChildProcess | undefined;
  private exited: Promise<void> | undefined;
  listening: Listening | undefined;

  constructor(private readonly options: GatewayProcessOptions) {}

  get running(): boolean {
    return !!this.child && this.child.exitCode === null && this.child.signalCode === null;
  }

  start(startOptions: HostStartOptions): Promise<Listening> {
    if (this.child) throw new Error('This local gateway was already started.');
    // ELECTRON_RUN_AS_NODE: inside VS Code, process.execPath may be Electron; it then runs as plain Node.
    const child = fork(this.options.hostScript, [], {
      stdio: ['ignore', 'pipe', 'pipe', 'ipc'],
      env: { ...process.env, ELECTRON_RUN_AS_NODE: '1' },
      execArgv: this.options.execArgv ?? [],
    });
    this.child = child;
    child.stdout?.setEncoding('utf8').on('data', (t: string) => this.options.onOutput?.(t));
    child.stderr?.setEncoding('utf8').on('data', (t: string) => this.options.onOutput?.(t));
    this.exited = new Promise((resolve) => child.once('exit', (code, signal) => {
      this.listening = undefined;
      this.options.onExit?.(code, signal);
      resolve();
    }));
    return new Promise<Listening>((resolve, reject) => {
      // A failed start ends the process before the caller hears of it.
      let failing = false;
      const fail = (err: Error) => {
        failing = true;
        clearTimeout(timer);
        void this.stop().then(() => reject(err));
      };
      const timer = setTimeout(() => fail(new Error(`The local gateway did not start within ${Math.round((this.options.startTimeoutMs ?? 30_000) / 1000)} s.`)), this.options.startTimeoutMs ?? 30_000);
      child.on('message', (raw: FromHost) => {
        if (!raw || typeof raw !== 'object') return;
        switch (raw.type) {
          case 'listening':
            clearTimeout(timer);
            this.listening = { url: raw.url, port: raw.port, stage: raw.stage, apiId: raw.apiId, apiType: raw.apiType, title: raw.title, portInUse: raw.portInUse, notes: raw.notes ?? [] };
            resolve(this.listening);
            return;
          case 'failed':
            fail(new Error(raw.message));
            return;
          case 'log':
            if (Array.isArray(raw.lines)) this.options.log.add(raw.lines);
            return;
        }
      });
      child.once('error', (err) => {
        clearTimeout(timer);
        reject(new Error(`The local gateway process could not start: ${err.message}`));
      });
      child.once('exit', (code, signal) => {
        clearTimeout(timer);
        if (!failing) reject(new Error(`The local gateway process ended before it listened (${signal ?? `exit code ${code}`}).`));
      });
      this.send({ type: 'start', options: startOptions });
    });
  }

  /** Asks the gateway to close, then kills the process if it is still there after `graceMs`. */
  async stop(graceMs = 3000): Promise<void> {
    const child = this.child;
    if (!child || !this.exited) return;
    if (!this.running) return this.exited;
    this.send({ type: 'stop' });
    const timer = setTimeout(() => child.kill('SIGKILL'), graceMs);
    await this.exited;
    clearTimeout(timer);
  }

  private send(message: ToHost): void {
    if (this.child?.connected) this.child.send(message);
  }
}
