/**
 * The local gateways the user runs: start (with Workspace Trust and port checks), the status bar item, stop,
 * and the link the test-invoke panel and the log tail use. Each gateway is a child process
 * (core/gatewayProcess.ts), so nothing a handler does can block the extension host.
 */
import * as vscode from 'vscode';
import type { RunLocalArgs } from '../../../contract/commands';
import type { ExtensionServices } from '../common/services';
import type { LocalGatewayLink } from '../invoke/core/invoker';
import type { LocalSource } from '../invoke/core/target';
import { ExecutionLogStore, formatRequestLog, localExecutionLogGroup } from './core/executionLog';
import { GatewayProcess, type Listening } from './core/gatewayProcess';
import { localSettings } from './localSettings';

export interface RunningApi {
  key: string;
  source: LocalSource;
  label: string;
  /** Its execution log, as a log group of the log-tail view. */
  logGroup: string;
  listening: Listening;
  process: GatewayProcess;
}

const restrictedNote =
  'This workspace is not trusted, so the local API runs MOCK and HTTP integrations only: Lambda handlers are code from the workspace and run only in a trusted workspace.';

export class LocalApis implements LocalGatewayLink, vscode.Disposable {
  readonly log = new ExecutionLogStore();
  private readonly running = new Map<string, RunningApi>();
  private readonly starting = new Map<string, Promise<RunningApi | undefined>>();
  private readonly statusItem = vscode.window.createStatusBarItem('apigw.localApi', vscode.StatusBarAlignment.Left, 40);
  private readonly changed = new vscode.EventEmitter<void>();
  /** Fires when a gateway starts or stops. */
  readonly onDidChange = this.changed.event;

  constructor(private readonly services: ExtensionServices) {
    this.statusItem.name = 'API Gateway: local API';
    this.statusItem.command = 'apigw.localApiMenu';
    this.updateStatus();
  }

  static keyOf(source: LocalSource): string {
    return `${source.documentUri}#${source.api ?? ''}`;
  }

  /** Log groups of the running local APIs. */
  groupNames(): string[] {
    return this.list().map((r) => r.logGroup);
  }

  list(): RunningApi[] {
    return [...this.running.values()];
  }

  current(source: LocalSource): { url: string; stage: string } | undefined {
    const found = this.running.get(LocalApis.keyOf(source));
    return found && { url: found.listening.url, stage: found.listening.stage };
  }

  async ensure(source: LocalSource): Promise<{ url: string; stage: string } | undefined> {
    const running = this.running.get(LocalApis.keyOf(source)) ?? (await this.start({ documentUri: source.documentUri, api: source.api }));
    return running && { url: running.listening.url, stage: running.listening.stage };
  }

  async requestLog(requestId: string): Promise<string | undefined> {
    const lines = await this.log.waitForRequest(requestId);
    return lines.length ? formatRequestLog(requestId, lines) : undefined;
  }

  /** Starts the gateway for one API (or returns the one already running); errors are shown, not thrown. */
  start(args: RunLocalArgs): Promise<RunningApi | undefined> {
    const source: LocalSource = { documentUri: args.documentUri, ...(args.api ? { api: args.api } : {}) };
    const key = LocalApis.keyOf(source);
    const existing = this.running.get(key);
    if (existing) return Promise.resolve(existing);
    let pending = this.starting.get(key);
    if (!pending) {
      pending = this.launch(key, source, args.label).finally(() => this.starting.delete(key));
      this.starting.set(key, pending);
    }
    return pending;
  }

  private async launch(key: string, source: LocalSource, label: string | undefined): Promise<RunningApi | undefined> {
    const { log } = this.services;
    const uri = vscode.Uri.parse(source.documentUri);
    if (uri.scheme !== 'file') {
      void vscode.window.showErrorMessage('Run API Locally: only files saved on disk can be served.');
      return undefined;
    }
    const trusted = vscode.workspace.isTrusted;
    const name = label ?? source.api ?? vscode.workspace.asRelativePath(uri);
    const gateway = new GatewayProcess({
      hostScript: vscode.Uri.joinPath(this.services.context.extensionUri, 'dist', 'gatewayHost.js').fsPath,
      log: this.log,
      onOutput: (text) => log.info(`[local ${name}] ${text.trimEnd()}`),
      onExit: (code, signal) => {
        if (this.running.get(key)?.process !== gateway) return;
        this.running.delete(key);
        this.updateStatus();
        this.changed.fire();
        if (code !== 0 && signal !== 'SIGTERM' && signal !== 'SIGKILL') void vscode.window.showWarningMessage(`The local API ${name} stopped unexpectedly (${signal ?? `exit code ${code}`}). See API Gateway: Show Log.`);
      },
    });
    try {
      const settings = localSettings(uri);
      const listening = await vscode.window.withProgress({ location: vscode.ProgressLocation.Window, title: `Starting the local API ${name}…` }, () =>
        gateway.start({ ...settings, file: uri.fsPath, ...(source.api ? { api: source.api } : {}), runWorkspaceCode: trusted }),
      );
      const logGroup = localExecutionLogGroup(listening.apiId, listening.stage);
      const running: RunningApi = { key, source, label: listening.title ?? name, logGroup, listening, process: gateway };
      this.running.set(key, running);
      this.updateStatus();
      this.changed.fire();
      log.info(`Local API ${running.label} (${listening.apiType}) listening at ${listening.url}, stage ${listening.stage}.`);
      for (const note of listening.notes) log.warn(`Local API ${running.label}: ${note}`);
      if (listening.portInUse !== undefined)
        void vscode.window.showWarningMessage(`Port ${listening.portInUse} is in use, so the local API ${running.label} runs on port ${listening.port} instead (setting apigw.local.port).`);
      if (!trusted) void this.tellRestricted();
      return running;
    } catch (err) {
      const message = (err as Error)?.message ?? String(err);
      log.error(`Run API Locally (${name}): ${message}`);
      void vscode.window.showErrorMessage(`Run API Locally: ${message}`);
      return undefined;
    }
  }

  private async tellRestricted(): Promise<void> {
    const choice = await vscode.window.showWarningMessage(restrictedNote, 'Manage Workspace Trust');
    if (choice) await vscode.commands.executeCommand('workbench.trust.manage');
  }

  async stop(key: string): Promise<void> {
    const found = this.running.get(key);
    if (!found) return;
    this.running.delete(key);
    this.updateStatus();
    this.changed.fire();
    await found.process.stop();
    this.services.log.info(`Local API ${found.label} stopped.`);
  }

  async stopAll(): Promise<void> {
    await Promise.all(this.list().map((r) => this.stop(r.key)));
  }

  private updateStatus(): void {
    const all = this.list();
    if (all.length === 0) {
      this.statusItem.hide();
      return;
    }
    this.statusItem.text = all.length === 1 ? `$(broadcast) Local API :${all[0].listening.port}` : `$(broadcast) ${all.length} local APIs`;
    this.statusItem.tooltip = new vscode.MarkdownString(
      ['**API Gateway: running locally**', ...all.map((r) => `- ${r.label}: ${r.listening.url} (stage \`${r.listening.stage}\`)`), '', 'Click to stop, copy the URL or show the log.'].join('\n'),
    );
    this.statusItem.show();
  }

  dispose(): void {
    // Deactivation cannot wait long: ask each gateway to stop; its process also exits when the IPC channel closes.
    void this.stopAll();
    this.statusItem.dispose();
    this.changed.dispose();
  }
}
