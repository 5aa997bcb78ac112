// The local gateway's `$ref` pointers: escapes decoded, `~1`/`~0` read as JSON Pointer says, a broken escape kept.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { resolveRef } from '../../../../server/src/gateway/load/refs';

test('a pointer finds its target through escapes, and through a name with a broken escape as written', () => {
  const root = { a: { 'b c': 1, 'x/y': 2, '100%': 3 } };
  assert.equal(resolveRef(root, { $ref: '#/a/b%20c' }), 1);
  assert.equal(resolveRef(root, { $ref: '#/a/x~1y' }), 2);
  // It threw (URIError), and the gateway could not load the definition.
  assert.equal(resolveRef(root, { $ref: '#/a/100%' }), 3);
  assert.equal(resolveRef(root, { $ref: '#/a/nothing' }), undefined);
});
