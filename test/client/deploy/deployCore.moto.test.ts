import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import { GetResourcesCommand, GetStageCommand, GetRestApisCommand } from '@aws-sdk/client-api-gateway';
import { GetApiCommand, GetRoutesCommand, GetStagesCommand } from '@aws-sdk/client-apigatewayv2';
import { createConnection } from '../../../client/src/aws/connection';
import { deployDefinition, DeployCancelledError, DeployError } from '../../../client/src/deploy/deployCore';
import { motoConnection, testCredentials, testRegion } from '../../support/moto';

const restDoc = (paths: string[]) => `openapi: 3.0.1
info:
  title: Pets REST
  description: Deployed by the tests
  version: "1.0"
paths:
${paths
  .map(
    (p) => `  ${p}:
    get:
      responses:
        "200":
          description: ok
      x-amazon-apigateway-integration:
        type: http_proxy
        httpMethod: GET
        uri: https://example.com${p}`,
  )
  .join('\n')}
`;

const httpDoc = JSON.stringify({
  openapi: '3.0.1',
  info: { title: 'Pets HTTP', description: 'HTTP API from the tests', version: '1.0' },
  paths: {
    '/pets': {
      get: {
        responses: { '200': { description: 'ok' } },
        'x-amazon-apigateway-integration': {
          type: 'HTTP_PROXY',
          httpMethod: 'GET',
          uri: 'https://example.com/pets',
          payloadFormatVersion: '1.0',
        },
      },
    },
  },
});

describe('deploy core against moto', () => {
  const aws = motoConnection();

  test('a new REST API is imported from OpenAPI 3 and deployed to a stage', async () => {
    const steps: string[] = [];
    const result = await deployDefinition(
      aws.connection,
      { body: restDoc(['/pets']), apiType: 'REST', stage: 'dev' },
      { onStep: (s) => steps.push(s) },
    );
    assert.equal(result.createdApi, true);
    assert.deepEqual(steps, ['Creating the REST API from the definition…', 'Deploying to stage dev…']);
    const v1 = await aws.connection.apiGateway();
    const stage = await v1.send(new GetStageCommand({ restApiId: result.apiId, stageName: 'dev' }));
    assert.equal(stage.deploymentId, result.deploymentId);
    const api = (await v1.send(new GetRestApisCommand({}))).items!.find((a) => a.id === result.apiId)!;
    assert.equal(api.name, 'Pets REST');
    assert.equal(result.invokeUrl.url, `https://${result.apiId}.execute-api.us-east-1.amazonaws.com/dev`);
    assert.match(result.invokeUrl.note!, /custom endpoint/);
    assert.deepEqual(result.warnings, []);
  });

  test('redeploying a REST API in overwrite mode replaces its resources and moves the stage to a new deployment', async () => {
    const first = await deployDefinition(aws.connection, { body: restDoc(['/pets']), apiType: 'REST', stage: 'dev' });
    const second = await deployDefinition(aws.connection, {
      body: restDoc(['/orders']),
      apiType: 'REST',
      apiId: first.apiId,
      stage: 'dev',
      mode: 'overwrite',
    });
    assert.equal(second.createdApi, false);
    assert.notEqual(second.deploymentId, first.deploymentId);
    const v1 = await aws.connection.apiGateway();
    const paths = (await v1.send(new GetResourcesCommand({ restApiId: first.apiId }))).items!.map((r) => r.path).sort();
    assert.deepEqual(paths, ['/', '/orders']);
    const stage = await v1.send(new GetStageCommand({ restApiId: first.apiId, stageName: 'dev' }));
    assert.equal(stage.deploymentId, second.deploymentId);
  });

  test('a new HTTP API is created, imported and staged (moto lacks ImportApi and v2 CreateDeployment: the fallback path)', async () => {
    const result = await deployDefinition(aws.connection, {
      body: httpDoc,
      apiType: 'HTTP',
      stage: 'beta',
      newApiName: 'Pets HTTP',
    });
    assert.equal(result.createdApi, true);
    assert.equal(result.deploymentId, undefined);
    assert.deepEqual(result.notes, [
      'The endpoint does not offer ImportApi: the API was created empty, then the definition was imported into it.',
      'The endpoint does not offer CreateDeployment for HTTP APIs: the stage exists, but no deployment was created.',
    ]);
    const v2 = await aws.connection.apiGatewayV2();
    assert.equal((await v2.send(new GetApiCommand({ ApiId: result.apiId }))).ProtocolType, 'HTTP');
    const routes = (await v2.send(new GetRoutesCommand({ ApiId: result.apiId }))).Items!.map((r) => r.RouteKey);
    assert.deepEqual(routes, ['GET /pets']);
    const stages = (await v2.send(new GetStagesCommand({ ApiId: result.apiId }))).Items!.map((s) => s.StageName);
    assert.deepEqual(stages, ['beta']);
    assert.equal(result.invokeUrl.url, `https://${result.apiId}.execute-api.us-east-1.amazonaws.com/beta`);
  });

  test('an existing HTTP API is reimported and deployed (SDK stub: moto lacks v2 CreateDeployment)', async () => {
    const first = await deployDefinition(aws.connection, {
      body: httpDoc,
      apiType: 'HTTP',
      stage: '$default',
      newApiName: 'Pets HTTP 2',
    });
    const stubbed = createConnection({
      endpoint: aws.server.endpoint,
      region: testRegion,
      credentials: testCredentials,
    });
    try {
      const v2 = await stubbed.apiGatewayV2();
      const seen: string[] = [];
      v2.middlewareStack.add(
        (next, context) => async (args) => {
          seen.push(context.commandName ?? '');
          if (context.commandName === 'CreateDeploymentCommand')
            return { output: { DeploymentId: 'dep-123', $metadata: {} }, response: {} };
          return next(args);
        },
        { step: 'initialize', name: 'stubCreateDeployment' },
      );
      const result = await deployDefinition(stubbed, {
        body: httpDoc,
        apiType: 'HTTP',
        apiId: first.apiId,
        stage: '$default',
      });
      assert.equal(result.deploymentId, 'dep-123');
      // moto drops the API's stages on reimport (AWS keeps them): the deploy puts $default back and says so.
      assert.deepEqual(result.notes, [
        'The endpoint dropped the stages $default on reimport (AWS keeps them); they were created again with their settings.',
      ]);
      assert.deepEqual(seen, [
        'GetApiCommand',
        'GetStagesCommand',
        'ReimportApiCommand',
        'GetStagesCommand',
        'CreateStageCommand',
        'GetStageCommand',
        'CreateDeploymentCommand',
      ]);
      assert.equal(result.invokeUrl.url, `https://${first.apiId}.execute-api.us-east-1.amazonaws.com`);
    } finally {
      stubbed.dispose();
    }
  });

  test('a document API Gateway rejects gives its BadRequest message', async () => {
    const swagger = 'swagger: "2.0"\ninfo:\n  title: Old\n  description: x\n  version: "1"\npaths: {}\n';
    await assert.rejects(
      deployDefinition(aws.connection, { body: swagger, apiType: 'REST', stage: 'dev' }),
      (err: unknown) => {
        assert.ok(err instanceof DeployError);
        assert.equal(err.step, 'ImportRestApi');
        assert.match(err.message, /^API Gateway rejected the request \(ImportRestApi\): .*OpenAPI 3/);
        return true;
      },
    );
  });

  test('an unreachable endpoint fails the first step with a clear message', async () => {
    const dead = createConnection({ endpoint: 'http://127.0.0.1:9', region: testRegion, credentials: testCredentials });
    try {
      await assert.rejects(
        deployDefinition(dead, { body: restDoc(['/pets']), apiType: 'REST', stage: 'dev' }),
        /Cannot reach the endpoint http:\/\/127\.0\.0\.1:9/,
      );
    } finally {
      dead.dispose();
    }
  });

  test('cancelling between steps stops before the stage is touched', async () => {
    let checks = 0;
    const err = await deployDefinition(
      aws.connection,
      { body: restDoc(['/pets']), apiType: 'REST', stage: 'never' },
      { isCancelled: () => ++checks > 1 },
    ).then(
      () => undefined,
      (e: unknown) => e,
    );
    assert.ok(err instanceof DeployCancelledError);
    assert.ok(err.apiId);
    assert.match(err.message, /no stage was updated/);
    const v1 = await aws.connection.apiGateway();
    await assert.rejects(v1.send(new GetStageCommand({ restApiId: err.apiId, stageName: 'never' })));
  });
});
