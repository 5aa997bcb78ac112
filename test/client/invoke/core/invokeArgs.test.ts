import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { checkInvokeArgs, panelKey } from '../../../../client/src/invoke/core/invokeArgs';
import { initialForm, panelModel } from '../../../../client/src/invoke/core/target';

describe('apigw.testInvoke arguments', () => {
  test('CodeLens arguments pass; the palette (no arguments) and unusable ones ask instead', () => {
    assert.deepEqual(
      checkInvokeArgs({ documentUri: 'file:///a.yaml', path: '/pets/{id}', method: 'get', apiType: 'REST' }),
      {
        documentUri: 'file:///a.yaml',
        path: '/pets/{id}',
        method: 'GET',
        apiType: 'REST',
      },
    );
    assert.equal(checkInvokeArgs(undefined), undefined);
    assert.equal(checkInvokeArgs({ label: 'a tree node without a route' }), undefined);
    assert.equal(checkInvokeArgs({ path: '/x', method: 'GET; rm -rf' }), undefined);
  });

  test('explorer nodes may nest them; x-amazon-apigateway-any-method means ANY', () => {
    assert.deepEqual(
      checkInvokeArgs({
        testInvokeArgs: { path: '/p', method: 'x-amazon-apigateway-any-method', apiId: 'abc123', stage: 'prod' },
      }),
      {
        path: '/p',
        method: 'ANY',
        apiId: 'abc123',
        stage: 'prod',
      },
    );
  });

  test('drops bad fields, and a base URL unless it is loopback http', () => {
    const checked = checkInvokeArgs({
      path: '/p',
      method: 'GET',
      apiId: 'x.evil.com',
      stage: '../x',
      apiType: 'SOAP',
      baseUrl: 'https://attacker.example',
    });
    assert.deepEqual(checked, { path: '/p', method: 'GET' });
    assert.equal(
      checkInvokeArgs({ path: '/p', method: 'GET', baseUrl: 'http://127.0.0.1:5000' })?.baseUrl,
      'http://127.0.0.1:5000',
    );
  });

  test('one panel per API and operation', () => {
    assert.equal(
      panelKey({ apiId: 'a', method: 'GET', path: '/p' }),
      panelKey({ apiId: 'a', method: 'GET', path: '/p', documentUri: 'file:///x' }),
    );
    assert.notEqual(
      panelKey({ apiId: 'a', method: 'GET', path: '/p' }),
      panelKey({ apiId: 'a', method: 'POST', path: '/p' }),
    );
  });
});

describe('the panel model', () => {
  const target = {
    apiType: 'REST' as const,
    apiId: 'abc',
    pathTemplate: '/pets/{id}',
    operationMethod: 'POST',
    region: 'us-east-1',
    stages: ['dev', 'prod'],
    operation: {
      queryParameters: ['limit'],
      headerParameters: ['X-Trace'],
      exampleBody: '{"name":"Rex"}',
      auth: ['AWS_IAM' as const, 'API_KEY' as const],
    },
  };

  test('prefills the form from the operation', () => {
    assert.deepEqual(initialForm(target), {
      method: 'POST',
      stage: 'dev',
      mode: 'testInvoke',
      pathParams: { id: '' },
      query: [['limit', '']],
      headers: [['X-Trace', '']],
      body: '{"name":"Rex"}',
      stageVariables: [],
      sign: true,
      apiKey: '',
    });
    const model = panelModel(target);
    assert.deepEqual(
      [model.needsIam, model.needsApiKey, model.modes, model.pathParams],
      [true, true, ['testInvoke', 'http'], ['id']],
    );
  });

  test('HTTP APIs (and test servers) offer only the real request; HTTP defaults to the $default stage', () => {
    const http = { ...target, apiType: 'HTTP' as const, stages: [], operation: undefined };
    assert.deepEqual(panelModel(http).modes, ['http']);
    assert.equal(initialForm(http).stage, '$default');
    assert.deepEqual(panelModel({ ...target, baseUrl: 'http://127.0.0.1:1' }).modes, ['http']);
    assert.equal(initialForm({ ...http, operationMethod: 'ANY' }).method, 'GET');
  });
});

