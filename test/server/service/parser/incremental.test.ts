// Typing inside a string re-uses the previous tree (editing a large definition stays instant), and the patched tree
// is exactly what a full parse of the new text gives, spans included; every edit that could change structure, a
// scalar's kind, or the meaning of a key is refused so the caller parses in full.
import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import { applyIncrementalEdit, type SingleEdit } from '../../../../server/src/service/parser/incremental';
import { getProperty, getValue } from '../../../../server/src/service/parser/ast';
import { parse, type SyntaxKind } from '../../../../server/src/service/parser/parse';
import { parseYamlFull } from '../../../../server/src/service/parser/yamlParser';
import { treeDump } from '../../../support/treeShape';

/** Replaces `removed` characters at the first `at` marker... by `text`; returns the edit and the new text. */
function edit(
  oldText: string,
  find: string,
  removed: number,
  text: string,
  delta = 0,
): { e: SingleEdit; newText: string } {
  const offset = oldText.indexOf(find) + delta;
  assert.ok(offset >= delta && oldText.includes(find), `${find} in ${oldText}`);
  return { e: { offset, removed, text }, newText: oldText.slice(0, offset) + text + oldText.slice(offset + removed) };
}

function patched(oldText: string, syntax: SyntaxKind, find: string, removed: number, text: string, delta = 0) {
  const { e, newText } = edit(oldText, find, removed, text, delta);
  return { result: applyIncrementalEdit(parse(oldText, syntax), oldText, e), newText };
}

function assertPatched(
  oldText: string,
  syntax: SyntaxKind,
  find: string,
  removed: number,
  text: string,
  delta = 0,
): void {
  const { result, newText } = patched(oldText, syntax, find, removed, text, delta);
  assert.ok(result, `patched: ${JSON.stringify(oldText)} -> ${JSON.stringify(newText)}`);
  assert.deepEqual(treeDump(result.root), treeDump(parse(newText, syntax).root), JSON.stringify(newText));
  assert.deepEqual(result.problems, []);
}

function assertRefused(
  oldText: string,
  syntax: SyntaxKind,
  find: string,
  removed: number,
  text: string,
  delta = 0,
): void {
  const { result, newText } = patched(oldText, syntax, find, removed, text, delta);
  assert.equal(result, undefined, `refused: ${JSON.stringify(oldText)} -> ${JSON.stringify(newText)}`);
}

const yamlDoc =
  'openapi: 3.0.1\ninfo:\n  title: Pets\n  version: "1"\npaths:\n  /pets:\n    get:\n      summary: list\n      tags: [a, b]\nend: x\n';
const jsonDoc =
  '{\n  "info": {"title": "Pets", "version": "1"},\n  "paths": {"/pets": {"get": {"summary": "list"}}},\n  "end": "x"\n}\n';

describe('edits that are patched', () => {
  test('typing, deleting and replacing inside a plain YAML value moves everything after it', () => {
    assertPatched(yamlDoc, 'yaml', 'Pets', 0, 'My');
    assertPatched(yamlDoc, 'yaml', 'Pets', 0, 'X', 4);
    assertPatched(yamlDoc, 'yaml', 'Pets', 2, '', 1);
    assertPatched(yamlDoc, 'yaml', 'list', 4, 'all-of-them');
    assertPatched(yamlDoc, 'yaml', 'end: x', 0, 'y', 5);
  });

  test('inside quotes, in YAML and JSON, values and keys', () => {
    assertPatched(yamlDoc, 'yaml', '"1"', 0, '2', 1);
    assertPatched(jsonDoc, 'json', '"Pets"', 0, 'Cats and ', 1);
    assertPatched(jsonDoc, 'json', '"Pets"', 4, 'X', 1);
    assertPatched(jsonDoc, 'json', '"summary"', 0, 'x-', 1);
    assertPatched(jsonDoc, 'json', '"/pets"', 5, '/cats', 1);
  });

  test('a YAML key, in a tag list, and an edit of the same length', () => {
    assertPatched(yamlDoc, 'yaml', 'summary', 0, 'x-', 0);
    assertPatched(yamlDoc, 'yaml', '[a, b]', 1, 'c', 1);
    assertPatched(yamlDoc, 'yaml', 'list', 1, 'L');
  });

  test('a range given end-first is read as its reverse', () => {
    const oldText = 'a: hello\n';
    const result = applyIncrementalEdit(parse(oldText, 'yaml'), oldText, { offset: 8, removed: -3, text: 'p' });
    assert.ok(result);
    assert.deepEqual(treeDump(result.root), treeDump(parse('a: hep\n', 'yaml').root));
  });
});

