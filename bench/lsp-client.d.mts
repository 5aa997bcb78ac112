// Types for lsp-client.mjs (plain JavaScript so that `node bench/run.mjs` runs without a build step).
import type { ChildProcess } from 'node:child_process';
import type { Readable, Writable } from 'node:stream';

export type Message = Record<string, unknown>;

export function encodeMessage(message: Message): Buffer;

export class MessageParser {
  push(chunk: Buffer): Message[];
}

export function editorAnswer(method: string, params: unknown, settings?: Record<string, unknown>): unknown;

export class LspError extends Error {
  constructor(message: string, code: number | string, data?: unknown);
  code: number | string;
  data: unknown;
}

export interface Received<T> {
  receivedAt: number;
  result: T;
}

export interface ReceivedNotification {
  method: string;
  params: any;
  receivedAt: number;
}

export interface LspClientOptions {
  answerServerRequest?: (method: string, params: any) => unknown;
}

export class LspClient {
  constructor(input: Readable, output: Writable, options?: LspClientOptions);
  readonly closed: boolean;
  request<T = any>(method: string, params: unknown, timeoutMs?: number): Promise<Received<T>>;
  notify(method: string, params: unknown): void;
  onNotification(listener: (notification: ReceivedNotification) => void): () => void;
  waitForNotification(
    method: string,
    accept?: (params: any) => boolean,
    timeoutMs?: number,
  ): Promise<{ params: any; receivedAt: number }>;
  close(reason?: Error): void;
}

export interface StartedServer {
  child: ChildProcess;
  client: LspClient;
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null; error?: Error }>;
  stderrTail(): string;
}

export function startServer(
  script: string,
  args: string[],
  options?: {
    cwd?: string;
    env?: NodeJS.ProcessEnv;
    execPath?: string;
    nodeArgs?: string[];
    answerServerRequest?: (method: string, params: any) => unknown;
  },
): StartedServer;

export function stopServer(server: StartedServer, graceMs?: number): Promise<void>;
