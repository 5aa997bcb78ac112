// The cursor's place in a whole document (cursor/index.ts): the syntax a document is read in, JSON places from the
// text scanned around the cursor, YAML places inside a multi-line value that the parsed tree holds, and the keys
// the tree knows above a YAML cursor.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { cursorPlace, jsonCursor, syntaxOfDocument } from '../../../../../server/src/service/features/cursor';
import { yamlCursor } from '../../../../../server/src/service/features/cursor/yamlCursor';
import { parseJson } from '../../../../../server/src/service/parser/jsonParser';
import { atCursor, documentOf } from '../helpers';

/** The place at the `§` marker of a document, without the YAML cursor's private `lineStart`. */
function placeIn(textWithCursor: string, languageId = 'yaml') {
  const { doc, offset } = atCursor(textWithCursor, languageId, '§');
  const { lineStart: _lineStart, ...place } = cursorPlace(doc, offset) as ReturnType<typeof cursorPlace> & {
    lineStart?: number;
  };
  return { place, offset, text: doc.text.getText() };
}

/** The JSON place at the `§` marker, scanned from the parsed tree and checked against a scan of the whole text. */
function jsonPlace(textWithCursor: string) {
  const offset = textWithCursor.indexOf('§');
  const text = textWithCursor.slice(0, offset) + textWithCursor.slice(offset + 1);
  const parsed = parseJson(text, false);
  const scoped = jsonCursor(text, offset, parsed.root, Math.min(...parsed.problems.map((p) => p.offset)));
  assert.deepEqual(scoped, jsonCursor(text, offset), 'scoped and whole-text scans differ');
  return { place: scoped, offset };
}

describe('the syntax a document is read in', () => {
  test('by its language, else by its first character', () => {
    assert.equal(syntaxOfDocument(documentOf('{"openapi": "3.0.1"}', 'json')), 'json');
    assert.equal(syntaxOfDocument(documentOf('{"openapi": "3.0.1"}', 'jsonc')), 'json');
    assert.equal(syntaxOfDocument(documentOf('{"openapi": "3.0.1"}', 'yaml')), 'yaml');
    assert.equal(syntaxOfDocument(documentOf('openapi: 3.0.1\n', 'yaml')), 'yaml');
    assert.equal(syntaxOfDocument(documentOf('  {"openapi": "3.0.1"}', 'plaintext')), 'json');
    assert.equal(syntaxOfDocument(documentOf('openapi: 3.0.1\n', 'plaintext')), 'yaml');
  });

  test('a JSON document opened under another language is completed as JSON', () => {
    const { place } = placeIn('{"openapi": "3.0.1", "§"}', 'plaintext');
    assert.equal(place.syntax, 'json');
    assert.equal(place.kind, 'key');
    assert.equal(place.quote, '"');
  });
});

