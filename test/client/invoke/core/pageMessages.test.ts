import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { checkPageMessage, limits } from '../../../../client/src/invoke/core/pageMessages';

const form = {
  method: 'POST',
  stage: 'prod',
  mode: 'http',
  pathParams: { id: '1' },
  query: [['q', '1']],
  headers: [['x', 'y']],
  body: '{}',
  stageVariables: [],
  sign: false,
  apiKey: '',
};

describe('messages from the page', () => {
  test('accepts the known messages and rebuilds them from known fields only', () => {
    assert.deepEqual(checkPageMessage({ type: 'ready', extra: 1 }), { ok: true, value: { type: 'ready' } });
    const sent = checkPageMessage({ type: 'send', form: { ...form, openUrl: 'https://evil.example' } });
    assert.ok(sent.ok);
    assert.deepEqual(sent.value, { type: 'send', form });
    assert.ok(checkPageMessage({ type: 'rendered', summary: '200 OK', body: 'x' }).ok);
  });

  const malformed: [string, unknown][] = [
    ['null', null],
    ['a string', 'send'],
    ['no type', { form }],
    ['an unknown type', { type: 'openExternal', url: 'https://evil.example' }],
    ['send without a form', { type: 'send' }],
    ['a bad method', { type: 'send', form: { ...form, method: 'TRACE' } }],
    ['a bad mode', { type: 'send', form: { ...form, mode: 'shell' } }],
    ['a non-boolean sign', { type: 'send', form: { ...form, sign: 'yes' } }],
    ['a numeric path parameter', { type: 'send', form: { ...form, pathParams: { id: 1 } } }],
    ['path parameters as a list', { type: 'send', form: { ...form, pathParams: ['1'] } }],
    ['a header row of three', { type: 'copyCurl', form: { ...form, headers: [['a', 'b', 'c']] } }],
    ['a header value that is an object', { type: 'send', form: { ...form, headers: [['a', { toString: 1 }]] } }],
    [
      'too many query rows',
      { type: 'send', form: { ...form, query: Array.from({ length: limits.rows + 1 }, () => ['a', 'b']) } },
    ],
    ['a body over 1 MiB', { type: 'send', form: { ...form, body: 'x'.repeat(limits.body + 1) } }],
    ['a stage over 128 characters', { type: 'send', form: { ...form, stage: 's'.repeat(129) } }],
    ['rendered without text', { type: 'rendered', summary: 5, body: '' }],
  ];
  for (const [name, message] of malformed) {
    test(`rejects ${name}`, () => {
      const checked = checkPageMessage(message);
      assert.equal(checked.ok, false);
      assert.ok(!checked.ok && checked.error.length > 0);
    });
  }
});

