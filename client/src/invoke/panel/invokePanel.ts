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
}

export class InvokePanel implements vscode.Disposable {
  static readonly viewType = 'apigw.testInvoke';
  private static readonly open = new Map<string, InvokePanel>();

  private readonly disposables: vscode.Disposable[] = [];
  private readonly rendered = new vscode.EventEmitter<RenderedView>();
  /** Fires when the page has shown a result or an error. */
  readonly onDidRender = this.rendered.event;
  lastRendered: RenderedView | undefined;
  private running: AbortController | undefined;
  private disposed = false;
  private pageReady!: () => void;
  /** Resolves once the page has loaded and asked for its model. */
  readonly ready = new Promise<void>((resolve) => (this.pageReady = resolve));

  static show(key: string, invoker: Invoker, deps: InvokePanelDeps, note?: string): InvokePanel {
    const existing = InvokePanel.open.get(key);
    if (existing) {
      existing.panel.reveal();
      return existing;
    }
    const mediaRoot = vscode.Uri.joinPath(deps.extensionUri, 'media', 'invoke');
    const panel = vscode.window.createWebviewPanel(
      InvokePanel.viewType,
      `Invoke ${invoker.target.operationMethod} ${invoker.target.pathTemplate}`,
      vscode.ViewColumn.Beside,
      {
        enableScripts: true,
        localResourceRoots: [mediaRoot],
        enableFindWidget: true,
      },
    );
    const created = new InvokePanel(key, panel, invoker, deps, mediaRoot, note);
    InvokePanel.open.set(key, created);
    return created;
  }

  private constructor(
    private readonly key: string,
    readonly panel: vscode.WebviewPanel,
    private readonly invoker: Invoker,
    private readonly deps: InvokePanelDeps,
    mediaRoot: vscode.Uri,
    private readonly note: string | undefined,
  ) {
    const webview = panel.webview;
    webview.html = panelHtml({
      cspSource: webview.cspSource,
      scriptUri: webview.asWebviewUri(vscode.Uri.joinPath(mediaRoot, 'main.js')).toString(),
      styleUri: webview.asWebviewUri(vscode.Uri.joinPath(mediaRoot, 'main.css')).toString(),
    });
    this.disposables.push(
      this.rendered,
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
        this.post({ type: 'init', model: panelModel(this.invoker.target, undefined, this.note) });
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
      case 'clearHistory':
        await this.deps.history.clear(this.historyTarget);
        this.post({ type: 'history', entries: [] });
        return;
      case 'rendered':
        this.lastRendered = { summary: message.summary, body: message.body };
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

  private async copyCurl(form: InvokeForm): Promise<void> {
    try {
      await vscode.env.clipboard.writeText(await this.invoker.curl(form));
      void vscode.window.setStatusBarMessage('Copied the request as a curl command.', 3000);
    } catch (err) {
      void vscode.window.showErrorMessage(`Cannot copy as curl: ${(err as Error).message}`);
    }
  }

  dispose(): void {
    if (this.disposed) return;
    this.disposed = true;
    this.running?.abort();
    InvokePanel.open.delete(this.key);
    this.panel.dispose();
    for (const d of this.disposables.splice(0)) d.dispose();
  }
}
