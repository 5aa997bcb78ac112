/**
 * Fills a fresh local emulator (moto) with what `npm start` shows: the REST and HTTP examples deployed through
 * the extension's own deploy code, stages with throttling and logging, log groups with a few requests' lines, three
 * hours of stage metrics, and an X-Ray trace per sample request of the REST API.
 */
import fs from 'node:fs';
import path from 'node:path';
import {
  CreateApiKeyCommand,
  CreateAuthorizerCommand,
  CreateDeploymentCommand,
  CreateUsagePlanCommand,
  CreateUsagePlanKeyCommand,
  CreateVpcLinkCommand,
  UpdateStageCommand,
} from '@aws-sdk/client-api-gateway';
import { CreateApiMappingCommand, CreateDomainNameCommand, CreateStageCommand } from '@aws-sdk/client-apigatewayv2';
import {
  CreateLogGroupCommand,
  CreateLogStreamCommand,
  PutLogEventsCommand,
  type CloudWatchLogsClient,
} from '@aws-sdk/client-cloudwatch-logs';
import type { XRayClient } from '@aws-sdk/client-xray';
import { createConnection, type AwsConnection } from '../../client/src/aws/connection';
import { deployDefinition } from '../../client/src/deploy/deployCore';
import { executionLogGroupName } from '../../client/src/logs/logGroups';
import { motoFriendlyDefinition } from './motoFriendly';
import { accessLogFormat, requestLogs, sampleRequests, type LogLine } from './sampleLogs';
import { requestTraceSegments, seedStageMetrics, writeTrace } from './seedMonitoring';

export const emulatorRegion = 'us-east-1';
export const emulatorCredentials = { accessKeyId: 'test', secretAccessKey: 'test' };
const account = '123456789012';

export interface SeededApi {
  id: string;
  name: string;
  type: 'REST' | 'HTTP';
  stages: string[];
}

export interface SeedResult {
  rest: SeededApi;
  http: SeededApi;
  /** Every log group written to, and where each kind of line goes. */
  logGroups: { execution: string; restAccess: string; httpAccess: string; lambda: string };
}

export function emulatorConnection(endpoint: string): AwsConnection {
  return createConnection({ endpoint, region: emulatorRegion, credentials: emulatorCredentials });
}