describe('JSON places', () => {
  test('a key being written: the object path, the string replaced whole with its quotes', () => {
    const { place } = jsonPlace('{\n  "a": {\n    "b": 1,\n    "x-am§zon"\n  }\n}');
    assert.deepEqual(place, {
      prefix: 'x-am',
      replaceStart: 27,
      replaceEnd: 36,
      quote: '"',
      col: 4,
      syntax: 'json',
      kind: 'key',
      path: ['a'],
    });
  });

  test('a key not started: no quote, nothing replaced past the cursor', () => {
    const { place, offset } = jsonPlace('{\n  "a": {\n    "b": 1,\n    §\n  }\n}');
    assert.deepEqual(place, { prefix: '', replaceStart: offset, col: 4, syntax: 'json', kind: 'key', path: ['a'] });
  });

  test('a value: the path ends with its key; inside a string, the typed part and the whole string replaced', () => {
    const { place, offset } = jsonPlace('{"a": {"type": §}}');
    assert.deepEqual(place, {
      prefix: '',
      replaceStart: offset,
      col: 0,
      syntax: 'json',
      kind: 'value',
      path: ['a', 'type'],
    });
    const inString = jsonPlace('{"a": {"type": "aw§s_p"}}');
    assert.deepEqual(inString.place, {
      prefix: 'aw',
      replaceStart: 15,
      replaceEnd: 22,
      quote: '"',
      col: 0,
      syntax: 'json',
      kind: 'value',
      path: ['a', 'type'],
    });
  });

  test('at the edges of a string: just before its opening quote is not inside it; just before its closing one is', () => {
    const before = jsonPlace('{"a": §"x"}');
    assert.equal(before.place.quote, undefined);
    assert.equal(before.place.replaceStart, before.offset);
    const end = jsonPlace('{"a": "x§"}');
    assert.equal(end.place.prefix, 'x');
    assert.equal(end.place.replaceStart, 6);
    assert.equal(end.place.replaceEnd, 9);
  });

  test('an array: a new item is an item; a string inside an item, or after an item, is not', () => {
    assert.deepEqual(jsonPlace('{"a": [§]}').place, {
      prefix: '',
      replaceStart: 7,
      col: 0,
      syntax: 'json',
      kind: 'value',
      path: ['a', 0],
      item: true,
    });
    assert.deepEqual(jsonPlace('{"a": [1, §]}').place.item, true);
    assert.deepEqual(jsonPlace('{"a": [1, §]}').place.path, ['a', 1]);
    const inString = jsonPlace('{"a": ["x§"]}').place;
    assert.equal(inString.item, undefined);
    assert.deepEqual(inString.path, ['a', 0]);
    assert.equal(inString.prefix, 'x');
    const afterItem = jsonPlace('{"a": [1§]}').place;
    assert.equal(afterItem.item, undefined);
  });

  test('the column is the indentation of the cursor line, tabs not counted', () => {
    assert.equal(jsonPlace('{\n      "a": §\n}').place.col, 6);
    assert.equal(jsonPlace('{\n\t"a": §\n}').place.col, 0);
  });

  test('the scan starts at the last property before the cursor: the same place as a scan of everything', () => {
    const props = (n: number) => Array.from({ length: n }, (_, i) => `"p${i}": {"q": [1, "${i}"]}`).join(', ');
    for (const n of [0, 1, 2, 5]) {
      const sep = n ? ', ' : '';
      assert.deepEqual(jsonPlace(`{"o": {${props(n)}${sep}"k§"}}`).place.path, ['o'], `${n} before`);
      assert.deepEqual(jsonPlace(`{"o": {${props(n)}${sep}"k": "v§"}}`).place.path, ['o', 'k'], `${n} before`);
      assert.deepEqual(jsonPlace(`{"o": {${props(n)}${sep}"k": [1, §]}}`).place.path, ['o', 'k', 1], `${n} before`);
    }
  });

  test('broken text: what is before the first problem is trusted, the rest is scanned', () => {
    // A missing comma before the cursor: the tree after it is not trusted.
    assert.deepEqual(jsonPlace('{"o": {"a": 1 "b": 2, "c": {"d": 1, "e": 2, "§"}}}').place.path, ['o', 'c']);
    // Broken after the cursor only.
    assert.deepEqual(jsonPlace('{"o": {"a": 1, "b": 2, "c": 3, "§"\n "x" ').place.path, ['o']);
    assert.deepEqual(jsonPlace('{"o": {"a": [1, 2, {"b": §').place.path, ['o', 'a', 2, 'b']);
  });

  test('a string being typed at the end of the text; the place just after a finished string', () => {
    const typing = jsonPlace('{"a": {"type": "aw§');
    assert.equal(typing.place.prefix, 'aw');
    assert.equal(typing.place.quote, '"');
    assert.equal(typing.place.replaceStart, 15);
    const after = jsonPlace('{"a": {"type": "aws" §}}');
    assert.equal(after.place.quote, undefined);
    assert.equal(after.place.prefix, '');
    assert.equal(after.place.replaceStart, after.offset);
  });

  test('a missing comma before the cursor: the containers after it are not trusted', () => {
    // The tree, trusted past the problem, would put the cursor in `a`'s keys or at the wrong item.
    assert.deepEqual(jsonPlace('{"a": {"b": 1 "§c": {"d": 2}}, "e": {"f": 3}}').place.path, ['a', 'c']);
    assert.deepEqual(jsonPlace('{"a": [1, 2 {§"b": 1}], "c": 2}').place.path, ['a', 1]);
    // Inside a container opened after the problem: the same place as the whole-text scan (checked by jsonPlace).
    assert.deepEqual(jsonPlace('{"a": {"b": 1 "c": {"d": 2, "§"}}, "e": {"f": 3}}').place.path, ['a', 'c']);
    const doc = '{"openapi": "3.0.1", "a": {"b": 1 "§c": {"d": 2}}, "e": {"f": 3}}';
    const { place, offset, text } = placeIn(doc, 'json');
    assert.deepEqual(place, jsonCursor(text, offset));
    assert.equal(place.kind, 'value');
  });

  test('with no tree: the whole text scanned', () => {
    assert.deepEqual(jsonCursor('{"a": {"b": ', 12), {
      prefix: '',
      replaceStart: 12,
      col: 0,
      syntax: 'json',
      kind: 'value',
      path: ['a', 'b'],
    });
  });

  test('through the document: the first syntax problem bounds the trusted tree', () => {
    const text = '{"openapi": "3.0.1", "o": {"a": 1 "b": 2, "c": {"d": 1, "e": 2, "§"}}}';
    const { place } = placeIn(text, 'json');
    assert.deepEqual(place.path, ['o', 'c']);
    assert.equal(place.kind, 'key');
    const clean = placeIn('{"openapi": "3.0.1", "o": {"a": 1, "b": 2, "c": {"d": 1, "e": 2, "§"}}}', 'json').place;
    assert.deepEqual(clean.path, ['o', 'c']);
  });
});

