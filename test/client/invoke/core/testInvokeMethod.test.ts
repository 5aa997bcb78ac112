import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { APIGatewayClient } from '@aws-sdk/client-api-gateway';
import type { HttpRequest } from '@smithy/types';
import { Readable } from 'node:stream';
import { runTestInvoke, testInvokeInput, testInvokeResult } from '../../../../client/src/invoke/core/testInvokeMethod';
import { Invoker } from '../../../../client/src/invoke/core/invoker';
import type { InvokeForm } from '../../../../client/src/invoke/core/types';
import { awsErrorMessage } from '../../../../client/src/aws/errors';

const form = (over: Partial<InvokeForm> = {}): InvokeForm => ({
  method: 'POST',
  stage: 'prod',
  mode: 'testInvoke',
  pathParams: { id: '42' },
  query: [['verbose', 'yes']],
  headers: [['X-Trace', 't1']],
  body: '{"name":"Rex"}',
  stageVariables: [['backend', 'blue']],
  sign: false,
  apiKey: 'k',
  ...over,
});

/** A real SDK client whose HTTP layer is replaced: requests are recorded and answered with canned JSON. */
function stubbedClient(answer: (req: HttpRequest) => { status: number; body: unknown; errorType?: string }) {
  const requests: { method: string; path: string; body: unknown }[] = [];
  const client = new APIGatewayClient({
    region: 'us-east-1',
    credentials: { accessKeyId: 'test', secretAccessKey: 'test' },
    requestHandler: {
      handle: async (req: HttpRequest) => {
        const text = req.body instanceof Uint8Array ? new TextDecoder().decode(req.body) : req.body;
        requests.push({ method: req.method, path: req.path, body: text ? JSON.parse(text) : undefined });
        const { status, body, errorType } = answer(req);
        const headers: Record<string, string> = {
          'content-type': 'application/json',
          ...(errorType ? { 'x-amzn-errortype': errorType } : {}),
        };
        return { response: { statusCode: status, headers, body: Readable.from([Buffer.from(JSON.stringify(body))]) } };
      },
    },
  });
  return { client, requests };
}

describe('TestInvokeMethod (SDK stub: moto lacks TestInvokeMethod)', () => {
  test('builds the request from the form', () => {
    assert.deepEqual(testInvokeInput('api1', 'res1', '/pets/{id}', form()), {
      restApiId: 'api1',
      resourceId: 'res1',
      httpMethod: 'POST',
      pathWithQueryString: '/pets/42?verbose=yes',
      body: '{"name":"Rex"}',
      headers: { 'x-trace': 't1', 'x-api-key': 'k' },
      stageVariables: { backend: 'blue' },
    });
  });

  test('sends it through the SDK and maps status, headers, body and the execution log', async () => {
    const { client, requests } = stubbedClient(() => ({
      status: 200,
      body: {
        status: 201,
        body: '{"id":42}',
        headers: { 'Content-Type': 'application/json' },
        multiValueHeaders: { 'Content-Type': ['application/json'], 'X-Multi': ['a', 'b'] },
        log: 'Execution log for request abc\nMethod completed with status: 201',
        latency: 37,
      },
    }));
    const input = testInvokeInput('api1', 'res1', '/pets/{id}', form());
    const result = await runTestInvoke(client, input);
    assert.equal(requests[0].method, 'POST');
    assert.equal(requests[0].path, '/restapis/api1/resources/res1/methods/POST');
    assert.deepEqual(requests[0].body, {
      pathWithQueryString: '/pets/42?verbose=yes',
      body: '{"name":"Rex"}',
      headers: { 'x-trace': 't1', 'x-api-key': 'k' },
      stageVariables: { backend: 'blue' },
    });
    assert.equal(result.mode, 'testInvoke');
    assert.equal(result.status, 201);
    assert.equal(result.latencyMs, 37);
    assert.deepEqual(result.headers, [
      ['Content-Type', 'application/json'],
      ['X-Multi', 'a'],
      ['X-Multi', 'b'],
    ]);
    assert.equal(result.body.kind, 'json');
    assert.equal(result.body.text, '{\n  "id": 42\n}');
    assert.match(result.log!, /Method completed with status: 201/);
    client.destroy();
  });

  test('the invoker finds the resource id once and reuses it', async () => {
    const { client, requests } = stubbedClient((req) =>
      req.method === 'GET'
        ? {
            status: 200,
            body: {
              item: [
                { id: 'root', path: '/' },
                { id: 'r42', path: '/pets/{id}', resourceMethods: { POST: {} } },
              ],
            },
          }
        : { status: 200, body: { status: 200, body: '', log: 'ok', latency: 1 } },
    );
    const invoker = new Invoker(
      {
        apiType: 'REST',
        apiId: 'api1',
        pathTemplate: '/pets/{id}',
        operationMethod: 'POST',
        region: 'us-east-1',
        stages: [],
      },
      { apiGateway: async () => client, credentials: async () => ({ accessKeyId: 'a', secretAccessKey: 'b' }) },
    );
    await invoker.run(form());
    await invoker.run(form());
    assert.deepEqual(
      requests.map((r) => `${r.method} ${r.path}`),
      [
        'GET /restapis/api1/resources',
        'POST /restapis/api1/resources/r42/methods/POST',
        'POST /restapis/api1/resources/r42/methods/POST',
      ],
    );
    client.destroy();
  });

  test('an error answer becomes a clear message', async () => {
    const { client } = stubbedClient(() => ({
      status: 404,
      errorType: 'NotFoundException',
      body: { message: 'Invalid Resource identifier specified' },
    }));
    const err = await runTestInvoke(client, testInvokeInput('api1', 'nope', '/pets/{id}', form())).catch((e) => e);
    assert.match(awsErrorMessage(err, { operation: 'TestInvokeMethod' }), /Not found.*Invalid Resource identifier/);
    client.destroy();
  });
});

