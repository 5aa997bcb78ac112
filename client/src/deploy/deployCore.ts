/**
 * Imports an OpenAPI definition into API Gateway and deploys it to a stage. Pure (no `vscode`): the editor command
 * (deployCommand.ts) asks the questions and shows progress; this module does the AWS calls in order, checks for
 * cancellation between them, and turns failures into messages a person understands.
 */
import type { ApiType } from '../aws/apis';
import type { AwsConnection } from '../aws/connection';
import { awsErrorMessage, isNotFound, isOperationNotOffered } from '../aws/errors';
import { invokeUrl, InvokeUrl } from '../aws/invokeUrl';
import { httpStages, owningStack, restoreHttpStages } from './deployGuards';

export type DeployableApiType = Exclude<ApiType, 'WEBSOCKET'>;
export type ImportMode = 'overwrite' | 'merge';

export interface DeployRequest {
  /** The definition's text, JSON or YAML, sent as it is. */
  body: string;
  apiType: DeployableApiType;
  /** The API to update; undefined creates a new API from the definition. */
  apiId?: string;
  /** Name for a new HTTP API when the import cannot name it (create-then-reimport path). */
  newApiName?: string;
  stage: string;
  /** REST only: merge keeps what the definition does not mention; overwrite makes the API exactly the definition. */
  mode?: ImportMode;
  description?: string;
}

export interface DeployResult {
  apiId: string;
  apiType: DeployableApiType;
  stage: string;
  createdApi: boolean;
  deploymentId?: string;
  /** API Gateway's import warnings (the import went through). */
  warnings: string[];
  /** What happened differently from a normal deploy, e.g. an emulator that lacks an operation. */
  notes: string[];
  invokeUrl: InvokeUrl;
}

export interface DeployControl {
  isCancelled?: () => boolean;
  onStep?: (message: string) => void;
}

/** A failed step; `message` is the sentence to show. */
export class DeployError extends Error {
  constructor(
    message: string,
    readonly step: string,
    override readonly cause?: unknown,
  ) {
    super(message);
    this.name = 'DeployError';
  }
}

export class DeployCancelledError extends Error {
  constructor(readonly apiId: string | undefined) {
    super(apiId ? `Deploy cancelled. The definition may already be imported into API ${apiId}, but no stage was updated.` : 'Deploy cancelled before anything was changed.');
    this.name = 'DeployCancelledError';
  }
}

interface Step {
  name: string;
  action: string;
}

async function run<T>(conn: AwsConnection, step: Step, call: () => Promise<T>): Promise<T> {
  try {
    return await call();
  } catch (err) {
    const reason = awsErrorMessage(err, { operation: step.name, action: step.action, region: conn.region, profile: conn.profile, endpoint: conn.endpoint });
    throw new DeployError(reason, step.name, err);
  }
}

export async function deployDefinition(conn: AwsConnection, request: DeployRequest, control: DeployControl = {}): Promise<DeployResult> {
  if ((request.apiType as ApiType) === 'WEBSOCKET') throw new DeployError('WebSocket APIs cannot be imported from OpenAPI; deploy them with a template instead.', 'validate');
  if (control.isCancelled?.()) throw new DeployCancelledError(undefined);
  const stack = request.apiId ? await run(conn, { name: request.apiType === 'REST' ? 'GetRestApi' : 'GetApi', action: 'apigateway:GET' }, () => owningStack(conn, request.apiType, request.apiId!)) : undefined;
  const partial = stack
    ? // Never an import over what CloudFormation manages: the API is deployed as it is.
      { apiId: request.apiId!, createdApi: false, warnings: [], notes: [`${request.apiId} belongs to the CloudFormation stack ${stack}: the definition was not imported (the stack would undo it); the API as CloudFormation made it was deployed. Change it in the template.`] }
    : request.apiType === 'REST'
      ? await importRest(conn, request, control)
      : await importHttp(conn, request, control);
  if (control.isCancelled?.()) throw new DeployCancelledError(partial.apiId);
  const deployed = request.apiType === 'REST' ? await deployRestStage(conn, partial.apiId, request, control) : await deployHttpStage(conn, partial.apiId, request, control);
  return {
    apiId: partial.apiId,
    apiType: request.apiType,
    stage: request.stage,
    createdApi: partial.createdApi,
    deploymentId: deployed.deploymentId,
    warnings: partial.warnings,
    notes: [...partial.notes, ...deployed.notes],
    invokeUrl: invokeUrl({ id: partial.apiId, type: request.apiType }, request.stage, conn.region, conn.endpoint),
  };
}

interface ImportOutcome {
  apiId: string;
  createdApi: boolean;
  warnings: string[];
  notes: string[];
}

async function importRest(conn: AwsConnection, request: DeployRequest, control: DeployControl): Promise<ImportOutcome> {
  const { ImportRestApiCommand, PutRestApiCommand } = await import('@aws-sdk/client-api-gateway');
  const client = await conn.apiGateway();
  const body = new TextEncoder().encode(request.body);
  if (!request.apiId) {
    control.onStep?.('Creating the REST API from the definition…');
    const created = await run(conn, { name: 'ImportRestApi', action: 'apigateway:POST' }, () => client.send(new ImportRestApiCommand({ body, failOnWarnings: false })));
    if (!created.id) throw new DeployError('API Gateway did not return the new API id.', 'ImportRestApi');
    return { apiId: created.id, createdApi: true, warnings: created.warnings ?? [], notes: [] };
  }
  const mode = request.mode ?? 'overwrite';
  control.onStep?.(`Importing the definition (${mode})…`);
  const updated = await run(conn, { name: 'PutRestApi', action: 'apigateway:PUT' }, () =>
    client.send(new PutRestApiCommand({ restApiId: request.apiId, mode, body, failOnWarnings: false })),
  );
  return { apiId: request.apiId, createdApi: false, warnings: updated.warnings ?? [], notes: [] };
}

