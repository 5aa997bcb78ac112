/**
 * The arguments of `apigw.testInvoke`. They come from the language server's CodeLens, the explorer, or anything
 * else that can run a command, so they are checked like any other outside input.
 */
import type { TestInvokeArgs } from '../../../../contract/commands';
import { isLoopbackHttpUrl } from './invokeUrl';

export interface CheckedInvokeArgs extends TestInvokeArgs {
  /** Test-only: send real requests to this loopback base URL instead of AWS. */
  baseUrl?: string;
}

const apiTypes = ['REST', 'HTTP', 'WEBSOCKET'] as const;

/**
 * Undefined when there is nothing usable (the command palette passes nothing): the caller then asks the user.
 * Tree items may carry the arguments in a `testInvokeArgs` property.
 */
export function checkInvokeArgs(raw: unknown): CheckedInvokeArgs | undefined {
  if (!raw || typeof raw !== 'object') return undefined;
  const nested = (raw as { testInvokeArgs?: unknown }).testInvokeArgs;
  const a = (nested && typeof nested === 'object' ? nested : raw) as Record<string, unknown>;
  if (typeof a.path !== 'string' || !a.path || a.path.length > 2048) return undefined;
  if (typeof a.method !== 'string' || !/^[A-Za-z-]{1,32}$/.test(a.method)) return undefined;
  const out: CheckedInvokeArgs = {
    path: a.path,
    method: a.method.toUpperCase() === 'X-AMAZON-APIGATEWAY-ANY-METHOD' ? 'ANY' : a.method.toUpperCase(),
  };
  if (typeof a.documentUri === 'string' && a.documentUri.length < 4096) out.documentUri = a.documentUri;
  if ((apiTypes as readonly unknown[]).includes(a.apiType)) out.apiType = a.apiType as CheckedInvokeArgs['apiType'];
  if (typeof a.api === 'string' && /^[A-Za-z0-9]{1,255}$/.test(a.api)) out.api = a.api;
  if (typeof a.apiId === 'string' && /^[a-z0-9]{1,64}$/i.test(a.apiId)) out.apiId = a.apiId;
  if (typeof a.stage === 'string' && /^(\$default|[A-Za-z0-9_-]{1,128})$/.test(a.stage)) out.stage = a.stage;
  if (isLoopbackHttpUrl(a.baseUrl)) out.baseUrl = a.baseUrl;
  return out;
}

/** One panel per operation of one API (or document, or test server). */
export function panelKey(
  args: Pick<CheckedInvokeArgs, 'apiId' | 'baseUrl' | 'documentUri' | 'method' | 'path'>,
): string {
  return JSON.stringify([args.apiId ?? args.baseUrl ?? args.documentUri ?? '', args.method, args.path]);
}
