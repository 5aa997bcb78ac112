import { test, describe, before } from 'node:test';
import assert from 'node:assert/strict';
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
import { CreateApiCommand, CreateRouteCommand, CreateStageCommand } from '@aws-sdk/client-apigatewayv2';
import { createConnection } from '../../../client/src/aws/connection';
import { collectPages } from '../../../client/src/aws/apis';
import { invokeUrl } from '../../../client/src/aws/invokeUrl';
import { describeNode, errorNode, ExplorerNode, loadChildren } from '../../../client/src/explorer/treeModel';
import { exportDefinition } from '../../../client/src/explorer/exportDefinition';
import { motoConnection, testCredentials, testRegion } from '../../support/moto';

describe('explorer tree against moto', () => {
  const aws = motoConnection();
  let restId: string;
  let httpId: string;
  let wsId: string;

  before(async () => {
    const v1 = await aws.connection.apiGateway();
    const v2 = await aws.connection.apiGatewayV2();

    restId = (await v1.send(new CreateRestApiCommand({ name: 'pets-rest', description: 'Pet store' }))).id!;
    const root = (await v1.send(new GetResourcesCommand({ restApiId: restId }))).items!.find((r) => r.path === '/')!;
    const pets = await v1.send(new CreateResourceCommand({ restApiId: restId, parentId: root.id!, pathPart: 'pets' }));
    for (const httpMethod of ['GET', 'POST']) {
      await v1.send(
        new PutMethodCommand({
          restApiId: restId,
          resourceId: pets.id!,
          httpMethod,
          authorizationType: httpMethod === 'POST' ? 'AWS_IAM' : 'NONE',
        }),
      );
      await v1.send(
        new PutIntegrationCommand({
          restApiId: restId,
          resourceId: pets.id!,
          httpMethod,
          type: 'HTTP_PROXY',
          integrationHttpMethod: httpMethod,
          uri: 'https://example.com/pets',
        }),
      );
    }
    await v1.send(new CreateDeploymentCommand({ restApiId: restId, stageName: 'dev' }));
    await v1.send(
      new UpdateStageCommand({
        restApiId: restId,
        stageName: 'dev',
        patchOperations: [
          { op: 'replace', path: '/*/*/throttling/rateLimit', value: '100' },
          { op: 'replace', path: '/*/*/throttling/burstLimit', value: '200' },
          { op: 'replace', path: '/*/*/logging/loglevel', value: 'INFO' },
        ],
      }),
    );
    await v1.send(
      new CreateAuthorizerCommand({
        restApiId: restId,
        name: 'jwt-check',
        type: 'TOKEN',
        identitySource: 'method.request.header.Authorization',
        authorizerUri:
          'arn:aws:apigateway:us-east-1:lambda:path/2015-03-31/functions/arn:aws:lambda:us-east-1:123456789012:function:auth/invocations',
      }),
    );

    httpId = (await v2.send(new CreateApiCommand({ Name: 'pets-http', ProtocolType: 'HTTP' }))).ApiId!;
    await v2.send(new CreateRouteCommand({ ApiId: httpId, RouteKey: 'GET /pets/{id}' }));
    await v2.send(new CreateRouteCommand({ ApiId: httpId, RouteKey: '$default' }));
    await v2.send(
      new CreateStageCommand({
        ApiId: httpId,
        StageName: '$default',
        AutoDeploy: true,
        DefaultRouteSettings: { ThrottlingRateLimit: 50, ThrottlingBurstLimit: 10 },
      }),
    );

    wsId = (
      await v2.send(
        new CreateApiCommand({
          Name: 'chat-ws',
          ProtocolType: 'WEBSOCKET',
          RouteSelectionExpression: '$request.body.action',
        }),
      )
    ).ApiId!;
    await v2.send(new CreateRouteCommand({ ApiId: wsId, RouteKey: '$connect' }));
  });

  const find = (nodes: ExplorerNode[], label: string) => {
    const node = nodes.find((n) => describeNode(n).label === label);
    assert.ok(node, `node "${label}" in ${nodes.map((n) => describeNode(n).label).join(', ')}`);
    return node;
  };

  test('the root lists REST, HTTP and WebSocket APIs with their types, then the region-wide domain names and VPC links', async () => {
    const roots = await loadChildren(aws.connection);
    assert.deepEqual(
      roots.map((n) => [describeNode(n).label, describeNode(n).contextValue, describeNode(n).description]),
      [
        ['pets-rest', 'api.rest', `REST · ${restId}`],
        ['pets-http', 'api.http', `HTTP · ${httpId}`],
        ['chat-ws', 'api.websocket', `WebSocket · ${wsId}`],
        ['Custom domain names', 'section.domains', undefined],
        ['VPC links', 'section.vpcLinks', undefined],
      ],
    );
    assert.match(describeNode(roots[0]).tooltip!, /Pet store/);
  });

  test('a REST API has stages with settings, resources with methods that carry test-invoke arguments, and authorizers', async () => {
    const api = find(await loadChildren(aws.connection), 'pets-rest');
    const groups = await loadChildren(aws.connection, api);
    assert.deepEqual(
      groups.map((g) => describeNode(g).label),
      ['Stages', 'Resources & methods', 'Authorizers'],
    );

    const [dev] = await loadChildren(aws.connection, groups[0]);
    const view = describeNode(dev);
    assert.equal(view.label, 'dev');
    assert.equal(view.contextValue, 'stage.rest');
    assert.match(
      view.description!,
      /^deployed \d{4}-\d\d-\d\d \d\d:\d\d UTC · throttle 100 rps \/ 200 burst · logs INFO$/,
    );
    assert.match(view.tooltip!, /Execution logging: INFO/);
    assert.match(view.tooltip!, /Caching: off/);
    assert.deepEqual(
      {
        apiId: (dev as { apiId: string }).apiId,
        apiType: (dev as { apiType: string }).apiType,
        stage: (dev as { stage: string }).stage,
      },
      { apiId: restId, apiType: 'REST', stage: 'dev' },
    );

    const resources = await loadChildren(aws.connection, groups[1]);
    assert.deepEqual(
      resources.map((r) => [describeNode(r).label, describeNode(r).description]),
      [
        ['/', 'no methods'],
        ['/pets', 'GET POST'],
      ],
    );
    const methods = await loadChildren(aws.connection, find(resources, '/pets'));
    assert.deepEqual(
      methods.map((m) => [describeNode(m).label, describeNode(m).contextValue, describeNode(m).description]),
      [
        ['GET', 'method.rest', 'HTTP_PROXY'],
        ['POST', 'method.rest', 'HTTP_PROXY · auth AWS_IAM'],
      ],
    );
    const get = methods[0] as ExplorerNode & { path: string; method: string; apiId: string; apiType: string };
    assert.deepEqual(
      { path: get.path, method: get.method, apiId: get.apiId, apiType: get.apiType },
      { path: '/pets', method: 'GET', apiId: restId, apiType: 'REST' },
    );

    const authorizers = await loadChildren(aws.connection, groups[2]);
    assert.deepEqual(
      authorizers.map((a) => [describeNode(a).label, describeNode(a).description]),
      [['jwt-check', 'TOKEN']],
    );
  });

  test('an HTTP API has routes with test-invoke arguments and a $default stage with throttling', async () => {
    const api = find(await loadChildren(aws.connection), 'pets-http');
    const [stagesGroup, routesGroup] = await loadChildren(aws.connection, api);
    assert.equal(describeNode(routesGroup).label, 'Routes');
    const [stage] = await loadChildren(aws.connection, stagesGroup);
    assert.equal(describeNode(stage).contextValue, 'stage.http');
    assert.match(describeNode(stage).description!, /auto-deploy · throttle 50 rps \/ 10 burst/);

    const routes = await loadChildren(aws.connection, routesGroup);
    assert.deepEqual(
      routes.map((r) => [
        describeNode(r).label,
        describeNode(r).contextValue,
        (r as { method: string }).method,
        (r as { path: string }).path,
      ]),
      [
        ['$default', 'route.http', 'ANY', '$default'],
        ['GET /pets/{id}', 'route.http', 'GET', '/pets/{id}'],
      ],
    );
  });

  test('a WebSocket API lists its routes and shows an empty stages group', async () => {
    const api = find(await loadChildren(aws.connection), 'chat-ws');
    const [stagesGroup, routesGroup] = await loadChildren(aws.connection, api);
    assert.deepEqual(
      (await loadChildren(aws.connection, stagesGroup)).map((n) => [n.kind, describeNode(n).label]),
      [['message', 'No stages: deploy with "API Gateway: Deploy Stage…"']],
    );
    const [connect] = await loadChildren(aws.connection, routesGroup);
    assert.deepEqual(
      [describeNode(connect).contextValue, (connect as { path: string }).path],
      ['route.websocket', '$connect'],
    );
  });

  test('an emulator that lacks an operation (moto: v2 GetAuthorizers) is said in words, not as a raw HTTP 500', async () => {
    const api = find(await loadChildren(aws.connection), 'pets-http');
    const authorizersGroup = (await loadChildren(aws.connection, api))[2];
    const err = await loadChildren(aws.connection, authorizersGroup).then(
      () => undefined,
      (e: unknown) => e,
    );
    assert.ok(err, 'moto answers v2 GetAuthorizers with an HTML 500');
    const node = errorNode(aws.connection, err, authorizersGroup);
    const view = describeNode(node);
    assert.equal(view.label, 'Not available from this emulator');
    assert.equal(
      view.description,
      `The emulator at ${aws.server.endpoint} does not offer GetAuthorizers for HTTP APIs, so the authorizers cannot be listed here. AWS lists them.`,
    );
    assert.doesNotMatch(view.description, /HTTP 500/);
    assert.equal(view.command, undefined);
    assert.equal(node.parent, authorizersGroup);
    // Against AWS (no custom endpoint) the same answer stays an error with a retry.
    const onAws = errorNode({ region: 'us-east-1', profile: undefined, endpoint: undefined }, err, authorizersGroup);
    assert.deepEqual(describeNode(onAws).command, {
      command: 'apigw.refreshExplorer',
      title: 'Retry',
      arguments: [onAws],
    });
  });

  test('an unreachable endpoint gives a root error node that says so', async () => {
    const dead = createConnection({ endpoint: 'http://127.0.0.1:9', region: testRegion, credentials: testCredentials });
    try {
      const err = await loadChildren(dead).then(
        () => undefined,
        (e: unknown) => e,
      );
      assert.match(
        describeNode(errorNode(dead, err)).description!,
        /Cannot reach the endpoint http:\/\/127\.0\.0\.1:9/,
      );
    } finally {
      dead.dispose();
    }
  });

  test('a REST stage exports as JSON text; without a stage the message says to deploy first', async () => {
    const exported = await exportDefinition(aws.connection, { id: restId, type: 'REST' }, 'dev');
    assert.equal(exported.language, 'json');
    assert.ok(JSON.parse(exported.text).paths['/pets'], 'the export lists /pets');
    await assert.rejects(
      exportDefinition(aws.connection, { id: restId, type: 'REST' }),
      /exports a REST API from a stage: deploy it to a stage first/,
    );
  });

  test('an HTTP export that the endpoint does not offer says so (moto lacks ExportApi)', async () => {
    await assert.rejects(
      exportDefinition(aws.connection, { id: httpId, type: 'HTTP' }),
      new RegExp(
        `${aws.server.endpoint.replace(/\./g, '\\.')} does not offer this operation \\(ExportApi\\) \\(HTTP 404\\)`,
      ),
    );
    await assert.rejects(
      exportDefinition(aws.connection, { id: wsId, type: 'WEBSOCKET' }),
      /cannot export WebSocket APIs/,
    );
  });

  test('an empty region says so', async () => {
    const other = createConnection({
      endpoint: aws.server.endpoint,
      region: 'eu-west-3',
      credentials: testCredentials,
    });
    try {
      const roots = await loadChildren(other);
      assert.deepEqual(
        roots.map((n) => describeNode(n).label),
        [`No APIs in eu-west-3 at ${aws.server.endpoint}`, 'Custom domain names', 'VPC links'],
      );
    } finally {
      other.dispose();
    }
  });
});

