/**
 * Position mapping of template text: every character of a decoded YAML/JSON string maps back to the exact
 * source character (or the escape / line break that produced it), on hand-written cases for every scalar
 * style and on every string of the valid corpus (decoded text equal to the parser's value).
 */
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { describe, test } from 'node:test';
import { parse } from '../../../../server/src/service/parser/parse';
import type { AstNode, StringNode } from '../../../../server/src/service/parser/ast';
import {
  SourceMap,
  docOffsetAt,
  docRangeOf,
  mapScalar,
  templateOffsetAt,
} from '../../../../server/src/service/templates/sourceMap';
import { listFixtures, sharedDir } from '../../../support/fixtures';

function firstValue(text: string, syntax: 'yaml' | 'json'): StringNode {
  const root = parse(text, syntax).root;
  assert.ok(root?.type === 'object');
  const v = root.properties[0].value;
  assert.ok(v?.type === 'string', `a string value in ${JSON.stringify(text)}`);
  return v;
}

/** Every non-blank character comes from the same character in the source, or from an escape that starts there. */
function assertFaithful(doc: string, map: SourceMap): void {
  for (let i = 0; i < map.text.length; i++) {
    const c = map.text[i];
    const src = doc.slice(map.starts[i], map.ends[i]);
    if (map.ends[i] <= map.starts[i] && c !== '\n') assert.fail(`char ${i} has no source`);
    if (c === ' ' || c === '\n') continue;
    const ok =
      src === c ||
      src.startsWith('\\') ||
      (c === "'" && src === "''") ||
      (src.length === 2 && c.charCodeAt(0) >= 0xd800);
    if (!ok)
      assert.fail(
        `char ${i} ${JSON.stringify(c)} maps to ${JSON.stringify(src)} near ${JSON.stringify(doc.slice(map.starts[i] - 40, map.starts[i] + 40))}`,
      );
    const back = templateOffsetAt(map, map.starts[i]);
    const expected = i - (i > 0 && map.starts[i - 1] === map.starts[i] ? 1 : 0);
    if (back !== expected) assert.fail(`inverse of ${i}: ${back}`);
  }
}

const cases: [string, string, 'yaml' | 'json', string][] = [
  [
    'plain',
    "a: $input.json('$.a') and $util.urlEncode($x)\nb: 1\n",
    'yaml',
    "$input.json('$.a') and $util.urlEncode($x)",
  ],
  [
    'plain, folded over lines',
    'a: first $input.body\n   second\n\n   third\nb: 1\n',
    'yaml',
    'first $input.body second\nthird',
  ],
  [
    'single quoted with doubled quotes and folding',
    "a: '{\"id\": \"$input.params(''id'')\"}  \n  next'\n",
    'yaml',
    '{"id": "$input.params(\'id\')"} next',
  ],
  [
    'double quoted with escapes',
    'a: "{\\"a\\": \\"$input.body\\"}\\n\\t\\u00e9\\x41\\U0001F600 end"\n',
    'yaml',
    '{"a": "$input.body"}\n\t\u00e9A\u{1F600} end',
  ],
  [
    'double quoted, escaped line break keeps blanks before it',
    'a: "one  \\\n    two\n    three"\n',
    'yaml',
    'one  two three',
  ],
  ['literal block', 'a: |\n  #if($a)\n    $b\n  #end\nb: 1\n', 'yaml', '#if($a)\n  $b\n#end\n'],
  ['literal block, strip', 'a: |-\n    line1\n\n    line2\n\n\nb: 1\n', 'yaml', 'line1\n\nline2'],
  ['literal block, keep', 'a: |+\n  x\n\n\nb: 1\n', 'yaml', 'x\n\n\n'],
  ['literal block, explicit indentation', 'a: |2\n    lead\n  body\nb: 1\n', 'yaml', '  lead\nbody\n'],
  [
    'folded block with more-indented lines',
    'a: >-\n  one\n  two\n\n  three\n    more\n  four\nb: 1\n',
    'yaml',
    'one two\nthree\n  more\nfour',
  ],
  ['folded block, leading empty line', 'a: >\n\n  x y\n  z\n', 'yaml', '\nx y z\n'],
  ['CRLF literal block', 'a: |\r\n  l1\r\n  l2\r\nb: 1\r\n', 'yaml', 'l1\nl2\n'],
  [
    'json with escapes',
    '{"a": "{\\"id\\": \\"$input.params(\'id\')\\"}\\n\\u00e9\\ud83d\\ude00\\/"}',
    'json',
    '{"id": "$input.params(\'id\')"}\n\u00e9\u{1F600}/',
  ],
];

