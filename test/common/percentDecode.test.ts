/** Percent-decoding that keeps a text with a broken escape as written instead of throwing. */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { decodePercentOrKeep } from '../../common/percentDecode';

test('escapes are decoded; a text with a broken one is kept whole, as written', () => {
  assert.equal(decodePercentOrKeep('a%20b%2Fc'), 'a b/c');
  assert.equal(decodePercentOrKeep('100%'), '100%');
  assert.equal(decodePercentOrKeep('50%zz%20'), '50%zz%20');
  assert.equal(decodePercentOrKeep(''), '');
});
