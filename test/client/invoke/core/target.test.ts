import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import {
  availableModes,
  initialForm,
  panelModel,
  urlPrefix,
  type InvokeTarget,
} from '../../../../client/src/invoke/core/target';

/** What the panel shows for a target: its title, where requests go, the modes and the form it starts with. */

const rest: InvokeTarget = {
  apiType: 'REST',
  pathTemplate: '/pets/{id}',
  operationMethod: 'GET',
  apiId: 'abc123',
  region: 'eu-west-1',
  stages: ['prod'],
};

describe('where requests go (shown above the form)', () => {
  test('AWS, China regions, an emulator endpoint and a test server', () => {
    assert.equal(urlPrefix(rest), 'https://abc123.execute-api.eu-west-1.amazonaws.com');
    assert.equal(
      urlPrefix({ ...rest, region: 'cn-north-1' }),
      'https://abc123.execute-api.cn-north-1.amazonaws.com.cn',
    );
    assert.equal(urlPrefix({ ...rest, apiId: undefined }), 'https://{api-id}.execute-api.eu-west-1.amazonaws.com');
    assert.equal(
      urlPrefix({ ...rest, endpoint: 'http://127.0.0.1:4566//' }),
      'http://127.0.0.1:4566/_aws/execute-api/abc123',
    );
    assert.equal(urlPrefix({ ...rest, apiId: undefined, endpoint: 'http://e' }), 'http://e/_aws/execute-api/{api-id}');
    assert.equal(
      urlPrefix({ ...rest, baseUrl: 'http://127.0.0.1:8080//', endpoint: 'http://e' }),
      'http://127.0.0.1:8080',
    );
  });

  test('WebSocket APIs: wss:// on AWS, ws:// on a test server', () => {
    const ws = { ...rest, apiType: 'WEBSOCKET' as const, pathTemplate: '$connect' };
    assert.equal(urlPrefix(ws), 'wss://abc123.execute-api.eu-west-1.amazonaws.com');
    assert.equal(
      urlPrefix({ ...ws, region: 'cn-northwest-1' }),
      'wss://abc123.execute-api.cn-northwest-1.amazonaws.com.cn',
    );
    assert.equal(urlPrefix({ ...ws, apiId: undefined }), 'wss://{api-id}.execute-api.eu-west-1.amazonaws.com');
    assert.equal(urlPrefix({ ...ws, baseUrl: 'http://127.0.0.1:9/' }), 'ws://127.0.0.1:9');
    assert.equal(urlPrefix({ ...ws, endpoint: 'http://e' }), 'wss://abc123.execute-api.eu-west-1.amazonaws.com');
  });
});

describe('modes', () => {
  test('without an API or a definition there is still the real request', () => {
    assert.deepEqual(availableModes({ ...rest, apiId: undefined }), ['http']);
    assert.deepEqual(availableModes({ ...rest, apiId: undefined, baseUrl: 'http://127.0.0.1:1' }), ['http']);
    assert.deepEqual(availableModes({ ...rest, baseUrl: 'http://127.0.0.1:1', local: { documentUri: 'file:///a' } }), [
      'local',
      'http',
    ]);
  });
});

describe('the panel model', () => {
  test('title, URL, stages and what the operation needs', () => {
    const model = panelModel({
      ...rest,
      apiName: 'Pets',
      operation: { queryParameters: [], headerParameters: [], auth: ['API_KEY'] },
    });
    assert.equal(model.title, 'GET /pets/{id} — Pets');
    assert.equal(model.apiType, 'REST');
    assert.equal(model.operationMethod, 'GET');
    assert.equal(model.pathTemplate, '/pets/{id}');
    assert.equal(model.baseUrl, 'https://abc123.execute-api.eu-west-1.amazonaws.com');
    assert.deepEqual(model.stages, ['prod']);
    assert.deepEqual([model.needsApiKey, model.needsIam, model.canRunLocal], [true, false, false]);
    assert.deepEqual(model.modeNotes, {});
    assert.equal('note' in model, false);
    assert.equal(panelModel(rest).title, 'GET /pets/{id}');
    assert.deepEqual([panelModel(rest).needsApiKey, panelModel(rest).needsIam], [false, false]);
    assert.equal(panelModel(rest, initialForm(rest), 'Restored after a reload.').note, 'Restored after a reload.');
  });

  test('WebSocket routes are titled as routes and never run locally', () => {
    const ws = {
      ...rest,
      apiType: 'WEBSOCKET' as const,
      pathTemplate: 'sendMessage',
      local: { documentUri: 'file:///a' },
    };
    const model = panelModel(ws);
    assert.equal(model.title, 'WebSocket route sendMessage');
    assert.equal(model.canRunLocal, false);
    assert.equal(model.form.body, '{"action":"sendMessage"}');
    assert.equal(
      initialForm({ ...ws, routeSelectionExpression: '$request.body.op.name' }).body,
      '{"op":{"name":"sendMessage"}}',
    );
  });

  test('the form starts from the chosen stage, else the first, else none (REST) or $default (HTTP)', () => {
    assert.equal(initialForm({ ...rest, stages: ['a', 'b'], stage: 'b' }).stage, 'b');
    assert.equal(initialForm({ ...rest, stages: ['a', 'b'] }).stage, 'a');
    assert.equal(initialForm({ ...rest, stages: [] }).stage, '');
    assert.equal(initialForm({ ...rest, apiType: 'HTTP', stages: [] }).stage, '$default');
    const form = initialForm(rest);
    assert.deepEqual(
      [form.query, form.headers, form.body, form.stageVariables, form.sign, form.apiKey],
      [[], [], '', [], false, ''],
      'an operation the definition says nothing about',
    );
  });
});
