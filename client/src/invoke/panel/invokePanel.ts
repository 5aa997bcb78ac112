/**
 * The test-invoke webview panel: one per operation. Thin: the page (media/invoke/main.js) shows things, the
 * core builds and runs requests; this class wires the two, checks what the page sends, and disposes it all.
 */
import * as vscode from 'vscode';
import { awsErrorMessage } from '../../aws/errors';
import type { HistoryEntry } from '../core/history';
import type { Invoker } from '../core/invoker';
import { checkPageMessage, type PanelMessage } from '../core/pageMessages';
import { InvokeCancelledError } from '../core/sendHttp';
import { panelModel } from '../core/target';
import type { InvokeForm } from '../core/types';
import type { ConnectionsAction } from '../core/connections';
import { WebSocketSession, type WsFrame } from '../core/websocketSession';
import type { HistoryStore } from './historyStore';
import { panelHtml } from './panelHtml';

export interface InvokePanelDeps {
  extensionUri: vscode.Uri;
  log: vscode.LogOutputChannel;
  history: HistoryStore;
  /** For error messages: where AWS calls go. */
  awsContext: { region: string; endpoint?: string; profile?: string };
}

/** What the page shows after a run, as text. */
export interface RenderedView {
  summary: string;
  body: string;
  /** The execution log shown (TestInvokeMethod and Local). */
  log?: string;
}

export class InvokePanel implements vscode.Disposable {
  static readonly viewType = 'apigw.testInvoke';
  private static readonly open = new Map<string, InvokePanel>();

  private readonly disposables: vscode.Disposable[] = [];
  private readonly rendered = new vscode.EventEmitter<RenderedView>();
  /** Fires when the page has shown a result or an error. */
  readonly onDidRender = this.rendered.event;
  lastRendered: RenderedView | undefined;
  /** WebSocket routes: the connection, opened on the page's Connect. */
  private socket: WebSocketSession | undefined;
  /** Every WebSocket frame and event shown, in order (tests and automation read them). */
  readonly wsFrames: WsFrame[] = [];
  private readonly wsFrameEmitter = new vscode.EventEmitter<WsFrame>();
  readonly onDidWsFrame = this.wsFrameEmitter.event;
  private running: AbortController | undefined;
  private disposed = false;
  private pageReady!: () => void;
  /** Resolves once the page has loaded and asked for its model. */
  readonly ready = new Promise<void>((resolve) => (this.pageReady = resolve));

  static show(key: string, invoker: Invoker, deps: InvokePanelDeps, note?: string): InvokePanel {
    const existing = InvokePanel.open.get(key);
    if (existing) {
      existing.panel.reveal(existing.panel.viewColumn);
      return existing;
    }
    // Every panel goes to the column where test-invoke panels already are: "Beside" the active editor would add
    // a column per invoke once a panel has the focus, squeezing each one narrower.
    const column =
      [...InvokePanel.open.values()].map((p) => p.panel.viewColumn).find((c) => c !== undefined) ??
      vscode.ViewColumn.Beside;
    const panel = vscode.window.createWebviewPanel(
      InvokePanel.viewType,
      InvokePanel.title(invoker),
      column,
      InvokePanel.webviewOptions(deps.extensionUri),
    );
    const created = new InvokePanel(key, panel, invoker, deps, note);
    InvokePanel.open.set(key, created);
    return created;
  }

  /** A panel VS Code brings back after a window reload (the WebviewPanelSerializer); its page keeps its inputs. */
  static revive(panel: vscode.WebviewPanel, key: string, invoker: Invoker, deps: InvokePanelDeps): InvokePanel {
    InvokePanel.open.get(key)?.dispose();
    panel.webview.options = InvokePanel.webviewOptions(deps.extensionUri);
    panel.title = InvokePanel.title(invoker);
    const created = new InvokePanel(key, panel, invoker, deps, undefined);
    InvokePanel.open.set(key, created);
    return created;
  }

  /** The panels open now (tests: one per route, reused). */
  static openPanels(): InvokePanel[] {
    return [...InvokePanel.open.values()];
  }