describe('messages from the page: each kind at its limits', () => {
  const ok = (message: unknown) => {
    const checked = checkPageMessage(message);
    assert.ok(checked.ok, `accepted: ${JSON.stringify(message).slice(0, 80)}`);
    return checked.value;
  };
  const refused = (message: unknown, error: RegExp) => {
    const checked = checkPageMessage(message);
    assert.equal(checked.ok, false, `refused: ${String(JSON.stringify(message)).slice(0, 80)}`);
    assert.match(!checked.ok ? checked.error : '', error);
  };

  test('the messages without fields keep their own type', () => {
    for (const type of ['ready', 'cancel', 'clearHistory', 'runLocal'])
      assert.deepEqual(checkPageMessage({ type, form }), { ok: true, value: { type } });
    assert.deepEqual(ok({ type: 'copyCurl', form }), { type: 'copyCurl', form });
    assert.deepEqual(ok({ type: 'wsConnect', form }), { type: 'wsConnect', form });
    refused({ type: 'wsConnect', form: { ...form, method: 'TRACE' } }, /form\.method/);
    refused(undefined, /string "type"/);
    refused({ type: 7 }, /string "type"/);
    refused({ type: `x${'y'.repeat(100)}` }, new RegExp(`^unknown message type "x${'y'.repeat(39)}"$`));
  });

  test('"rendered" keeps its log only when there is one, and bounds each text', () => {
    assert.deepEqual(ok({ type: 'rendered', summary: 's', body: 'b', extra: 1 }), {
      type: 'rendered',
      summary: 's',
      body: 'b',
    });
    assert.deepEqual(ok({ type: 'rendered', summary: 's', body: 'b', log: 'l' }), {
      type: 'rendered',
      summary: 's',
      body: 'b',
      log: 'l',
    });
    ok({ type: 'rendered', summary: 's'.repeat(limits.text), body: 'b'.repeat(limits.body) });
    refused({ type: 'rendered', summary: 's'.repeat(limits.text + 1), body: '' }, /needs text "summary" and "body"/);
    refused({ type: 'rendered', summary: '', body: 'b'.repeat(limits.body + 1) }, /needs text/);
    refused({ type: 'rendered', summary: '', body: '', log: 5 }, /"rendered\.log" must be text/);
    refused({ type: 'rendered', summary: '', body: '', log: 'l'.repeat(limits.body + 1) }, /rendered\.log/);
  });

  test('"wsSend" carries text of at most 1 MiB', () => {
    assert.deepEqual(ok({ type: 'wsSend', text: 'hi', extra: 1 }), { type: 'wsSend', text: 'hi' });
    ok({ type: 'wsSend', text: 'x'.repeat(limits.body) });
    refused({ type: 'wsSend', text: 'x'.repeat(limits.body + 1) }, /"wsSend\.text" must be text of at most 1 MiB/);
    refused({ type: 'wsSend' }, /wsSend\.text/);
  });

  test('"openTrace" takes an X-Ray trace id and nothing else', () => {
    const traceId = '1-5759e988-bd862e3fe1be46a994272793';
    assert.deepEqual(ok({ type: 'openTrace', traceId, url: 'x' }), { type: 'openTrace', traceId });
    for (const bad of [`${traceId}x`, `x${traceId}`, '1-5759e988-BD862E3FE1BE46A994272793', 42])
      refused({ type: 'openTrace', traceId: bad }, /openTrace needs an X-Ray trace id/);
  });

  test('"wsClose" takes the codes a client may send (1000, 3000-4999) and a reason of at most 123 characters', () => {
    for (const code of [1000, 3000, 4999])
      assert.deepEqual(ok({ type: 'wsClose', code, reason: 'bye' }), { type: 'wsClose', code, reason: 'bye' });
    for (const code of [999, 1001, 1006, 2999, 5000, 3000.5, '1000'])
      refused({ type: 'wsClose', code, reason: '' }, /"wsClose\.code" must be 1000 or 3000-4999/);
    ok({ type: 'wsClose', code: 1000, reason: 'r'.repeat(123) });
    refused({ type: 'wsClose', code: 1000, reason: 'r'.repeat(124) }, /"wsClose\.reason" must be text of at most 123/);
    refused({ type: 'wsClose', code: 1000 }, /wsClose\.reason/);
  });

  test('"connections" takes POST, GET or DELETE on a connection id and stage of at most 128 characters', () => {
    const message = { type: 'connections', connectionId: 'L0SM9cOFvHcCIhw=', stage: 'prod', message: '{}' };
    for (const action of ['POST', 'GET', 'DELETE'])
      assert.deepEqual(ok({ ...message, action, extra: 1 }), { ...message, action });
    for (const action of ['PUT', 'post', undefined])
      refused({ ...message, action }, /"connections\.action" must be POST, GET or DELETE/);
    ok({ ...message, action: 'GET', connectionId: 'c'.repeat(128), stage: 's'.repeat(128) });
    const needs = /"connections" needs text "connectionId", "stage" and "message"/;
    refused({ ...message, action: 'GET', connectionId: 'c'.repeat(129) }, needs);
    refused({ ...message, action: 'GET', stage: 's'.repeat(129) }, needs);
    refused({ ...message, action: 'POST', message: 'm'.repeat(limits.body + 1) }, needs);
    refused({ ...message, action: 'POST', message: undefined }, needs);
  });
});