describe('apigw.testInvoke arguments at their limits', () => {
  const base = { path: '/p', method: 'GET' };
  const check = (over: Record<string, unknown>) => checkInvokeArgs({ ...base, ...over });

  test('the path and the method are required and bounded', () => {
    assert.equal(check({ path: '' }), undefined);
    assert.equal(check({ path: 5 }), undefined);
    assert.equal(check({ path: `/${'a'.repeat(2047)}` })?.path.length, 2048);
    assert.equal(check({ path: `/${'a'.repeat(2048)}` }), undefined);
    assert.equal(check({ method: undefined }), undefined);
    assert.equal(check({ method: '' }), undefined);
    assert.equal(check({ method: 'A'.repeat(32) })?.method, 'A'.repeat(32));
    assert.equal(check({ method: 'A'.repeat(33) }), undefined);
    assert.equal(check({ method: 'xGET' })?.method, 'XGET');
    assert.equal(check({ method: 'GET1' }), undefined);
    assert.equal(checkInvokeArgs('GET /p'), undefined);
    assert.equal(checkInvokeArgs(null), undefined);
  });

  test('a nested testInvokeArgs that is not an object leaves the outer arguments in use', () => {
    assert.deepEqual(checkInvokeArgs({ ...base, testInvokeArgs: 'x' }), base);
    assert.deepEqual(checkInvokeArgs({ ...base, testInvokeArgs: null }), base);
  });

  test('each optional field is kept when well-formed and dropped when not', () => {
    assert.equal(check({ documentUri: 'u'.repeat(4095) })?.documentUri?.length, 4095);
    assert.equal(check({ documentUri: 'u'.repeat(4096) })?.documentUri, undefined);
    assert.equal(check({ documentUri: 5 })?.documentUri, undefined);
    for (const apiType of ['REST', 'HTTP', 'WEBSOCKET']) assert.equal(check({ apiType })?.apiType, apiType);
    assert.equal(check({ api: 'MyApi1' })?.api, 'MyApi1');
    for (const api of ['', 'My-Api', 'a'.repeat(256), 'x\nMyApi', 'MyApi\n', 5])
      assert.equal(check({ api })?.api, undefined);
    assert.equal(check({ api: 'a'.repeat(255) })?.api?.length, 255);
    assert.equal(check({ apiId: 'AbC123' })?.apiId, 'AbC123');
    for (const apiId of ['', 'a'.repeat(65), 'x.y', 'ab\n', '\nab', 5])
      assert.equal(check({ apiId })?.apiId, undefined);
    assert.equal(check({ apiId: 'a'.repeat(64) })?.apiId?.length, 64);
    for (const stage of ['$default', 'prod_1-a', 's'.repeat(128)]) assert.equal(check({ stage })?.stage, stage);
    for (const stage of ['', '$other', 's'.repeat(129), 'a/b', 'x$default', '$defaultx', 'prod\n', 5])
      assert.equal(check({ stage })?.stage, undefined, JSON.stringify(stage));
    assert.equal(check({ baseUrl: 'http://localhost:3000' })?.baseUrl, 'http://localhost:3000');
    for (const baseUrl of ['https://127.0.0.1', 'http://user:pw@127.0.0.1', 'http://:pw@127.0.0.1', 'not a url', 5])
      assert.equal(check({ baseUrl })?.baseUrl, undefined, String(baseUrl));
  });

  test('the panel key: the API, else the test server, else the document', () => {
    assert.equal(panelKey({ method: 'GET', path: '/p' }), '["","GET","/p"]');
    assert.equal(
      panelKey({ baseUrl: 'http://127.0.0.1:1', documentUri: 'd', method: 'GET', path: '/p' }),
      '["http://127.0.0.1:1","GET","/p"]',
    );
    assert.equal(panelKey({ documentUri: 'd', method: 'GET', path: '/p' }), '["d","GET","/p"]');
  });
});
