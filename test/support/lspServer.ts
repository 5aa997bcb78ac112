/** Drives the bundled language server (dist/server.js) over stdio, as any LSP client would. */
import { ChildProcess, spawn } from 'node:child_process';
import path from 'node:path';
import {
  createMessageConnection,
  MessageConnection,
  StreamMessageReader,
  StreamMessageWriter,
} from 'vscode-jsonrpc/node';
import type { Diagnostic } from 'vscode-languageserver-types';

export interface PublishDiagnosticsParams {
  uri: string;
  version?: number;
  diagnostics: Diagnostic[];
}

export const serverPath = path.resolve(__dirname, '..', '..', 'dist', 'server.js');

export interface TestServer {
  connection: MessageConnection;
  process: ChildProcess;
  /** Every publishDiagnostics notification received, in order. */
  publications: PublishDiagnosticsParams[];
  /** Every window/logMessage the server sent (type 1 is an error). */
  logs: { type: number; message: string }[];
  /** Waits for the next diagnostics published for `uri` (after `since`, a count of earlier publishes). */
  diagnostics(uri: string, predicate?: (d: Diagnostic[]) => boolean, timeoutMs?: number): Promise<Diagnostic[]>;
  open(uri: string, languageId: string, text: string, version?: number): void;
  stop(): Promise<void>;
}

export async function startServer(
  configuration: Record<string, unknown> = {},
  initializationOptions?: unknown,
): Promise<TestServer> {
  const child = spawn(process.execPath, [serverPath, '--stdio'], { stdio: ['pipe', 'pipe', 'pipe'] });
  const connection = createMessageConnection(
    new StreamMessageReader(child.stdout),
    new StreamMessageWriter(child.stdin),
  );
  const published = new Map<string, Diagnostic[]>();
  const publications: PublishDiagnosticsParams[] = [];
  const waiters: (() => void)[] = [];
  connection.onNotification('textDocument/publishDiagnostics', (p: PublishDiagnosticsParams) => {
    published.set(p.uri, p.diagnostics);
    publications.push(p);
    waiters.splice(0).forEach((w) => w());
  });
  connection.onRequest('workspace/configuration', (p: { items: { section?: string }[] }) =>
    p.items.map(() => configuration),
  );
  const logs: { type: number; message: string }[] = [];
  connection.onNotification('window/logMessage', (m: { type: number; message: string }) => {
    logs.push(m);
    if (process.env.SHOW_LOG) console.log(Date.now() % 100000, m.message);
  });
  connection.listen();
  await connection.sendRequest('initialize', {
    processId: process.pid,
    rootUri: null,
    capabilities: { workspace: { configuration: true } },
    initializationOptions,
  });
  connection.sendNotification('initialized', {});
  return {
    connection,
    process: child,
    publications,
    logs,
    diagnostics(uri, predicate = () => true, timeoutMs = 10_000) {
      return new Promise((resolve, reject) => {
        const deadline = setTimeout(
          () => reject(new Error(`no diagnostics for ${uri} within ${timeoutMs} ms`)),
          timeoutMs,
        );
        const check = () => {
          const d = published.get(uri);
          if (d && predicate(d)) {
            clearTimeout(deadline);
            resolve(d);
          } else waiters.push(check);
        };
        check();
      });
    },
    open(uri, languageId, text, version = 1) {
      connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId, version, text } });
    },
    async stop() {
      try {
        await connection.sendRequest('shutdown');
        connection.sendNotification('exit');
      } catch {
        /* already gone */
      }
      connection.dispose();
      if (child.exitCode === null)
        await new Promise((r) => {
          child.once('exit', r);
          setTimeout(() => child.kill('SIGKILL'), 2000).unref();
        });
    },
  };
}
