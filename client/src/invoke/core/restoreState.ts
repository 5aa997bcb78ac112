/**
 * What a test-invoke page keeps in its state so that the panel comes back after a window reload: the panel's key
 * and its target. The state comes back from the webview, so it is checked like any outside input, and a target
 * that points somewhere the current connection does not (another emulator endpoint) is not restored.
 */
import { isLoopbackHttpUrl } from './invokeUrl';
import type { InvokeTarget } from './target';

const apiTypes = ['REST', 'HTTP', 'WEBSOCKET'] as const;
const authKinds = ['AWS_IAM', 'API_KEY', 'CUSTOM', 'JWT', 'COGNITO'] as const;

const text = (v: unknown, max: number): v is string => typeof v === 'string' && v.length <= max;
const textList = (v: unknown, max = 100): v is string[] =>
  Array.isArray(v) && v.length <= max && v.every((s) => text(s, 256));

export function checkRestoreState(
  raw: unknown,
  connection: { endpoint?: string },
): { key: string; target: InvokeTarget } | undefined {
  if (!raw || typeof raw !== 'object') return undefined;
  const restore = (raw as { restore?: unknown }).restore;
  if (!restore || typeof restore !== 'object') return undefined;
  const { key, target: t } = restore as { key?: unknown; target?: Record<string, unknown> };
  if (!text(key, 8192) || !t || typeof t !== 'object') return undefined;
  if (!(apiTypes as readonly unknown[]).includes(t.apiType)) return undefined;
  if (
    !text(t.pathTemplate, 2048) ||
    !t.pathTemplate ||
    !text(t.operationMethod, 32) ||
    !/^[A-Z]+$/.test(t.operationMethod)
  )
    return undefined;
  if (!text(t.region, 32) || !/^[a-z0-9-]+$/.test(t.region)) return undefined;
  if (t.apiId !== undefined && !(text(t.apiId, 64) && /^[a-z0-9]+$/i.test(t.apiId))) return undefined;
  if (t.baseUrl !== undefined && !isLoopbackHttpUrl(t.baseUrl)) return undefined;
  // Signed requests go where the target says: only where the current connection goes too.
  if ((t.endpoint ?? undefined) !== (connection.endpoint || undefined)) return undefined;
  if (t.stage !== undefined && !text(t.stage, 128)) return undefined;
  if (!textList(t.stages)) return undefined;
  if (t.apiName !== undefined && !text(t.apiName, 1024)) return undefined;
  if (t.routeSelectionExpression !== undefined && !text(t.routeSelectionExpression, 1024)) return undefined;
  const target: InvokeTarget = {
    apiType: t.apiType as InvokeTarget['apiType'],
    pathTemplate: t.pathTemplate,
    operationMethod: t.operationMethod,
    region: t.region,
    stages: [...t.stages],
    ...(t.apiId !== undefined ? { apiId: t.apiId } : {}),
    ...(t.apiName !== undefined ? { apiName: t.apiName } : {}),
    ...(t.baseUrl !== undefined ? { baseUrl: t.baseUrl } : {}),
    ...(connection.endpoint ? { endpoint: connection.endpoint } : {}),
    ...(t.stage !== undefined ? { stage: t.stage } : {}),
    ...(t.routeSelectionExpression !== undefined ? { routeSelectionExpression: t.routeSelectionExpression } : {}),
  };
  const op = t.operation as Record<string, unknown> | undefined;
  if (op !== undefined) {
    if (
      !op ||
      typeof op !== 'object' ||
      !textList(op.queryParameters) ||
      !textList(op.headerParameters) ||
      !Array.isArray(op.auth)
    )
      return undefined;
    if (!op.auth.every((a) => (authKinds as readonly unknown[]).includes(a))) return undefined;
    if (op.exampleBody !== undefined && !text(op.exampleBody, 1024 * 1024)) return undefined;
    target.operation = {
      queryParameters: [...op.queryParameters],
      headerParameters: [...op.headerParameters],
      auth: [...(op.auth as NonNullable<InvokeTarget['operation']>['auth'])],
      ...(op.exampleBody !== undefined ? { exampleBody: op.exampleBody } : {}),
    };
  }
  const local = t.local as Record<string, unknown> | undefined;
  if (local !== undefined) {
    if (
      !local ||
      typeof local !== 'object' ||
      !text(local.documentUri, 4096) ||
      (local.api !== undefined && !(text(local.api, 255) && /^[A-Za-z0-9]+$/.test(local.api)))
    )
      return undefined;
    target.local = { documentUri: local.documentUri, ...(local.api !== undefined ? { api: local.api } : {}) };
  }
  return { key, target };
}
