/**
 * Reads the deployed APIs of a region and their parts (stages, resources and methods, routes, authorizers) into
 * small plain shapes the explorer and deploy use. Pure (no `vscode`); every list follows the service's pagination.
 */
import type { ApiType } from '../../../contract/apiType';
import type { AwsConnection } from './connection';

export type { ApiType };

export interface ApiSummary {
  id: string;
  name: string;
  type: ApiType;
  description?: string;
  createdDate?: Date;
  /** v2 APIs: the base URL AWS reports (https://… or wss://…). */
  apiEndpoint?: string;
}

export interface StageSummary {
  name: string;
  deploymentId?: string;
  /** When the stage's deployment was created (REST), or when the stage was last updated (v2). */
  lastDeployment?: Date;
  lastDeploymentStatus?: string;
  description?: string;
  autoDeploy?: boolean;
  throttle?: { rateLimit?: number; burstLimit?: number };
  /** Execution log level (REST) or data trace / detailed metrics; undefined when off. */
  logging?: string;
  dataTrace?: boolean;
  metrics?: boolean;
  accessLogDestination?: string;
  caching?: { enabled: boolean; clusterSize?: string; ttlSeconds?: number; status?: string; encrypted?: boolean };
  tracing?: boolean;
  variables?: Record<string, string>;
  /** REST: a canary release on the stage. */
  canary?: { percentTraffic?: number; deploymentId?: string; stageVariableOverrides?: Record<string, string>; useStageCache?: boolean };
  /** REST: the AWS WAF web ACL associated with the stage. */
  webAclArn?: string;
}

export interface MethodSummary {
  method: string;
  authorizationType?: string;
  integrationType?: string;
}

export interface ResourceSummary {
  id: string;
  path: string;
  methods: MethodSummary[];
}

export interface RouteSummary {
  id: string;
  routeKey: string;
  authorizationType?: string;
  target?: string;
}

export interface AuthorizerSummary {
  id: string;
  name: string;
  type?: string;
  identitySource?: string;
}

/** Safety net against a service that keeps returning the same page token. */
const MAX_PAGES = 500;

/** Follows a page token until the service stops returning one. */
export async function collectPages<T>(fetchPage: (token: string | undefined) => Promise<{ items?: T[]; next?: string }>): Promise<T[]> {
  const all: T[] = [];
  const seen = new Set<string>();
  let token: string | undefined;
  for (let page = 0; page < MAX_PAGES; page++) {
    const { items, next } = await fetchPage(token);
    all.push(...(items ?? []));
    if (!next || seen.has(next)) break;
    seen.add(next);
    token = next;
  }
  return all;
}

const v2Type = (protocol: string | undefined): ApiType => (protocol === 'WEBSOCKET' ? 'WEBSOCKET' : 'HTTP');

export async function listRestApis(conn: AwsConnection): Promise<ApiSummary[]> {
  const { GetRestApisCommand } = await import('@aws-sdk/client-api-gateway');
  const client = await conn.apiGateway();
  const items = await collectPages(async (position) => {
    const page = await client.send(new GetRestApisCommand({ position, limit: 500 }));
    return { items: page.items, next: page.position };
  });
  return items.map((a) => ({ id: a.id ?? '', name: a.name ?? a.id ?? '', type: 'REST' as const, description: a.description || undefined, createdDate: a.createdDate }));
}

export async function listV2Apis(conn: AwsConnection): Promise<ApiSummary[]> {
  const { GetApisCommand } = await import('@aws-sdk/client-apigatewayv2');
  const client = await conn.apiGatewayV2();
  const items = await collectPages(async (NextToken) => {
    const page = await client.send(new GetApisCommand({ NextToken, MaxResults: '500' }));
    return { items: page.Items, next: page.NextToken };
  });
  return items.map((a) => ({
    id: a.ApiId ?? '',
    name: a.Name ?? a.ApiId ?? '',
    type: v2Type(a.ProtocolType),
    description: a.Description || undefined,
    createdDate: a.CreatedDate,
    apiEndpoint: a.ApiEndpoint,
  }));
}

const byName = (a: { name: string }, b: { name: string }) => a.name.localeCompare(b.name);

