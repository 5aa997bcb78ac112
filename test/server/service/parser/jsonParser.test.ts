// The full JSON path (comments, errors, recovery) as the user meets it: the problems it reports, worded and placed,
// what it still reads from a broken file, and the refusal of nesting too deep to check; and the choice of parser by
// language id or, for an unknown one, by the first character.
import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import { parseJsonFull } from '../../../../server/src/service/parser/jsonParser';
import { parse, syntaxOf } from '../../../../server/src/service/parser/parse';
import { treeDump } from '../../../support/treeShape';

describe('parseJsonFull', () => {
  test('problems are worded from the scanner code and placed where they are', () => {
    const text = '{"a": 1,, "b": }';
    const result = parseJsonFull(text, false);
    assert.deepEqual(
      result.problems.map((p) => [p.message, p.offset, p.length]),
      [
        ['Property name expected', 8, 1],
        ['Value expected', 8, 1],
        ['Value expected', 15, 1],
      ],
    );
    // What can be read is still read.
    assert.deepEqual(
      (result.root as { properties: { key: { value: string } }[] }).properties.map((p) => p.key.value),
      ['a', 'b'],
    );
  });

  test('comments are problems in JSON and fine in JSON with comments; trailing commas are problems in both', () => {
    const commented = '{\n  // why\n  "a": 1\n}';
    assert.deepEqual(parseJsonFull(commented, true).problems, []);
    assert.deepEqual(
      parseJsonFull(commented, false).problems.map((p) => p.message),
      ['Invalid comment token'],
    );
    assert.deepEqual(
      parseJsonFull('{"a": 1,}', true).problems.map((p) => p.message),
      ['Property name expected', 'Value expected'],
    );
    assert.deepEqual(parseJsonFull('', false), { root: undefined, problems: [] });
  });

  test('the tree of valid JSON equals the fast path, keys quoted, spans exact', () => {
    const text = '{"a": [1, -2.5e3, true, null, "s"], "b": {"c": {}}, "d": []}';
    assert.deepEqual(treeDump(parseJsonFull(text, false).root), treeDump(parse(text, 'json').root));
  });

  test('nesting deeper than 400 levels is refused with a problem at the bracket that goes too far', () => {
    const text = `${'['.repeat(401)}${']'.repeat(401)}`;
    assert.deepEqual(parseJsonFull(text, false), {
      root: undefined,
      problems: [
        { message: 'Nesting deeper than 400 levels is not read; the document is not checked.', offset: 400, length: 1 },
      ],
    });
    const fine = `${'['.repeat(400)}${']'.repeat(400)}`;
    const result = parseJsonFull(fine, false);
    assert.deepEqual(result.problems, []);
    assert.equal(result.root?.type, 'array');
  });
});

describe('syntaxOf', () => {
  test('the language id decides; an unknown one goes by the first character', () => {
    assert.equal(syntaxOf('json', 'a: 1'), 'json');
    assert.equal(syntaxOf('jsonc', 'a: 1'), 'jsonc');
    assert.equal(syntaxOf('yaml', '{"a": 1}'), 'yaml');
    assert.equal(syntaxOf('plaintext', '  {"a": 1}'), 'json');
    assert.equal(syntaxOf('plaintext', '\n[1]'), 'json');
    assert.equal(syntaxOf('plaintext', 'a: {b: 1}'), 'yaml');
    assert.equal(syntaxOf('plaintext', ''), 'yaml');
  });

  test('JSON with comments is read with its comments allowed', () => {
    assert.deepEqual(parse('{/* c */ "a": 1}', 'jsonc').problems, []);
    assert.equal(parse('{/* c */ "a": 1}', 'json').problems.length, 1);
  });
});

describe('parseJsonFull at its edges', () => {
  test('a problem covers the text it is about, and at least one character at the end of the text', () => {
    assert.deepEqual(parseJsonFull('{"a": foo}', false).problems, [
      { message: 'Invalid symbol', offset: 6, length: 3 },
      { message: 'Value expected', offset: 9, length: 1 },
    ]);
    // jsonc-parser places these with no length at the end of the text.
    assert.deepEqual(parseJsonFull('{"a": ', false).problems, [
      { message: 'Value expected', offset: 6, length: 1 },
      { message: 'Close brace expected', offset: 6, length: 1 },
    ]);
  });

  test('a value 400 levels down is still read', () => {
    const text = `${'['.repeat(400)}"deep"${']'.repeat(400)}`;
    const result = parseJsonFull(text, false);
    assert.deepEqual(result.problems, []);
    let node = result.root;
    for (let level = 0; level < 400; level++) node = node?.type === 'array' ? node.items[0] : undefined;
    assert.deepEqual(node && [node.type, node.offset, node.length], ['string', 400, 6]);
  });

  test('the tree equals the fast path’s node for node (keys are strings, properties are properties)', () => {
    const text = '{"a": {"b": [1, "x", {"$ref": "#/c"}]}, "d": null, "e": false}';
    assert.deepEqual(parseJsonFull(text, false).root, parse(text, 'json').root);
  });
});
