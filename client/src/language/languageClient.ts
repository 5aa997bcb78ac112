/**
 * Starts the API Gateway language server lazily (when the first API Gateway document shows up, or on
 * "Restart Language Server") and owns its lifetime. Two disposal scopes: the output channels, watchers and
 * command live as long as the extension; the client and what hangs off it live as long as one server process.
 */
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { Commands, registerCommand } from '../common/commands';
import type { ExtensionServices } from '../common/services';
import { clientName } from './names';
import { DocumentSyncFilter, isCandidateDocument, isRelevantText } from './documentSync';
import { watchFileAccess } from './fileAccess';

/** What other features use to talk to the server (custom requests from contract/messages.ts). */
export interface LanguageFeatures {
  /**
   * Starts the server if it is not running yet and resolves with its client. After a failed start or repeated
   * crashes it rejects at once (the user has been told) until the server is restarted.
   */
  ready(): Promise<LanguageClient>;
  /** Restarts the server (or starts it for the first time). */
  restart(): Promise<LanguageClient>;
  /** Stops the server, waiting for its shutdown (at most 2 s); for deactivation. */
  stop(): Promise<void>;
}

/** How long after the last edit a not-yet-relevant document is sniffed again. */
const SNIFF_DEBOUNCE_MS = 300;

export function registerLanguageFeatures(services: ExtensionServices): LanguageFeatures {
  const { context, log } = services;
  const channels = {
    output: vscode.window.createOutputChannel(clientName, { log: true }),
    trace: vscode.window.createOutputChannel(`${clientName} Trace`, { log: true }),
  };
  const filter = new DocumentSyncFilter();
  let client: LanguageClient | undefined;
  let failure: Error | undefined;
  const serverScope: vscode.Disposable[] = [];
  // Start, stop and restart run one after another, never interleaved.
  let pending: Promise<unknown> = Promise.resolve();
  const serialize = <T>(work: () => Promise<T>): Promise<T> => {
    const next = pending.then(work, work);
    pending = next.catch(() => undefined);
    return next;
  };

  async function start(): Promise<LanguageClient> {
    // vscode-languageclient loads with the first server, not at activation.
    const { createLanguageClient, hasGivenUp } = await import('./createClient');
    if (client && hasGivenUp(client)) {
      // The client gave up restarting a crashing server (and told the user): fail fast and say why.
      failure = new Error(
        'The API Gateway language server stopped after repeated crashes. "API Gateway: Restart Language Server" starts it again.',
      );
      log.error(failure.message);
      client = undefined;
      disposeServerScope();
    }
    if (client) return client;
    if (failure) throw failure;
    filter.reset();
    const created = createLanguageClient(context, channels, filter);
    try {
      await created.start();
    } catch (error) {
      // A client whose start failed has nothing to stop (stop() would reject): just drop it. The client has
      // already shown an error that points to its output channel, so the reason goes there too.
      const message = `The API Gateway language server could not start: ${(error as Error).message ?? error}. "API Gateway: Restart Language Server" tries again.`;
      channels.output.error(message);
      log.error(message);
      failure = new Error(message);
      throw failure;
    }
    client = created;
    serverScope.push(created, watchFileAccess(created));
    log.info('language server started');
    return created;
  }

  async function stop(): Promise<void> {
    const running = client;
    client = undefined;
    if (running) {
      // A server that hangs on shutdown must not block a restart forever.
      await running
        .stop(2000)
        .catch((error: unknown) =>
          log.warn(`language server did not stop cleanly: ${(error as Error).message ?? error}`),
        );
    }
    disposeServerScope();
  }

  function disposeServerScope(): void {
    for (const d of serverScope.splice(0)) {
      try {
        // LanguageClient.dispose() returns a promise that rejects when the client has already stopped.
        void Promise.resolve(d.dispose()).catch(() => undefined);
      } catch {
        /* already disposed */
      }
    }
  }

  const ready = () => serialize(start);
  const restart = () =>
    serialize(async () => {
      await stop();
      failure = undefined;
      return start();
    });

  const startWatch = new LazyStartWatch(ready);
  context.subscriptions.push(
    // First, so that the server still has its channels while it shuts down.
    { dispose: () => void stop() },
    startWatch,
    registerCommand(Commands.restartServer, () =>
      restart().then(
        () => undefined,
        () => undefined,
      ),
    ),
    channels.output,
    channels.trace,
  );
  return { ready, restart, stop: () => serialize(stop) };
}

/** Watches YAML/JSON documents until the first one that passes the sniff, then starts the server once. */
class LazyStartWatch implements vscode.Disposable {
  private readonly listeners: vscode.Disposable[] = [];
  private readonly timers = new Map<string, NodeJS.Timeout>();
  private started = false;

  constructor(private readonly startServer: () => Promise<unknown>) {
    if (vscode.workspace.textDocuments.some((d) => this.isRelevant(d))) {
      this.trigger();
      return;
    }
    this.listeners.push(
      vscode.workspace.onDidOpenTextDocument((d) => this.isRelevant(d) && this.trigger()),
      vscode.workspace.onDidChangeTextDocument((e) => this.scheduleSniff(e.document)),
    );
  }

  private isRelevant(document: vscode.TextDocument): boolean {
    return (
      isCandidateDocument(document.languageId, document.uri.scheme) &&
      isRelevantText(document.getText(), document.languageId)
    );
  }

  private scheduleSniff(document: vscode.TextDocument): void {
    if (this.started || !isCandidateDocument(document.languageId, document.uri.scheme)) return;
    const key = document.uri.toString();
    clearTimeout(this.timers.get(key));
    this.timers.set(
      key,
      setTimeout(() => {
        this.timers.delete(key);
        if (!document.isClosed && this.isRelevant(document)) this.trigger();
      }, SNIFF_DEBOUNCE_MS),
    );
  }

  private trigger(): void {
    if (this.started) return;
    this.started = true;
    this.dispose();
    // Failures are reported to the user by start(); the watch's job ends here either way.
    this.startServer().catch(() => undefined);
  }

  dispose(): void {
    for (const l of this.listeners.splice(0)) l.dispose();
    for (const t of this.timers.values()) clearTimeout(t);
    this.timers.clear();
  }
}