/** All APIs of the region, REST first, then HTTP and WebSocket, each sorted by name. */
export async function listApis(conn: AwsConnection): Promise<ApiSummary[]> {
  const [rest, v2] = await Promise.all([listRestApis(conn), listV2Apis(conn)]);
  return [...rest.sort(byName), ...v2.filter((a) => a.type === 'HTTP').sort(byName), ...v2.filter((a) => a.type === 'WEBSOCKET').sort(byName)];
}

export async function listStages(conn: AwsConnection, api: { id: string; type: ApiType }): Promise<StageSummary[]> {
  return (api.type === 'REST' ? await listRestStages(conn, api.id) : await listV2Stages(conn, api.id)).sort(byName);
}

async function listRestStages(conn: AwsConnection, restApiId: string): Promise<StageSummary[]> {
  const { GetStagesCommand, GetDeploymentsCommand } = await import('@aws-sdk/client-api-gateway');
  const client = await conn.apiGateway();
  const [stages, deployments] = await Promise.all([
    client.send(new GetStagesCommand({ restApiId })),
    collectPages(async (position) => {
      const page = await client.send(new GetDeploymentsCommand({ restApiId, position, limit: 500 }));
      return { items: page.items, next: page.position };
    }),
  ]);
  const deployedAt = new Map(deployments.map((d) => [d.id, d.createdDate]));
  return (stages.item ?? []).map((s) => {
    const all = s.methodSettings?.['*/*'];
    return {
      name: s.stageName ?? '',
      deploymentId: s.deploymentId,
      lastDeployment: deployedAt.get(s.deploymentId) ?? s.lastUpdatedDate,
      description: s.description || undefined,
      throttle: all && (all.throttlingRateLimit !== undefined || all.throttlingBurstLimit !== undefined) ? { rateLimit: all.throttlingRateLimit, burstLimit: all.throttlingBurstLimit } : undefined,
      logging: all?.loggingLevel && all.loggingLevel !== 'OFF' ? all.loggingLevel : undefined,
      dataTrace: all?.dataTraceEnabled || undefined,
      metrics: all?.metricsEnabled || undefined,
      accessLogDestination: s.accessLogSettings?.destinationArn,
      caching: s.cacheClusterEnabled || all?.cachingEnabled
        ? { enabled: true, clusterSize: s.cacheClusterEnabled ? s.cacheClusterSize : undefined, ttlSeconds: all?.cacheTtlInSeconds, status: s.cacheClusterStatus, encrypted: all?.cacheDataEncrypted }
        : undefined,
      tracing: s.tracingEnabled || undefined,
      variables: s.variables,
      canary: s.canarySettings
        ? { percentTraffic: s.canarySettings.percentTraffic, deploymentId: s.canarySettings.deploymentId, stageVariableOverrides: s.canarySettings.stageVariableOverrides, useStageCache: s.canarySettings.useStageCache }
        : undefined,
      webAclArn: s.webAclArn || undefined,
    };
  });
}

async function listV2Stages(conn: AwsConnection, ApiId: string): Promise<StageSummary[]> {
  const { GetStagesCommand } = await import('@aws-sdk/client-apigatewayv2');
  const client = await conn.apiGatewayV2();
  const items = await collectPages(async (NextToken) => {
    const page = await client.send(new GetStagesCommand({ ApiId, NextToken, MaxResults: '500' }));
    return { items: page.Items, next: page.NextToken };
  });
  return items.map((s) => {
    const route = s.DefaultRouteSettings;
    return {
      name: s.StageName ?? '',
      deploymentId: s.DeploymentId,
      lastDeployment: s.LastUpdatedDate ?? s.CreatedDate,
      lastDeploymentStatus: s.LastDeploymentStatusMessage,
      description: s.Description || undefined,
      autoDeploy: s.AutoDeploy,
      throttle: route && (route.ThrottlingRateLimit !== undefined || route.ThrottlingBurstLimit !== undefined) ? { rateLimit: route.ThrottlingRateLimit, burstLimit: route.ThrottlingBurstLimit } : undefined,
      logging: route?.LoggingLevel && route.LoggingLevel !== 'OFF' ? route.LoggingLevel : undefined,
      dataTrace: route?.DataTraceEnabled || undefined,
      metrics: route?.DetailedMetricsEnabled || undefined,
      accessLogDestination: s.AccessLogSettings?.DestinationArn,
      variables: s.StageVariables,
    };
  });
}

