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

test('a comment starts at its first slash and ends where it ends, no earlier and no later', () => {
  // A line comment runs to the end of its line only: the brackets on the next line count.
  assert.equal(offsetBeyondDepth('[// x\n[[1]]]', 1), 6);
  // A line comment on the last line, without a line break after it.
  assert.equal(offsetBeyondDepth('[[1]] // [[[', 2), -1);
  // A star after anything but a slash opens no comment.
  assert.equal(offsetBeyondDepth('[[*]]', 1), 1);
  // The slash that closes a block comment opens nothing with the slash after it.
  assert.equal(offsetBeyondDepth('[/**//[1]]', 1), 6);
  // The star that opens a block comment does not close it: `/*/` is still open.
  assert.equal(offsetBeyondDepth('[/*/ [[ */]', 1), -1);
  // After `*/` the scan goes on from the next character: `*/*` does not open a second comment.
  assert.equal(offsetBeyondDepth('[/**/* [[ */]', 1), 7);
});
