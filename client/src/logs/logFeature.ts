/**
 * Log tail in the editor: "API Gateway: Tail Logs…" (from the palette or a stage in the explorer), the
 * read-only `apigw-log:` documents that follow new events, request-id links, and "Stop Log Tail".
 * The logic lives in the pure modules next to this one; this file wires them to VS Code. It is loaded on the
 * first log command (index.ts), because it brings in the CloudWatch Logs SDK.
 */
import * as vscode from 'vscode';
import { Commands } from '../../../contract/commands';
import type { ExtensionServices } from '../common/services';
import { requestIdRanges } from './formatting';
import { describeError, isAbort } from './logErrors';
import { findStageLogGroups, resolveLogGroups, type StageLogGroup } from './logGroups';
import { resolveStartTime } from './startTime';
import { liveTailLikelyAvailable, parseTailArgs } from './tailArgs';
import { logLanguageId, logScheme, parseLogUri, requestUri, TailDocuments, tailUri } from './tailDocuments';
import { askFilterPattern, askStart, pickAnyGroups, pickStageGroups } from './tailPickers';
import { TailView } from './tailView';
import { isLocalGroup, type ExecutionLogStore } from '../local/core/executionLog';
import { withLocalLogGroups } from '../local/core/localLogsClient';

const uuid = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

interface TailRequest {
  groups: string[];
  labels: Map<string, string>;
  filterPattern?: string;
  startTime: number;
  title: string;
}

/** The log commands, registered by index.ts and forwarded here once this module is loaded. */
export interface LogCommands {
  tailLogs(raw?: unknown): Promise<vscode.Uri | undefined>;
  stopTail(arg?: unknown): void;
  showRequestLines(arg?: unknown): Promise<void>;
}

/** The local gateways' execution logs (client/src/local), tailed like CloudWatch log groups. */
export interface LocalLogSource {
  log: ExecutionLogStore;
  groupNames(): string[];
}

