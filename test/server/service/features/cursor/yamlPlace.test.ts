// The YAML cursor's whole answer, field by field, from the text alone (no parsed tree): the kind, the path of keys
// and item indexes, the typed prefix, where the replaced word starts, its column, a quote or tag typed before it.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import {
  ancestorsByIndentation,
  yamlCursor,
  KeyResolver,
} from '../../../../../server/src/service/features/cursor/yamlCursor';
import type { CursorPlace } from '../../../../../server/src/service/features/cursor/types';
import type { TextEdit } from 'vscode-languageserver-types';
import { completions } from '../completion/helpers';

/** The place at the `§` marker, as a CursorPlace (the fields the interface declares). */
function place(textWithCursor: string, resolve?: KeyResolver): CursorPlace {
  const offset = textWithCursor.indexOf('§');
  assert.ok(offset >= 0, 'no cursor marker');
  const text = textWithCursor.slice(0, offset) + textWithCursor.slice(offset + 1);
  const got = yamlCursor(text, offset, resolve) as CursorPlace & { lineStart?: number };
  const { lineStart, ...declared } = got;
  assert.equal(lineStart, offset > 0 ? text.lastIndexOf('\n', offset - 1) + 1 : 0);
  return declared;
}

/** The offset of the `§` marker. */
const at = (textWithCursor: string) => textWithCursor.indexOf('§');

describe('YAML cursor: writing a key', () => {
  test('at the root: an empty path, the word from the start of the line', () => {
    assert.deepEqual(place('open§'), {
      kind: 'key',
      path: [],
      prefix: 'open',
      replaceStart: 0,
      col: 0,
      syntax: 'yaml',
    });
    assert.deepEqual(place('openapi: 3.0.1\n§'), {
      kind: 'key',
      path: [],
      prefix: '',
      replaceStart: 15,
      col: 0,
      syntax: 'yaml',
    });
  });

  test('under nested keys: each key above at a smaller indentation, the deeper siblings skipped', () => {
    const text = 'openapi: 3.0.1\npaths:\n  /a:\n    get:\n      deep:\n        deeper: 1\n      x-am§';
    assert.deepEqual(place(text), {
      kind: 'key',
      path: ['paths', '/a', 'get'],
      prefix: 'x-am',
      replaceStart: at(text) - 4,
      col: 6,
      syntax: 'yaml',
    });
  });

  test('a quote typed before the key: the prefix without it, the replaced word with it', () => {
    for (const q of ['"', "'"]) {
      const text = `a:\n  ${q}ty§`;
      assert.deepEqual(place(text), {
        kind: 'key',
        path: ['a'],
        prefix: 'ty',
        replaceStart: 5,
        quote: q,
        col: 2,
        syntax: 'yaml',
      });
    }
  });

  test('a word that is not yet a key (no colon, or a colon with no space after it)', () => {
    assert.deepEqual(place('a:\n  b:c§').prefix, 'b:c');
    assert.equal(place('a:\n  b:c§').kind, 'key');
    assert.equal(place('a:\n  b #: c§').kind, 'key');
    assert.equal(place('a:\n  {b: c§').kind, 'key');
    assert.equal(place('a:\n  [b: c§').kind, 'key');
  });
});

