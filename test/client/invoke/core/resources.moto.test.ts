import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import {
  APIGatewayClient,
  CreateResourceCommand,
  CreateRestApiCommand,
  GetResourcesCommand,
  PutMethodCommand,
} from '@aws-sdk/client-api-gateway';
import {
  ApiGatewayV2Client,
  CreateApiCommand,
  CreateRouteCommand,
  CreateStageCommand,
} from '@aws-sdk/client-apigatewayv2';
import { startMoto, testCredentials, testRegion, type MotoServer } from '../../../support/moto';
import { findResourceId, ResourceNotFoundError } from '../../../../client/src/invoke/core/resources';
import { listDeployedApis, listOperations, listStageNames } from '../../../../client/src/invoke/core/deployedApis';

let moto: MotoServer;
let v1: APIGatewayClient;
let v2: ApiGatewayV2Client;
let restApiId: string;
let petResourceId: string;

before(
  async () => {
    moto = await startMoto();
    const config = { endpoint: moto.endpoint, region: testRegion, credentials: testCredentials };
    v1 = new APIGatewayClient(config);
    v2 = new ApiGatewayV2Client(config);
    const api = await v1.send(new CreateRestApiCommand({ name: 'pets-api' }));
    restApiId = api.id!;
    const root = (await v1.send(new GetResourcesCommand({ restApiId }))).items!.find((r) => r.path === '/')!;
    const pets = await v1.send(new CreateResourceCommand({ restApiId, parentId: root.id!, pathPart: 'pets' }));
    const pet = await v1.send(new CreateResourceCommand({ restApiId, parentId: pets.id!, pathPart: '{petId}' }));
    petResourceId = pet.id!;
    await v1.send(
      new PutMethodCommand({
        restApiId,
        resourceId: pet.id!,
        httpMethod: 'GET',
        authorizationType: 'AWS_IAM',
        apiKeyRequired: true,
      }),
    );
    await v1.send(
      new PutMethodCommand({ restApiId, resourceId: pets.id!, httpMethod: 'POST', authorizationType: 'NONE' }),
    );
  },
  { timeout: 120_000 },
);

after(async () => {
  v1?.destroy();
  v2?.destroy();
  await moto?.stop();
});

describe('finding REST resources in moto', () => {
  test('finds the resource id by path template', async () => {
    assert.equal(await findResourceId(v1, restApiId, '/pets/{petId}'), petResourceId);
    assert.equal(await findResourceId(v1, restApiId, '/pets/{petId}/'), petResourceId, 'trailing slash');
  });

  test('a path that was not deployed gets a clear error', async () => {
    await assert.rejects(
      findResourceId(v1, restApiId, '/owners'),
      (e: unknown) => e instanceof ResourceNotFoundError && /no resource "\/owners"/.test(e.message),
    );
  });

  test('lists APIs, stages and operations with their auth for the command palette', async () => {
    const http = await v2.send(new CreateApiCommand({ Name: 'http-api', ProtocolType: 'HTTP' }));
    await v2.send(
      new CreateRouteCommand({ ApiId: http.ApiId!, RouteKey: 'GET /items/{id}', AuthorizationType: 'AWS_IAM' }),
    );
    await v2.send(new CreateStageCommand({ ApiId: http.ApiId!, StageName: '$default' }));
    const apis = await listDeployedApis(v1, v2);
    assert.deepEqual(
      apis.map((a) => [a.name, a.apiType]),
      [
        ['http-api', 'HTTP'],
        ['pets-api', 'REST'],
      ],
    );
    assert.deepEqual(await listStageNames(v1, v2, { id: http.ApiId!, apiType: 'HTTP' }), ['$default']);
    assert.deepEqual(await listStageNames(v1, v2, { id: restApiId, apiType: 'REST' }), []);
    assert.deepEqual(await listOperations(v1, v2, { id: restApiId, apiType: 'REST' }), [
      { method: 'POST', path: '/pets', needsIam: false, needsApiKey: false },
      { method: 'GET', path: '/pets/{petId}', needsIam: true, needsApiKey: true },
    ]);
    assert.deepEqual(await listOperations(v1, v2, { id: http.ApiId!, apiType: 'HTTP' }), [
      { method: 'GET', path: '/items/{id}', needsIam: true, needsApiKey: false },
    ]);
  });
});