export function activateLogFeature(services: ExtensionServices, local?: LocalLogSource): LogCommands {
  const { context, log, aws } = services;
  const logsClient = async () => {
    const real = await aws.connection.logs();
    return local ? withLocalLogGroups(real, local.log, () => local.groupNames()) : real;
  };
  const documents = new TailDocuments();
  const views = new Map<number, TailView>();
  const shown = new Set<number>();
  let nextId = 1;
  const settings = () => vscode.workspace.getConfiguration('apigw.logs');

  async function tailLogs(raw: unknown): Promise<vscode.Uri | undefined> {
    try {
      const request = await askForTail(raw);
      return request && (await open(request));
    } catch (err) {
      if (isAbort(err)) return undefined;
      const message = (err as Error)?.message ?? String(err);
      log.error(`Tail Logs: ${message}`);
      void vscode.window.showErrorMessage(`Cannot tail logs: ${message}`);
      return undefined;
    }
  }

  async function askForTail(raw: unknown): Promise<TailRequest | undefined> {
    const args = parseTailArgs(raw);
    const defaultStart = settings().get<string>('defaultStart') || '5m';
    if (args.kind === 'direct') {
      const { logGroups, filterPattern, startTime } = args.args;
      const title = logGroups.length === 1 ? logGroups[0] : `${logGroups[0]} +${logGroups.length - 1}`;
      return {
        groups: logGroups,
        labels: new Map(),
        filterPattern: filterPattern || undefined,
        startTime: resolveStartTime(startTime, defaultStart),
        title,
      };
    }
    const logs = await logsClient();
    let groups: string[] | undefined;
    const labels = new Map<string, string>();
    let title: string;
    if (args.kind === 'stage') {
      const { stage } = args;
      const [found, existing] = await vscode.window.withProgress(
        {
          location: vscode.ProgressLocation.Notification,
          title: `Finding the log groups of stage ${stage.stage}…`,
          cancellable: true,
        },
        async (_progress, token) => {
          const signal = abortOn(token);
          const conn = aws.connection;
          const f = await findStageLogGroups(
            { apiGateway: await conn.apiGateway(), apiGatewayV2: await conn.apiGatewayV2() },
            stage,
            signal,
          );
          const resolved = await resolveLogGroups(
            logs,
            f.groups.map((g) => g.name),
            signal,
          );
          return [f, new Set(resolved.filter((g) => g.arn).map((g) => g.name))] as const;
        },
      );
      groups = await pickStageGroups(found, existing, stage.stage);
      for (const g of found.groups) labels.set(g.name, stageGroupLabel(g, stage.stage));
      title = `${stage.stage} (${stage.apiId})`;
    } else {
      groups = await pickAnyGroups(logs);
      title = groups ? (groups.length === 1 ? groups[0] : `${groups[0]} +${groups.length - 1}`) : '';
    }
    if (!groups) return undefined;
    const filterPattern = await askFilterPattern();
    if (filterPattern === undefined) return undefined;
    const start = await askStart(defaultStart);
    if (!start) return undefined;
    return {
      groups,
      labels,
      filterPattern: filterPattern.trim() || undefined,
      startTime: resolveStartTime(start, defaultStart),
      title,
    };
  }

  async function open(request: TailRequest): Promise<vscode.Uri> {
    const conn = aws.connection;
    const logs = await logsClient();
    const anyLocal = request.groups.some(isLocalGroup);
    const groups = await vscode.window.withProgress(
      { location: vscode.ProgressLocation.Window, title: 'Looking up log groups…' },
      () =>
        resolveLogGroups(logs, request.groups).catch((err: unknown) => {
          // Polling can still work (and will report the problem per group) when DescribeLogGroups is not allowed.
          log.warn(`Tail Logs: ${describeError(err, 'logs:DescribeLogGroups')}`);
          return request.groups.map((name) => ({ name, arn: undefined }));
        }),
    );
    const id = nextId++;
    const uri = tailUri(id, request.title);
    const view = new TailView({
      id,
      title: request.title,
      uri,
      documents,
      maxLines: maxLines(),
      log,
      groupLabels: request.labels,
      // Local groups live in memory: no Live Tail, and a short poll so new requests show at once.
      session: {
        logs,
        groups,
        filterPattern: request.filterPattern,
        startTime: request.startTime,
        liveTail: !anyLocal && liveTailLikelyAvailable(conn.region),
        ...(anyLocal ? { polling: { maxIdleIntervalMs: 1000 } } : {}),
      },
    });
    views.set(id, view);
    view.start();
    const doc = await vscode.workspace.openTextDocument(uri);
    await vscode.languages.setTextDocumentLanguage(doc, logLanguageId);
    await vscode.window.showTextDocument(doc, { preview: false });
    shown.add(id);
    log.info(`Log tail ${id} started on ${request.groups.join(', ')}`);
    return uri;
  }

  function stopTail(arg?: unknown): void {
    const running = [...views.values()].filter((v) => v.isRunning);
    const byArg =
      typeof (arg as { tailId?: unknown })?.tailId === 'number'
        ? views.get((arg as { tailId: number }).tailId)
        : undefined;
    const active = vscode.window.activeTextEditor && parseLogUri(vscode.window.activeTextEditor.document.uri);
    const target = byArg ?? (active && views.get(active.tail)) ?? (running.length === 1 ? running[0] : undefined);
    if (target) return target.stop();
    if (running.length === 0) {
      void vscode.window.showInformationMessage('No log tail is running.');
      return;
    }
    void vscode.window
      .showQuickPick(
        running.map((v) => ({ label: v.title, description: `tail ${v.id}`, view: v })),
        { placeHolder: 'Stop which log tail?' },
      )
      .then((p) => p?.view.stop());
  }

  async function showRequestLines(arg?: unknown): Promise<void> {
    let requestId =
      typeof (arg as { requestId?: unknown })?.requestId === 'string'
        ? (arg as { requestId: string }).requestId
        : undefined;
    let tailId =
      typeof (arg as { tailId?: unknown })?.tailId === 'number' ? (arg as { tailId: number }).tailId : undefined;
    const editor = vscode.window.activeTextEditor;
    if (!requestId && editor) {
      const range = editor.document.getWordRangeAtPosition(editor.selection.active, /[0-9a-fA-F-]{36}/);
      requestId = range ? editor.document.getText(range) : undefined;
      tailId = parseLogUri(editor.document.uri)?.tail;
    }
    if (!requestId || !uuid.test(requestId) || tailId === undefined || !views.has(tailId)) {
      void vscode.window.showInformationMessage(
        'Put the cursor on a request id in a log tail to see all lines of that request.',
      );
      return;
    }
    const doc = await vscode.workspace.openTextDocument(requestUri(tailId, requestId.toLowerCase()));
    await vscode.languages.setTextDocumentLanguage(doc, logLanguageId);
    await vscode.window.showTextDocument(doc, { viewColumn: vscode.ViewColumn.Beside, preview: true });
  }

  const links: vscode.DocumentLinkProvider = {
    provideDocumentLinks(doc) {
      const ref = parseLogUri(doc.uri);
      if (!ref || ref.request) return [];
      const out: vscode.DocumentLink[] = [];
      for (let line = 0; line < doc.lineCount; line++) {
        for (const r of requestIdRanges(doc.lineAt(line).text)) {
          const target = vscode.Uri.parse(
            `command:${Commands.showRequestLines}?${encodeURIComponent(JSON.stringify([{ requestId: r.id, tailId: ref.tail }]))}`,
          );
          const link = new vscode.DocumentLink(new vscode.Range(line, r.start, line, r.end), target);
          link.tooltip = 'Show all lines of this request';
          out.push(link);
        }
      }
      return out;
    },
  };

  // Follow new events in editors scrolled to the end; an editor scrolled up stays where the user put it.
  const following = new WeakMap<vscode.TextEditor, boolean>();
  const atEnd = (e: vscode.TextEditor) => (e.visibleRanges.at(-1)?.end.line ?? 0) >= e.document.lineCount - 3;
  function follow(doc: vscode.TextDocument): void {
    for (const editor of vscode.window.visibleTextEditors) {
      if (editor.document !== doc || following.get(editor) === false) continue;
      const last = doc.lineAt(doc.lineCount - 1).range.end;
      editor.revealRange(new vscode.Range(last, last), vscode.TextEditorRevealType.Default);
    }
  }

  // Closing the last tab of a tail stops it and frees its lines.
  function closeUnshownTails(): void {
    const open = new Set<string>();
    for (const group of vscode.window.tabGroups.all) {
      for (const tab of group.tabs) if (tab.input instanceof vscode.TabInputText) open.add(tab.input.uri.toString());
    }
    for (const view of views.values()) {
      if (!shown.has(view.id) || open.has(view.uri.toString())) continue;
      view.dispose();
      views.delete(view.id);
      shown.delete(view.id);
      log.info(`Log tail ${view.id} closed`);
    }
  }

  context.subscriptions.push(
    documents,
    vscode.workspace.registerTextDocumentContentProvider(logScheme, documents),
    vscode.languages.registerDocumentLinkProvider({ scheme: logScheme }, links),
    vscode.window.onDidChangeTextEditorVisibleRanges((e) => {
      if (e.textEditor.document.uri.scheme === logScheme) following.set(e.textEditor, atEnd(e.textEditor));
    }),
    vscode.workspace.onDidChangeTextDocument((e) => {
      if (e.document.uri.scheme === logScheme) follow(e.document);
    }),
    vscode.window.tabGroups.onDidChangeTabs((e) => {
      if (e.closed.length > 0) closeUnshownTails();
    }),
    aws.onDidChange(() => {
      for (const v of views.values()) v.stop('AWS settings changed: start a new tail to use them');
    }),
    vscode.workspace.onDidChangeConfiguration((e) => {
      if (e.affectsConfiguration('apigw.logs.maxLines')) for (const v of views.values()) v.buffer.setLimit(maxLines());
    }),
    {
      dispose: () => {
        for (const v of views.values()) v.dispose();
        views.clear();
      },
    },
  );

  function maxLines(): number {
    const n = settings().get<number>('maxLines') ?? 10_000;
    return Number.isFinite(n) ? Math.max(100, Math.floor(n)) : 10_000;
  }

  return { tailLogs, stopTail, showRequestLines };
}

function stageGroupLabel(g: StageLogGroup, stage: string): string {
  if (g.kind === 'execution') return `execution:${stage}`;
  if (g.kind === 'access') return `access:${stage}`;
  return `λ ${g.name.replace(/^\/aws\/lambda\//, '')}`;
}

function abortOn(token: vscode.CancellationToken): AbortSignal {
  const controller = new AbortController();
  if (token.isCancellationRequested) controller.abort();
  token.onCancellationRequested(() => controller.abort());
  return controller.signal;
}
