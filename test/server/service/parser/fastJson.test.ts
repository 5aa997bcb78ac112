// The fast JSON path builds exactly jsonc-parser's tree (keys, values, spans, the written text of numbers) for every
// construct of plain JSON, and gives up on anything else, which the full path then reads and reports.
import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import { parseJsonFast } from '../../../../server/src/service/parser/fastJson';
import { parseJsonFull } from '../../../../server/src/service/parser/jsonParser';
import { treeDump } from '../../../support/treeShape';

function assertFastAgrees(text: string): void {
  const quick = parseJsonFast(text);
  assert.ok(quick, `the fast path gave up on ${JSON.stringify(text)}`);
  const full = parseJsonFull(text, false);
  assert.deepEqual(full.problems, [], `valid: ${text}`);
  assert.deepEqual(treeDump(quick.root), treeDump(full.root), text);
  assert.deepEqual(quick.problems, []);
}

describe('the fast JSON path', () => {
  test('agrees with jsonc-parser on every construct of plain JSON', () => {
    for (const text of [
      '{}',
      '[]',
      '{"a": 1}',
      ' \n\t{ "a" : 1 , "b":[ ] }\r\n ',
      '{"a": {"b": {"c": [1, [2, [3]]]}}}',
      '[1, -1, 0, -0, 1.5, -0.25, 1e3, 1E-3, 2.5e+10, 123456789012]',
      '[true, false, null]',
      '["", "text", "with space", "\\"quoted\\"", "\\\\", "\\/", "\\b\\f\\n\\r\\t", "\\u00e9\\u0041", "é unicode"]',
      '{"$ref": "#/components/schemas/S"}',
      '{"a": 1, "a": 2}',
      '{"key with \\"escape\\"": 1}',
      '"just a string"',
      '42',
      'null',
    ])
      assertFastAgrees(text);
  });

  test('collects the $ref values it meets', () => {
    const result = parseJsonFast('{"a": {"$ref": "#/x"}, "b": [{"$ref": "other.json"}], "c": {"$ref": 1}}');
    assert.deepEqual(
      result?.refs?.map((r) => (r as { value: unknown }).value),
      ['#/x', 'other.json', 1],
    );
  });

  test('gives up on comments, trailing commas, errors, empty text and deep nesting', () => {
    for (const text of [
      '',
      '   ',
      '{"a": 1,}',
      '[1, 2,]',
      '{"a": 1} // c',
      '{/* c */}',
      '{"a" 1}',
      '{"a": }',
      '{a: 1}',
      "{'a': 1}",
      '[01]',
      '[1.]',
      '[.5]',
      '[+1]',
      '[-]',
      '[1e]',
      '["unterminated]',
      '["tab\there"]',
      '["bad \\x escape"]',
      '[tru]',
      '[nul]',
      '{"a": 1} {"b": 2}',
      '{"a": 1}}',
      '[1 2]',
      '{"a": 1 "b": 2}',
      `${'['.repeat(351)}${']'.repeat(351)}`,
    ])
      assert.equal(parseJsonFast(text), undefined, JSON.stringify(text.slice(0, 40)));
    assertFastAgrees(`${'['.repeat(300)}${']'.repeat(300)}`);
  });
});

describe('the fast JSON path at its edges', () => {
  test('builds the full path’s tree object for object, not only in the same shape', () => {
    const text = '{"a": {"b": [1, "x", true, null]}, "c": {}}';
    const quick = parseJsonFast(text);
    assert.ok(quick);
    assert.deepEqual(quick.root, parseJsonFull(text, false).root);
  });

  test('gives up on separators it does not know and on words that only start like a literal', () => {
    for (const text of ['{a": 1}', '{"a"; 1}', '{"a": 1;"b": 2}', '[1;2]', '[trux]', '[falsy]', '[nulx]'])
      assert.equal(parseJsonFast(text), undefined, text);
  });

  test('reads objects 350 levels deep and gives up at 351; depth is counted down again on the way out', () => {
    const objects = (levels: number) => `${'{"a": '.repeat(levels)}1${'}'.repeat(levels)}`;
    assertFastAgrees(objects(350));
    assert.equal(parseJsonFast(objects(351)), undefined);
    assertFastAgrees(`${'['.repeat(350)}${']'.repeat(350)}`);
    // Many containers side by side are no deeper than one.
    assertFastAgrees(`[${Array(400).fill('{}').join(', ')}]`);
    assertFastAgrees(`[${Array(400).fill('[]').join(', ')}]`);
  });
});