describe('YAML cursor: writing a value', () => {
  test('after `key: `: the typed text, replaced from its start, the key ending the path', () => {
    const text = 'x:\n  type: htt§';
    assert.deepEqual(place(text), {
      kind: 'value',
      path: ['x', 'type'],
      prefix: 'htt',
      replaceStart: at(text) - 3,
      col: 2,
      syntax: 'yaml',
    });
    assert.deepEqual(place('type:§'), {
      kind: 'value',
      path: ['type'],
      prefix: '',
      replaceStart: 5,
      col: 0,
      syntax: 'yaml',
    });
    assert.deepEqual(place('type:   §'), {
      kind: 'value',
      path: ['type'],
      prefix: '',
      replaceStart: 8,
      col: 0,
      syntax: 'yaml',
    });
  });

  test('the key ends at the first `: `: a value may hold colons', () => {
    const text = 'uri: http://a:8080/b: c§';
    assert.deepEqual(place(text), {
      kind: 'value',
      path: ['uri'],
      prefix: 'http://a:8080/b: c',
      replaceStart: 5,
      col: 0,
      syntax: 'yaml',
    });
  });

  test('spaces before the colon are not part of the key', () => {
    assert.deepEqual(place('type  : a§').path, ['type']);
  });

  test('a quote: the prefix after it, the replaced word from it', () => {
    for (const q of ['"', "'"]) {
      assert.deepEqual(place(`type: ${q}aw§`), {
        kind: 'value',
        path: ['type'],
        prefix: 'aw',
        replaceStart: 6,
        quote: q,
        col: 0,
        syntax: 'yaml',
      });
    }
  });

  test('a tag: named in the place, the value replaced after it and the spaces that follow', () => {
    assert.deepEqual(place('Uri: !Sub   arn§'), {
      kind: 'value',
      path: ['Uri'],
      prefix: 'arn',
      replaceStart: 12,
      tag: '!Sub',
      col: 0,
      syntax: 'yaml',
    });
    assert.deepEqual(place('Uri: !Sub "arn§'), {
      kind: 'value',
      path: ['Uri'],
      prefix: 'arn',
      replaceStart: 10,
      quote: '"',
      tag: '!Sub',
      col: 0,
      syntax: 'yaml',
    });
    // Until a space follows it, the tag is the word being typed.
    assert.deepEqual(place('Uri: !Su§'), {
      kind: 'value',
      path: ['Uri'],
      prefix: '!Su',
      replaceStart: 5,
      col: 0,
      syntax: 'yaml',
    });
    // A tag is letters only: `!GetAtt.x` is not one.
    assert.equal(place('Uri: !Get.Att x§').tag, undefined);
    assert.equal(place('Uri: !Ref\tx§').tag, '!Ref');
    assert.equal(place('Uri: x !Ref y§').tag, undefined);
  });

  test('quoted keys: their escapes read', () => {
    assert.deepEqual(place('"a\\"b": x§').path, ['a"b']);
    assert.deepEqual(place('"\\u0061": x§').path, ['a']);
    assert.deepEqual(place("'it''s': x§").path, ["it's"]);
    assert.deepEqual(place("'a': x§").path, ['a']);
    // An escape JSON does not know: the text between the quotes.
    assert.deepEqual(place('"a\\qb": x§').path, ['a\\qb']);
    assert.deepEqual(place('"a b" : x§').path, ['a b']);
  });

  test('keys that start with a dash or hold spaces', () => {
    assert.deepEqual(place('-x: y§').path, ['-x']);
    assert.deepEqual(place('-ab: y§').path, ['-ab']);
    // A quote ends a plain key without opening a quoted one.
    assert.deepEqual(place('say": x§').path, ['say"']);
    assert.deepEqual(place("say': x§").path, ["say'"]);
    // Read above the cursor too: a space inside a key is not an item marker's.
    assert.deepEqual(place('a b:\n  c d:\n    §').path, ['a b', 'c d']);
    assert.deepEqual(place('a b: y§').path, ['a b']);
  });
});

