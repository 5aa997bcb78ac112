// Each step of a deploy against moto: what is sent (the import mode, failOnWarnings, the stage and its deployment
// description), what the user is told at each step, and which step a failure is blamed on, with the permission it
// needed. Where moto has no answer of the kind AWS gives (IAM denials, import warnings, ImportApi, AWS keeping stages on
// reimport, GetRestApi without a tags field), an SDK stub on the connection's client stands in, named in the title.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import {
  CreateRestApiCommand,
  GetDeploymentsCommand,
  GetResourcesCommand,
  GetStageCommand,
} from '@aws-sdk/client-api-gateway';
import {
  CreateApiCommand,
  CreateStageCommand,
  GetApiCommand,
  GetRoutesCommand,
  GetStagesCommand,
} from '@aws-sdk/client-apigatewayv2';
import { createConnection, type AwsConnection } from '../../../client/src/aws/connection';
import {
  deployDefinition,
  DeployCancelledError,
  DeployError,
  type DeployRequest,
} from '../../../client/src/deploy/deployCore';
import { motoConnection, testCredentials, testRegion } from '../../support/moto';

const integration = (p: string) => ({
  type: 'http_proxy',
  httpMethod: 'GET',
  uri: `https://example.com${p}`,
});
const restDoc = (...paths: string[]) =>
  JSON.stringify({
    openapi: '3.0.1',
    info: { title: 'Steps REST', description: 'from the step tests', version: '1' },
    paths: Object.fromEntries(
      paths.map((p) => [
        p,
        { get: { responses: { '200': { description: 'ok' } }, 'x-amazon-apigateway-integration': integration(p) } },
      ]),
    ),
  });
const httpDoc = JSON.stringify({
  openapi: '3.0.1',
  info: { title: 'Steps HTTP', description: 'from the step tests', version: '1' },
  paths: {
    '/pets': {
      get: {
        responses: { '200': { description: 'ok' } },
        'x-amazon-apigateway-integration': { ...integration('/pets'), type: 'HTTP_PROXY', payloadFormatVersion: '1.0' },
      },
    },
  },
});
// What CloudFormation tags its resources with (CloudFormation User Guide, "Resource tags").
const cloudFormationTag = 'aws:cloudformation:stack-name';

type Client = Awaited<ReturnType<AwsConnection['apiGateway']>> | Awaited<ReturnType<AwsConnection['apiGatewayV2']>>;
type Hook = (
  command: string,
  input: Record<string, unknown>,
  next: () => Promise<{ output: Record<string, unknown> }>,
) => Promise<{ output: Record<string, unknown> }>;

/** Every command the clients send, with its input, in order; `hook` may answer or change a command's answer. */
function watch(client: Client, sent: { command: string; input: Record<string, unknown> }[], hook?: Hook): void {
  (client.middlewareStack as { add: (mw: unknown, options: object) => void }).add(
    (next: (args: unknown) => Promise<{ output: Record<string, unknown> }>, context: { commandName?: string }) =>
      async (args: { input: Record<string, unknown> }) => {
        const command = context.commandName ?? '';
        sent.push({ command, input: args.input });
        const proceed = () => next(args);
        return hook ? hook(command, args.input, proceed) : proceed();
      },
    { step: 'initialize', name: `watch${Math.random()}` },
  );
}