async function deployRestStage(conn: AwsConnection, restApiId: string, request: DeployRequest, control: DeployControl): Promise<{ deploymentId?: string; notes: string[] }> {
  const { CreateDeploymentCommand } = await import('@aws-sdk/client-api-gateway');
  const client = await conn.apiGateway();
  control.onStep?.(`Deploying to stage ${request.stage}…`);
  const deployment = await run(conn, { name: 'CreateDeployment', action: 'apigateway:POST' }, () =>
    client.send(new CreateDeploymentCommand({ restApiId, stageName: request.stage, description: request.description })),
  );
  return { deploymentId: deployment.id, notes: [] };
}

async function importHttp(conn: AwsConnection, request: DeployRequest, control: DeployControl): Promise<ImportOutcome> {
  const { ImportApiCommand, ReimportApiCommand, CreateApiCommand } = await import('@aws-sdk/client-apigatewayv2');
  const client = await conn.apiGatewayV2();
  const reimport = (ApiId: string) =>
    run(conn, { name: 'ReimportApi', action: 'apigateway:PUT' }, () => client.send(new ReimportApiCommand({ ApiId, Body: request.body, FailOnWarnings: false })));
  if (request.apiId) {
    const apiId = request.apiId;
    const before = await run(conn, { name: 'GetStages', action: 'apigateway:GET' }, () => httpStages(conn, apiId));
    control.onStep?.('Importing the definition…');
    const res = await reimport(apiId);
    const restored = await run(conn, { name: 'CreateStage', action: 'apigateway:POST' }, () => restoreHttpStages(conn, apiId, before));
    const notes = restored.length ? [`The endpoint dropped the stages ${restored.join(', ')} on reimport (AWS keeps them); they were created again with their settings.`] : [];
    return { apiId, createdApi: false, warnings: res.Warnings ?? [], notes };
  }
  control.onStep?.('Creating the HTTP API from the definition…');
  try {
    const created = await client.send(new ImportApiCommand({ Body: request.body, FailOnWarnings: false }));
    if (!created.ApiId) throw new DeployError('API Gateway did not return the new API id.', 'ImportApi');
    return { apiId: created.ApiId, createdApi: true, warnings: created.Warnings ?? [], notes: [] };
  } catch (err) {
    if (err instanceof DeployError) throw err;
    if (!isOperationNotOffered(err)) {
      throw new DeployError(awsErrorMessage(err, { operation: 'ImportApi', action: 'apigateway:POST', region: conn.region, profile: conn.profile, endpoint: conn.endpoint }), 'ImportApi', err);
    }
  }
  // Emulators without ImportApi (moto): create an empty HTTP API, then import into it.
  const created = await run(conn, { name: 'CreateApi', action: 'apigateway:POST' }, () =>
    client.send(new CreateApiCommand({ Name: request.newApiName || 'Imported API', ProtocolType: 'HTTP' })),
  );
  if (!created.ApiId) throw new DeployError('API Gateway did not return the new API id.', 'CreateApi');
  if (control.isCancelled?.()) throw new DeployCancelledError(created.ApiId);
  const res = await reimport(created.ApiId);
  return { apiId: created.ApiId, createdApi: true, warnings: res.Warnings ?? [], notes: ['The endpoint does not offer ImportApi: the API was created empty, then the definition was imported into it.'] };
}

async function deployHttpStage(conn: AwsConnection, ApiId: string, request: DeployRequest, control: DeployControl): Promise<{ deploymentId?: string; notes: string[] }> {
  const { GetStageCommand, CreateStageCommand, CreateDeploymentCommand } = await import('@aws-sdk/client-apigatewayv2');
  const client = await conn.apiGatewayV2();
  const StageName = request.stage;
  const notes: string[] = [];
  let stage: { AutoDeploy?: boolean } | undefined;
  try {
    stage = await client.send(new GetStageCommand({ ApiId, StageName }));
  } catch (err) {
    if (!isNotFound(err)) throw new DeployError(awsErrorMessage(err, { operation: 'GetStage', action: 'apigateway:GET', region: conn.region, profile: conn.profile, endpoint: conn.endpoint }), 'GetStage', err);
  }
  if (!stage) {
    control.onStep?.(`Creating stage ${StageName}…`);
    stage = await run(conn, { name: 'CreateStage', action: 'apigateway:POST' }, () => client.send(new CreateStageCommand({ ApiId, StageName, Description: request.description })));
  }
  // A stage with automatic deployment has already picked up the import; AWS refuses manual deployments to it.
  if (stage.AutoDeploy) return { notes: ['The stage deploys automatically: the import is live.'] };
  if (control.isCancelled?.()) throw new DeployCancelledError(ApiId);
  control.onStep?.(`Deploying to stage ${StageName}…`);
  try {
    const deployment = await client.send(new CreateDeploymentCommand({ ApiId, StageName, Description: request.description }));
    return { deploymentId: deployment.DeploymentId, notes };
  } catch (err) {
    if (!isOperationNotOffered(err)) {
      throw new DeployError(awsErrorMessage(err, { operation: 'CreateDeployment', action: 'apigateway:POST', region: conn.region, profile: conn.profile, endpoint: conn.endpoint }), 'CreateDeployment', err);
    }
    notes.push('The endpoint does not offer CreateDeployment for HTTP APIs: the stage exists, but no deployment was created.');
    return { notes };
  }
}
