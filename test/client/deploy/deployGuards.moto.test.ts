import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import {
  CreateResourceCommand,
  CreateRestApiCommand,
  GetDeploymentsCommand,
  GetResourcesCommand,
  PutIntegrationCommand,
  PutMethodCommand,
} from '@aws-sdk/client-api-gateway';
import { CreateApiCommand, CreateStageCommand, GetStagesCommand } from '@aws-sdk/client-apigatewayv2';
import { describeAwsError } from '../../../client/src/aws/errors';
import { deployDefinition, DeployError } from '../../../client/src/deploy/deployCore';
import { emulatorCopy } from '../../../client/src/deploy/emulatorCopy';
import { httpStages, STACK_TAG } from '../../../client/src/deploy/deployGuards';
import { createConnection } from '../../../client/src/aws/connection';
import { parse } from '../../../server/src/service/parser/parse';
import { toJson } from '../../../server/src/service/document/toJson';
import { motoConnection, testCredentials, testRegion } from '../../support/moto';

const examples = path.resolve(__dirname, '..', '..', '..', 'examples');
const exampleJson = (file: string) => toJson(parse(fs.readFileSync(path.join(examples, file), 'utf8'), 'yaml').root);

describe('deploy guards, against moto', () => {
  const aws = motoConnection();

  test('a reimport never leaves an HTTP API with fewer stages: stages the endpoint dropped come back with their settings', async () => {
    const body = JSON.stringify(exampleJson('http-api.yaml'));
    const first = await deployDefinition(aws.connection, { body, apiType: 'HTTP', stage: 'dev', newApiName: 'Orders' });
    const v2 = await aws.connection.apiGatewayV2();
    await v2.send(
      new CreateStageCommand({
        ApiId: first.apiId,
        StageName: 'prod',
        DefaultRouteSettings: { ThrottlingRateLimit: 50, ThrottlingBurstLimit: 100 },
      }),
    );
    const again = await deployDefinition(aws.connection, { body, apiType: 'HTTP', apiId: first.apiId, stage: 'prod' });
    const stages = (await v2.send(new GetStagesCommand({ ApiId: first.apiId }))).Items ?? [];
    assert.deepEqual(stages.map((s) => s.StageName).sort(), ['dev', 'prod']);
    const prod = stages.find((s) => s.StageName === 'prod')!;
    assert.equal(prod.DefaultRouteSettings?.ThrottlingRateLimit, 50);
    assert.equal(prod.DefaultRouteSettings?.ThrottlingBurstLimit, 100);
    // moto drops stages on reimport (AWS does not): the deploy says what it put back.
    assert.ok(
      again.notes.some((n) => /dropped the stages (dev, prod|prod, dev)/.test(n)),
      again.notes.join('\n'),
    );
  });

  test('an API that a CloudFormation stack owns is deployed as it is, never imported over', async () => {
    const v1 = await aws.connection.apiGateway();
    const api = await v1.send(new CreateRestApiCommand({ name: 'stack-pets', tags: { [STACK_TAG]: 'pets-stack' } }));
    const root = (await v1.send(new GetResourcesCommand({ restApiId: api.id! }))).items!.find((r) => r.path === '/')!;
    const res = await v1.send(
      new CreateResourceCommand({ restApiId: api.id!, parentId: root.id!, pathPart: 'from-template' }),
    );
    await v1.send(
      new PutMethodCommand({ restApiId: api.id!, resourceId: res.id!, httpMethod: 'GET', authorizationType: 'NONE' }),
    );
    await v1.send(
      new PutIntegrationCommand({
        restApiId: api.id!,
        resourceId: res.id!,
        httpMethod: 'GET',
        type: 'HTTP_PROXY',
        integrationHttpMethod: 'GET',
        uri: 'https://example.com/',
      }),
    );
    const body = JSON.stringify({
      openapi: '3.0.1',
      info: { title: 'x', description: 'x', version: '1' },
      paths: { '/other': { get: { responses: { 200: { description: 'ok' } } } } },
    });
    const result = await deployDefinition(aws.connection, {
      body,
      apiType: 'REST',
      apiId: api.id!,
      stage: 'dev',
      mode: 'overwrite',
    });
    const paths = (await v1.send(new GetResourcesCommand({ restApiId: api.id! }))).items!.map((r) => r.path).sort();
    assert.deepEqual(paths, ['/', '/from-template'], 'the definition was not imported');
    assert.equal(
      (await v1.send(new GetDeploymentsCommand({ restApiId: api.id! }))).items?.length,
      1,
      'the API as it is was deployed',
    );
    assert.ok(
      result.notes.some((n) => n.includes('pets-stack') && n.includes('not imported')),
      result.notes.join('\n'),
    );
  });

  test("the REST example crashes moto's import (an error page, not an AWS answer); its emulator copy imports, and says what it changed", async () => {
    const definition = exampleJson('rest-api.yaml');
    await assert.rejects(
      deployDefinition(aws.connection, { body: JSON.stringify(definition), apiType: 'REST', stage: 'dev' }),
      (err: unknown) => {
        assert.ok(err instanceof DeployError);
        assert.equal(err.step, 'ImportRestApi');
        assert.equal(describeAwsError(err.cause).kind, 'notOffered');
        return true;
      },
    );
    const copy = emulatorCopy(definition);
    assert.ok(
      copy.changes.some((c) => /placeholder uri\/httpMethod added to its (MOCK|mock) integration/.test(c)),
      copy.changes.join('\n'),
    );
    const result = await deployDefinition(aws.connection, { body: copy.body, apiType: 'REST', stage: 'dev' });
    assert.ok(result.apiId);
  });

  test("an HTTP API's stages are read across pages, and at most 50 pages of them (SDK stub: moto does not page GetStages)", async () => {
    const v2 = await aws.connection.apiGatewayV2();
    const ApiId = (await v2.send(new CreateApiCommand({ Name: 'paged', ProtocolType: 'HTTP' }))).ApiId!;
    for (const StageName of ['a', 'b', 'c']) await v2.send(new CreateStageCommand({ ApiId, StageName }));
    let endless = false;
    let calls = 0;
    const paged = createConnection({ endpoint: aws.server.endpoint, region: testRegion, credentials: testCredentials });
    try {
      (await paged.apiGatewayV2()).middlewareStack.add(
        (next, context) => async (args) => {
          if (context.commandName !== 'GetStagesCommand') return next(args);
          calls++;
          // moto's whole answer, cut into pages of one stage; an endless endpoint always says there is more.
          const answer = await next(args);
          const output = answer.output as { Items?: unknown[]; NextToken?: string };
          const page = Number((args.input as { NextToken?: string }).NextToken ?? 0);
          const items = output.Items ?? [];
          output.Items = items.slice(page % items.length, (page % items.length) + 1);
          output.NextToken = endless || page + 1 < items.length ? String(page + 1) : undefined;
          return answer;
        },
        { step: 'initialize', name: 'pageGetStages' },
      );
      const stages = await httpStages(paged, ApiId);
      assert.deepEqual(stages.map((s) => s.StageName).sort(), ['a', 'b', 'c']);
      assert.equal(calls, 3);
      endless = true;
      calls = 0;
      assert.equal((await httpStages(paged, ApiId)).length, 50);
      assert.equal(calls, 50);
    } finally {
      paged.dispose();
    }
  });
});
