/**
 * "Compare with API Gateway": the API and its resources come from a real moto server (the definition imported
 * there); TestInvokeMethod itself goes to an SDK-level stub, because moto does not implement it. The stub
 * answers with an execution log in the format AWS returns (runtime facts §10.1–10.2, X2).
 */
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import {
  APIGatewayClient,
  GetIntegrationCommand,
  ImportRestApiCommand,
  TestInvokeMethodCommand,
  type TestInvokeMethodCommandInput,
} from '@aws-sdk/client-api-gateway';
import {
  compareInput,
  compareWithApiGateway,
  logEntries,
  transformationFromLog,
} from '../../../../client/src/templates/core/compare';
import { findResourceId } from '../../../../client/src/invoke/core/resources';
import { getLanguageService } from '../../../../server/src/service/languageService';
import { findSite } from '../../../../server/src/service/templates/render';
import { startMoto, testCredentials, testRegion, type MotoServer } from '../../../support/moto';

const DEFINITION = `openapi: 3.0.1
info:
  title: compare
  description: compare with API Gateway
  version: '1'
paths:
  /pets/{id}:
    post:
      responses:
        '200': {description: ok}
      x-amazon-apigateway-integration:
        type: http
        httpMethod: POST
        uri: https://example.com/pets/{id}
        requestTemplates:
          application/json: "{\\"id\\": \\"$input.params('id')\\",\\n \\"name\\": $input.json('$.name')}"
`;
const TEMPLATE_PATH = [
  'paths',
  '/pets/{id}',
  'post',
  'x-amazon-apigateway-integration',
  'requestTemplates',
  'application/json',
];

/** The log TestInvokeMethod returns, line by line as AWS writes it (OBS-C in the runtime facts). */
function awsLog(transformed: string): string {
  const at = 'Sat Nov 28 09:00:00 UTC 2026 : ';
  return [
    'Execution log for request c0ffee00-0000-4000-8000-000000000000',
    `${at}Starting execution for request: c0ffee00-0000-4000-8000-000000000000`,
    `${at}HTTP Method: POST, Resource Path: /pets/p-1`,
    `${at}Method request path: {id=p-1}`,
    `${at}Method request body before transformations: {"name": "Rex"}`,
    `${at}Endpoint request URI: https://example.com/pets/p-1`,
    `${at}Endpoint request headers: {x-amzn-apigateway-api-id=abc, Accept=application/json}`,
    `${at}Endpoint request body after transformations: ${transformed}`,
    `${at}Sending request to https://example.com/pets/p-1`,
    `${at}Received response. Status: 200, Integration latency: 12 ms`,
    `${at}Method response body after transformations: {"ok":true}`,
    `${at}Successfully completed execution`,
    `${at}Method completed with status: 200`,
    '',
  ].join('\n');
}

let moto: MotoServer;
let client: APIGatewayClient;
let restApiId: string;

before(
  async () => {
    moto = await startMoto();
    client = new APIGatewayClient({ endpoint: moto.endpoint, region: testRegion, credentials: testCredentials });
    const api = await client.send(new ImportRestApiCommand({ body: new TextEncoder().encode(DEFINITION) }));
    restApiId = api.id!;
  },
  { timeout: 120_000 },
);

after(async () => {
  client?.destroy();
  await moto?.stop();
});

describe('Compare with API Gateway (moto for the API; SDK-level stub for TestInvokeMethod, which moto lacks)', () => {
  test("the same request is sent to the deployed method, and AWS's transformed request is read from its log", async () => {
    const service = getLanguageService();
    const doc = service.parseDocument('file:///t/compare.yaml', 'yaml', 1, DEFINITION);
    const request = {
      body: '{"name": "Rex"}',
      path: { id: 'p-1' },
      query: { v: '1 2' },
      headers: { 'Content-Type': 'application/json' },
    };
    const ours = service.renderTemplate(doc, TEMPLATE_PATH, request)!;
    assert.equal(ours.output, '{"id": "p-1",\n "name": "Rex"}');

    // The template deployed to moto is the one rendered here.
    const resourceId = await findResourceId(client, restApiId, '/pets/{id}');
    const integration = await client.send(new GetIntegrationCommand({ restApiId, resourceId, httpMethod: 'POST' }));
    assert.equal(integration.requestTemplates?.['application/json'], findSite(doc, TEMPLATE_PATH)!.map.text);

    const sent: TestInvokeMethodCommandInput[] = [];
    const stubbedTestInvoke = {
      send: (command: unknown, options?: unknown) => {
        if (command instanceof TestInvokeMethodCommand) {
          sent.push(command.input);
          return Promise.resolve({ status: 200, log: awsLog('{"id": "p-1",\n "name": "Rex"}'), $metadata: {} });
        }
        return client.send(command as never, options as never);
      },
    } as Pick<APIGatewayClient, 'send'>;
    const aws = await compareWithApiGateway(
      stubbedTestInvoke,
      { restApiId, path: '/pets/{id}', method: 'POST', kind: 'request' },
      request,
    );
    assert.deepEqual(sent, [
      {
        restApiId,
        resourceId,
        httpMethod: 'POST',
        pathWithQueryString: '/pets/p-1?v=1%202',
        body: '{"name": "Rex"}',
        headers: { 'Content-Type': 'application/json' },
      },
    ]);
    assert.equal(aws.status, 200);
    assert.equal(aws.body, ours.output, 'AWS produced what we rendered');
  });

  test('a request the deployed API does not have gets a clear error', async () => {
    await assert.rejects(
      compareWithApiGateway(client, { restApiId, path: '/owners', method: 'GET', kind: 'request' }, {}),
      /no resource "\/owners"/,
    );
  });
});

describe('reading the execution log', () => {
  test('multi-line messages, response transformations and truncation', () => {
    const log = awsLog('line one\nline two [TRUNCATED]');
    assert.equal(logEntries(log).length, 12);
    assert.deepEqual(transformationFromLog(log, 'request'), { body: 'line one\nline two', truncated: true });
    assert.deepEqual(transformationFromLog(log, 'response'), { body: '{"ok":true}', truncated: false });
    const withBackend = log.replace(
      'Method response body after',
      'Endpoint response body before transformations: {"raw": 1}\nSat Nov 28 09:00:00 UTC 2026 : Method response body after',
    );
    assert.deepEqual(
      transformationFromLog(withBackend, 'response'),
      { body: '{"ok":true}', templateInput: '{"raw": 1}', truncated: false },
      'the backend response a response template read',
    );
    assert.deepEqual(transformationFromLog('Execution log for request x\n', 'request'), { truncated: false });
  });

  test('GET sends no body; ANY is tested as itself', () => {
    const input = compareInput({ restApiId: 'a', path: '/x', method: 'GET', kind: 'request' }, 'r', { body: '{}' });
    assert.equal(input.body, undefined);
  });
});