describe('TestInvokeMethod: the input and the result, field by field', () => {
  test('a GET sends no body; headers, the API key and stage variables only when there are some', () => {
    const input = testInvokeInput('api1', 'res1', '/pets/{id}', {
      ...form(),
      method: 'GET',
      body: '{"ignored":true}',
      headers: [],
      query: [],
      apiKey: '  ',
      stageVariables: [['', 'no name']],
    });
    assert.deepEqual(input, {
      restApiId: 'api1',
      resourceId: 'res1',
      httpMethod: 'GET',
      pathWithQueryString: '/pets/42',
    });
    const withAll = testInvokeInput('api1', 'res1', '/pets/{id}', {
      ...form(),
      method: 'PUT',
      body: 'b',
      headers: [['X-A', '1']],
      query: [['q', 'a b']],
      apiKey: ' key ',
      stageVariables: [[' env ', 'dev']],
    });
    assert.deepEqual(withAll, {
      restApiId: 'api1',
      resourceId: 'res1',
      httpMethod: 'PUT',
      pathWithQueryString: '/pets/42?q=a%20b',
      body: 'b',
      headers: { 'x-a': '1', 'x-api-key': 'key' },
      stageVariables: { env: 'dev' },
    });
    assert.equal('body' in testInvokeInput('a', 'r', '/p', { ...form(), method: 'POST', body: '' }), false);
  });

  test('multi-value headers come first and hide their single-value copies; the content type picks the format', () => {
    const input = { restApiId: 'a', resourceId: 'r', httpMethod: 'GET', pathWithQueryString: '/p?x=1' };
    const result = testInvokeResult(input, {
      $metadata: {},
      status: 200,
      latency: 12,
      body: '{"a":1}',
      log: 'Execution log',
      multiValueHeaders: { 'Set-Cookie': ['a=1', 'b=2'], 'Content-Type': ['application/json'] },
      headers: { 'set-cookie': 'b=2', 'content-type': 'application/json', 'X-Single': 'y' },
    });
    assert.deepEqual(result, {
      mode: 'testInvoke',
      method: 'GET',
      url: '/p?x=1',
      status: 200,
      statusText: '',
      latencyMs: 12,
      headers: [
        ['Set-Cookie', 'a=1'],
        ['Set-Cookie', 'b=2'],
        ['Content-Type', 'application/json'],
        ['X-Single', 'y'],
      ],
      body: { kind: 'json', text: '{\n  "a": 1\n}', size: 7, contentType: 'application/json' },
      log: 'Execution log',
    });
  });

  test('an answer without fields gives an empty result, not a crash', () => {
    assert.deepEqual(testInvokeResult({ restApiId: 'a', resourceId: 'r', httpMethod: undefined }, { $metadata: {} }), {
      mode: 'testInvoke',
      method: '',
      url: '/',
      status: 0,
      statusText: '',
      latencyMs: 0,
      headers: [],
      body: { kind: 'empty', text: '', size: 0 },
      log: '',
    });
    const text = testInvokeResult(
      { restApiId: 'a', resourceId: 'r', httpMethod: 'GET' },
      { $metadata: {}, body: '{"a":1}', headers: { 'content-type': 'text/plain' } },
    );
    assert.equal(text.body.kind, 'text', 'the single-value content type is read too');
  });
});