describe('YAML places from the parsed tree', () => {
  // Only a document recognised as an API definition is parsed.
  const openapi = 'openapi: 3.0.1\n';

  test('inside a block scalar, on a line indented deeper than its first: the value, from the tree', () => {
    const text = `${openapi}a:\n  t: |\n    first\n      sec§\n  u: 1\n`;
    const { place, offset } = placeIn(text);
    assert.deepEqual(place, {
      kind: 'value',
      path: ['a', 't'],
      prefix: 'sec',
      replaceStart: offset - 3,
      inBlock: true,
      col: 6,
      syntax: 'yaml',
    });
  });

  test('inside a multi-line plain scalar and a quoted one', () => {
    const plain = placeIn(`${openapi}a:\n  t: first\n    second thi§\n  u: 1\n`);
    assert.deepEqual(plain.place, {
      kind: 'value',
      path: ['a', 't'],
      prefix: 'second thi',
      replaceStart: plain.offset - 10,
      inBlock: true,
      col: 4,
      syntax: 'yaml',
    });
    const quoted = placeIn(`${openapi}a:\n  t: "first\n      sec§"\n`);
    assert.equal(quoted.place.inBlock, true);
    assert.deepEqual(quoted.place.path, ['a', 't']);
    assert.equal(quoted.place.prefix, 'sec');
  });

  test('on the first line of a value: the text after the key, not the block', () => {
    const { place, offset } = placeIn(`${openapi}a:\n  t: aw§\n`);
    assert.deepEqual(place, {
      kind: 'value',
      path: ['a', 't'],
      prefix: 'aw',
      replaceStart: offset - 2,
      col: 2,
      syntax: 'yaml',
    });
  });

  test('in the middle of a one-line value: the text after the key, not from the line start', () => {
    const { place, offset } = placeIn(`${openapi}a:\n  t: a§ws\n`);
    assert.deepEqual(place, {
      kind: 'value',
      path: ['a', 't'],
      prefix: 'a',
      replaceStart: offset - 1,
      col: 2,
      syntax: 'yaml',
    });
  });

  test('at the end of a block that ends the file, on a line deeper than its first: still the block', () => {
    const { place, offset } = placeIn(`${openapi}a:\n  t: |\n    first\n      sec§`);
    assert.deepEqual(place, {
      kind: 'value',
      path: ['a', 't'],
      prefix: 'sec',
      replaceStart: offset - 3,
      inBlock: true,
      col: 6,
      syntax: 'yaml',
    });
  });

  test('inside a key written over several lines: not a value', () => {
    const { place } = placeIn(`${openapi}? |\n  lo§ng key\n: v\n`);
    assert.equal(place.kind, 'key');
    assert.equal(place.inBlock, undefined);
  });

  test('a multi-line flow collection is not a value being written', () => {
    const { place } = placeIn(`${openapi}a:\n  t: {x: 1,\n    y§ }\n`);
    assert.equal(place.kind, 'key');
    assert.equal(place.inBlock, undefined);
  });

  test('just after a block scalar, at the start of the next key', () => {
    const { place } = placeIn(`${openapi}a:\n  t: |\n    first\n  §u: 1\n`);
    assert.equal(place.kind, 'key');
    assert.deepEqual(place.path, ['a']);
  });

  test('the tree gives the path of a key it holds: an item of an item, that indentation alone counts once', () => {
    const text = `${openapi}list:\n  - - a: 1\n      k:\n        §\n`;
    assert.deepEqual(placeIn(text).place.path, ['list', 0, 0, 'k']);
    const { doc, offset } = atCursor(text, 'yaml', '§');
    assert.deepEqual(yamlCursor(doc.text.getText(), offset).path, ['list', 0, 'k']);
    // Where the tree and the indentation agree, the same path.
    assert.deepEqual(placeIn(`${openapi}a:\n  - x: 1\n  - b:\n      c: 1\n      §\n`).place.path, ['a', 1, 'b']);
  });

  test('the tree is asked only about keys: a value at a key offset does not count', () => {
    const text = `${openapi}top:\n  k: v\n  mid:\n    §`;
    const { doc, offset } = atCursor(text, 'yaml', '§');
    const fromText = yamlCursor(doc.text.getText(), offset);
    const { lineStart: _l, ...expected } = fromText as typeof fromText & { lineStart?: number };
    const { lineStart: _m, ...got } = cursorPlace(doc, offset) as typeof fromText & { lineStart?: number };
    assert.deepEqual(got, expected);
  });
});
