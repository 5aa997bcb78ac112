/**
 * The stage dashboard: a webview per stage (reused when opened again) with its CloudWatch metrics as charts.
 * Thin: dashboardData.ts reads the metrics, media/dashboard/main.js draws them; this class wires the two, checks
 * what the page sends, refreshes on demand or every minute, and cancels a load that a newer one replaces.
 */
import * as vscode from 'vscode';
import { Commands } from '../../../contract/commands';
import { awsErrorMessage } from '../aws/errors';
import type { ExtensionServices } from '../common/services';
import { loadStageDashboard } from '../metrics/dashboardData';
import type { StageRef, TimeRange } from '../metrics/stageMetrics';
import { checkDashboardMessage } from './pageMessages';
import { dashboardHtml } from './pages';

const AUTO_REFRESH_MS = 60_000;

export class StageDashboard implements vscode.Disposable {
  static readonly viewType = 'apigw.stageDashboard';
  private static readonly open = new Map<string, StageDashboard>();

  private range: TimeRange = '3h';
  private route: string | undefined;
  private loading: AbortController | undefined;
  private timer: NodeJS.Timeout | undefined;
  private readonly disposables: vscode.Disposable[] = [];
  private disposed = false;
  /** The last thing the page was sent (a model or an error), for tests and automation. */
  lastPosted: { type: 'model' | 'error'; value: unknown } | undefined;
  private readonly posted = new vscode.EventEmitter<NonNullable<StageDashboard['lastPosted']>>();
  readonly onDidPost = this.posted.event;

  static show(services: ExtensionServices, ref: StageRef): StageDashboard {
    const key = `${ref.apiId}/${ref.stage}`;
    const existing = StageDashboard.open.get(key);
    if (existing) {
      existing.panel.reveal();
      return existing;
    }
    const mediaRoot = vscode.Uri.joinPath(services.context.extensionUri, 'media');
    const panel = vscode.window.createWebviewPanel(
      StageDashboard.viewType,
      `Dashboard: ${ref.apiName} · ${ref.stage}`,
      vscode.ViewColumn.Active,
      {
        enableScripts: true,
        localResourceRoots: [
          vscode.Uri.joinPath(mediaRoot, 'dashboard'),
          vscode.Uri.joinPath(mediaRoot, 'vendor', 'uplot'),
        ],
        retainContextWhenHidden: false,
      },
    );
    const created = new StageDashboard(key, panel, services, ref, mediaRoot);
    StageDashboard.open.set(key, created);
    return created;
  }

  private constructor(
    private readonly key: string,
    readonly panel: vscode.WebviewPanel,
    private readonly services: ExtensionServices,
    readonly ref: StageRef,
    mediaRoot: vscode.Uri,
  ) {
    const webview = panel.webview;
    const uri = (...parts: string[]) => webview.asWebviewUri(vscode.Uri.joinPath(mediaRoot, ...parts)).toString();
    webview.html = dashboardHtml({
      cspSource: webview.cspSource,
      scripts: [uri('vendor', 'uplot', 'uPlot.iife.min.js'), uri('dashboard', 'main.js')],
      styles: [uri('vendor', 'uplot', 'uPlot.min.css'), uri('dashboard', 'main.css')],
    });
    this.disposables.push(
      this.posted,
      webview.onDidReceiveMessage((m) => void this.onMessage(m)),
      panel.onDidDispose(() => this.dispose()),
      // A hidden dashboard's page is unloaded: it asks again ("ready") when shown, and the timer pauses meanwhile.
      panel.onDidChangeViewState(() => this.schedule()),
    );
  }

  private autoRefresh = false;

  private schedule(): void {
    if (this.timer) clearInterval(this.timer);
    this.timer = undefined;
    if (this.autoRefresh && this.panel.visible && !this.disposed)
      this.timer = setInterval(() => void this.load(), AUTO_REFRESH_MS);
  }

  private async onMessage(raw: unknown): Promise<void> {
    const message = checkDashboardMessage(raw);
    if (!message) {
      this.services.log.warn('Stage dashboard: ignored a malformed message from the page.');
      return;
    }
    switch (message.type) {
      case 'ready':
        void this.panel.webview.postMessage({ type: 'autoRefresh', enabled: this.autoRefresh });
        return this.load();
      case 'refresh':
        return this.load();
      case 'range':
        this.range = message.range;
        return this.load();
      case 'route':
        this.route = message.route || undefined;
        return this.load();
      case 'autoRefresh':
        this.autoRefresh = message.enabled;
        this.schedule();
        return;
      case 'recentTraces':
        await vscode.commands.executeCommand(Commands.showRecentTraces, {
          apiId: this.ref.apiId,
          apiName: this.ref.apiName,
          apiType: this.ref.apiType,
          stage: this.ref.stage,
        });
        return;
    }
  }

  /** Loads the metrics for the current range and sends them to the page. */
  async load(): Promise<void> {
    this.loading?.abort();
    const controller = new AbortController();
    this.loading = controller;
    void this.panel.webview.postMessage({ type: 'loading' });
    const conn = this.services.aws.connection;
    try {
      const model = await loadStageDashboard(await conn.cloudWatch(), this.ref, this.range, {
        signal: controller.signal,
        endpoint: conn.endpoint,
        route: this.route,
      });
      if (controller.signal.aborted || this.disposed) return;
      this.post('model', model);
    } catch (err) {
      if (controller.signal.aborted || this.disposed) return;
      const message = awsErrorMessage(err, {
        region: conn.region,
        profile: conn.profile,
        endpoint: conn.endpoint,
        operation: 'GetMetricData',
        action: 'cloudwatch:GetMetricData',
      });
      this.services.log.warn(`Stage dashboard ${this.key}: ${message}`);
      this.post('error', `Could not read the stage's metrics: ${message}`);
    } finally {
      if (this.loading === controller) this.loading = undefined;
    }
  }

  private post(type: 'model' | 'error', value: unknown): void {
    void this.panel.webview.postMessage(type === 'model' ? { type, model: value } : { type, message: value });
    this.lastPosted = { type, value };
    this.posted.fire(this.lastPosted);
  }

  dispose(): void {
    if (this.disposed) return;
    this.disposed = true;
    this.loading?.abort();
    if (this.timer) clearInterval(this.timer);
    StageDashboard.open.delete(this.key);
    this.panel.dispose();
    for (const d of this.disposables.splice(0)) d.dispose();
  }
}
