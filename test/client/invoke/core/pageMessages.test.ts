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