describe('template source map', () => {
  for (const [name, doc, syntax, expected] of cases) {
    test(name, () => {
      const node = firstValue(doc, syntax);
      const map = mapScalar(doc, node.offset, node.offset + node.length, syntax, node.value);
      if (expected) assert.equal(node.value, expected, 'the parser reads the case as intended');
      assert.equal(map.text, node.value);
      assert.ok(map.exact);
      assertFaithful(doc, map);
    });
  }

  test('a reference inside an escaped JSON string maps to its exact document range', () => {
    const doc = '{"t": "{\\"n\\": \\"$input.path(\'$.name\')\\"}"}';
    const node = firstValue(doc, 'json');
    const map = mapScalar(doc, node.offset, node.offset + node.length, 'json', node.value);
    const i = map.text.indexOf('$input');
    const r = docRangeOf(map, i, i + "$input.path('$.name')".length);
    assert.equal(doc.slice(r.offset, r.offset + r.length), "$input.path('$.name')");
    // Across an escape: the range covers the escape's source.
    const q = map.text.indexOf('"n"');
    const r2 = docRangeOf(map, q, q + 3);
    assert.equal(doc.slice(r2.offset, r2.offset + r2.length), '\\"n\\"');
    assert.equal(
      docOffsetAt(map, map.text.length),
      node.offset + node.length - 1,
      'the end is just before the closing quote',
    );
  });

  test('a cursor on a folded line break or inside an escape maps to the character it produced', () => {
    const doc = 'a: "x\\ty"\n';
    const node = firstValue(doc, 'yaml');
    const map = mapScalar(doc, node.offset, node.offset + node.length, 'yaml', node.value);
    assert.equal(templateOffsetAt(map, doc.indexOf('\\t') + 1), 1);
    assert.equal(templateOffsetAt(map, doc.indexOf('y')), 2);
    assert.equal(templateOffsetAt(map, node.offset), undefined, 'the opening quote is outside the text');
  });

  test('a value the scanner cannot reproduce is marked approximate, never mapped wrongly', () => {
    const doc = 'a: |\n  real\n';
    const node = firstValue(doc, 'yaml');
    const map = mapScalar(doc, node.offset, node.offset + node.length, 'yaml', 'something else');
    assert.equal(map.exact, false);
    assert.equal(map.text, 'something else');
    assert.ok([...map.starts].every((s) => s === node.offset));
  });

  test('every string of the valid corpus decodes to the parser value, with faithful positions', () => {
    let strings = 0;
    for (const file of listFixtures(path.join(sharedDir, 'corpus', 'valid'))) {
      const text = fs.readFileSync(file, 'utf8');
      const syntax = file.endsWith('.json') ? 'json' : 'yaml';
      const walk = (n: AstNode | undefined): void => {
        if (!n) return;
        if (n.type === 'object') {
          for (const p of n.properties) {
            walk(p.key);
            walk(p.value);
          }
        } else if (n.type === 'array') n.items.forEach(walk);
        else if (n.type === 'string') {
          strings++;
          const map = mapScalar(text, n.offset, n.offset + n.length, syntax, n.value);
          assert.ok(
            map.exact,
            `${path.basename(file)} at ${n.offset}: ${JSON.stringify(text.slice(n.offset, n.offset + 80))}`,
          );
          assertFaithful(text, map);
        }
      };
      walk(parse(text, syntax).root);
    }
    assert.ok(strings > 5000, `${strings} strings checked`);
  });
});
