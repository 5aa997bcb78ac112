/**
 * "See a stage": the stage dashboard (CloudWatch metrics as charts) and X-Ray traces (recent traces of a stage,
 * a trace by id, the trace of a request id in a log tail). Commands are registered here; the panels load the
 * CloudWatch and X-Ray SDKs on first use.
 */
import * as vscode from 'vscode';
import { awsErrorMessage, isOperationNotOffered } from '../aws/errors';
import { isApiType } from '../../../contract/apiType';
import { Commands, registerCommand } from '../common/commands';
import type { ExtensionServices } from '../common/services';
import type { StageRef } from '../metrics/stageMetrics';
import { findTraceForRequest, recentTraces, type StageTraceRef } from '../traces/traceData';
import { findTraceId } from '../traces/traceModel';
import { StageDashboard } from './dashboardPanel';
import { TraceView } from './traceView';

/** A stage from the explorer (a stage node) or from another command ({apiId, apiName, apiType, stage}). */
export function stageRefFrom(arg: unknown): StageRef | undefined {
  if (!arg || typeof arg !== 'object') return undefined;
  const v = arg as {
    kind?: unknown;
    apiId?: unknown;
    apiName?: unknown;
    apiType?: unknown;
    stage?: unknown;
    api?: { name?: unknown };
  };
  const apiName = typeof v.apiName === 'string' ? v.apiName : typeof v.api?.name === 'string' ? v.api.name : undefined;
  if (typeof v.apiId !== 'string' || typeof v.stage !== 'string' || !apiName || !isApiType(v.apiType)) return undefined;
  return { apiId: v.apiId, apiName, apiType: v.apiType, stage: v.stage };
}

const uuid = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/i;