describe('edits that fall back to a full parse', () => {
  test('characters that can change structure or kind, typed or deleted', () => {
    for (const text of [
      '\n',
      ':',
      '#',
      "'",
      '"',
      '{',
      '}',
      '[',
      ']',
      ',',
      '&',
      '*',
      '!',
      '|',
      '>',
      '%',
      '@',
      '`',
      '\\',
      '\t',
    ])
      assertRefused(yamlDoc, 'yaml', 'Pets', 0, text, 2);
    assertRefused(yamlDoc, 'yaml', 'title: Pets', 2, '', 5);
    assertRefused(jsonDoc, 'json', '"Pets"', 2, '', 5);
  });

  test('a plain value that would gain a space, stop being a string, or become empty', () => {
    assertRefused(yamlDoc, 'yaml', 'Pets', 0, ' ', 2);
    assertRefused(yamlDoc, 'yaml', 'Pets', 4, '12');
    assertRefused(yamlDoc, 'yaml', 'Pets', 4, 'true');
    assertRefused(yamlDoc, 'yaml', 'Pets', 4, 'null');
    assertRefused(yamlDoc, 'yaml', 'Pets', 4, '');
    assertRefused(yamlDoc, 'yaml', 'openapi: 3.0.1', 0, '4', 10);
  });

  test('on or outside the quotes, or in a string with escapes', () => {
    assertRefused(jsonDoc, 'json', '"Pets"', 0, 'x', 0);
    assertRefused(jsonDoc, 'json', '"Pets"', 0, 'x', 6);
    assertRefused(jsonDoc, 'json', '"Pets"', 5, 'x', 1);
    const escaped = '{"a": "x\\u0041y"}';
    assertRefused(escaped, 'json', 'x', 0, 'z', 1);
    const single = "a: 'it''s'\n";
    assertRefused(single, 'yaml', 'it', 0, 'x', 1);
  });

  test('an edit that runs past the string, or leaves the text', () => {
    assertRefused('a: hello\nb: x\n', 'yaml', 'hello', 8, 'y');
    const oldText = 'a: hello\n';
    for (const e of [
      { offset: 3, removed: 100, text: 'x' },
      { offset: -1, removed: 0, text: 'x' },
      { offset: 1.5, removed: 0, text: 'x' },
      { offset: 3, removed: 0.5, text: 'x' },
      { offset: 2, removed: -3, text: 'x' },
    ])
      assert.equal(applyIncrementalEdit(parse(oldText, 'yaml'), oldText, e), undefined, JSON.stringify(e));
  });

  test('outside any string: on a number, a boolean, between nodes', () => {
    assertRefused('a: 12\n', 'yaml', '12', 0, '3', 1);
    assertRefused('a: true\n', 'yaml', 'true', 0, 'x', 1);
    assertRefused('a: 1\n\nb: 2\n', 'yaml', '\n\nb', 0, 'x', 1);
  });

  test('a key that would become $ref, stop being $ref, or duplicate its neighbour', () => {
    assertRefused('a:\n  $rex: 1\n', 'yaml', 'rex', 1, 'f', 2);
    assertRefused('a:\n  $ref: "#/b"\nb: 1\n', 'yaml', 'ref', 1, 'x', 2);
    assertRefused('a:\n  ab: 1\n  ac: 2\n', 'yaml', 'ac', 1, 'b', 1);
    // The same text elsewhere in the document is no duplicate.
    assertPatched('a:\n  ac: 1\nb:\n  ab: 2\n', 'yaml', 'ac', 1, 'b', 1);
  });

  test('a document with problems or aliases is never patched', () => {
    const broken = 'a: hello\na: again\n';
    assertRefused(broken, 'yaml', 'hello', 0, 'x', 1);
    const aliased = 'a: &x hello\nb: *x\nc: plain\n';
    assertRefused(aliased, 'yaml', 'plain', 0, 'x', 1);
    assert.equal(
      applyIncrementalEdit({ root: undefined, problems: [] }, '', { offset: 0, removed: 0, text: 'x' }),
      undefined,
    );
  });
});

test('the $ref list of the previous version is kept', () => {
  const oldText = 'a:\n  $ref: "#/b"\nb:\n  title: x\n';
  const previous = parse(oldText, 'yaml');
  assert.ok(previous.refs && previous.refs.length > 0);
  const result = applyIncrementalEdit(previous, oldText, { offset: oldText.indexOf('x\n'), removed: 0, text: 'y' });
  assert.equal(result?.refs, previous.refs);
});