describe('deploy steps against moto', () => {
  const aws = motoConnection();

  /** A connection of its own on moto, whose two API Gateway clients report (and may answer) what they send. */
  async function watched(hook?: Hook) {
    const conn = createConnection({ endpoint: aws.server.endpoint, region: testRegion, credentials: testCredentials });
    const sent: { command: string; input: Record<string, unknown> }[] = [];
    watch(await conn.apiGateway(), sent, hook);
    watch(await conn.apiGatewayV2(), sent, hook);
    return {
      conn,
      sent,
      commands: () => sent.map((s) => s.command),
      input: (c: string) => sent.find((s) => s.command === c)?.input,
    };
  }

  async function failure(conn: AwsConnection, request: DeployRequest, control = {}): Promise<DeployError> {
    const err = await deployDefinition(conn, request, control).then(
      () => undefined,
      (e: unknown) => e,
    );
    assert.ok(err instanceof DeployError, `expected a DeployError, got ${String(err)}`);
    assert.equal(err.name, 'DeployError');
    return err;
  }

  test('a REST redeploy without a mode overwrites, sends failOnWarnings false, and the deployment carries the description', async () => {
    const first = await deployDefinition(aws.connection, { body: restDoc('/pets'), apiType: 'REST', stage: 'dev' });
    const w = await watched();
    const steps: string[] = [];
    try {
      const result = await deployDefinition(
        w.conn,
        { body: restDoc('/orders'), apiType: 'REST', apiId: first.apiId, stage: 'dev', description: 'second release' },
        { onStep: (s) => steps.push(s) },
      );
      assert.deepEqual(steps, ['Importing the definition (overwrite)…', 'Deploying to stage dev…']);
      assert.deepEqual(w.commands(), ['GetRestApiCommand', 'PutRestApiCommand', 'CreateDeploymentCommand']);
      assert.equal(w.input('PutRestApiCommand')?.mode, 'overwrite');
      assert.equal(w.input('PutRestApiCommand')?.failOnWarnings, false);
      assert.equal(result.createdApi, false);
      assert.deepEqual(result.warnings, []);
      assert.deepEqual(result.notes, []);
      const v1 = await aws.connection.apiGateway();
      const paths = (await v1.send(new GetResourcesCommand({ restApiId: first.apiId }))).items!.map((r) => r.path);
      assert.deepEqual(paths.sort(), ['/', '/orders']);
      const deployments = (await v1.send(new GetDeploymentsCommand({ restApiId: first.apiId }))).items ?? [];
      assert.equal(deployments.find((d) => d.id === result.deploymentId)?.description, 'second release');
      const stage = await v1.send(new GetStageCommand({ restApiId: first.apiId, stageName: 'dev' }));
      assert.equal(stage.deploymentId, result.deploymentId);
    } finally {
      w.conn.dispose();
    }
  });

  test('a REST redeploy in merge mode keeps what the definition does not mention', async () => {
    const first = await deployDefinition(aws.connection, { body: restDoc('/pets'), apiType: 'REST', stage: 'dev' });
    const w = await watched();
    const steps: string[] = [];
    try {
      await deployDefinition(
        w.conn,
        { body: restDoc('/orders'), apiType: 'REST', apiId: first.apiId, stage: 'dev', mode: 'merge' },
        { onStep: (s) => steps.push(s) },
      );
      assert.equal(steps[0], 'Importing the definition (merge)…');
      assert.equal(w.input('PutRestApiCommand')?.mode, 'merge');
      const v1 = await aws.connection.apiGateway();
      const paths = (await v1.send(new GetResourcesCommand({ restApiId: first.apiId }))).items!.map((r) => r.path);
      assert.ok(paths.includes('/pets') && paths.includes('/orders'), paths.join(', '));
    } finally {
      w.conn.dispose();
    }
  });

  test('a new REST API is imported with failOnWarnings false', async () => {
    const w = await watched();
    try {
      const result = await deployDefinition(w.conn, { body: restDoc('/pets'), apiType: 'REST', stage: 'dev' });
      assert.deepEqual(w.commands(), ['ImportRestApiCommand', 'CreateDeploymentCommand']);
      assert.equal(w.input('ImportRestApiCommand')?.failOnWarnings, false);
      assert.equal(w.input('CreateDeploymentCommand')?.stageName, 'dev');
      assert.deepEqual(result.notes, []);
    } finally {
      w.conn.dispose();
    }
  });

  test("failures moto gives are blamed on their step, with API Gateway's reason", async () => {
    const swagger = 'swagger: "2.0"\ninfo:\n  title: Old\n  description: x\n  version: "1"\npaths: {}\n';
    const rest = await deployDefinition(aws.connection, { body: restDoc('/pets'), apiType: 'REST', stage: 'dev' });
    const http = await deployDefinition(aws.connection, { body: httpDoc, apiType: 'HTTP', stage: 'dev' });
    const noIntegration = JSON.stringify({
      openapi: '3.0.1',
      info: { title: 'bare', description: 'no integration', version: '1' },
      paths: { '/a': { get: { responses: { '200': { description: 'ok' } } } } },
    });
    const cases: [DeployRequest, string, RegExp][] = [
      [{ body: '{}', apiType: 'REST', apiId: 'missing1', stage: 'dev' }, 'GetRestApi', /^Not found \(GetRestApi\): /],
      [{ body: '{}', apiType: 'HTTP', apiId: 'missing2', stage: 'dev' }, 'GetApi', /^Not found \(GetApi\): /],
      [
        { body: swagger, apiType: 'REST', apiId: rest.apiId, stage: 'dev' },
        'PutRestApi',
        /^API Gateway rejected the request \(PutRestApi\): Only OpenAPI 3/,
      ],
      [
        { body: noIntegration, apiType: 'REST', stage: 'dev' },
        'CreateDeployment',
        /\(CreateDeployment\): No integration/,
      ],
      [{ body: '{', apiType: 'HTTP', apiId: http.apiId, stage: 'dev' }, 'ReimportApi', /\(ReimportApi\) with HTTP 500/],
    ];
    for (const [request, step, message] of cases) {
      const err = await failure(aws.connection, request);
      assert.equal(err.step, step);
      assert.match(err.message, message);
    }
  });

  test('a new HTTP API without a name is called "Imported API"; its stage is created with the description, then deployed', async () => {
    const steps: string[] = [];
    const w = await watched();
    const result = await deployDefinition(
      w.conn,
      { body: httpDoc, apiType: 'HTTP', stage: 'beta', description: 'first cut' },
      { onStep: (s) => steps.push(s) },
    ).finally(() => w.conn.dispose());
    assert.deepEqual(steps, [
      'Creating the HTTP API from the definition…',
      'Creating stage beta…',
      'Deploying to stage beta…',
    ]);
    // The reimport then renames it after the definition's title.
    assert.deepEqual(w.input('CreateApiCommand'), { Name: 'Imported API', ProtocolType: 'HTTP' });
    const v2 = await aws.connection.apiGatewayV2();
    const stages = (await v2.send(new GetStagesCommand({ ApiId: result.apiId }))).Items ?? [];
    assert.deepEqual(
      stages.map((s) => [s.StageName, s.Description]),
      [['beta', 'first cut']],
    );
  });

  test('cancelling a new HTTP API after it was created stops before the import and names the API', async () => {
    let checks = 0;
    const err = await deployDefinition(
      aws.connection,
      { body: httpDoc, apiType: 'HTTP', stage: 'beta', newApiName: 'cancelled-http' },
      { isCancelled: () => ++checks > 1 },
    ).then(
      () => undefined,
      (e: unknown) => e,
    );
    assert.ok(err instanceof DeployCancelledError);
    assert.ok(err.apiId);
    const v2 = await aws.connection.apiGatewayV2();
    assert.equal((await v2.send(new GetApiCommand({ ApiId: err.apiId }))).Name, 'cancelled-http');
    assert.deepEqual((await v2.send(new GetRoutesCommand({ ApiId: err.apiId }))).Items ?? [], [], 'nothing imported');
  });

  test('cancelling an HTTP deploy just before its deployment sends no CreateDeployment', async () => {
    const w = await watched();
    let checks = 0;
    try {
      const err = await deployDefinition(
        w.conn,
        { body: httpDoc, apiType: 'HTTP', stage: 'beta' },
        { isCancelled: () => ++checks > 3 },
      ).then(
        () => undefined,
        (e: unknown) => e,
      );
      assert.ok(err instanceof DeployCancelledError);
      assert.ok(err.apiId);
      assert.equal(checks, 4);
      assert.ok(!w.commands().includes('CreateDeploymentCommand'), w.commands().join(', '));
    } finally {
      w.conn.dispose();
    }
  });

  test('a stage that deploys automatically gets no manual deployment, and the user is told the import is live', async () => {
    const first = await deployDefinition(aws.connection, { body: httpDoc, apiType: 'HTTP', stage: 'dev' });
    const w = await watched(async (command, input, next) => {
      const answer = await next();
      // moto drops stages on reimport (AWS keeps them): put the auto-deploying stage back as AWS would have kept it.
      if (command === 'ReimportApiCommand') {
        const v2 = await aws.connection.apiGatewayV2();
        await v2.send(new CreateStageCommand({ ApiId: input.ApiId as string, StageName: 'live', AutoDeploy: true }));
      }
      return answer;
    });
    try {
      const result = await deployDefinition(w.conn, {
        body: httpDoc,
        apiType: 'HTTP',
        apiId: first.apiId,
        stage: 'live',
      });
      assert.deepEqual(result.notes.at(-1), 'The stage deploys automatically: the import is live.');
      assert.equal(result.deploymentId, undefined);
      assert.ok(!w.commands().includes('CreateDeploymentCommand'), w.commands().join(', '));
    } finally {
      w.conn.dispose();
    }
  });

  test('redeploying an HTTP API that has no stages reads its stages once and restores none', async () => {
    const v2 = await aws.connection.apiGatewayV2();
    const ApiId = (await v2.send(new CreateApiCommand({ Name: 'stageless', ProtocolType: 'HTTP' }))).ApiId!;
    const w = await watched();
    try {
      const result = await deployDefinition(w.conn, { body: httpDoc, apiType: 'HTTP', apiId: ApiId, stage: 'dev' });
      assert.deepEqual(w.commands(), [
        'GetApiCommand',
        'GetStagesCommand',
        'ReimportApiCommand',
        'GetStageCommand',
        'CreateStageCommand',
        'CreateDeploymentCommand',
      ]);
      assert.equal(w.input('ReimportApiCommand')?.FailOnWarnings, false);
      assert.deepEqual(result.notes, [
        'The endpoint does not offer CreateDeployment for HTTP APIs: the stage exists, but no deployment was created.',
      ]);
    } finally {
      w.conn.dispose();
    }
  });

  test('stages the endpoint kept are left alone; only the dropped ones are created again (SDK stub: AWS keeps stages on reimport, moto drops them)', async () => {
    const first = await deployDefinition(aws.connection, { body: httpDoc, apiType: 'HTTP', stage: 'dev' });
    const v2 = await aws.connection.apiGatewayV2();
    await v2.send(new CreateStageCommand({ ApiId: first.apiId, StageName: 'prod' }));
    const w = await watched(async (command, input, next) => {
      const answer = await next();
      if (command === 'ReimportApiCommand')
        await v2.send(new CreateStageCommand({ ApiId: input.ApiId as string, StageName: 'dev' }));
      return answer;
    });
    try {
      const result = await deployDefinition(w.conn, {
        body: httpDoc,
        apiType: 'HTTP',
        apiId: first.apiId,
        stage: 'dev',
      });
      const created = w.sent.filter((s) => s.command === 'CreateStageCommand').map((s) => s.input.StageName);
      assert.deepEqual(created, ['prod']);
      assert.equal(
        result.notes[0],
        'The endpoint dropped the stages prod on reimport (AWS keeps them); they were created again with their settings.',
      );
    } finally {
      w.conn.dispose();
    }
  });

  test('an HTTP API that a CloudFormation stack owns is deployed as it is, never reimported', async () => {
    const v2 = await aws.connection.apiGatewayV2();
    const ApiId = (
      await v2.send(
        new CreateApiCommand({ Name: 'stack-http', ProtocolType: 'HTTP', Tags: { [cloudFormationTag]: 'http-stack' } }),
      )
    ).ApiId!;
    const w = await watched();
    try {
      const result = await deployDefinition(w.conn, { body: httpDoc, apiType: 'HTTP', apiId: ApiId, stage: 'dev' });
      assert.ok(!w.commands().includes('ReimportApiCommand'), w.commands().join(', '));
      assert.equal(result.createdApi, false);
      assert.deepEqual(result.warnings, []);
      assert.equal(
        result.notes[0],
        `${ApiId} belongs to the CloudFormation stack http-stack: the definition was not imported (the stack would undo it); the API as CloudFormation made it was deployed. Change it in the template.`,
      );
    } finally {
      w.conn.dispose();
    }
  });

  test('a REST API tagged by CloudFormation is not imported over (the tag as CloudFormation writes it)', async () => {
    const v1 = await aws.connection.apiGateway();
    const rest = await deployDefinition(aws.connection, { body: restDoc('/pets'), apiType: 'REST', stage: 'dev' });
    const tagged = await v1.send(
      new CreateRestApiCommand({ name: 'tagged', tags: { [cloudFormationTag]: 'rest-stack' } }),
    );
    const w = await watched();
    try {
      // The tagged API has no methods: deploying it as it is fails at CreateDeployment, after no import.
      const err = await failure(w.conn, { body: restDoc('/x'), apiType: 'REST', apiId: tagged.id, stage: 'dev' });
      assert.equal(err.step, 'CreateDeployment');
      assert.ok(!w.commands().includes('PutRestApiCommand'));
      const result = await deployDefinition(w.conn, {
        body: restDoc('/x'),
        apiType: 'REST',
        apiId: rest.apiId,
        stage: 'dev',
      });
      assert.equal(result.createdApi, false);
    } finally {
      w.conn.dispose();
    }
  });

  test('an API without a tags field (SDK stub: AWS leaves the field out, moto sends an empty map) is imported into', async () => {
    const rest = await deployDefinition(aws.connection, { body: restDoc('/pets'), apiType: 'REST', stage: 'dev' });
    const http = await deployDefinition(aws.connection, { body: httpDoc, apiType: 'HTTP', stage: 'dev' });
    const w = await watched(async (command, _input, next) => {
      const answer = await next();
      if (command === 'GetRestApiCommand') delete answer.output.tags;
      if (command === 'GetApiCommand') delete answer.output.Tags;
      return answer;
    });
    try {
      await deployDefinition(w.conn, { body: restDoc('/pets'), apiType: 'REST', apiId: rest.apiId, stage: 'dev' });
      await deployDefinition(w.conn, { body: httpDoc, apiType: 'HTTP', apiId: http.apiId, stage: 'dev' });
      assert.ok(w.commands().includes('PutRestApiCommand'));
      assert.ok(w.commands().includes('ReimportApiCommand'));
    } finally {
      w.conn.dispose();
    }
  });

  test("import warnings reach the result (SDK stub: moto never warns, so one is added to moto's answer)", async () => {
    const warning = 'Ignoring response model for 200 response on method GET /pets';
    const w = await watched(async (command, _input, next) => {
      const answer = await next();
      if (command === 'ImportRestApiCommand' || command === 'PutRestApiCommand') answer.output.warnings = [warning];
      if (command === 'ReimportApiCommand') answer.output.Warnings = [warning];
      return answer;
    });
    try {
      const rest = await deployDefinition(w.conn, { body: restDoc('/pets'), apiType: 'REST', stage: 'dev' });
      assert.deepEqual(rest.warnings, [warning]);
      const again = await deployDefinition(w.conn, {
        body: restDoc('/pets'),
        apiType: 'REST',
        apiId: rest.apiId,
        stage: 'dev',
      });
      assert.deepEqual(again.warnings, [warning]);
      const http = await deployDefinition(w.conn, { body: httpDoc, apiType: 'HTTP', stage: 'dev' });
      assert.deepEqual(http.warnings, [warning]);
      const httpAgain = await deployDefinition(w.conn, {
        body: httpDoc,
        apiType: 'HTTP',
        apiId: http.apiId,
        stage: 'dev',
      });
      assert.deepEqual(httpAgain.warnings, [warning]);
    } finally {
      w.conn.dispose();
    }
  });

  test('where ImportApi exists, a new HTTP API is imported in one call (SDK stub: moto lacks ImportApi)', async () => {
    const v2 = await aws.connection.apiGatewayV2();
    const ApiId = (await v2.send(new CreateApiCommand({ Name: 'imported-by-stub', ProtocolType: 'HTTP' }))).ApiId!;
    let answerWith: Record<string, unknown> = { ApiId, Warnings: ['w1'] };
    const w = await watched(async (command, _input, next) =>
      command === 'ImportApiCommand' ? { output: { ...answerWith, $metadata: {} } } : next(),
    );
    try {
      const result = await deployDefinition(w.conn, { body: httpDoc, apiType: 'HTTP', stage: 'dev' });
      assert.equal(w.input('ImportApiCommand')?.FailOnWarnings, false);
      assert.equal(result.apiId, ApiId);
      assert.equal(result.createdApi, true);
      assert.deepEqual(result.warnings, ['w1']);
      assert.deepEqual(result.notes, [
        'The endpoint does not offer CreateDeployment for HTTP APIs: the stage exists, but no deployment was created.',
      ]);
      assert.ok(!w.commands().includes('CreateApiCommand'));
      answerWith = {};
      const err = await failure(w.conn, { body: httpDoc, apiType: 'HTTP', stage: 'dev' });
      assert.equal(err.step, 'ImportApi');
      assert.equal(err.message, 'API Gateway did not return the new API id.');
      answerWith = { ApiId };
      assert.deepEqual(
        (await deployDefinition(w.conn, { body: httpDoc, apiType: 'HTTP', stage: 'dev2' })).warnings,
        [],
      );
    } finally {
      w.conn.dispose();
    }
  });

  test('a missing permission is blamed on its step and names the IAM action (SDK stub: moto does not enforce IAM)', async () => {
    const rest = await deployDefinition(aws.connection, { body: restDoc('/pets'), apiType: 'REST', stage: 'dev' });
    const http = await deployDefinition(aws.connection, { body: httpDoc, apiType: 'HTTP', stage: 'dev' });
    const newRest: DeployRequest = { body: restDoc('/pets'), apiType: 'REST', stage: 'dev' };
    const oldRest: DeployRequest = { ...newRest, apiId: rest.apiId };
    const newHttp: DeployRequest = { body: httpDoc, apiType: 'HTTP', stage: 'dev' };
    const oldHttp: DeployRequest = { ...newHttp, apiId: http.apiId };
    const cases: [string, DeployRequest, string, string][] = [
      ['GetRestApiCommand', oldRest, 'GetRestApi', 'apigateway:GET'],
      ['ImportRestApiCommand', newRest, 'ImportRestApi', 'apigateway:POST'],
      ['PutRestApiCommand', oldRest, 'PutRestApi', 'apigateway:PUT'],
      ['CreateDeploymentCommand', newRest, 'CreateDeployment', 'apigateway:POST'],
      ['GetApiCommand', oldHttp, 'GetApi', 'apigateway:GET'],
      ['ImportApiCommand', newHttp, 'ImportApi', 'apigateway:POST'],
      ['CreateApiCommand', newHttp, 'CreateApi', 'apigateway:POST'],
      ['GetStagesCommand', oldHttp, 'GetStages', 'apigateway:GET'],
      ['ReimportApiCommand', oldHttp, 'ReimportApi', 'apigateway:PUT'],
      // The old API's stage is dropped by moto's reimport: the denial hits the stage being put back.
      ['CreateStageCommand', oldHttp, 'CreateStage', 'apigateway:POST'],
      ['GetStageCommand', newHttp, 'GetStage', 'apigateway:GET'],
      ['CreateStageCommand', { ...newHttp, stage: 'fresh' }, 'CreateStage', 'apigateway:POST'],
      ['CreateDeploymentCommand', newHttp, 'CreateDeployment', 'apigateway:POST'],
    ];
    for (const [denied, request, step, action] of cases) {
      const w = await watched(async (command, _input, next) => {
        if (command !== denied) return next();
        throw Object.assign(new Error('User is not authorized to access this resource'), {
          name: 'AccessDeniedException',
          $metadata: { httpStatusCode: 403 },
        });
      });
      try {
        const err = await failure(w.conn, request);
        const label = `${denied} on ${request.apiType} ${request.apiId ? 'redeploy' : 'create'}`;
        assert.equal(err.step, step, label);
        assert.equal(
          err.message,
          `Access denied: the credentials are not allowed to perform "${action}". Ask for that permission in IAM.`,
          label,
        );
      } finally {
        w.conn.dispose();
      }
    }
  });
});
