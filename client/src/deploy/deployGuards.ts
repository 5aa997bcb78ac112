/**
 * What a deploy must never do to an API: import over one that a CloudFormation stack owns (the stack would undo it
 * or drift from it), or leave it with fewer stages than it had. Pure AWS logic, no `vscode`.
 *
 * - CloudFormation tags the resources it creates with `aws:cloudformation:stack-name` (CloudFormation User Guide,
 *   "Resource tags"); an API carrying it belongs to that stack.
 * - AWS's ReimportApi replaces routes and integrations and keeps stages; an emulator may drop them (moto does:
 *   shared/reference/moto-facts.md, section 2). Stages are read before and checked after, and any that vanished are
 *   created again with the settings they had.
 */
import type { Stage as HttpStage } from '@aws-sdk/client-apigatewayv2';
import type { AwsConnection } from '../aws/connection';

export const STACK_TAG = 'aws:cloudformation:stack-name';

export async function owningStack(conn: AwsConnection, apiType: 'REST' | 'HTTP', apiId: string): Promise<string | undefined> {
  if (apiType === 'REST') {
    const { GetRestApiCommand } = await import('@aws-sdk/client-api-gateway');
    const api = await (await conn.apiGateway()).send(new GetRestApiCommand({ restApiId: apiId }));
    return api.tags?.[STACK_TAG];
  }
  const { GetApiCommand } = await import('@aws-sdk/client-apigatewayv2');
  const api = await (await conn.apiGatewayV2()).send(new GetApiCommand({ ApiId: apiId }));
  return api.Tags?.[STACK_TAG];
}

export async function httpStages(conn: AwsConnection, apiId: string): Promise<HttpStage[]> {
  const { GetStagesCommand } = await import('@aws-sdk/client-apigatewayv2');
  const client = await conn.apiGatewayV2();
  const stages: HttpStage[] = [];
  let NextToken: string | undefined;
  let pages = 0;
  do {
    const page = await client.send(new GetStagesCommand({ ApiId: apiId, NextToken }));
    stages.push(...(page.Items ?? []));
    NextToken = page.NextToken;
  } while (NextToken && ++pages < 50);
  return stages;
}

/** Re-creates the stages of `before` that are missing now; returns their names. */
export async function restoreHttpStages(conn: AwsConnection, apiId: string, before: HttpStage[]): Promise<string[]> {
  if (before.length === 0) return [];
  const now = new Set((await httpStages(conn, apiId)).map((s) => s.StageName));
  const missing = before.filter((s) => s.StageName && !now.has(s.StageName));
  if (missing.length === 0) return [];
  const { CreateStageCommand } = await import('@aws-sdk/client-apigatewayv2');
  const client = await conn.apiGatewayV2();
  for (const s of missing) {
    await client.send(
      new CreateStageCommand({
        ApiId: apiId,
        StageName: s.StageName!,
        Description: s.Description,
        AutoDeploy: s.AutoDeploy,
        ClientCertificateId: s.ClientCertificateId,
        DefaultRouteSettings: s.DefaultRouteSettings,
        RouteSettings: s.RouteSettings,
        StageVariables: s.StageVariables,
        AccessLogSettings: s.AccessLogSettings,
        Tags: s.Tags,
      }),
    );
  }
  return missing.map((s) => s.StageName!);
}