describe('explorer helpers', () => {
  test('pages are followed until there is no token, and a repeated token stops the loop', async () => {
    const pages: Record<string, { items: number[]; next?: string }> = {
      start: { items: [1, 2], next: 'a' },
      a: { items: [3], next: 'b' },
      b: { items: [4] },
    };
    assert.deepEqual(await collectPages(async (t) => pages[t ?? 'start']), [1, 2, 3, 4]);
    assert.deepEqual(await collectPages(async () => ({ items: [1], next: 'same' })), [1, 1]);
  });

  test('invoke URLs for REST, HTTP $default, named HTTP stages, WebSocket, China, and with a custom endpoint', () => {
    assert.deepEqual(invokeUrl({ id: 'abc', type: 'REST' }, 'dev', 'us-east-1'), {
      url: 'https://abc.execute-api.us-east-1.amazonaws.com/dev',
    });
    assert.equal(
      invokeUrl({ id: 'abc', type: 'HTTP' }, '$default', 'eu-west-1').url,
      'https://abc.execute-api.eu-west-1.amazonaws.com',
    );
    assert.equal(
      invokeUrl({ id: 'abc', type: 'HTTP' }, 'beta', 'eu-west-1').url,
      'https://abc.execute-api.eu-west-1.amazonaws.com/beta',
    );
    assert.equal(
      invokeUrl({ id: 'abc', type: 'WEBSOCKET' }, 'prod', 'us-east-1').url,
      'wss://abc.execute-api.us-east-1.amazonaws.com/prod',
    );
    assert.equal(
      invokeUrl({ id: 'abc', type: 'REST' }, 'dev', 'cn-north-1').url,
      'https://abc.execute-api.cn-north-1.amazonaws.com.cn/dev',
    );
    assert.match(
      invokeUrl({ id: 'abc', type: 'REST' }, 'dev', 'us-east-1', 'http://127.0.0.1:4566').note!,
      /custom endpoint \(http:\/\/127\.0\.0\.1:4566\)/,
    );
  });
});
