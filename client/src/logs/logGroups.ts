/**
 * Finds the log groups that belong to a deployed stage: its execution logs (REST and WebSocket), its access
 * logs, and the logs of the Lambda functions behind its integrations and authorizers. Also lists and resolves
 * arbitrary log groups. Pure: clients are passed in.
 */
import {
  GetAuthorizersCommand,
  GetResourcesCommand,
  GetStageCommand,
  type APIGatewayClient,
} from '@aws-sdk/client-api-gateway';
import {
  GetAuthorizersCommand as GetAuthorizersV2Command,
  GetIntegrationsCommand,
  GetStageCommand as GetStageV2Command,
  type ApiGatewayV2Client,
} from '@aws-sdk/client-apigatewayv2';
import { DescribeLogGroupsCommand, type CloudWatchLogsClient } from '@aws-sdk/client-cloudwatch-logs';
import { logGroupNameFromArn } from './liveTail';
import { describeError, isAbort } from './logErrors';
import { TailError } from './poller';
import type { ApiType } from '../../../contract/apiType';
import type { TailGroup } from './tailSession';

export type { ApiType };

export interface StageRef {
  apiId: string;
  apiType: ApiType;
  stage: string;
}

export interface StageLogGroup {
  name: string;
  kind: 'execution' | 'access' | 'lambda';
  /** Why the group belongs to the stage, for the picker, e.g. "Lambda orders-handler (GET /orders)". */
  description: string;
}

export interface StageLogGroups {
  groups: StageLogGroup[];
  /** Things the user should know, e.g. an integration whose function depends on an unset stage variable. */
  notes: string[];
}

export interface ApiClients {
  apiGateway: Pick<APIGatewayClient, 'send'>;
  apiGatewayV2: Pick<ApiGatewayV2Client, 'send'>;
}

export function executionLogGroupName(apiId: string, stage: string): string {
  return `API-Gateway-Execution-Logs_${apiId}/${stage}`;
}

