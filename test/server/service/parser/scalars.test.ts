// What an unquoted YAML value is (YAML 1.2's core schema, as the full parser reads it): the type a rule sees decides
// whether `timeoutInMillis: 29000` is a number and `enabled: yes` a string. The shortcut for values that can only
// be strings must never answer for one that is not.
import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import { isSurelyString, plainScalar } from '../../../../server/src/service/parser/scalars';

const typed = (raw: string) => {
  const node = plainScalar(raw, 7, raw.length, undefined);
  assert.equal(node.offset, 7);
  assert.equal(node.length, raw.length);
  return [node.type, (node as { value: unknown }).value];
};

describe('plainScalar', () => {
  test('null, booleans, integers and floats', () => {
    assert.deepEqual(typed('null'), ['null', null]);
    assert.deepEqual(typed('~'), ['null', null]);
    assert.deepEqual(typed('true'), ['boolean', true]);
    assert.deepEqual(typed('False'), ['boolean', false]);
    assert.deepEqual(typed('29000'), ['number', 29000]);
    assert.deepEqual(typed('-3'), ['number', -3]);
    assert.deepEqual(typed('0x1F'), ['number', 31]);
    assert.deepEqual(typed('0o17'), ['number', 15]);
    assert.deepEqual(typed('1.5'), ['number', 1.5]);
    assert.deepEqual(typed('1e3'), ['number', 1000]);
    assert.deepEqual(typed('.inf'), ['number', Infinity]);
    assert.deepEqual(typed('-.Inf'), ['number', -Infinity]);
    assert.ok(Number.isNaN(typed('.nan')[1]));
  });

  test('numbers keep their text, for rules that quote what was written', () => {
    assert.equal((plainScalar('0x1F', 0, 4, undefined) as { raw?: string }).raw, '0x1F');
    assert.equal((plainScalar('1.50', 0, 4, undefined) as { raw?: string }).raw, '1.50');
  });

  test('everything else is a string, including YAML 1.1 booleans and versions', () => {
    for (const raw of [
      'yes',
      'no',
      'on',
      'off',
      'y',
      'n',
      'hello',
      '3.0.1',
      '2001-12-14',
      '-x',
      '+',
      '.',
      'GET',
      '/pets',
      '$ref',
      '#/a',
      'x-amazon',
    ])
      assert.deepEqual(typed(raw), ['string', raw], raw);
    const node = plainScalar('hello', 0, 5, undefined) as { quoted?: boolean };
    assert.equal(node.quoted, false);
    assert.equal((plainScalar('3.0.1', 0, 5, undefined) as { quoted?: boolean }).quoted, false);
  });
});

describe('isSurelyString', () => {
  test('a letter or symbol first is a string, unless the word is a YAML keyword', () => {
    for (const raw of ['hello', 'GET', '/pets', '$ref', '#x', '_a', 'Yesterday', 'nothing', 'true1', '{x', '!x', ':x'])
      assert.equal(isSurelyString(raw), true, raw);
    for (const raw of [
      'true',
      'FALSE',
      'null',
      'Yes',
      'no',
      'ON',
      'off',
      'y',
      'N',
      '12',
      '-1',
      '+1',
      '.5',
      '~',
      '.inf',
      '.NaN',
      '',
      ' x',
    ])
      assert.equal(isSurelyString(raw), false, raw);
  });
});
