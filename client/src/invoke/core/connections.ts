/**
 * The WebSocket management API (`@connections`): POST sends a message to a client, GET describes the connection,
 * DELETE disconnects it. Always SigV4-signed (service execute-api), as API Gateway requires.
 * https://docs.aws.amazon.com/apigateway/latest/developerguide/apigateway-how-to-call-websocket-api-connections.html
 */
import { sendHttpRequest, type SendOptions } from './sendHttp';
import { signRequest, type SigningOptions } from './sign';
import type { InvokeTarget } from './target';
import type { HttpInvokeRequest, InvokeResult } from './types';
import { connectionsUrl } from './websocketUrl';

export type ConnectionsAction = 'POST' | 'GET' | 'DELETE';

export function connectionsRequest(
  target: Pick<InvokeTarget, 'apiId' | 'region' | 'baseUrl'>,
  stage: string,
  connectionId: string,
  action: ConnectionsAction,
  message = '',
): HttpInvokeRequest {
  const url = connectionsUrl(target, stage, connectionId);
  if (action !== 'POST') return { method: action, url, headers: {} };
  if (Buffer.byteLength(message) > 128 * 1024) throw new Error('API Gateway accepts messages of at most 128 KB.');
  return { method: 'POST', url, headers: { 'content-type': 'application/json' }, body: message };
}

export async function callConnections(
  target: Pick<InvokeTarget, 'apiId' | 'region' | 'baseUrl'>,
  stage: string,
  connectionId: string,
  action: ConnectionsAction,
  message: string,
  signing: SigningOptions,
  options: SendOptions = {},
): Promise<InvokeResult> {
  const signed = await signRequest(connectionsRequest(target, stage, connectionId, action, message), signing);
  return sendHttpRequest(signed, options);
}
