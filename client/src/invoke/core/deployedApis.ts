/** The APIs, stages and operations of the account, for choosing what to invoke. */
import { GetRestApisCommand, GetStagesCommand, type APIGatewayClient } from '@aws-sdk/client-api-gateway';
import {
  GetApiCommand,
  GetApisCommand,
  GetRoutesCommand,
  GetStagesCommand as GetStagesV2Command,
  type ApiGatewayV2Client,
} from '@aws-sdk/client-apigatewayv2';
import { listResources } from './resources';
import type { ApiType } from './types';

type V1 = Pick<APIGatewayClient, 'send'>;
type V2 = Pick<ApiGatewayV2Client, 'send'>;

export interface DeployedApi {
  id: string;
  name: string;
  apiType: ApiType;
}

export interface DeployedOperation {
  method: string;
  /** Path template, or `$default` / a WebSocket route key. */
  path: string;
  needsIam: boolean;
  needsApiKey: boolean;
}

export async function listDeployedApis(v1: V1, v2: V2, signal?: AbortSignal): Promise<DeployedApi[]> {
  const out: DeployedApi[] = [];
  let position: string | undefined;
  do {
    const page = await v1.send(new GetRestApisCommand({ position, limit: 500 }), { abortSignal: signal });
    for (const api of page.items ?? []) if (api.id) out.push({ id: api.id, name: api.name ?? api.id, apiType: 'REST' });
    position = page.position && page.position !== position ? page.position : undefined;
  } while (position);
  let next: string | undefined;
  do {
    const page = await v2.send(new GetApisCommand({ NextToken: next, MaxResults: '500' }), { abortSignal: signal });
    for (const api of page.Items ?? [])
      if (api.ApiId)
        out.push({
          id: api.ApiId,
          name: api.Name ?? api.ApiId,
          apiType: api.ProtocolType === 'WEBSOCKET' ? 'WEBSOCKET' : 'HTTP',
        });
    next = page.NextToken && page.NextToken !== next ? page.NextToken : undefined;
  } while (next);
  return out.sort((a, b) => a.name.localeCompare(b.name));
}

export async function listStageNames(
  v1: V1,
  v2: V2,
  api: Pick<DeployedApi, 'id' | 'apiType'>,
  signal?: AbortSignal,
): Promise<string[]> {
  if (api.apiType === 'REST') {
    const res = await v1.send(new GetStagesCommand({ restApiId: api.id }), { abortSignal: signal });
    return (res.item ?? []).flatMap((s) => (s.stageName ? [s.stageName] : []));
  }
  const names: string[] = [];
  let next: string | undefined;
  do {
    const page = await v2.send(new GetStagesV2Command({ ApiId: api.id, NextToken: next }), { abortSignal: signal });
    for (const s of page.Items ?? []) if (s.StageName) names.push(s.StageName);
    next = page.NextToken && page.NextToken !== next ? page.NextToken : undefined;
  } while (next);
  return names;
}

export async function listOperations(
  v1: V1,
  v2: V2,
  api: Pick<DeployedApi, 'id' | 'apiType'>,
  signal?: AbortSignal,
): Promise<DeployedOperation[]> {
  if (api.apiType === 'REST') {
    const resources = await listResources(v1, api.id, signal);
    return resources
      .flatMap((r) =>
        Object.entries(r.resourceMethods ?? {}).map(([method, m]) => ({
          method: method.toUpperCase(),
          path: r.path ?? '/',
          needsIam: m.authorizationType === 'AWS_IAM',
          needsApiKey: m.apiKeyRequired === true,
        })),
      )
      .sort(byPathThenMethod);
  }
  const out: DeployedOperation[] = [];
  let next: string | undefined;
  do {
    const page = await v2.send(new GetRoutesCommand({ ApiId: api.id, NextToken: next }), { abortSignal: signal });
    for (const r of page.Items ?? []) {
      if (!r.RouteKey) continue;
      const { method, path } = splitRouteKey(r.RouteKey);
      out.push({ method, path, needsIam: r.AuthorizationType === 'AWS_IAM', needsApiKey: r.ApiKeyRequired === true });
    }
    next = page.NextToken && page.NextToken !== next ? page.NextToken : undefined;
  } while (next);
  return out.sort(byPathThenMethod);
}

/** `GET /pets/{id}` → GET and the path; `$default` and WebSocket keys (`$connect`, `sendMessage`) → ANY. */
export function splitRouteKey(routeKey: string): { method: string; path: string } {
  const m = /^([A-Z]+)\s+(\/\S*)$/.exec(routeKey.trim());
  return m ? { method: m[1], path: m[2] } : { method: 'ANY', path: routeKey.trim() };
}

function byPathThenMethod(a: DeployedOperation, b: DeployedOperation): number {
  return a.path.localeCompare(b.path) || a.method.localeCompare(b.method);
}

/** A WebSocket API's route selection expression (`$request.body.action` when it cannot be read). */
export async function routeSelectionExpression(v2: V2, apiId: string, signal?: AbortSignal): Promise<string> {
  const api = await v2.send(new GetApiCommand({ ApiId: apiId }), { abortSignal: signal });
  return api.RouteSelectionExpression || '$request.body.action';
}