describe('YAML cursor: list items', () => {
  test('a new item on the cursor line: a key of the item, its index in the path', () => {
    const text = 'list:\n  - a: 1\n  - b: 2\n    c: 3\n  - §';
    assert.deepEqual(place(text), {
      kind: 'key',
      path: ['list', 2],
      prefix: '',
      replaceStart: at(text),
      item: true,
      col: 4,
      syntax: 'yaml',
    });
  });

  test('a value on an item line', () => {
    const text = 'list:\n  - a: 1\n  - b: x§';
    assert.deepEqual(place(text), {
      kind: 'value',
      path: ['list', 1, 'b'],
      prefix: 'x',
      replaceStart: at(text) - 1,
      col: 4,
      syntax: 'yaml',
    });
  });

  test('a quoted word typed as an item', () => {
    const text = 'list:\n  - "a§';
    assert.deepEqual(place(text), {
      kind: 'key',
      path: ['list', 0],
      prefix: 'a',
      replaceStart: at(text) - 2,
      quote: '"',
      item: true,
      col: 4,
      syntax: 'yaml',
    });
  });

  test('items written at the column of the key that holds them, several spaces after the dash', () => {
    const text = 'list:\n- a: 1\n-   b: 2\n-   §';
    assert.deepEqual(place(text), {
      kind: 'key',
      path: ['list', 2],
      prefix: '',
      replaceStart: at(text),
      item: true,
      col: 4,
      syntax: 'yaml',
    });
  });

  test('a key inside an item: the item index and the keys above within it', () => {
    const text = 'list:\n  - a: 1\n  - b:\n      c: 2\n      d§';
    assert.deepEqual(place(text), {
      kind: 'key',
      path: ['list', 1, 'b'],
      prefix: 'd',
      replaceStart: at(text) - 1,
      col: 6,
      syntax: 'yaml',
    });
    // A sibling of the item's first key.
    assert.deepEqual(place('list:\n  - a: 1\n  - b: 2\n    c§').path, ['list', 1]);
  });

  test('an item that is a lone dash, its content on the next lines', () => {
    assert.deepEqual(place('list:\n  -\n    a: 1\n  -\n    b§').path, ['list', 1]);
    assert.deepEqual(place('list:\r\n  -\r\n    a: 1\r\n  -\r\n    b§').path, ['list', 1]);
  });

  test('a dash not followed by a space is not an item marker', () => {
    assert.deepEqual(place('list:\n  -x: 1\n  §').path, ['list']);
    // Read above the cursor as well: `-x:` is a key.
    assert.deepEqual(place('list:\n  -x:\n    §').path, ['list', '-x']);
    assert.deepEqual(place('list:\n  -x: 1\n  §').kind, 'key');
    assert.deepEqual(place('list:\n  -x§'), {
      kind: 'key',
      path: ['list'],
      prefix: '-x',
      replaceStart: 8,
      col: 2,
      syntax: 'yaml',
    });
  });

  test('a dash just typed, its space not yet: the word being written, not an item', () => {
    // Taken for an item marker, it put the replaced word after the cursor, on the next line: an edit that ends
    // before it starts.
    const text = 'list:\n  - a: 1\n  -§\n';
    assert.deepEqual(place(text), {
      kind: 'key',
      path: ['list'],
      prefix: '-',
      replaceStart: at(text) - 1,
      col: 2,
      syntax: 'yaml',
    });
    const stage =
      'Resources:\n  Stage:\n    Type: AWS::ApiGateway::Stage\n    Properties:\n      MethodSettings:\n        -§\n';
    for (const item of completions(stage, 'yaml', '§').items) {
      const range = (item.textEdit as TextEdit).range;
      assert.ok(
        range.start.line < range.end.line ||
          (range.start.line === range.end.line && range.start.character <= range.end.character),
        `${item.label}: ${JSON.stringify(range)}`,
      );
    }
    // With its space, the item's keys.
    assert.ok(completions(stage.replace('-§', '- §'), 'yaml', '§').labels.includes('HttpMethod'));
  });

  test('comments and blank lines between items do not count as items', () => {
    const text = 'list:\n  - a: 1\n\n  # note\n  - b: 2\n  -   \n  - §';
    assert.deepEqual(place(text).path, ['list', 3]);
  });

  test('the key of an item line holds the lines below it, however many spaces follow the dash', () => {
    assert.deepEqual(place('list:\n  -   name:\n        §').path, ['list', 0, 'name']);
    assert.deepEqual(place('list:\n  - name:\n      §').path, ['list', 0, 'name']);
    // An item that is a plain scalar has no key to add: the line below is in the item.
    assert.deepEqual(place('list:\n  - first\n      x§').path, ['list', 0]);
  });

  test('a list nested in an item: the inner item and the outer one', () => {
    const text = 'outer:\n  - name: x\n    inner:\n      - p: 1\n      - §';
    assert.deepEqual(place(text).path, ['outer', 0, 'inner', 1]);
  });
});

