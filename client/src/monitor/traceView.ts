/**
 * The X-Ray trace view: a webview per trace (reused when opened again) showing the trace as a waterfall, with a
 * link to the log lines of the same request. Thin: traceData.ts reads the trace, media/trace/main.js draws it.
 */
import * as vscode from 'vscode';
import { Commands } from '../../../contract/commands';
import { awsErrorMessage } from '../aws/errors';
import type { ExtensionServices } from '../common/services';
import { executionLogGroupName } from '../logs/logGroups';
import { loadTrace, TraceNotFoundError } from '../traces/traceData';
import type { TraceModel } from '../traces/traceModel';
import { checkTraceMessage } from './pageMessages';
import { traceHtml } from './pages';

export class TraceView implements vscode.Disposable {
  static readonly viewType = 'apigw.trace';
  private static readonly open = new Map<string, TraceView>();

  private readonly disposables: vscode.Disposable[] = [];
  private disposed = false;
  private trace: TraceModel | undefined;
  private readonly loaded = new vscode.EventEmitter<TraceModel | Error>();
  /** Fires once the trace (or the reason it could not be read) is known. */
  readonly onDidLoad = this.loaded.event;
  result: TraceModel | Error | undefined;

  static show(services: ExtensionServices, traceId: string, stage?: { apiId: string; stage: string }): TraceView {
    const existing = TraceView.open.get(traceId);
    if (existing) {
      existing.panel.reveal();
      return existing;
    }
    const mediaRoot = vscode.Uri.joinPath(services.context.extensionUri, 'media');
    const panel = vscode.window.createWebviewPanel(
      TraceView.viewType,
      `Trace ${traceId.slice(-8)}`,
      vscode.ViewColumn.Active,
      {
        enableScripts: true,
        localResourceRoots: [vscode.Uri.joinPath(mediaRoot, 'dashboard'), vscode.Uri.joinPath(mediaRoot, 'trace')],
        enableFindWidget: true,
      },
    );
    const created = new TraceView(traceId, panel, services, mediaRoot, stage);
    TraceView.open.set(traceId, created);
    return created;
  }

  private constructor(
    readonly traceId: string,
    readonly panel: vscode.WebviewPanel,
    private readonly services: ExtensionServices,
    mediaRoot: vscode.Uri,
    private readonly stage: { apiId: string; stage: string } | undefined,
  ) {
    const webview = panel.webview;
    const uri = (...parts: string[]) => webview.asWebviewUri(vscode.Uri.joinPath(mediaRoot, ...parts)).toString();
    webview.html = traceHtml({
      cspSource: webview.cspSource,
      scripts: [uri('trace', 'main.js')],
      styles: [uri('dashboard', 'main.css')],
    });
    this.disposables.push(
      this.loaded,
      webview.onDidReceiveMessage((m) => void this.onMessage(m)),
      panel.onDidDispose(() => this.dispose()),
    );
  }

  private async onMessage(raw: unknown): Promise<void> {
    const message = checkTraceMessage(raw);
    if (!message) {
      this.services.log.warn('Trace view: ignored a malformed message from the page.');
      return;
    }
    if (message.type === 'ready') return this.load();
    const where = this.trace?.api ?? this.stage;
    if (!where) {
      void vscode.window.showInformationMessage(
        'This trace does not say which API stage it belongs to, so its log group is unknown.',
      );
      return;
    }
    // The execution log group of the stage, filtered on the request id, from shortly before the trace began.
    await vscode.commands.executeCommand(Commands.tailLogs, {
      logGroups: [executionLogGroupName(where.apiId, where.stage)],
      filterPattern: `"${message.requestId}"`,
      startTime: Math.max(0, (this.trace?.startTime ?? Date.now()) - 60_000),
    });
  }

  private async load(): Promise<void> {
    const conn = this.services.aws.connection;
    try {
      this.trace = await loadTrace(await conn.xray(), this.traceId);
      if (this.disposed) return;
      void this.panel.webview.postMessage({ type: 'trace', trace: this.trace });
      this.settle(this.trace);
    } catch (err) {
      if (this.disposed) return;
      const message =
        err instanceof TraceNotFoundError
          ? err.message
          : awsErrorMessage(err, {
              region: conn.region,
              profile: conn.profile,
              endpoint: conn.endpoint,
              operation: 'BatchGetTraces',
              action: 'xray:BatchGetTraces',
            });
      this.services.log.warn(`Trace ${this.traceId}: ${message}`);
      void this.panel.webview.postMessage({ type: 'error', message: `Could not read the trace: ${message}` });
      this.settle(new Error(message));
    }
  }

  private settle(result: TraceModel | Error): void {
    this.result = result;
    this.loaded.fire(result);
  }

  dispose(): void {
    if (this.disposed) return;
    this.disposed = true;
    TraceView.open.delete(this.traceId);
    this.panel.dispose();
    for (const d of this.disposables.splice(0)) d.dispose();
  }
}
