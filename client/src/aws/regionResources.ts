/**
 * What sits beside the APIs of a region and a stage: usage plans and their API keys, custom domain names with their
 * API mappings, VPC links (v1 and v2), and the stage cache flush. Pure (no `vscode`): tested against moto.
 */
import type { AwsConnection } from './connection';
import { collectPages } from './apis';

export interface UsagePlanSummary {
  id: string;
  name: string;
  description?: string;
  throttle?: { rateLimit?: number; burstLimit?: number };
  quota?: { limit?: number; period?: string; offset?: number };
  /** "apiId/stage" pairs the plan covers. */
  stages: string[];
}

export interface ApiKeySummary {
  id: string;
  name?: string;
  type?: string;
}

export interface DomainSummary {
  name: string;
  endpointType?: string;
  securityPolicy?: string;
  status?: string;
  truststoreUri?: string;
  truststoreVersion?: string;
  mappings: { apiId?: string; stage?: string; key?: string }[];
}

export interface VpcLinkSummary {
  id: string;
  name?: string;
  version: 'v1' | 'v2';
  status?: string;
  statusMessage?: string;
  targets: string[];
}

/** REST usage plans that cover the given stage. */
export async function usagePlansOfStage(conn: AwsConnection, apiId: string, stage: string): Promise<UsagePlanSummary[]> {
  const { GetUsagePlansCommand } = await import('@aws-sdk/client-api-gateway');
  const client = await conn.apiGateway();
  const plans = await collectPages(async (position) => {
    const page = await client.send(new GetUsagePlansCommand({ position, limit: 500 }));
    return { items: page.items, next: page.position };
  });
  return plans
    .filter((p) => (p.apiStages ?? []).some((s) => s.apiId === apiId && s.stage === stage))
    .map((p) => ({
      id: p.id ?? '',
      name: p.name ?? p.id ?? '',
      description: p.description || undefined,
      throttle: p.throttle ? { rateLimit: p.throttle.rateLimit, burstLimit: p.throttle.burstLimit } : undefined,
      quota: p.quota ? { limit: p.quota.limit, period: p.quota.period, offset: p.quota.offset } : undefined,
      stages: (p.apiStages ?? []).map((s) => `${s.apiId}/${s.stage}`),
    }))
    .sort((a, b) => a.name.localeCompare(b.name));
}

/** The keys of a usage plan, without their values (those are read only when the user asks to copy one). */
export async function usagePlanKeys(conn: AwsConnection, usagePlanId: string): Promise<ApiKeySummary[]> {
  const { GetUsagePlanKeysCommand } = await import('@aws-sdk/client-api-gateway');
  const client = await conn.apiGateway();
  const keys = await collectPages(async (position) => {
    const page = await client.send(new GetUsagePlanKeysCommand({ usagePlanId, position, limit: 500 }));
    return { items: page.items, next: page.position };
  });
  return keys.map((k) => ({ id: k.id ?? '', name: k.name, type: k.type })).sort((a, b) => (a.name ?? a.id).localeCompare(b.name ?? b.id));
}

export async function apiKeyValue(conn: AwsConnection, apiKeyId: string): Promise<string> {
  const { GetApiKeyCommand } = await import('@aws-sdk/client-api-gateway');
  const key = await (await conn.apiGateway()).send(new GetApiKeyCommand({ apiKey: apiKeyId, includeValue: true }));
  if (!key.value) throw new Error(`API Gateway returned no value for the key ${apiKeyId}.`);
  return key.value;
}

/** Custom domain names of the region (the v2 API lists REST and HTTP domains alike) with their API mappings. */
export async function domainNames(conn: AwsConnection): Promise<DomainSummary[]> {
  const { GetDomainNamesCommand, GetApiMappingsCommand } = await import('@aws-sdk/client-apigatewayv2');
  const client = await conn.apiGatewayV2();
  const domains = await collectPages(async (NextToken) => {
    const page = await client.send(new GetDomainNamesCommand({ NextToken, MaxResults: '500' }));
    return { items: page.Items, next: page.NextToken };
  });
  return Promise.all(
    domains.map(async (d) => {
      const name = d.DomainName ?? '';
      const mappings = await collectPages(async (NextToken) => {
        const page = await client.send(new GetApiMappingsCommand({ DomainName: name, NextToken, MaxResults: '500' }));
        return { items: page.Items, next: page.NextToken };
      });
      const config = d.DomainNameConfigurations?.[0];
      return {
        name,
        endpointType: config?.EndpointType,
        securityPolicy: config?.SecurityPolicy,
        status: config?.DomainNameStatus,
        truststoreUri: d.MutualTlsAuthentication?.TruststoreUri,
        truststoreVersion: d.MutualTlsAuthentication?.TruststoreVersion,
        mappings: mappings.map((m) => ({ apiId: m.ApiId, stage: m.Stage, key: m.ApiMappingKey })),
      };
    }),
  ).then((all) => all.sort((a, b) => a.name.localeCompare(b.name)));
}

/** VPC links of both kinds: v1 (REST, to Network Load Balancers) and v2 (HTTP APIs). */
export async function vpcLinks(conn: AwsConnection): Promise<VpcLinkSummary[]> {
  const [{ GetVpcLinksCommand: V1 }, { GetVpcLinksCommand: V2 }] = await Promise.all([import('@aws-sdk/client-api-gateway'), import('@aws-sdk/client-apigatewayv2')]);
  const [v1Client, v2Client] = await Promise.all([conn.apiGateway(), conn.apiGatewayV2()]);
  const [v1, v2] = await Promise.all([
    collectPages(async (position) => {
      const page = await v1Client.send(new V1({ position, limit: 500 }));
      return { items: page.items, next: page.position };
    }),
    collectPages(async (NextToken) => {
      const page = await v2Client.send(new V2({ NextToken, MaxResults: '500' }));
      return { items: page.Items, next: page.NextToken };
    }),
  ]);
  return [
    ...v1.map((l): VpcLinkSummary => ({ id: l.id ?? '', name: l.name, version: 'v1', status: l.status, statusMessage: l.statusMessage, targets: l.targetArns ?? [] })),
    ...v2.map((l): VpcLinkSummary => ({ id: l.VpcLinkId ?? '', name: l.Name, version: 'v2', status: l.VpcLinkStatus, statusMessage: l.VpcLinkStatusMessage, targets: l.SubnetIds ?? [] })),
  ].sort((a, b) => (a.name ?? a.id).localeCompare(b.name ?? b.id));
}

export async function flushStageCache(conn: AwsConnection, restApiId: string, stageName: string): Promise<void> {
  const { FlushStageCacheCommand } = await import('@aws-sdk/client-api-gateway');
  await (await conn.apiGateway()).send(new FlushStageCacheCommand({ restApiId, stageName }));
}
