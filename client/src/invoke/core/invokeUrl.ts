/**
 * The URL a deployed API answers on.
 *
 * - AWS: `https://{apiId}.execute-api.{region}.amazonaws.com/{stage}/{path}`; the HTTP API stage `$default` is
 *   served from the root, without a stage segment. China regions use `amazonaws.com.cn`.
 * - With a custom endpoint (setting `apigw.aws.endpoint`, for emulators) the LocalStack form is used:
 *   `{endpoint}/_aws/execute-api/{apiId}/{stage}/{path}`. (moto cannot serve deployed APIs in server mode.)
 * - With an explicit base URL (a custom domain, or a local server in tests): `{baseUrl}/{stage}/{path}`.
 */
import type { KeyValue } from './types';

export interface StageLocation {
  apiId: string;
  region: string;
  stage: string;
  endpoint?: string;
  baseUrl?: string;
}

const stageName = /^(\$default|[A-Za-z0-9_-]{1,128})$/;

export function stageBaseUrl(loc: StageLocation): string {
  if (!stageName.test(loc.stage))
    throw new Error(`"${loc.stage}" is not a valid stage name (letters, digits, - and _).`);
  const stageSegment = loc.stage === '$default' ? '' : `/${loc.stage}`;
  if (loc.baseUrl) return `${trimSlash(loc.baseUrl)}${stageSegment}`;
  if (!/^[a-z0-9]+$/i.test(loc.apiId)) throw new Error(`"${loc.apiId}" is not a valid API id.`);
  if (loc.endpoint) return `${trimSlash(loc.endpoint)}/_aws/execute-api/${loc.apiId}${stageSegment}`;
  const domain = loc.region.startsWith('cn-') ? 'amazonaws.com.cn' : 'amazonaws.com';
  return `https://${loc.apiId}.execute-api.${loc.region}.${domain}${stageSegment}`;
}

/** `path` is already filled and percent-encoded (see fillPathTemplate). */
export function invokeUrl(loc: StageLocation, path: string, query: readonly KeyValue[] = []): string {
  return `${stageBaseUrl(loc)}${path.startsWith('/') ? path : `/${path}`}${queryString(query)}`;
}

export function queryString(query: readonly KeyValue[]): string {
  const parts = query.filter(([k]) => k !== '').map(([k, v]) => `${encodeURIComponent(k)}=${encodeURIComponent(v)}`);
  return parts.length ? `?${parts.join('&')}` : '';
}

/**
 * A base URL given by a caller for tests: honoured only when it points at this machine over plain HTTP, so
 * arguments from elsewhere can never redirect requests (and credentials) to another host.
 */
export function isLoopbackHttpUrl(value: unknown): value is string {
  if (typeof value !== 'string') return false;
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return false;
  }
  return (
    url.protocol === 'http:' &&
    (url.hostname === '127.0.0.1' || url.hostname === 'localhost') &&
    !url.username &&
    !url.password
  );
}

function trimSlash(s: string): string {
  return s.replace(/\/+$/, '');
}