  private static title(invoker: Invoker): string {
    const t = invoker.target;
    return t.apiType === 'WEBSOCKET' ? `WebSocket ${t.pathTemplate}` : `Invoke ${t.operationMethod} ${t.pathTemplate}`;
  }

  private static webviewOptions(extensionUri: vscode.Uri): vscode.WebviewPanelOptions & vscode.WebviewOptions {
    return {
      enableScripts: true,
      localResourceRoots: [vscode.Uri.joinPath(extensionUri, 'media', 'invoke')],
      enableFindWidget: true,
    };
  }

  private constructor(
    private readonly key: string,
    readonly panel: vscode.WebviewPanel,
    private readonly invoker: Invoker,
    private readonly deps: InvokePanelDeps,
    private readonly note: string | undefined,
  ) {
    const mediaRoot = vscode.Uri.joinPath(deps.extensionUri, 'media', 'invoke');
    const webview = panel.webview;
    webview.html = panelHtml({
      cspSource: webview.cspSource,
      scriptUri: webview.asWebviewUri(vscode.Uri.joinPath(mediaRoot, 'main.js')).toString(),
      styleUri: webview.asWebviewUri(vscode.Uri.joinPath(mediaRoot, 'main.css')).toString(),
    });
    this.disposables.push(
      this.rendered,
      this.wsFrameEmitter,
      webview.onDidReceiveMessage((m) => void this.onMessage(m)),
      panel.onDidDispose(() => this.dispose()),
    );
  }

  /** Types values into the page's form (automation and tests). */
  async fillForm(form: Partial<InvokeForm>): Promise<void> {
    await this.ready;
    this.post({ type: 'fill', form });
  }

  /** Makes the page send what its form holds, as if the user pressed Send (automation and tests). */
  async sendFromPage(): Promise<void> {
    await this.ready;
    this.post({ type: 'sendNow' });
  }

  /** Makes the page press Connect (WebSocket routes; automation and tests). */
  async connectFromPage(): Promise<void> {
    await this.ready;
    this.post({ type: 'connectNow' });
  }

  private get historyTarget(): HistoryEntry['target'] {
    const t = this.invoker.target;
    return {
      apiId: t.apiId ?? t.baseUrl,
      apiType: t.apiType,
      pathTemplate: t.pathTemplate,
      operationMethod: t.operationMethod,
    };
  }

  private post(message: PanelMessage): void {
    if (!this.disposed) void this.panel.webview.postMessage(message);
  }

  private async onMessage(raw: unknown): Promise<void> {
    const checked = checkPageMessage(raw);
    if (!checked.ok) {
      this.deps.log.warn(`Test invoke: ignored a malformed message from the panel (${checked.error}).`);
      return;
    }
    const message = checked.value;
    switch (message.type) {
      case 'ready':
        this.post({
          type: 'init',
          model: {
            ...panelModel(this.invoker.target, undefined, this.note),
            restore: { key: this.key, target: this.invoker.target },
          },
        });
        this.post({ type: 'history', entries: this.deps.history.for(this.historyTarget) });
        this.pageReady();
        return;
      case 'send':
        return this.run(message.form);
      case 'cancel':
        this.running?.abort();
        return;
      case 'copyCurl':
        return this.copyCurl(message.form);
      case 'openTrace': {
        const { apiId, stage } = this.invoker.target;
        await vscode.commands.executeCommand('apigw.openTrace', {
          traceId: message.traceId,
          ...(apiId && stage ? { apiId, stage } : {}),
        });
        return;
      }
      case 'runLocal': {
        const local = this.invoker.target.local;
        if (local)
          await vscode.commands.executeCommand('apigw.runLocal', {
            documentUri: local.documentUri,
            ...(local.api ? { api: local.api } : {}),
          });
        return;
      }
      case 'clearHistory':
        await this.deps.history.clear(this.historyTarget);
        this.post({ type: 'history', entries: [] });
        return;
      case 'wsConnect':
        return this.wsConnect(message.form);
      case 'wsSend':
        try {
          this.session().send(message.text);
        } catch (err) {
          this.showFrame({ direction: 'error', at: Date.now(), text: (err as Error).message });
        }
        return;
      case 'wsClose':
        this.socket?.close(message.code, message.reason);
        return;
      case 'connections':
        return this.callConnections(message.action, message.connectionId, message.stage, message.message);
      case 'rendered':
        this.lastRendered = {
          summary: message.summary,
          body: message.body,
          ...(message.log !== undefined ? { log: message.log } : {}),
        };
        this.rendered.fire(this.lastRendered);
        return;
    }
  }

