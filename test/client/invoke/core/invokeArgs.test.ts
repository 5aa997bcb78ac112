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