export async function findStageLogGroups(
  clients: ApiClients,
  ref: StageRef,
  signal?: AbortSignal,
): Promise<StageLogGroups> {
  const groups: StageLogGroup[] = [];
  const notes: string[] = [];
  // HTTP APIs have access logs only; REST and WebSocket APIs also write execution logs.
  if (ref.apiType !== 'HTTP') {
    groups.push({
      name: executionLogGroupName(ref.apiId, ref.stage),
      kind: 'execution',
      description: `execution logs of stage ${ref.stage}`,
    });
  }
  const stage = await readStage(clients, ref, signal);
  if (stage.accessLogArn) {
    if (/^arn:[^:]+:logs:/.test(stage.accessLogArn)) {
      groups.push({
        name: logGroupNameFromArn(stage.accessLogArn),
        kind: 'access',
        description: `access logs of stage ${ref.stage}`,
      });
    } else {
      notes.push(
        `Access logs of stage ${ref.stage} go to ${stage.accessLogArn}, which is not a CloudWatch Logs group.`,
      );
    }
  }
  let targets: LambdaTarget[] = [];
  try {
    targets =
      ref.apiType === 'REST'
        ? await restLambdaTargets(clients.apiGateway, ref.apiId, signal)
        : await v2LambdaTargets(clients.apiGatewayV2, ref.apiId, signal);
  } catch (err) {
    if (isAbort(err)) throw err;
    notes.push(
      `Could not read the integrations: ${describeError(err, ref.apiType === 'REST' ? 'apigateway:GET' : 'apigateway:GET (integrations)')}`,
    );
  }
  const byFunction = new Map<string, string[]>();
  for (const t of targets) {
    const uri = substituteStageVariables(t.uri, stage.variables);
    const fn = lambdaFunctionName(uri);
    if (fn) byFunction.set(fn, [...(byFunction.get(fn) ?? []), t.usedBy]);
    else if (/\$\{stageVariables\./.test(uri))
      notes.push(
        `${t.usedBy} calls a Lambda function named by a stage variable that stage ${ref.stage} does not set: ${t.uri}`,
      );
  }
  for (const [fn, usedBy] of byFunction) {
    const shown = usedBy.slice(0, 3).join(', ') + (usedBy.length > 3 ? `, +${usedBy.length - 3} more` : '');
    groups.push({ name: `/aws/lambda/${fn}`, kind: 'lambda', description: `Lambda ${fn} (${shown})` });
  }
  return { groups, notes };
}

interface StageInfo {
  accessLogArn?: string;
  variables: Record<string, string>;
}

async function readStage(clients: ApiClients, ref: StageRef, signal?: AbortSignal): Promise<StageInfo> {
  try {
    if (ref.apiType === 'REST') {
      const s = await clients.apiGateway.send(new GetStageCommand({ restApiId: ref.apiId, stageName: ref.stage }), {
        abortSignal: signal,
      });
      return { accessLogArn: s.accessLogSettings?.destinationArn || undefined, variables: s.variables ?? {} };
    }
    const s = await clients.apiGatewayV2.send(new GetStageV2Command({ ApiId: ref.apiId, StageName: ref.stage }), {
      abortSignal: signal,
    });
    return { accessLogArn: s.AccessLogSettings?.DestinationArn || undefined, variables: s.StageVariables ?? {} };
  } catch (err) {
    if (isAbort(err)) throw err;
    throw new TailError(
      `Cannot read stage ${ref.stage} of API ${ref.apiId}: ${describeError(err, 'apigateway:GET')}`,
      'invalid',
      err,
    );
  }
}

interface LambdaTarget {
  uri: string;
  /** "GET /pets", "route $connect", "authorizer auth" */
  usedBy: string;
}

async function restLambdaTargets(
  client: ApiClients['apiGateway'],
  restApiId: string,
  signal?: AbortSignal,
): Promise<LambdaTarget[]> {
  const targets: LambdaTarget[] = [];
  let position: string | undefined;
  do {
    const page = await client.send(
      new GetResourcesCommand({ restApiId, embed: ['methods'], limit: 500, ...(position ? { position } : {}) }),
      { abortSignal: signal },
    );
    for (const resource of page.items ?? []) {
      for (const [method, m] of Object.entries(resource.resourceMethods ?? {})) {
        const uri = m.methodIntegration?.uri;
        if (uri) targets.push({ uri, usedBy: `${method} ${resource.path ?? ''}` });
      }
    }
    position = page.position || undefined;
  } while (position);
  try {
    const authorizers = await client.send(new GetAuthorizersCommand({ restApiId, limit: 500 }), {
      abortSignal: signal,
    });
    for (const a of authorizers.items ?? [])
      if (a.authorizerUri) targets.push({ uri: a.authorizerUri, usedBy: `authorizer ${a.name ?? a.id}` });
  } catch (err) {
    if (isAbort(err)) throw err;
    // Authorizers are a bonus: their functions are rarely what people tail first.
  }
  return targets;
}

async function v2LambdaTargets(
  client: ApiClients['apiGatewayV2'],
  apiId: string,
  signal?: AbortSignal,
): Promise<LambdaTarget[]> {
  const targets: LambdaTarget[] = [];
  let token: string | undefined;
  do {
    const page = await client.send(
      new GetIntegrationsCommand({ ApiId: apiId, MaxResults: '500', ...(token ? { NextToken: token } : {}) }),
      { abortSignal: signal },
    );
    for (const i of page.Items ?? [])
      if (i.IntegrationUri)
        targets.push({ uri: i.IntegrationUri, usedBy: `integration ${i.IntegrationId ?? ''}`.trim() });
    token = page.NextToken || undefined;
  } while (token);
  try {
    const authorizers = await client.send(new GetAuthorizersV2Command({ ApiId: apiId, MaxResults: '500' }), {
      abortSignal: signal,
    });
    for (const a of authorizers.Items ?? [])
      if (a.AuthorizerUri) targets.push({ uri: a.AuthorizerUri, usedBy: `authorizer ${a.Name ?? a.AuthorizerId}` });
  } catch (err) {
    if (isAbort(err)) throw err;
  }
  return targets;
}

/**
 * The function name in a Lambda integration URI, either the API Gateway form
 * "arn:aws:apigateway:{region}:lambda:path/2015-03-31/functions/{lambdaArn}/invocations" or a bare Lambda ARN.
 * A version or alias qualifier is dropped: all versions log to the same group.
 */
export function lambdaFunctionName(uri: string): string | undefined {
  const m = /:lambda:[^:]*:[^:]*:function:([A-Za-z0-9_-]{1,140})(?::[A-Za-z0-9$_-]+)?(?:\/|$)/.exec(uri);
  return m?.[1];
}

export function substituteStageVariables(uri: string, variables: Record<string, string>): string {
  return uri.replace(/\$\{stageVariables\.([A-Za-z0-9_]+)\}/g, (whole, name: string) => variables[name] ?? whole);
}

/** Log groups whose names start with `prefix`, following pagination up to `max` groups. */
export async function listLogGroups(
  logs: Pick<CloudWatchLogsClient, 'send'>,
  prefix: string,
  signal?: AbortSignal,
  max = 1000,
): Promise<TailGroup[]> {
  const out: TailGroup[] = [];
  let nextToken: string | undefined;
  do {
    const page = await logs.send(
      new DescribeLogGroupsCommand({
        limit: 50,
        ...(prefix ? { logGroupNamePrefix: prefix } : {}),
        ...(nextToken ? { nextToken } : {}),
      }),
      { abortSignal: signal },
    );
    for (const g of page.logGroups ?? []) if (g.logGroupName) out.push({ name: g.logGroupName, arn: groupArn(g) });
    nextToken = page.nextToken || undefined;
  } while (nextToken && out.length < max);
  return out.slice(0, max);
}

/** Looks up each group's ARN (Live Tail needs ARNs); a group that does not exist comes back without one. */
export async function resolveLogGroups(
  logs: Pick<CloudWatchLogsClient, 'send'>,
  names: string[],
  signal?: AbortSignal,
): Promise<TailGroup[]> {
  return Promise.all(
    names.map(async (name) => {
      // Names sort ascending, so the exact name comes first among those it prefixes: one page is enough.
      const matches = await listLogGroups(logs, name, signal, 50);
      return { name, arn: matches.find((g) => g.name === name)?.arn };
    }),
  );
}

function groupArn(g: { logGroupArn?: string; arn?: string }): string | undefined {
  return g.logGroupArn || g.arn?.replace(/:\*$/, '') || undefined;
}
