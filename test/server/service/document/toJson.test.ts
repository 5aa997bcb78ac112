// The plain value of a parsed node, as the schema validators read it: objects, arrays and scalars as JSON has them,
// a missing value as null, and a value deeper than 500 levels cut to null rather than overflowing the stack.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parse } from '../../../../server/src/service/parser/parse';
import { toJson } from '../../../../server/src/service/document/toJson';
import type { AstNode } from '../../../../server/src/service/parser/ast';

test('a document becomes its JSON value', () => {
  const text = 'a: 1\nb: [x, true, null, 1.5]\nc: {d: {e: "f"}}\ng:\n';
  assert.deepEqual(toJson(parse(text, 'yaml').root), {
    a: 1,
    b: ['x', true, null, 1.5],
    c: { d: { e: 'f' } },
    g: null,
  });
  assert.equal(toJson(undefined), null);
});

test('nesting is followed to 500 levels and cut below', () => {
  // Built by hand: the parsers themselves stop far earlier (the JSON paths at 350 and 400 levels).
  const nested = (levels: number): AstNode => {
    let node = { type: 'number', value: 1 } as unknown as AstNode;
    for (let i = 0; i < levels; i++) node = { type: 'array', items: [node] } as unknown as AstNode;
    return node;
  };
  const depthOf = (value: unknown) => {
    let d = 0;
    while (Array.isArray(value)) {
      value = value[0];
      d++;
    }
    return { d, leaf: value };
  };
  assert.deepEqual(depthOf(toJson(nested(500))), { d: 500, leaf: 1 });
  // One level more: the innermost value stands at depth 501, which is cut to null.
  assert.deepEqual(depthOf(toJson(nested(501))), { d: 501, leaf: null });
});
