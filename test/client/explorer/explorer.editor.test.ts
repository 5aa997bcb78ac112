import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import {
  CreateDeploymentCommand,
  CreateResourceCommand,
  CreateRestApiCommand,
  GetResourcesCommand,
  PutIntegrationCommand,
  PutMethodCommand,
} from '@aws-sdk/client-api-gateway';
import { CreateApiCommand, CreateRouteCommand, CreateStageCommand } from '@aws-sdk/client-apigatewayv2';
import { createConnection } from '../../../client/src/aws/connection';
import type { AwsSession } from '../../../client/src/aws/session';
import type { ExplorerApi } from '../../../client/src/explorer/index';
import { describeNode, ExplorerNode } from '../../../client/src/explorer/treeModel';
import { activateExtension, screenshot, waitFor } from '../../editor/suite/helpers';

interface ExportedServices {
  aws: AwsSession;
  explorer?: ExplorerApi;
}

const label = (node: ExplorerNode) => describeNode(node).label;

suite('Deployed APIs explorer', () => {
  const suffix = Date.now().toString(36);
  const restName = `explorer-rest-${suffix}`;
  const httpName = `explorer-http-${suffix}`;
  let explorer: ExplorerApi;

  suiteSetup(async () => {
    const endpoint = process.env.APIGW_TEST_MOTO_ENDPOINT;
    assert.ok(endpoint, 'the editor test runner passes the moto endpoint in APIGW_TEST_MOTO_ENDPOINT');
    const services = (await activateExtension()).exports as ExportedServices;
    assert.ok(services.explorer, 'activate() returns the explorer API in its `explorer` field');
    explorer = services.explorer;
    await waitFor(
      () => services.aws.connection.endpoint === endpoint,
      10_000,
      `the extension to use the moto endpoint ${endpoint}`,
    );

    const seed = createConnection({
      endpoint,
      region: services.aws.connection.region,
      credentials: { accessKeyId: 'test', secretAccessKey: 'test' },
    });
    try {
      const v1 = await seed.apiGateway();
      const restApiId = (
        await v1.send(new CreateRestApiCommand({ name: restName, description: 'Seeded by the explorer test' }))
      ).id!;
      const root = (await v1.send(new GetResourcesCommand({ restApiId }))).items!.find((r) => r.path === '/')!;
      const pets = await v1.send(new CreateResourceCommand({ restApiId, parentId: root.id!, pathPart: 'pets' }));
      await v1.send(
        new PutMethodCommand({ restApiId, resourceId: pets.id!, httpMethod: 'GET', authorizationType: 'NONE' }),
      );
      await v1.send(
        new PutIntegrationCommand({
          restApiId,
          resourceId: pets.id!,
          httpMethod: 'GET',
          type: 'HTTP_PROXY',
          integrationHttpMethod: 'GET',
          uri: 'https://example.com/pets',
        }),
      );
      await v1.send(new CreateDeploymentCommand({ restApiId, stageName: 'dev' }));

      const v2 = await seed.apiGatewayV2();
      const ApiId = (await v2.send(new CreateApiCommand({ Name: httpName, ProtocolType: 'HTTP' }))).ApiId!;
      await v2.send(new CreateRouteCommand({ ApiId, RouteKey: 'GET /orders' }));
      await v2.send(new CreateStageCommand({ ApiId, StageName: '$default', AutoDeploy: true }));
    } finally {
      seed.dispose();
    }
  });

  test('lists the seeded REST and HTTP APIs with their stages, methods and routes', async () => {
    await vscode.commands.executeCommand('workbench.view.extension.apigw');
    await vscode.commands.executeCommand('apigw.refreshExplorer');
    const roots = await waitFor(
      async () => {
        const nodes = await explorer.children();
        return nodes.some((n) => label(n) === restName) && nodes.some((n) => label(n) === httpName) && nodes;
      },
      20_000,
      'both seeded APIs in the explorer',
    );
    const rest = roots.find((n) => label(n) === restName)!;
    const http = roots.find((n) => label(n) === httpName)!;
    assert.equal(describeNode(rest).contextValue, 'api.rest');
    assert.equal(describeNode(http).contextValue, 'api.http');

    const [restStages, restResources] = await explorer.children(rest);
    const stages = await explorer.children(restStages);
    assert.deepEqual(
      stages.map((s) => [label(s), describeNode(s).contextValue]),
      [['dev', 'stage.rest']],
    );
    const pets = (await explorer.children(restResources)).find((r) => label(r) === '/pets')!;
    const [get] = await explorer.children(pets);
    assert.deepEqual(
      [describeNode(get).contextValue, (get as { path?: string }).path, (get as { method?: string }).method],
      ['method.rest', '/pets', 'GET'],
    );

    const [httpStages, routes] = await explorer.children(http);
    assert.deepEqual((await explorer.children(httpStages)).map(label), ['$default']);
    assert.deepEqual(
      (await explorer.children(routes)).map((r) => [label(r), describeNode(r).contextValue]),
      [['GET /orders', 'route.http']],
    );

    // Show the REST API opened up to its method, and the HTTP API's routes, for the picture.
    await explorer.reveal(pets);
    await explorer.reveal(restStages);
    await explorer.reveal(routes);
    await screenshot('explorer', { waitForSelector: '.tree-explorer-viewlet-tree-view .monaco-list-row' });
  });
});