export function registerMonitorFeatures(services: ExtensionServices): void {
  const { context, aws, log } = services;
  const describe = (err: unknown, operation: string, action: string) => {
    const conn = aws.connection;
    return awsErrorMessage(err, {
      region: conn.region,
      profile: conn.profile,
      endpoint: conn.endpoint,
      operation,
      action,
    });
  };

  function openDashboard(arg?: unknown): StageDashboard | undefined {
    const ref = stageRefFrom(arg);
    if (!ref) {
      void vscode.window.showInformationMessage('Open Stage Dashboard works on a stage in the API Gateway explorer.');
      return undefined;
    }
    return StageDashboard.show(services, ref);
  }

  async function showRecentTraces(arg?: unknown): Promise<TraceView | undefined> {
    const ref = stageRefFrom(arg);
    if (!ref) {
      void vscode.window.showInformationMessage('Show Recent Traces works on a stage in the API Gateway explorer.');
      return undefined;
    }
    if (ref.apiType !== 'REST') {
      void vscode.window.showInformationMessage(
        `X-Ray tracing is available for REST APIs only; ${ref.apiName} is a${ref.apiType === 'HTTP' ? 'n HTTP' : ' WebSocket'} API.`,
      );
      return undefined;
    }
    const conn = aws.connection;
    const stage: StageTraceRef = { apiId: ref.apiId, apiName: ref.apiName, stage: ref.stage };
    let list;
    try {
      list = await vscode.window.withProgress(
        {
          location: vscode.ProgressLocation.Notification,
          title: `Reading recent traces of ${ref.apiName} · ${ref.stage}…`,
          cancellable: true,
        },
        async (_p, token) => {
          const controller = new AbortController();
          token.onCancellationRequested(() => controller.abort());
          return recentTraces(await conn.xray(), stage, { signal: controller.signal, emulator: !!conn.endpoint });
        },
      );
    } catch (err) {
      if (isOperationNotOffered(err)) log.info('Recent traces: the endpoint lacks an X-Ray operation.');
      const message = describe(err, 'GetTraceSummaries', 'xray:GetTraceSummaries');
      log.warn(`Recent traces of ${ref.apiId}/${ref.stage}: ${message}`);
      void vscode.window.showErrorMessage(`Could not read recent traces: ${message}`);
      return undefined;
    }
    if (list.note) log.info(`Recent traces: ${list.note}`);
    if (list.traces.length === 0) {
      void vscode.window.showInformationMessage(
        `No X-Ray traces of ${ref.apiName} · ${ref.stage} in the last 6 hours. Tracing is turned on per stage (X-Ray tracing in the stage settings), and only sampled requests are traced.`,
      );
      return undefined;
    }
    const pick = await vscode.window.showQuickPick(
      list.traces.map((t) => ({
        label:
          `${(t.durationMs / 1000).toFixed(3)} s  ${t.method ?? ''} ${t.url ? new URL(t.url, 'https://x').pathname : ''}`
            .replace(/\s+/g, ' ')
            .trim(),
        description:
          `${t.status ?? ''}${t.hasFault ? ' fault' : t.hasError ? ' error' : t.hasThrottle ? ' throttled' : ''}`.trim(),
        detail: `${new Date(t.time).toLocaleString()} · ${t.id}`,
        id: t.id,
      })),
      { title: `Recent traces of ${ref.apiName} · ${ref.stage}, slowest first`, matchOnDetail: true },
    );
    return pick ? TraceView.show(services, pick.id, { apiId: ref.apiId, stage: ref.stage }) : undefined;
  }

  /**
   * Opens a trace from a trace id, an X-Amzn-Trace-Id value, or an API Gateway request id (searched among the
   * traces of the hour around `around`). Without an argument, asks, prefilled from the editor's selection.
   */
  async function openTrace(arg?: unknown): Promise<TraceView | undefined> {
    const given = arg as
      | { traceId?: unknown; requestId?: unknown; text?: unknown; around?: unknown; apiId?: unknown; stage?: unknown }
      | undefined;
    let input =
      typeof given?.traceId === 'string'
        ? given.traceId
        : typeof given?.requestId === 'string'
          ? given.requestId
          : undefined;
    if (!input) {
      const editor = vscode.window.activeTextEditor;
      const selected = editor ? editor.document.getText(editor.selection) || wordAtCursor(editor) : '';
      input = await vscode.window.showInputBox({
        title: 'Open X-Ray Trace',
        prompt: 'A trace id (1-…), an X-Amzn-Trace-Id header value, or an API Gateway request id',
        value: selected && (findTraceId(selected) || uuid.exec(selected)?.[0]) ? selected.trim() : '',
        validateInput: (v) =>
          findTraceId(v) || uuid.test(v)
            ? undefined
            : 'Enter a trace id such as 1-5f84c7a1-0123456789abcdef01234567, or a request id.',
      });
      if (!input) return undefined;
    }
    const stage =
      typeof given?.apiId === 'string' && typeof given?.stage === 'string'
        ? { apiId: given.apiId, stage: given.stage }
        : undefined;
    const traceId = findTraceId(input);
    if (traceId) return TraceView.show(services, traceId, stage);
    const requestId = uuid.exec(input)?.[0];
    if (!requestId) return undefined;
    const conn = aws.connection;
    try {
      const found = await vscode.window.withProgress(
        {
          location: vscode.ProgressLocation.Notification,
          title: `Looking for the trace of request ${requestId}…`,
          cancellable: true,
        },
        async (_p, token) => {
          const controller = new AbortController();
          token.onCancellationRequested(() => controller.abort());
          return findTraceForRequest(await conn.xray(), requestId, {
            text: typeof given?.text === 'string' ? given.text : undefined,
            around: typeof given?.around === 'number' ? given.around : undefined,
            signal: controller.signal,
          });
        },
      );
      if (!found) {
        void vscode.window.showInformationMessage(
          `No X-Ray trace mentions request ${requestId} in the hour around it. Is X-Ray tracing on for the stage, and was the request sampled?`,
        );
        return undefined;
      }
      return TraceView.show(services, found, stage);
    } catch (err) {
      const message = describe(err, 'GetTraceSummaries', 'xray:GetTraceSummaries');
      void vscode.window.showErrorMessage(`Could not look for the trace: ${message}`);
      return undefined;
    }
  }

  /** From a log tail: the request id under the cursor, with the lines of that request searched for a trace id first. */
  async function openTraceForRequest(arg?: unknown): Promise<TraceView | undefined> {
    const editor = vscode.window.activeTextEditor;
    const requestId =
      typeof (arg as { requestId?: unknown })?.requestId === 'string'
        ? (arg as { requestId: string }).requestId
        : editor
          ? uuid.exec(wordAtCursor(editor))?.[0]
          : undefined;
    if (!requestId) {
      void vscode.window.showInformationMessage(
        'Put the cursor on a request id in a log tail to open its X-Ray trace.',
      );
      return undefined;
    }
    const lines = editor
      ? editor.document
          .getText()
          .split('\n')
          .filter((l) => l.includes(requestId))
      : [];
    return openTrace({ requestId, text: lines.join('\n') });
  }

  context.subscriptions.push(
    registerCommand(Commands.openStageDashboard, openDashboard),
    registerCommand(Commands.showRecentTraces, showRecentTraces),
    registerCommand(Commands.openTrace, openTrace),
    registerCommand(Commands.openTraceForRequest, openTraceForRequest),
  );
}

function wordAtCursor(editor: vscode.TextEditor): string {
  const range = editor.document.getWordRangeAtPosition(editor.selection.active, /[0-9A-Za-z-]+/);
  return range ? editor.document.getText(range) : '';
}