export async function seedEmulator(conn: AwsConnection, examplesDir: string): Promise<SeedResult> {
  const read = (file: string) => motoFriendlyDefinition(fs.readFileSync(path.join(examplesDir, file), 'utf8'), 'yaml');
  const logGroups = {
    restAccess: '/aws/apigateway/pet-store-access',
    httpAccess: '/aws/apigateway/orders-access',
    lambda: '/aws/lambda/add-pet',
    execution: '',
  };

  const rest = await deployDefinition(conn, {
    body: read('rest-api.yaml'),
    apiType: 'REST',
    stage: 'dev',
    description: 'Seeded by npm start',
  });
  logGroups.execution = executionLogGroupName(rest.apiId, 'dev');
  const v1 = await conn.apiGateway();
  // moto's import skips securitySchemes; the example's authorizer is created the way the import would have.
  await v1.send(
    new CreateAuthorizerCommand({
      restApiId: rest.apiId,
      name: 'TokenAuthorizer',
      type: 'TOKEN',
      identitySource: 'method.request.header.Authorization',
      authorizerUri: `arn:aws:apigateway:${emulatorRegion}:lambda:path/2015-03-31/functions/arn:aws:lambda:${emulatorRegion}:${account}:function:check-token/invocations`,
      authorizerResultTtlInSeconds: 300,
    }),
  );
  // moto recreates a stage on every deployment (dropping its settings), so the settings come after the deployments.
  await v1.send(
    new CreateDeploymentCommand({ restApiId: rest.apiId, stageName: 'prod', description: 'Seeded by npm start' }),
  );
  await v1.send(
    new UpdateStageCommand({
      restApiId: rest.apiId,
      stageName: 'dev',
      patchOperations: [
        { op: 'replace', path: '/*/*/throttling/rateLimit', value: '100' },
        { op: 'replace', path: '/*/*/throttling/burstLimit', value: '200' },
        { op: 'replace', path: '/*/*/logging/loglevel', value: 'INFO' },
        { op: 'replace', path: '/*/*/metrics/enabled', value: 'true' },
        { op: 'replace', path: '/accessLogSettings/destinationArn', value: logGroupArn(logGroups.restAccess) },
        { op: 'replace', path: '/accessLogSettings/format', value: accessLogFormat },
      ],
    }),
  );

  const http = await deployDefinition(conn, {
    body: read('http-api.yaml'),
    apiType: 'HTTP',
    stage: 'dev',
    newApiName: 'Orders (HTTP example)',
    description: 'Seeded by npm start',
  });
  const v2 = await conn.apiGatewayV2();
  await v2.send(
    new CreateStageCommand({
      ApiId: http.apiId,
      StageName: 'prod',
      Description: 'Seeded by npm start',
      DefaultRouteSettings: { ThrottlingRateLimit: 50, ThrottlingBurstLimit: 100, DetailedMetricsEnabled: true },
      AccessLogSettings: { DestinationArn: logGroupArn(logGroups.httpAccess), Format: accessLogFormat },
    }),
  );

  await seedRegionResources(conn, rest.apiId, http.apiId);

  const logs = await conn.logs();
  for (const group of Object.values(logGroups)) await logs.send(new CreateLogGroupCommand({ logGroupName: group }));
  const seeded: SeedResult = {
    rest: { id: rest.apiId, name: 'Pet Store (REST example)', type: 'REST', stages: ['dev', 'prod'] },
    http: { id: http.apiId, name: 'Orders (HTTP example)', type: 'HTTP', stages: ['dev', 'prod'] },
    logGroups,
  };
  // A few minutes of history, inside the log tail's default look-back (apigw.logs.defaultStart, 5 minutes).
  const now = Date.now();
  const xray = await conn.xray();
  for (let i = 0; i < sampleRequests.length; i++)
    await writeSampleTraffic(logs, seeded, now - 240_000 + i * 40_000, i, xray);
  await seedMetrics(conn, seeded, now);
  return seeded;
}

const streamsCreated = new Set<string>();

/** A usage plan with a key on the REST API's dev stage, a custom domain mapped to the HTTP API, and a VPC link. */
async function seedRegionResources(conn: AwsConnection, restApiId: string, httpApiId: string): Promise<void> {
  const v1 = await conn.apiGateway();
  const plan = await v1.send(
    new CreateUsagePlanCommand({
      name: 'Partners',
      description: 'Seeded by npm start',
      apiStages: [{ apiId: restApiId, stage: 'dev' }],
      throttle: { rateLimit: 20, burstLimit: 40 },
      quota: { limit: 10000, period: 'MONTH' },
    }),
  );
  const key = await v1.send(new CreateApiKeyCommand({ name: 'acme-partner', enabled: true }));
  await v1.send(new CreateUsagePlanKeyCommand({ usagePlanId: plan.id!, keyId: key.id!, keyType: 'API_KEY' }));
  await v1.send(
    new CreateVpcLinkCommand({
      name: 'orders-nlb',
      targetArns: [
        `arn:aws:elasticloadbalancing:${emulatorRegion}:${account}:loadbalancer/net/orders/0123456789abcdef`,
      ],
    }),
  );
  const v2 = await conn.apiGatewayV2();
  await v2.send(
    new CreateDomainNameCommand({
      DomainName: 'api.example.com',
      DomainNameConfigurations: [
        {
          CertificateArn: `arn:aws:acm:${emulatorRegion}:${account}:certificate/00000000-0000-0000-0000-000000000000`,
          EndpointType: 'REGIONAL',
          SecurityPolicy: 'TLS_1_2',
        },
      ],
    }),
  );
  // AWS maps REST APIs to a domain through the same API; moto's v2 mappings know only v2 APIs, so the seed maps the
  // HTTP API.
  await v2.send(
    new CreateApiMappingCommand({
      DomainName: 'api.example.com',
      ApiId: httpApiId,
      Stage: 'prod',
      ApiMappingKey: 'orders',
    }),
  );
}

