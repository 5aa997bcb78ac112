/**
 * One running instance of a local function: a child process (Node.js or Python) that takes one invocation at a
 * time, as a Lambda execution environment does. Its stdout and stderr lines are the function's log.
 */
import { ChildProcess, spawn } from 'node:child_process';
import readline from 'node:readline';
import type { Readable } from 'node:stream';
import type { LocalFunction } from '../types';
import { NODE_BOOTSTRAP } from './nodeBootstrap';
import { PYTHON_BOOTSTRAP } from './pythonBootstrap';

export interface WorkerReply {
  ok: boolean;
  /** JSON text of the handler's result. */
  result?: string;
  error?: { errorType: string; errorMessage: string; stackTrace: string[] };
}

export class FunctionWorker {
  private readonly child: ChildProcess;
  private pending: { id: number; resolve: (reply: WorkerReply) => void } | undefined;
  private nextId = 1;
  private markReady: () => void = () => undefined;
  exited = false;
  /** Resolves once the handler is loaded (the end of Lambda's init phase), or the process has ended. */
  readonly ready: Promise<void> = new Promise((resolve) => (this.markReady = resolve));

  constructor(fn: LocalFunction, command: string, onOutput: (line: string) => void) {
    const python = fn.runtime.startsWith('python');
    const args = python ? ['-u', '-c', PYTHON_BOOTSTRAP] : ['-e', NODE_BOOTSTRAP];
    this.child = spawn(command, args, {
      cwd: fn.codeDir ?? process.cwd(),
      stdio: ['pipe', 'pipe', 'pipe', 'pipe'],
      env: functionEnvironment(fn),
    });
    for (const stream of [this.child.stdout, this.child.stderr]) {
      if (stream) readline.createInterface({ input: stream }).on('line', onOutput);
    }
    const replies = this.child.stdio[3] as Readable;
    readline.createInterface({ input: replies }).on('line', (line) => this.onReply(line));
    // A process that dies breaks its pipes; its exit is what counts, not the pipe errors.
    for (const stream of [this.child.stdin, this.child.stdout, this.child.stderr, replies]) stream?.on('error', () => undefined);
    this.child.on('error', (e) => this.onExit(`could not start ${command}: ${e.message}`));
    this.child.on('exit', (code, signal) => this.onExit(`the function's process ended (${signal ?? `exit code ${code}`})`));
  }

  get busy(): boolean {
    return this.pending !== undefined;
  }

  invoke(event: unknown, context: Record<string, unknown>): Promise<WorkerReply> {
    return new Promise((resolve) => {
      const id = this.nextId++;
      this.pending = { id, resolve };
      this.child.stdin?.write(JSON.stringify({ id, event, context }) + '\n');
    });
  }

  kill(): void {
    this.exited = true;
    this.child.kill('SIGKILL');
  }

  private onReply(line: string): void {
    let reply: WorkerReply & { id?: number; ready?: boolean };
    try {
      reply = JSON.parse(line) as WorkerReply & { id?: number; ready?: boolean };
    } catch {
      return;
    }
    if (reply.ready) {
      this.markReady();
      return;
    }
    if (!this.pending || reply.id !== this.pending.id) return;
    const { resolve } = this.pending;
    this.pending = undefined;
    resolve(reply);
  }

  private onExit(reason: string): void {
    this.exited = true;
    this.markReady();
    const pending = this.pending;
    this.pending = undefined;
    // Lambda reports a process that dies mid-invocation as a runtime error (Runtime.ExitError).
    pending?.resolve({ ok: false, error: { errorType: 'Runtime.ExitError', errorMessage: `RequestId: ${pending.id} Error: Runtime exited: ${reason}`, stackTrace: [] } });
  }
}

/** The environment Lambda gives a function: its own variables and Lambda's, not the host's (PATH aside). */
function functionEnvironment(fn: LocalFunction): NodeJS.ProcessEnv {
  const name = fn.functionName ?? fn.logicalId;
  return {
    PATH: process.env.PATH,
    HOME: process.env.HOME,
    LANG: 'en_US.UTF-8',
    TZ: ':UTC',
    AWS_REGION: 'us-east-1',
    AWS_DEFAULT_REGION: 'us-east-1',
    AWS_LAMBDA_FUNCTION_NAME: name,
    AWS_LAMBDA_FUNCTION_MEMORY_SIZE: String(fn.memoryMb),
    AWS_LAMBDA_FUNCTION_VERSION: '$LATEST',
    AWS_LAMBDA_LOG_GROUP_NAME: `/aws/lambda/${name}`,
    AWS_SAM_LOCAL: 'true',
    PYTHONDONTWRITEBYTECODE: '1',
    ...fn.environment,
    APIGW_LOCAL_HANDLER: fn.handler,
    APIGW_LOCAL_CODE_DIR: fn.codeDir ?? process.cwd(),
    ...(fn.inlineCode !== undefined ? { APIGW_LOCAL_INLINE: fn.inlineCode } : {}),
  };
}
