import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import {
  CreateAuthorizerCommand,
  CreateDeploymentCommand,
  CreateResourceCommand,
  CreateRestApiCommand,
  GetResourcesCommand,
  PutIntegrationCommand,
  PutMethodCommand,
  UpdateStageCommand,
} from '@aws-sdk/client-api-gateway';
import { CreateApiCommand, CreateIntegrationCommand, CreateStageCommand } from '@aws-sdk/client-apigatewayv2';
import { CreateLogGroupCommand } from '@aws-sdk/client-cloudwatch-logs';
import {
  findStageLogGroups,
  lambdaFunctionName,
  listLogGroups,
  resolveLogGroups,
  substituteStageVariables,
} from '../../../client/src/logs/logGroups';
import { motoConnection } from '../../support/moto';

const lambdaUri = (fn: string) =>
  `arn:aws:apigateway:us-east-1:lambda:path/2015-03-31/functions/arn:aws:lambda:us-east-1:123456789012:function:${fn}/invocations`;

describe('log groups of a stage, against moto', () => {
  const aws = motoConnection();
  const clients = async () => ({
    apiGateway: await aws.connection.apiGateway(),
    apiGatewayV2: await aws.connection.apiGatewayV2(),
  });

  test('REST stage: execution logs, access logs from accessLogSettings, and each Lambda behind methods and authorizers once', async () => {
    const v1 = await aws.connection.apiGateway();
    const restApiId = (await v1.send(new CreateRestApiCommand({ name: 'orders' }))).id!;
    const root = (await v1.send(new GetResourcesCommand({ restApiId }))).items!.find((r) => r.path === '/')!;
    const add = async (
      pathPart: string,
      methods: Record<string, { type: 'AWS_PROXY' | 'HTTP_PROXY'; uri: string }>,
    ) => {
      const r = await v1.send(new CreateResourceCommand({ restApiId, parentId: root.id!, pathPart }));
      for (const [httpMethod, i] of Object.entries(methods)) {
        await v1.send(new PutMethodCommand({ restApiId, resourceId: r.id!, httpMethod, authorizationType: 'NONE' }));
        await v1.send(
          new PutIntegrationCommand({
            restApiId,
            resourceId: r.id!,
            httpMethod,
            type: i.type,
            integrationHttpMethod: 'POST',
            uri: i.uri,
          }),
        );
      }
    };
    await add('orders', {
      GET: { type: 'AWS_PROXY', uri: lambdaUri('orders-handler') },
      POST: { type: 'AWS_PROXY', uri: lambdaUri('orders-handler:live') },
    });
    await add('users', { GET: { type: 'AWS_PROXY', uri: lambdaUri('${stageVariables.usersFn}') } });
    await add('legacy', { GET: { type: 'AWS_PROXY', uri: lambdaUri('${stageVariables.legacyFn}') } });
    await add('health', { GET: { type: 'HTTP_PROXY', uri: 'https://example.com/health' } });
    await v1.send(
      new CreateAuthorizerCommand({
        restApiId,
        name: 'token-check',
        type: 'TOKEN',
        identitySource: 'method.request.header.Authorization',
        authorizerUri: lambdaUri('authorizer-fn'),
      }),
    );
    await v1.send(new CreateDeploymentCommand({ restApiId, stageName: 'dev' }));
    // After the deployment: moto recreates the stage on deploy, dropping earlier settings.
    await v1.send(
      new UpdateStageCommand({
        restApiId,
        stageName: 'dev',
        patchOperations: [
          {
            op: 'replace',
            path: '/accessLogSettings/destinationArn',
            value: 'arn:aws:logs:us-east-1:123456789012:log-group:/apigw/orders/access',
          },
          { op: 'replace', path: '/accessLogSettings/format', value: '$context.requestId $context.status' },
          { op: 'replace', path: '/variables/usersFn', value: 'users-fn' },
        ],
      }),
    );

    const found = await findStageLogGroups(await clients(), { apiId: restApiId, apiType: 'REST', stage: 'dev' });
    assert.deepEqual(
      found.groups.map((g) => [g.kind, g.name]),
      [
        ['execution', `API-Gateway-Execution-Logs_${restApiId}/dev`],
        ['access', '/apigw/orders/access'],
        ['lambda', '/aws/lambda/orders-handler'],
        ['lambda', '/aws/lambda/users-fn'],
        ['lambda', '/aws/lambda/authorizer-fn'],
      ],
    );
    assert.equal(found.groups[2].description, 'Lambda orders-handler (GET /orders, POST /orders)');
    assert.equal(found.notes.length, 1);
    assert.match(
      found.notes[0],
      /GET \/legacy calls a Lambda function named by a stage variable that stage dev does not set/,
    );
  });

  test('HTTP stage: no execution logs; access logs and Lambda integrations from API Gateway v2', async () => {
    const v2 = await aws.connection.apiGatewayV2();
    const ApiId = (await v2.send(new CreateApiCommand({ Name: 'http-orders', ProtocolType: 'HTTP' }))).ApiId!;
    await v2.send(
      new CreateIntegrationCommand({
        ApiId,
        IntegrationType: 'AWS_PROXY',
        IntegrationUri: 'arn:aws:lambda:us-east-1:123456789012:function:http-fn',
        PayloadFormatVersion: '2.0',
      }),
    );
    await v2.send(
      new CreateIntegrationCommand({
        ApiId,
        IntegrationType: 'HTTP_PROXY',
        IntegrationMethod: 'GET',
        IntegrationUri: 'https://example.com',
      }),
    );
    await v2.send(
      new CreateStageCommand({
        ApiId,
        StageName: '$default',
        AccessLogSettings: {
          DestinationArn: 'arn:aws:logs:us-east-1:123456789012:log-group:/apigw/http-orders:*',
          Format: '$context.requestId',
        },
      }),
    );
    const found = await findStageLogGroups(await clients(), { apiId: ApiId, apiType: 'HTTP', stage: '$default' });
    assert.deepEqual(
      found.groups.map((g) => [g.kind, g.name]),
      [
        ['access', '/apigw/http-orders'],
        ['lambda', '/aws/lambda/http-fn'],
      ],
    );
  });

  test('WebSocket stage: execution logs and Lambda integrations', async () => {
    const v2 = await aws.connection.apiGatewayV2();
    const ApiId = (
      await v2.send(
        new CreateApiCommand({
          Name: 'chat',
          ProtocolType: 'WEBSOCKET',
          RouteSelectionExpression: '$request.body.action',
        }),
      )
    ).ApiId!;
    await v2.send(
      new CreateIntegrationCommand({ ApiId, IntegrationType: 'AWS_PROXY', IntegrationUri: lambdaUri('chat-connect') }),
    );
    await v2.send(new CreateStageCommand({ ApiId, StageName: 'prod' }));
    const found = await findStageLogGroups(await clients(), { apiId: ApiId, apiType: 'WEBSOCKET', stage: 'prod' });
    assert.deepEqual(
      found.groups.map((g) => g.name),
      [`API-Gateway-Execution-Logs_${ApiId}/prod`, '/aws/lambda/chat-connect'],
    );
  });

  test('a stage that does not exist gives a clear error', async () => {
    const v1 = await aws.connection.apiGateway();
    const restApiId = (await v1.send(new CreateRestApiCommand({ name: 'empty' }))).id!;
    await assert.rejects(
      findStageLogGroups(await clients(), { apiId: restApiId, apiType: 'REST', stage: 'nope' }),
      /Cannot read stage nope of API/,
    );
  });

  test('lists log groups by prefix across pages, and resolves names to ARNs', async () => {
    const logs = await aws.connection.logs();
    for (let i = 0; i < 60; i++)
      await logs.send(new CreateLogGroupCommand({ logGroupName: `/list/g${String(i).padStart(2, '0')}` }));
    await logs.send(new CreateLogGroupCommand({ logGroupName: '/other/x' }));
    const listed = await listLogGroups(logs, '/list/');
    assert.equal(listed.length, 60, 'moto pages at 50: the second page is followed');
    assert.equal(listed[0].arn, 'arn:aws:logs:us-east-1:123456789012:log-group:/list/g00');
    assert.equal((await listLogGroups(logs, '/list/', undefined, 10)).length, 10);
    const resolved = await resolveLogGroups(logs, ['/list/g1', '/list/g10', '/missing']);
    assert.deepEqual(resolved, [
      { name: '/list/g1', arn: undefined },
      { name: '/list/g10', arn: 'arn:aws:logs:us-east-1:123456789012:log-group:/list/g10' },
      { name: '/missing', arn: undefined },
    ]);
  });
});

describe('Lambda integration URIs', () => {
  test('function names from API Gateway and bare Lambda ARNs, with qualifiers dropped', () => {
    assert.equal(lambdaFunctionName(lambdaUri('fn-1')), 'fn-1');
    assert.equal(lambdaFunctionName(lambdaUri('fn_2:prod')), 'fn_2');
    assert.equal(lambdaFunctionName(lambdaUri('fn:$LATEST')), 'fn');
    assert.equal(lambdaFunctionName('arn:aws-cn:lambda:cn-north-1:123456789012:function:cn-fn'), 'cn-fn');
    assert.equal(lambdaFunctionName('https://example.com/function:x'), undefined);
    assert.equal(lambdaFunctionName(lambdaUri('${stageVariables.fn}')), undefined);
  });

  test('stage variables are substituted; unknown ones stay', () => {
    assert.equal(
      substituteStageVariables('a:${stageVariables.fn}/b:${stageVariables.x}', { fn: 'f1' }),
      'a:f1/b:${stageVariables.x}',
    );
  });
});