describe('YAML cursor: inside a multi-line value', () => {
  const block = (indicator: string, line: string) => `a:\n  t: ${indicator}\n    first\n    ${line}`;

  test('a block scalar: the value of the key above, the line from its indentation', () => {
    for (const indicator of ['|', '>', '|-', '>+', '|2', '|+2', '!Sub |', '!Sub   >-']) {
      const text = block(indicator, '"sec§');
      assert.deepEqual(
        place(text),
        {
          kind: 'value',
          path: ['a', 't'],
          prefix: '"sec',
          replaceStart: at(text) - 4,
          inBlock: true,
          col: 4,
          syntax: 'yaml',
        },
        indicator,
      );
    }
  });

  test('a plain scalar continued: a value; a flow collection, an anchor, an alias or nothing after the key: a key', () => {
    assert.equal(place(block('first words', 'x§')).inBlock, true);
    assert.equal(place(block('first # comment', 'x§')).inBlock, true);
    // `#` starts a comment only after a space; brackets inside a plain scalar do not open a collection.
    assert.equal(place(block('a#b', 'x§')).inBlock, true);
    assert.equal(place(block('$context.a [x] {y}', 'x§')).inBlock, true);
    // Tags and anchors before a block scalar; an anchor or a tag alone, or before a flow collection, holds keys.
    for (const rest of ['&a |', '!Sub &a >-', '&a !Sub |']) assert.equal(place(block(rest, 'x§')).inBlock, true, rest);
    for (const rest of ['&a', '!Sub [', '&a {', '!Sub *a']) assert.equal(place(block(rest, 'x§')).kind, 'key', rest);
    for (const rest of ['{', '[', '&anchor', '*alias', '', '# only a comment', '!Sub']) {
      const got = place(block(rest, 'x§'));
      assert.equal(got.kind, 'key', rest);
      assert.equal(got.inBlock, undefined, rest);
    }
  });

  test('the line holding the cursor line is the nearest one to its left, blank lines and comments skipped', () => {
    assert.equal(place('a:\n  t: |\n\n    # a line of the block\n    y§').inBlock, true);
    // A mapping template's `#set` directive reads as a comment: the block above still holds the line.
    const template = 'x:\n  application/json: |\n    #set($a = 1)\n      $context.req§';
    assert.deepEqual(place(template), {
      kind: 'value',
      path: ['x', 'application/json'],
      prefix: '$context.req',
      replaceStart: at(template) - 12,
      inBlock: true,
      col: 6,
      syntax: 'yaml',
    });
    // The nearest holder is a key with nothing after it: the cursor writes one of its keys.
    assert.equal(place('a: some text\n  t:\n    x§').inBlock, undefined);
    // A line of a block's text above, less indented than the cursor: not a key, so not in the path.
    assert.deepEqual(place('a:\n  t: |\n    first\n      x§').path, ['a', 't']);
  });

  test('a sibling key of an item under a key with a value: still a key of the item', () => {
    assert.deepEqual(place('a: text\n  - b: 1\n    c§'), {
      kind: 'key',
      path: ['a', 0],
      prefix: 'c',
      replaceStart: 21,
      col: 4,
      syntax: 'yaml',
    });
  });

  test('a sibling key of an item: a key; deeper than the item key: a continuation of its value', () => {
    assert.deepEqual(place('- a: 1\n  b§'), {
      kind: 'key',
      path: [0],
      prefix: 'b',
      replaceStart: 9,
      col: 2,
      syntax: 'yaml',
    });
    assert.deepEqual(place('- a: one\n    b§'), {
      kind: 'value',
      path: [0, 'a'],
      prefix: 'b',
      replaceStart: 13,
      inBlock: true,
      col: 4,
      syntax: 'yaml',
    });
  });

  test('nothing above the line: a key at the root, even when indented', () => {
    assert.deepEqual(place('  x§'), { kind: 'key', path: [], prefix: 'x', replaceStart: 2, col: 2, syntax: 'yaml' });
  });
});