describe('the edges of a patch', () => {
  test('a document that is one plain string, edited from its first character to its last', () => {
    assertPatched('hello', 'yaml', 'hello', 0, 'x');
    assertPatched('hello', 'yaml', 'o', 1, '');
    assertPatched('a: hello', 'yaml', 'o', 1, 'p');
  });

  test('plain values may hold inner spaces, `#` after no space, and `:` before no space', () => {
    assertPatched('a: hello world\n', 'yaml', 'world', 0, 'x');
    assertPatched('a: x#y\n', 'yaml', 'y', 0, 'z');
    assertPatched('a: x:y\n', 'yaml', 'y', 0, 'z');
    // A quote at the end of a plain value does not make it quoted.
    assertPatched('a: ab"\n', 'yaml', 'b"', 0, 'c');
    assertPatched("a: ab'\n", 'yaml', "b'", 0, 'c');
  });

  test('what a deletion leaves can end the value or start a comment: refused', () => {
    assertRefused('a: ab cd\n', 'yaml', 'cd', 2, '');
    assertRefused('a: ab x#y\n', 'yaml', 'x#', 1, '');
    assertRefused('a: ab:x cd\n', 'yaml', 'x cd', 1, '');
    assertRefused('a: ab:x\n', 'yaml', 'x\n', 1, '');
    // Removing a structure character is refused even where it was inside a value.
    assertRefused('a: x:y\n', 'yaml', ':y', 1, '');
  });

  test('a plain value that starts or would start with an indicator, or holds unreadable characters', () => {
    for (const indicator of ['-', '?', '~']) assertRefused(yamlDoc, 'yaml', 'Pets', 0, indicator);
    assertRefused('a: -x\n', 'yaml', 'x', 0, 'y', 1);
    assertRefused(yamlDoc, 'yaml', 'Pets', 0, '\x01', 2);
    // Lone halves of a surrogate pair: a low one at the start or after a letter, a high one before a letter.
    assertRefused(yamlDoc, 'yaml', 'Pets', 0, '\uDE00');
    assertRefused(yamlDoc, 'yaml', 'Pets', 0, '\uDE00', 2);
    assertRefused(yamlDoc, 'yaml', 'Pets', 0, '\uD83D', 2);
    assertRefused(jsonDoc, 'json', '"Pets"', 0, '\uDE00', 1);
    // A whole pair is an ordinary character.
    assertPatched('a: hi\u{1F600}\n', 'yaml', 'hi', 0, 'x');
    assertPatched(yamlDoc, 'yaml', 'Pets', 0, '\u{1F600}', 2);
  });

  test('a value that spans lines, an edit past the value, or a cursor outside the tree: refused', () => {
    assertRefused('a: x\n  y\n', 'yaml', 'y', 0, 'z');
    assertRefused('a: hello   \nb: 1\n', 'yaml', 'o  ', 3, '');
    assertRefused('# note\na: x\n', 'yaml', 'note', 0, 'y');
  });

  test('a value may become the name of a key beside it; a key may be retyped as itself', () => {
    assertPatched('a: x\nb: 1\n', 'yaml', 'x', 1, 'b');
    assertPatched(yamlDoc, 'yaml', 'summary', 1, 's');
  });

  test('a renamed key is found by name in an object large enough to be indexed, and its old name is not', () => {
    const oldText = `${Array.from({ length: 10 }, (_, i) => `key${i}: ${i}`).join('\n')}\n`;
    const previous = parse(oldText, 'yaml');
    assert.equal(getValue(previous.root, 'key3')?.type, 'number');
    const at = oldText.indexOf('key3') + 3;
    const result = applyIncrementalEdit(previous, oldText, { offset: at, removed: 1, text: 'X' });
    assert.ok(result);
    assert.equal(getValue(result.root, 'key3'), undefined);
    assert.equal(getProperty(result.root, 'keyX')?.key.offset, oldText.indexOf('key3'));
  });

  test('a property the full parser left without a value (an include tag) after the edit moves with the rest', () => {
    const oldText = 'b: hello\na: !include other.yaml\n';
    const previous = parseYamlFull(oldText);
    assert.deepEqual(previous.problems, []);
    const result = applyIncrementalEdit(previous, oldText, { offset: 4, removed: 0, text: 'x' });
    assert.deepEqual(treeDump(result?.root), treeDump(parseYamlFull('b: hxello\na: !include other.yaml\n').root));
  });

  test('a tree without a $ref list gives a patch without one', () => {
    const oldText = 'a: hello\n';
    const previous = parseYamlFull(oldText);
    assert.equal(previous.refs, undefined);
    const result = applyIncrementalEdit(previous, oldText, { offset: 4, removed: 0, text: 'x' });
    assert.deepEqual(result, { root: parseYamlFull('a: hxello\n').root, problems: [] });
  });
});
