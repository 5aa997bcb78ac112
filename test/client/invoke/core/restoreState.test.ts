import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { checkRestoreState } from '../../../../client/src/invoke/core/restoreState';
import { panelModel, type InvokeTarget } from '../../../../client/src/invoke/core/target';
import { modeNotes, unsupportedByEmulator } from '../../../../client/src/invoke/core/modeNotes';

/** The state a page keeps for the WebviewPanelSerializer, checked on the way back; and the mode advice. */

const target: InvokeTarget = {
  apiType: 'WEBSOCKET',
  pathTemplate: 'sendMessage',
  operationMethod: 'ANY',
  apiId: 'ws1',
  region: 'eu-west-1',
  stages: ['prod'],
  stage: 'prod',
  routeSelectionExpression: '$request.body.action',
  operation: { queryParameters: ['token'], headerParameters: [], auth: ['AWS_IAM'] },
  local: { documentUri: 'file:///w/ws.yaml' },
};

describe('restoring a panel after a reload', () => {
  test('the state the page saves round-trips through JSON and the check', () => {
    const model = { ...panelModel(target), restore: { key: '["ws1","ANY","sendMessage"]', target } };
    const state = JSON.parse(JSON.stringify({ form: model.form, restore: model.restore }));
    assert.deepEqual(checkRestoreState(state, {}), { key: '["ws1","ANY","sendMessage"]', target });
  });

  test('targets that point elsewhere or are malformed are not restored', () => {
    const wrap = (t: unknown) => ({ restore: { key: 'k', target: t } });
    assert.equal(checkRestoreState(undefined, {}), undefined);
    assert.equal(checkRestoreState({ form: {} }, {}), undefined, 'an older page without restore');
    assert.equal(
      checkRestoreState(wrap({ ...target, endpoint: 'http://evil.example' }), {}),
      undefined,
      'another endpoint than the connection',
    );
    assert.equal(
      checkRestoreState(wrap({ ...target, endpoint: 'http://127.0.0.1:5000' }), { endpoint: 'http://127.0.0.1:5000' })
        ?.target.endpoint,
      'http://127.0.0.1:5000',
    );
    assert.equal(
      checkRestoreState(wrap({ ...target, baseUrl: 'http://example.com' }), {}),
      undefined,
      'test base URLs are loopback only',
    );
    assert.equal(checkRestoreState(wrap({ ...target, apiId: '../x' }), {}), undefined);
    assert.equal(checkRestoreState(wrap({ ...target, apiType: 'SOAP' }), {}), undefined);
    assert.equal(
      checkRestoreState(wrap({ ...target, operation: { ...target.operation, auth: ['ROOT'] } }), {}),
      undefined,
    );
  });
});

describe('mode advice', () => {
  const rest: InvokeTarget = {
    apiType: 'REST',
    pathTemplate: '/p',
    operationMethod: 'GET',
    apiId: 'a1',
    region: 'us-east-1',
    stages: [],
  };
  test('against AWS nothing is said for REST; HTTP APIs are told there is no TestInvokeMethod', () => {
    assert.deepEqual(modeNotes(rest), {});
    assert.match(modeNotes({ ...rest, apiType: 'HTTP' }).http ?? '', /HTTP APIs have no TestInvokeMethod/);
  });
  test('an emulator: said for both modes, with the local gateway offered when the definition is at hand', () => {
    const notes = modeNotes({ ...rest, endpoint: 'http://127.0.0.1:5000', local: { documentUri: 'file:///a.yaml' } });
    assert.match(notes.testInvoke ?? '', /does not implement TestInvokeMethod.*Local gateway/);
    assert.match(notes.http ?? '', /no data plane.*NoSuchBucket.*Local gateway/);
    assert.equal(notes.local, undefined);
  });
  test("the emulator's own answers become that advice", () => {
    const emu = { ...rest, endpoint: 'http://127.0.0.1:5000' };
    assert.match(
      unsupportedByEmulator(emu, 'testInvoke', { status: 500, name: 'InternalFailure' }) ?? '',
      /does not implement TestInvokeMethod/,
    );
    assert.match(
      unsupportedByEmulator(emu, 'http', { status: 404, body: '<Error><Code>NoSuchBucket</Code></Error>' }) ?? '',
      /answered as S3/,
    );
    assert.equal(
      unsupportedByEmulator(emu, 'http', { status: 404, body: '{"message":"Not Found"}' }),
      undefined,
      "the API's own 404 stays",
    );
    assert.equal(unsupportedByEmulator(rest, 'testInvoke', { status: 500 }), undefined, 'AWS itself: shown as it is');
  });
});
