/**
 * YAML's standard tags through the full YAML parser (the fast path gives up on `!!`): each value typed as the tag
 * says, as PyYAML (the SAM transform, cfn-lint) reads it, where the parser library alone made syntax errors of
 * valid documents or stopped reading them.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { getValue, type AstNode } from '../../../../server/src/service/parser/ast';
import { parse } from '../../../../server/src/service/parser/parse';

/** The value of `a` in the document, without its parent link, and the document's problems. */
function read(text: string): { value: Partial<AstNode> | undefined; problems: string[] } {
  const result = parse(text, 'yaml');
  const node = getValue(result.root, 'a');
  const value = node
    ? (JSON.parse(JSON.stringify(node, (k, v: unknown) => (k === 'parent' ? undefined : v))) as Partial<AstNode>)
    : undefined;
  return { value, problems: result.problems.map((p) => p.message) };
}

describe('YAML standard tags', () => {
  test('!!str makes a string of what would be a number or a boolean, at the value it tags', () => {
    assert.deepEqual(read('a: !!str 12\n'), {
      value: { type: 'string', value: '12', quoted: false, offset: 9, length: 2 },
      problems: [],
    });
    assert.deepEqual(read('a: !!str true\n').value, {
      type: 'string',
      value: 'true',
      quoted: false,
      offset: 9,
      length: 4,
    });
    assert.deepEqual(read("a: !!str 'x'\n").value, { type: 'string', value: 'x', quoted: true, offset: 9, length: 3 });
  });

  test('!!bool, !!int, !!float and !!null type their value, quoted or not', () => {
    assert.deepEqual(read('a: !!bool true\n'), {
      value: { type: 'boolean', value: true, offset: 10, length: 4 },
      problems: [],
    });
    assert.deepEqual(read("a: !!bool 'false'\n").value, { type: 'boolean', value: false, offset: 10, length: 7 });
    assert.deepEqual(read('a: !!int "12"\n'), {
      value: { type: 'number', value: 12, raw: '12', offset: 9, length: 4 },
      problems: [],
    });
    assert.deepEqual(read('a: !!float 1\n').value, { type: 'number', value: 1, raw: '1', offset: 11, length: 1 });
    assert.deepEqual(read("a: !!null ''\n"), {
      value: { type: 'null', value: null, offset: 10, length: 2 },
      problems: [],
    });
  });

  test('!!float reads a quoted number; !!timestamp and !!binary values are texts to a rule', () => {
    assert.deepEqual(read("a: !!float '1.5'\n"), {
      value: { type: 'number', value: 1.5, raw: '1.5', offset: 11, length: 5 },
      problems: [],
    });
    assert.deepEqual(read('a: !!timestamp 2001-12-14\n'), {
      value: { type: 'string', value: '2001-12-14', quoted: false, offset: 15, length: 10 },
      problems: [],
    });
    assert.deepEqual(read('a: !!binary R0lGODlh\n'), {
      value: { type: 'string', value: 'R0lGODlh', quoted: false, offset: 12, length: 8 },
      problems: [],
    });
  });

  test('a text its tag cannot read stays a string; an empty tagged value is empty', () => {
    assert.deepEqual(read('a: !!int abc\n').value, {
      type: 'string',
      value: 'abc',
      quoted: false,
      offset: 9,
      length: 3,
    });
    assert.deepEqual(read('a: !!bool "yes"\n').value, {
      type: 'string',
      value: 'yes',
      quoted: true,
      offset: 10,
      length: 5,
    });
    // The library stopped the whole document here ("could not be read").
    assert.deepEqual(read('a: !!str\nb: 1\n'), {
      value: { type: 'null', value: null, offset: 2, length: 0 },
      problems: [],
    });
  });

  test('tags inside lists, with anchors, and on collections', () => {
    const list = parse('a: [!!str 1, !!int 2]\n', 'yaml');
    const items = (getValue(list.root, 'a') as { items: AstNode[] }).items.map((i) => [
      i.type,
      (i as { value: unknown }).value,
    ]);
    assert.deepEqual(items, [
      ['string', '1'],
      ['number', 2],
    ]);
    const anchored = parse('a: &x !!str 12\nb: *x\n', 'yaml');
    assert.deepEqual(
      [getValue(anchored.root, 'b')?.type, (getValue(anchored.root, 'b') as { value: unknown }).value],
      ['string', '12'],
    );
    assert.deepEqual(read('a: !!map {b: 1}\n').problems, []);
    assert.deepEqual(read('a: !!seq [1]\n').value?.type, 'array');
  });

  test('a tag on the wrong kind of node and an unknown standard tag are still reported', () => {
    assert.deepEqual(
      read('a: !!str {b: 1}\n').problems[0],
      'Unacceptable node kind for !<tag:yaml.org,2002:str> tag; it should be "scalar", not "mapping"',
    );
    assert.deepEqual(read('a: !!foo 1\n').problems, ['Unknown tag <tag:yaml.org,2002:foo>']);
  });

  test('CloudFormation short-form tags are unchanged', () => {
    assert.deepEqual(read('a: !Ref X\n').value, {
      type: 'string',
      value: 'X',
      quoted: false,
      offset: 8,
      length: 1,
      tag: '!Ref',
    });
  });
});