export async function listResources(conn: AwsConnection, restApiId: string): Promise<ResourceSummary[]> {
  const { GetResourcesCommand } = await import('@aws-sdk/client-api-gateway');
  const client = await conn.apiGateway();
  const items = await collectPages(async (position) => {
    const page = await client.send(new GetResourcesCommand({ restApiId, position, limit: 500, embed: ['methods'] }));
    return { items: page.items, next: page.position };
  });
  return items
    .map((r) => ({
      id: r.id ?? '',
      path: r.path ?? '/',
      methods: Object.entries(r.resourceMethods ?? {})
        .map(([method, m]) => ({ method: normaliseMethod(method), authorizationType: m.authorizationType, integrationType: m.methodIntegration?.type }))
        .sort((a, b) => a.method.localeCompare(b.method)),
    }))
    .sort((a, b) => a.path.localeCompare(b.path));
}

/** Some importers keep the extension key as the method name; API Gateway itself calls it ANY. */
function normaliseMethod(method: string): string {
  const upper = method.toUpperCase();
  return upper === 'X-AMAZON-APIGATEWAY-ANY-METHOD' ? 'ANY' : upper;
}

export async function listRoutes(conn: AwsConnection, ApiId: string): Promise<RouteSummary[]> {
  const { GetRoutesCommand } = await import('@aws-sdk/client-apigatewayv2');
  const client = await conn.apiGatewayV2();
  const items = await collectPages(async (NextToken) => {
    const page = await client.send(new GetRoutesCommand({ ApiId, NextToken, MaxResults: '500' }));
    return { items: page.Items, next: page.NextToken };
  });
  return items
    .map((r) => ({ id: r.RouteId ?? '', routeKey: r.RouteKey ?? '', authorizationType: r.AuthorizationType, target: r.Target }))
    .sort((a, b) => compareCodePoints(routeSortKey(a.routeKey), routeSortKey(b.routeKey)));
}

const compareCodePoints = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** Sorts "GET /pets" by path, then method; "$default" and WebSocket keys stay as they are. */
function routeSortKey(routeKey: string): string {
  const [method, path] = routeKey.split(' ');
  return path ? `${path} ${method}` : routeKey;
}

export async function listAuthorizers(conn: AwsConnection, api: { id: string; type: ApiType }): Promise<AuthorizerSummary[]> {
  if (api.type === 'REST') {
    const { GetAuthorizersCommand } = await import('@aws-sdk/client-api-gateway');
    const client = await conn.apiGateway();
    const items = await collectPages(async (position) => {
      const page = await client.send(new GetAuthorizersCommand({ restApiId: api.id, position, limit: 500 }));
      return { items: page.items, next: page.position };
    });
    return items.map((a) => ({ id: a.id ?? '', name: a.name ?? a.id ?? '', type: a.type, identitySource: a.identitySource })).sort(byName);
  }
  const { GetAuthorizersCommand } = await import('@aws-sdk/client-apigatewayv2');
  const client = await conn.apiGatewayV2();
  const items = await collectPages(async (NextToken) => {
    const page = await client.send(new GetAuthorizersCommand({ ApiId: api.id, NextToken, MaxResults: '500' }));
    return { items: page.Items, next: page.NextToken };
  });
  return items.map((a) => ({ id: a.AuthorizerId ?? '', name: a.Name ?? a.AuthorizerId ?? '', type: a.AuthorizerType, identitySource: a.IdentitySource?.join(', ') })).sort(byName);
}

/** Splits an HTTP route key ("GET /pets/{id}") into method and path; "$default" and WebSocket keys have no method. */
export function splitRouteKey(routeKey: string): { method?: string; path: string } {
  const match = /^([A-Z]+)\s+(\/.*)$/.exec(routeKey.trim());
  return match ? { method: match[1], path: match[2] } : { path: routeKey };
}