  private async run(form: InvokeForm): Promise<void> {
    this.running?.abort();
    const controller = new AbortController();
    this.running = controller;
    this.post({ type: 'busy', busy: true });
    try {
      const result = await this.invoker.run(form, controller.signal);
      if (controller.signal.aborted) throw new InvokeCancelledError();
      this.post({ type: 'result', result });
      await this.deps.history.add({ target: this.historyTarget, form, at: Date.now(), status: result.status });
      this.post({ type: 'history', entries: this.deps.history.for(this.historyTarget) });
    } catch (err) {
      // A run replaced by a newer one stays silent: the page is already waiting for the newer one.
      if (this.running === controller)
        this.post({ type: 'error', message: this.describe(err, controller.signal.aborted, form) });
    } finally {
      if (this.running === controller) this.running = undefined;
    }
  }

  private describe(err: unknown, cancelled: boolean, form: InvokeForm): string {
    if (cancelled || err instanceof InvokeCancelledError) return 'The request was cancelled.';
    // SDK errors (TestInvokeMethod, finding the resource) carry $metadata; the core's own errors are already clear.
    if (err && typeof err === 'object' && ('$metadata' in err || (err as Error).name === 'CredentialsProviderError'))
      return awsErrorMessage(err, {
        ...this.deps.awsContext,
        operation: form.mode === 'testInvoke' ? 'TestInvokeMethod' : undefined,
        action: 'apigateway:POST',
      });
    return (err as Error)?.message ?? String(err);
  }

  private session(): WebSocketSession {
    this.socket ??= new WebSocketSession(
      (frame) => this.showFrame(frame),
      (state, connectionId) => this.post({ type: 'wsState', state, ...(connectionId ? { connectionId } : {}) }),
    );
    return this.socket;
  }

  private showFrame(frame: WsFrame): void {
    this.wsFrames.push(frame);
    if (this.wsFrames.length > 1000) this.wsFrames.splice(0, this.wsFrames.length - 1000);
    this.post({ type: 'wsFrame', frame });
    this.wsFrameEmitter.fire(frame);
  }

  private async wsConnect(form: InvokeForm): Promise<void> {
    try {
      await this.invoker.connectWebSocket(this.session(), form);
    } catch (err) {
      this.showFrame({ direction: 'error', at: Date.now(), text: this.describe(err, false, form) });
      this.post({ type: 'wsState', state: 'closed' });
    }
  }

  private async callConnections(
    action: ConnectionsAction,
    connectionId: string,
    stage: string,
    message: string,
  ): Promise<void> {
    this.post({ type: 'busy', busy: true });
    try {
      this.post({ type: 'result', result: await this.invoker.connections(stage, connectionId, action, message) });
    } catch (err) {
      this.post({ type: 'error', message: `@connections ${action}: ${(err as Error)?.message ?? err}` });
    }
  }

  private async copyCurl(form: InvokeForm): Promise<void> {
    try {
      const curl = await this.invoker.curl(form);
      await vscode.env.clipboard.writeText(curl);
      // Said where the user is looking, with what was copied (a status-bar flash is easy to miss).
      this.post({ type: 'copied', text: curl });
      void vscode.window.setStatusBarMessage('Copied the request as a curl command.', 3000);
    } catch (err) {
      void vscode.window.showErrorMessage(`Cannot copy as curl: ${(err as Error).message}`);
    }
  }

  dispose(): void {
    if (this.disposed) return;
    this.disposed = true;
    this.running?.abort();
    this.socket?.dispose();
    if (InvokePanel.open.get(this.key) === this) InvokePanel.open.delete(this.key);
    this.panel.dispose();
    for (const d of this.disposables.splice(0)) d.dispose();
  }
}