/**
 * Metrics for the dashboard: the stages with detailed metrics on (REST dev, HTTP prod) get per-route metrics too;
 * REST prod shows the dashboard without them.
 */
async function seedMetrics(conn: AwsConnection, seeded: SeedResult, now: number): Promise<void> {
  const cw = await conn.cloudWatch();
  const rest = { apiId: seeded.rest.id, apiName: seeded.rest.name, apiType: 'REST' as const };
  const http = { apiId: seeded.http.id, apiName: seeded.http.name, apiType: 'HTTP' as const };
  const restRoutes = [
    { route: 'GET /pets', share: 0.55, latencyMs: 38 },
    { route: 'POST /pets', share: 0.15, latencyMs: 160 },
    { route: 'GET /pets/{petId}', share: 0.25, latencyMs: 30 },
    { route: 'GET /health', share: 0.05, latencyMs: 6 },
  ];
  const httpRoutes = [
    { route: 'GET /orders', share: 0.5, latencyMs: 52 },
    { route: 'GET /orders/{orderId}', share: 0.45, latencyMs: 41 },
    { route: 'GET /status', share: 0.05, latencyMs: 4 },
  ];
  await seedStageMetrics(cw, { ...rest, stage: 'dev' }, now, { routes: restRoutes });
  await seedStageMetrics(cw, { ...rest, stage: 'prod' }, now, { latencyMs: 60 });
  await seedStageMetrics(cw, { ...http, stage: 'prod' }, now, { routes: httpRoutes, latencyMs: 48 });
}

/**
 * Writes the lines of one sample request (the `index`-th, cycling) into every seeded group, and with an X-Ray
 * client the REST request's trace (X-Ray traces REST APIs only).
 */
export async function writeSampleTraffic(
  logs: CloudWatchLogsClient,
  seeded: SeedResult,
  start: number,
  index: number,
  xray?: XRayClient,
): Promise<void> {
  const request = sampleRequests[index % sampleRequests.length];
  const rest = requestLogs(request, start, seeded.rest.id, 'dev');
  const http = requestLogs(
    { ...request, path: request.path.replace('pets', 'orders') },
    start + 7,
    seeded.http.id,
    'prod',
  );
  const day = new Date(start).toISOString().slice(0, 10).replace(/-/g, '/');
  await put(logs, seeded.logGroups.execution, `${seeded.rest.id}-dev`, rest.execution);
  await put(logs, seeded.logGroups.restAccess, 'dev', [rest.access]);
  await put(logs, seeded.logGroups.httpAccess, 'prod', [http.access]);
  await put(logs, seeded.logGroups.lambda, `${day}/[$LATEST]0123456789abcdef`, rest.lambda);
  if (xray)
    await writeTrace(
      xray,
      requestTraceSegments(
        request,
        rest,
        { apiId: seeded.rest.id, apiName: seeded.rest.name, apiType: 'REST', stage: 'dev' },
        start,
      ),
    );
}

async function put(
  logs: CloudWatchLogsClient,
  logGroupName: string,
  logStreamName: string,
  lines: LogLine[],
): Promise<void> {
  if (!lines.length) return;
  const key = `${logGroupName}\n${logStreamName}`;
  if (!streamsCreated.has(key)) {
    await logs.send(new CreateLogStreamCommand({ logGroupName, logStreamName }));
    streamsCreated.add(key);
  }
  await logs.send(new PutLogEventsCommand({ logGroupName, logStreamName, logEvents: lines }));
}

function logGroupArn(name: string): string {
  return `arn:aws:logs:${emulatorRegion}:${account}:log-group:${name}`;
}
