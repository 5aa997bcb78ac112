// The depth guard in front of the JSON parsers: it finds the bracket that opens one level too many, so a
// hostile or broken file is refused instead of overflowing the stack, and brackets inside strings or comments
// never count.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { offsetBeyondDepth } from '../../../../server/src/service/parser/jsonNesting';

test('the bracket that opens level max+1, or -1 within the limit', () => {
  assert.equal(offsetBeyondDepth('[[[1]]]', 3), -1);
  assert.equal(offsetBeyondDepth('[[[1]]]', 2), 2);
  assert.equal(offsetBeyondDepth('{"a": [{"b": 1}]}', 2), 7);
  assert.equal(offsetBeyondDepth('[] [] [[]]', 1), 7);
  assert.equal(offsetBeyondDepth('', 0), -1);
  assert.equal(offsetBeyondDepth('[', 0), 0);
});

test('closing brackets bring the depth back, never below zero', () => {
  assert.equal(offsetBeyondDepth('[[]] [[]]', 2), -1);
  assert.equal(offsetBeyondDepth(']]] [[', 1), 5);
  assert.equal(offsetBeyondDepth('{}}{[', 1), 4);
});

test('brackets in strings, escaped quotes and comments do not count', () => {
  assert.equal(offsetBeyondDepth('["[[[[", "\\"[[["]', 1), -1);
  assert.equal(offsetBeyondDepth('["\\\\", [1]]', 1), 7);
  assert.equal(offsetBeyondDepth('[// [[[\n1]', 1), -1);
  assert.equal(offsetBeyondDepth('[/* [[[ */ 1]', 1), -1);
  assert.equal(offsetBeyondDepth('[/* [[[ */ [1]]', 1), 11);
  assert.equal(offsetBeyondDepth('[/* unterminated [[[', 1), -1);
  assert.equal(offsetBeyondDepth('[1 / [2]]', 1), 5);
  // An unterminated string ends at the line end, as the JSON scanner reads it.
  assert.equal(offsetBeyondDepth('["open\n[[', 2), 8);
  assert.equal(offsetBeyondDepth('["open\r[[', 2), 8);
});