describe('the form from the page', () => {
  const send = (changes: Record<string, unknown>) => checkPageMessage({ type: 'send', form: { ...form, ...changes } });
  const error = (changes: Record<string, unknown>) => {
    const checked = send(changes);
    return checked.ok ? 'accepted' : checked.error;
  };

  test('every HTTP method and mode the panel offers is accepted', () => {
    for (const method of ['GET', 'POST', 'PUT', 'PATCH', 'DELETE', 'HEAD', 'OPTIONS'])
      assert.equal(error({ method }), 'accepted', method);
    for (const mode of ['http', 'testInvoke', 'local']) assert.equal(error({ mode }), 'accepted', mode);
  });

  test('each field is bounded, and the error names it', () => {
    assert.equal(error({ method: 5 }), '"form.method" must be an HTTP method');
    assert.equal(error({ stage: 's'.repeat(128) }), 'accepted');
    assert.equal(error({ stage: 's'.repeat(129) }), '"form.stage" must be text of at most 128 characters');
    assert.equal(error({ mode: 'shell' }), '"form.mode" must be "http", "testInvoke" or "local"');
    assert.equal(error({ body: 'x'.repeat(limits.body) }), 'accepted');
    assert.equal(error({ body: 'x'.repeat(limits.body + 1) }), '"form.body" must be text of at most 1 MiB');
    assert.equal(error({ apiKey: 'k'.repeat(limits.text) }), 'accepted');
    assert.equal(error({ apiKey: 'k'.repeat(limits.text + 1) }), '"form.apiKey" must be text');
    assert.equal(error({ sign: 1 }), '"form.sign" must be true or false');
    assert.equal(error({ pathParams: null }), '"form.pathParams" must map names to text');
    assert.equal(error({ pathParams: 'id=1' }), '"form.pathParams" must map names to text');
    for (const key of ['query', 'headers', 'stageVariables'])
      assert.equal(error({ [key]: 'a=b' }), `"form.${key}" must be a list of [name, value] text pairs`, key);
    assert.equal(error({ form: undefined }), 'accepted');
    assert.deepEqual(checkPageMessage({ type: 'send', form: 'x' }), { ok: false, error: '"form" must be an object' });
  });

  test('rows and path parameters at their limits', () => {
    const rows = (n: number, name = 'a', value = 'b') => Array.from({ length: n }, () => [name, value]);
    assert.equal(error({ headers: rows(limits.rows) }), 'accepted');
    assert.notEqual(error({ stageVariables: rows(limits.rows + 1) }), 'accepted');
    assert.equal(error({ query: rows(1, 'n'.repeat(limits.name), 'v'.repeat(limits.text)) }), 'accepted');
    assert.notEqual(error({ query: rows(1, 'n'.repeat(limits.name + 1)) }), 'accepted');
    assert.notEqual(error({ query: rows(1, 'n', 'v'.repeat(limits.text + 1)) }), 'accepted');
    assert.notEqual(error({ query: [['a']] }), 'accepted');
    assert.notEqual(error({ query: ['ab'] }), 'accepted');
    assert.notEqual(error({ query: [[1, 'b']] }), 'accepted');
    const params = (n: number) => Object.fromEntries(Array.from({ length: n }, (_, i) => [`p${i}`, 'v']));
    assert.equal(error({ pathParams: params(limits.rows) }), 'accepted');
    assert.notEqual(error({ pathParams: params(limits.rows + 1) }), 'accepted');
    assert.equal(error({ pathParams: { ['n'.repeat(limits.name)]: 'v'.repeat(limits.text) } }), 'accepted');
    assert.notEqual(error({ pathParams: { ['n'.repeat(limits.name + 1)]: 'v' } }), 'accepted');
    assert.notEqual(error({ pathParams: { id: 'v'.repeat(limits.text + 1) } }), 'accepted');
  });

  test('path parameters come back as a plain object (no prototype tricks)', () => {
    const checked = send({ pathParams: JSON.parse('{"__proto__": "x", "id": "1"}') });
    assert.ok(checked.ok && checked.value.type === 'send');
    const params = checked.ok && checked.value.type === 'send' ? checked.value.form.pathParams : {};
    assert.equal(Object.getPrototypeOf(params), Object.prototype);
    assert.equal(params.id, '1');
  });
});
