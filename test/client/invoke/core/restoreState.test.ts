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

describe('restoring a panel: each field of the saved target', () => {
  const wrap = (t: unknown, key: unknown = 'k') => ({ restore: { key, target: t } });
  const minimal = { apiType: 'REST', pathTemplate: '/p', operationMethod: 'GET', region: 'us-east-1', stages: [] };
  const restored = (t: unknown, connection: { endpoint?: string } = {}) =>
    checkRestoreState(wrap(t), connection)?.target;

  test('a minimal target comes back as it was, with no field added', () => {
    assert.deepEqual(restored(minimal), minimal);
    assert.deepEqual(checkRestoreState(wrap(minimal, 'k'.repeat(8192)), {})?.key.length, 8192);
    assert.equal(checkRestoreState(wrap(minimal, 'k'.repeat(8193)), {}), undefined);
    assert.equal(checkRestoreState(wrap(minimal, 5), {}), undefined);
    assert.equal(checkRestoreState({ restore: 'x' }, {}), undefined);
    assert.equal(checkRestoreState('state', {}), undefined);
    assert.equal(checkRestoreState(wrap(null), {}), undefined);
    assert.equal(checkRestoreState(wrap('target'), {}), undefined);
  });

  test('the optional fields come back when present and well-formed', () => {
    const full = {
      ...minimal,
      apiId: 'Ab1',
      apiName: 'n'.repeat(1024),
      baseUrl: 'http://127.0.0.1:9',
      stage: 's'.repeat(128),
      stages: ['a'],
      routeSelectionExpression: 'r'.repeat(1024),
      operation: {
        queryParameters: ['q'],
        headerParameters: ['h'],
        auth: ['JWT', 'COGNITO', 'CUSTOM'],
        exampleBody: '{}',
      },
      local: { documentUri: 'file:///a.yaml', api: 'MyApi' },
    };
    assert.deepEqual(restored(full), full);
    assert.deepEqual(restored({ ...full, operation: { ...full.operation, exampleBody: undefined } })?.operation, {
      queryParameters: ['q'],
      headerParameters: ['h'],
      auth: ['JWT', 'COGNITO', 'CUSTOM'],
    });
    assert.deepEqual(restored({ ...full, local: { documentUri: 'file:///a.yaml' } })?.local, {
      documentUri: 'file:///a.yaml',
    });
    assert.equal(
      restored({ ...minimal, endpoint: 'http://127.0.0.1:5000' }, { endpoint: 'http://127.0.0.1:5000' })?.endpoint,
      'http://127.0.0.1:5000',
    );
    assert.equal(
      restored({ ...minimal, endpoint: null }, { endpoint: '' })?.endpoint,
      undefined,
      'no endpoint either side',
    );
  });

  test('each malformed field refuses the whole target', () => {
    const refusals: [string, Record<string, unknown>][] = [
      ['empty path', { pathTemplate: '' }],
      ['long path', { pathTemplate: `/${'p'.repeat(2048)}` }],
      ['lower-case method', { operationMethod: 'get' }],
      ['long method', { operationMethod: 'G'.repeat(33) }],
      ['method with a space', { operationMethod: 'GET X' }],
      ['region with upper case', { region: 'US-EAST-1' }],
      ['long region', { region: 'r'.repeat(33) }],
      ['region with a newline', { region: 'us-east-1\n' }],
      ['api id with a dot', { apiId: 'a.b' }],
      ['long api id', { apiId: 'a'.repeat(65) }],
      ['api id ending with a newline', { apiId: 'ab\n' }],
      ['https base URL', { baseUrl: 'https://127.0.0.1' }],
      ['long stage', { stage: 's'.repeat(129) }],
      ['stages not a list', { stages: 'prod' }],
      ['too many stages', { stages: Array.from({ length: 101 }, () => 's') }],
      ['a long stage name in the list', { stages: ['s'.repeat(257)] }],
      ['a numeric stage in the list', { stages: [1] }],
      ['long API name', { apiName: 'n'.repeat(1025) }],
      ['long route selection expression', { routeSelectionExpression: 'r'.repeat(1025) }],
      ['operation null', { operation: null }],
      ['operation a string', { operation: 'op' }],
      ['operation without query parameters', { operation: { headerParameters: [], auth: [] } }],
      ['operation without header parameters', { operation: { queryParameters: [], auth: [] } }],
      ['operation auth not a list', { operation: { queryParameters: [], headerParameters: [], auth: 'AWS_IAM' } }],
      [
        'operation body not text',
        { operation: { queryParameters: [], headerParameters: [], auth: [], exampleBody: 1 } },
      ],
      [
        'operation body over 1 MiB',
        {
          operation: { queryParameters: [], headerParameters: [], auth: [], exampleBody: 'b'.repeat(1024 * 1024 + 1) },
        },
      ],
      ['local null', { local: null }],
      ['local a string', { local: 'file:///a' }],
      ['local without a document', { local: { api: 'A' } }],
      ['local with a long document', { local: { documentUri: 'd'.repeat(4097) } }],
      ['local api with a dash', { local: { documentUri: 'd', api: 'My-Api' } }],
      ['local api too long', { local: { documentUri: 'd', api: 'a'.repeat(256) } }],
      ['local api with a newline', { local: { documentUri: 'd', api: 'Api\n' } }],
    ];
    for (const [name, change] of refusals) assert.equal(restored({ ...minimal, ...change }), undefined, name);
    assert.equal(
      restored({ ...minimal, stages: Array.from({ length: 100 }, () => 's'.repeat(256)) })?.stages.length,
      100,
    );
    assert.equal(
      restored({
        ...minimal,
        operation: { queryParameters: [], headerParameters: [], auth: [], exampleBody: 'b'.repeat(1024 * 1024) },
      })?.operation?.exampleBody?.length,
      1024 * 1024,
    );
    assert.equal(
      restored({ ...minimal, local: { documentUri: 'd'.repeat(4096), api: 'a'.repeat(255) } })?.local?.api?.length,
      255,
    );
  });
});
