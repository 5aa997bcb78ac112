/**
 * Where a WebSocket API's stage is reached, and its management API (`@connections`):
 * wss://{api-id}.execute-api.{region}.amazonaws.com/{stage} and https://…/{stage}/@connections/{connection-id}.
 * https://docs.aws.amazon.com/apigateway/latest/developerguide/apigateway-how-to-call-websocket-api-connections.html
 */
import type { InvokeTarget } from './target';
import type { KeyValue } from './types';

function stageRoot(
  target: Pick<InvokeTarget, 'apiId' | 'region' | 'baseUrl'>,
  stage: string,
  scheme: 'ws' | 'http',
): string {
  if (!stage || /[/?#\s]/.test(stage)) throw new Error('Choose a stage (a name without "/", "?" or spaces).');
  if (target.baseUrl) {
    // Test servers on 127.0.0.1: plain ws:// and http://.
    const base = target.baseUrl.replace(/\/+$/, '');
    return `${scheme === 'ws' ? base.replace(/^http/, 'ws') : base}/${encodeURIComponent(stage)}`;
  }
  if (!target.apiId) throw new Error('No deployed API is known for this route. Pick one when opening the panel.');
  const domain = target.region.startsWith('cn-') ? 'amazonaws.com.cn' : 'amazonaws.com';
  return `${scheme === 'ws' ? 'wss' : 'https'}://${target.apiId}.execute-api.${target.region}.${domain}/${encodeURIComponent(stage)}`;
}

/** The $connect URL with the query parameters (API Gateway passes them to the $connect route only). */
export function websocketUrl(
  target: Pick<InvokeTarget, 'apiId' | 'region' | 'baseUrl'>,
  stage: string,
  query: KeyValue[] = [],
): string {
  const url = new URL(stageRoot(target, stage, 'ws'));
  for (const [name, value] of query) if (name) url.searchParams.append(name, value);
  return url.toString();
}

export function connectionsUrl(
  target: Pick<InvokeTarget, 'apiId' | 'region' | 'baseUrl'>,
  stage: string,
  connectionId: string,
): string {
  const id = connectionId.trim();
  // Connection ids are base64-like ("L0SM9cOFvHcCIhw="): anything else is a typo.
  if (!/^[A-Za-z0-9+/=_-]{1,128}$/.test(id))
    throw new Error(
      'The connection id must be the id API Gateway gave the connection (letters, digits, "=", "+", "/").',
    );
  return `${stageRoot(target, stage, 'http')}/@connections/${encodeURIComponent(id)}`;
}