describe('YAML cursor: documents and the parsed tree', () => {
  test('a document marker ends the search for keys above', () => {
    assert.deepEqual(place('a:\n  b: 1\n--- # second\n  c§').path, []);
    assert.deepEqual(place('a:\n  b: 1\n... # end\n  c§').path, []);
    assert.deepEqual(place('a:\n  b: c ---\n    d§').path, ['a', 'b']);
    assert.deepEqual(place('a:\n  b: 1\n---\nd:\n  c§').path, ['d']);
  });

  test('a key the tree knows gives the path from there up; keys below it come from the text', () => {
    const text = 'top:\n  mid:\n    low:\n      lower:\n        §';
    const asked: number[] = [];
    const resolve: KeyResolver = (keyOffset) => {
      asked.push(keyOffset);
      return keyOffset === text.indexOf('mid') ? ['T', 0, 'M'] : undefined;
    };
    assert.deepEqual(place(text, resolve).path, ['T', 0, 'M', 'low', 'lower']);
    // Asked for each key from the nearest up to the one it knows: `top` is not needed.
    assert.deepEqual(asked, [text.indexOf('lower'), text.indexOf('low:'), text.indexOf('mid')]);
  });

  test('a tree that knows none of the keys: the text alone', () => {
    assert.deepEqual(place('top:\n  mid:\n    §', () => undefined).path, ['top', 'mid']);
  });
});

describe('YAML cursor: a document that starts with an empty line', () => {
  // The walk up the lines used to find the first line's own break again and again: completion never returned.
  test('the walk up ends at the first line', () => {
    assert.deepEqual(place('\n  x§'), { kind: 'key', path: [], prefix: 'x', replaceStart: 3, col: 2, syntax: 'yaml' });
    assert.deepEqual(place('\n\na:\n  b: 1\nc§').path, []);
    assert.deepEqual(place('\na:\n  - b: 1\n  - c: 2\n    d§').path, ['a', 1]);
    assert.equal(place('\na: x\n  y§').inBlock, true);
    assert.deepEqual(ancestorsByIndentation('\n- a\n- b\n', 5, 2, 0), [1]);
  });

  test('at the very start, the line starts at the cursor, not after the break', () => {
    assert.deepEqual(place('§\na: 1\n'), {
      kind: 'key',
      path: [],
      prefix: '',
      replaceStart: 0,
      col: 0,
      syntax: 'yaml',
    });
  });

  test('through completion: the root keys, replaced from the start of the word', () => {
    const typed = completions('\nopenapi: 3.0.1\npaths: {}\nx-amazon-apigateway-b§', 'yaml', '§');
    assert.equal(typed.replaced('x-amazon-apigateway-binary-media-types'), 'x-amazon-apigateway-b');
    const first = completions('§\nopenapi: 3.0.1\npaths: {}\n', 'yaml', '§');
    const edit = first.item('x-amazon-apigateway-binary-media-types').textEdit as TextEdit;
    assert.deepEqual(edit.range, { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } });
  });
});

describe('ancestorsByIndentation', () => {
  test('the keys that hold a column, and the index of the item the line starts', () => {
    const text = 'a:\n  b:\n    - x\n    - y\n    - z\n';
    const last = text.indexOf('    - z');
    assert.deepEqual(ancestorsByIndentation(text, last, 6, 4), ['a', 'b', 2]);
    assert.deepEqual(ancestorsByIndentation(text, last, 4), ['a', 'b']);
    assert.deepEqual(ancestorsByIndentation(text, last, 2), ['a']);
    assert.deepEqual(ancestorsByIndentation(text, last, 0), []);
    assert.deepEqual(ancestorsByIndentation(text, 0, 4), []);
  });

  test('an item with no key above it: its index alone', () => {
    const text = '- x\n- y\n';
    assert.deepEqual(ancestorsByIndentation(text, text.indexOf('- y'), 2, 0), [1]);
  });

  test('a line inside an item of a list that is itself inside an item', () => {
    const text = '- a:\n    - p\n    - q: 1\n      r: 2\n';
    const r = text.indexOf('      r');
    assert.deepEqual(ancestorsByIndentation(text, r, 6), [0, 'a', 1]);
  });
});
