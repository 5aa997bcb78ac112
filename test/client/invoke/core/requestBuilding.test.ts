import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import {
  fillPathTemplate,
  MissingPathParameterError,
  pathParameters,
} from '../../../../client/src/invoke/core/pathTemplate';
import { invokeUrl, isLoopbackHttpUrl, stageBaseUrl } from '../../../../client/src/invoke/core/invokeUrl';
import { buildHttpRequest } from '../../../../client/src/invoke/core/buildRequest';
import type { InvokeForm } from '../../../../client/src/invoke/core/types';

const form = (over: Partial<InvokeForm> = {}): InvokeForm => ({
  method: 'GET',
  stage: 'prod',
  mode: 'http',
  pathParams: {},
  query: [],
  headers: [],
  body: '',
  stageVariables: [],
  sign: false,
  apiKey: '',
  ...over,
});

describe('path templates', () => {
  test('lists parameters once, marking greedy ones', () => {
    assert.deepEqual(pathParameters('/pets/{petId}/toys/{toy}/{petId}'), [
      { name: 'petId', greedy: false },
      { name: 'toy', greedy: false },
    ]);
    assert.deepEqual(pathParameters('/files/{proxy+}'), [{ name: 'proxy', greedy: true }]);
    assert.deepEqual(pathParameters('$default'), [{ name: 'path', greedy: true }]);
    // The same catch-all as it stands in an OpenAPI definition's paths (an HTTP API's "/$default" key).
    assert.deepEqual(pathParameters('/$default'), [{ name: 'path', greedy: true }]);
  });

  test('fills and percent-encodes values; greedy values keep their slashes', () => {
    assert.equal(fillPathTemplate('/pets/{id}', { id: 'a b/c?' }), '/pets/a%20b%2Fc%3F');
    assert.equal(fillPathTemplate('/files/{proxy+}', { proxy: 'x/y z' }), '/files/x/y%20z');
    assert.equal(fillPathTemplate('$default', { path: 'any/where' }), '/any/where');
    assert.equal(fillPathTemplate('$default', {}), '/');
    assert.equal(fillPathTemplate('/$default', { path: 'orders/7' }), '/orders/7');
    assert.equal(fillPathTemplate('/$default', {}), '/');
  });

  test('names every missing parameter', () => {
    assert.throws(
      () => fillPathTemplate('/a/{x}/{y}', { x: '1' }),
      (e: unknown) => e instanceof MissingPathParameterError && e.names.join() === 'y',
    );
  });
});

describe('stage URLs', () => {
  test('REST and HTTP stages on AWS', () => {
    assert.equal(
      stageBaseUrl({ apiId: 'abc123', region: 'eu-west-1', stage: 'prod' }),
      'https://abc123.execute-api.eu-west-1.amazonaws.com/prod',
    );
    assert.equal(
      stageBaseUrl({ apiId: 'abc123', region: 'cn-north-1', stage: 'dev' }),
      'https://abc123.execute-api.cn-north-1.amazonaws.com.cn/dev',
    );
  });

  test('the HTTP $default stage has no stage segment', () => {
    assert.equal(
      invokeUrl({ apiId: 'h1', region: 'us-east-1', stage: '$default' }, '/pets'),
      'https://h1.execute-api.us-east-1.amazonaws.com/pets',
    );
  });

  test('a custom endpoint uses the documented emulator form', () => {
    assert.equal(
      invokeUrl({ apiId: 'abc', region: 'us-east-1', stage: 'dev', endpoint: 'http://localhost:4566/' }, '/p'),
      'http://localhost:4566/_aws/execute-api/abc/dev/p',
    );
  });

  test('a base URL replaces the host part', () => {
    assert.equal(
      invokeUrl({ apiId: '', region: 'us-east-1', stage: 'v1', baseUrl: 'http://127.0.0.1:9/' }, '/x', [
        ['q', 'a&b'],
        ['', 'ignored'],
      ]),
      'http://127.0.0.1:9/v1/x?q=a%26b',
    );
  });

  test('rejects stage names and API ids that could change the URL', () => {
    assert.throws(() => stageBaseUrl({ apiId: 'abc', region: 'us-east-1', stage: '../evil' }), /not a valid stage/);
    assert.throws(
      () => stageBaseUrl({ apiId: 'evil.com/x', region: 'us-east-1', stage: 'prod' }),
      /not a valid API id/,
    );
  });

  test('only loopback http URLs are accepted as a test base URL', () => {
    assert.equal(isLoopbackHttpUrl('http://127.0.0.1:8080'), true);
    assert.equal(isLoopbackHttpUrl('http://localhost:1/x'), true);
    for (const bad of [
      'https://127.0.0.1',
      'http://example.com',
      'http://127.0.0.1.evil.com',
      'http://u:p@127.0.0.1',
      'file:///etc/passwd',
      'nonsense',
      42,
      undefined,
    ])
      assert.equal(isLoopbackHttpUrl(bad), false, String(bad));
  });
});

describe('building the request', () => {
  const loc = { apiId: 'abc123', region: 'us-east-1' };

  test('URL, lower-cased headers, API key and JSON content type', () => {
    const req = buildHttpRequest(
      { ...loc, stage: 'prod' },
      '/pets/{id}',
      form({
        method: 'POST',
        pathParams: { id: '7' },
        query: [['verbose', 'true']],
        headers: [
          ['X-Trace', '1'],
          [' ', 'skip'],
        ],
        body: '{"a":1}',
        apiKey: ' k3y ',
      }),
    );
    assert.deepEqual(req, {
      method: 'POST',
      url: 'https://abc123.execute-api.us-east-1.amazonaws.com/prod/pets/7?verbose=true',
      headers: { 'x-trace': '1', 'x-api-key': 'k3y', 'content-type': 'application/json' },
      body: '{"a":1}',
    });
  });

  test('keeps a given content type; drops the body of GET', () => {
    assert.equal(
      buildHttpRequest(
        { ...loc, stage: 'p' },
        '/',
        form({ method: 'PUT', body: 'x', headers: [['Content-Type', 'text/csv']] }),
      ).headers['content-type'],
      'text/csv',
    );
    assert.equal(buildHttpRequest({ ...loc, stage: 'p' }, '/', form({ body: 'x' })).body, undefined);
  });

  test('rejects invalid header names and methods', () => {
    assert.throws(
      () => buildHttpRequest({ ...loc, stage: 'p' }, '/', form({ headers: [['bad header', 'v']] })),
      /not a valid header name/,
    );
    assert.throws(
      () => buildHttpRequest({ ...loc, stage: 'p' }, '/', form({ method: 'TRACE' })),
      /Unsupported HTTP method/,
    );
  });
});
