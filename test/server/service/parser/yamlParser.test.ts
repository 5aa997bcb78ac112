// The full YAML parser, which reads every document the fast path leaves to it: the tree it builds (node for node
// what the fast path builds, where both read a document), the CloudFormation short-form tags it moves onto their
// nodes, the problems it reports and the ones it does not, duplicate keys, aliases (copied to where they stand,
// bounded in depth and in total) and the refusal of nesting too deep to check.
import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import type { AstNode, ObjectNode } from '../../../../server/src/service/parser/ast';
import { parseYamlFast } from '../../../../server/src/service/parser/fastYaml';
import { MAX_ALIAS_NODES, parseYamlFull } from '../../../../server/src/service/parser/yamlParser';
import { treeDump } from '../../../support/treeShape';

const bombMessage = `Aliases here expand to more than ${MAX_ALIAS_NODES.toLocaleString('en-US')} values (an "alias bomb"); the document is not checked.`;
const depthMessage = 'Nesting deeper than 400 levels is not read.';

function valueOf(text: string, key: string): AstNode | undefined {
  const root = parseYamlFull(text).root as ObjectNode;
  return root.properties.find((p) => p.key.value === key)?.value;
}

/** How many arrays deep the first items go, and the innermost array. */
function firstItemsDepth(node: AstNode | undefined): { depth: number; innermost: AstNode | undefined } {
  let depth = 0;
  let current = node;
  while (current?.type === 'array' && current.items.length > 0) {
    current = current.items[0];
    depth++;
  }
  return { depth, innermost: current };
}

describe('the tree', () => {
  test('is node for node the tree the fast path builds: types, values, quotes, tags, spans, parents', () => {
    for (const text of [
      'openapi: 3.0.1\npaths:\n  /a:\n    get:\n      x-amazon-apigateway-integration:\n        type: aws_proxy\n' +
        '        uri: !Sub "arn:${A}"\n        timeoutInMillis: 29000\n        q: "123"\n        s: \'x\'\n' +
        '        l: [1, true, null, {b: c}]\n        "k": v\n        \'j\': !Ref w',
      'a: [1, !GetAtt x.y, {b: 2}]\nc: d',
      'a: 1',
    ]) {
      const fast = parseYamlFast(text);
      assert.ok(fast, `the fast path reads ${JSON.stringify(text)}`);
      assert.deepEqual(parseYamlFull(text), { root: fast.root, problems: fast.problems }, text);
    }
  });

  test('quoted and tagged scalars stay strings; plain ones are typed', () => {
    const text = 'a: "123"\nb: \'true\'\nc: !Ref 123\nd: 123\ne: x';
    assert.deepEqual(treeDump(parseYamlFull(text).root), [
      'object 0+42',
      'property 0+8 key 0+1 "a"',
      'string 3+5 "123" quoted',
      'property 9+9 key 9+1 "b"',
      'string 12+6 "true" quoted',
      'property 19+11 key 19+1 "c"',
      'string 27+3 "123" !Ref',
      'property 31+6 key 31+1 "d"',
      'number 34+3 123 raw 123',
      'property 38+4 key 38+1 "e"',
      'string 41+1 "x"',
    ]);
  });

  test('quoted keys are marked quoted, plain ones not; keys are strings whose parent is their property', () => {
    const root = parseYamlFull('"a": 1\n\'b\': 2\nc: 3').root as ObjectNode;
    assert.deepEqual(
      root.properties.map((p) => [p.key.type, p.key.value, p.key.quoted, p.key.parent === p, p.type]),
      [
        ['string', 'a', true, true, 'property'],
        ['string', 'b', true, true, 'property'],
        ['string', 'c', false, true, 'property'],
      ],
    );
  });

  test('a property spans from its key to the end of its value', () => {
    const root = parseYamlFull('key:\n  nested: value\nnext: 1').root as ObjectNode;
    assert.deepEqual(
      root.properties.map((p) => [p.offset, p.length]),
      [
        [0, 20],
        [21, 7],
      ],
    );
  });

  test('a key with nothing after it holds a null just after its colon', () => {
    assert.deepEqual(treeDump(valueOf('a:\nb: 1', 'a')), ['null 2+0 null']);
  });

  test('an entry with no key is left out; a value with an include tag is left empty', () => {
    const root = parseYamlFull('? \n: x\nb: 1').root as ObjectNode;
    assert.deepEqual(
      root.properties.map((p) => p.key.value),
      ['b'],
    );
    const included = parseYamlFull('a: !include other.yaml').root as ObjectNode;
    assert.equal(included.properties.length, 1);
    assert.equal(included.properties[0].value, undefined);
  });

  test('a key written as an alias is the scalar it names; a key that is a collection reads as empty', () => {
    const root = parseYamlFull('a: &k key\n*k : v\n? [x, y]\n: 1').root as ObjectNode;
    assert.deepEqual(
      root.properties.map((p) => p.key.value),
      ['a', 'key', ''],
    );
    // An alias to no anchor names nothing (the parser reports it).
    const unknown = parseYamlFull('{*nope : v}');
    assert.deepEqual(
      (unknown.root as ObjectNode).properties.map((p) => p.key.value),
      [''],
    );
    assert.equal(unknown.problems[0].message, 'Unidentified alias "nope"');
  });

  test('an empty entry of a block sequence does not stop the entries after it being read', () => {
    const root = parseYamlFull('-\n- x').root;
    assert.equal(root?.type, 'array');
    assert.deepEqual(treeDump(root?.type === 'array' ? root.items.at(-1) : undefined), ['string 4+1 "x"']);
  });
});

describe('short-form tags', () => {
  test('go to the node after them, whatever blank separates them', () => {
    for (const [text, expected] of [
      ['a: !Ref x', 'string 8+1 "x" !Ref'],
      ['a: !Ref\tx', 'string 8+1 "x" !Ref'],
      ['a: !GetAtt\n  x.y', 'string 13+3 "x.y" !GetAtt'],
      ['a: !Sub\r\n  - y', 'array 11+4 !Sub'],
      ['a: !Ref\r\n  x', 'string 11+1 "x" !Ref'],
    ] as const) {
      assert.equal(treeDump(valueOf(text, 'a'))[0], expected, JSON.stringify(text));
      assert.deepEqual(parseYamlFull(text).problems, [], JSON.stringify(text));
    }
  });

  test('a tag at the very end of the text leaves a null value and no problem', () => {
    const result = parseYamlFull('a: !Ref');
    assert.deepEqual(result.problems, []);
    assert.equal(valueOf('a: !Ref', 'a')?.type, 'null');
  });
});

describe('problems', () => {
  test('the parser’s errors are reported capitalised, at their offset', () => {
    assert.deepEqual(parseYamlFull('x: 1\n---\ny: 2').problems, [
      { message: 'Expected a single document in the stream, but found more', offset: 4, length: 1 },
    ]);
    assert.deepEqual(parseYamlFull('a: "open').problems, [
      { message: 'Unexpected end of the stream within a double quoted scalar', offset: 8, length: 1 },
    ]);
  });

  test('tabs in separating space are only a warning of the parser, not a problem', () => {
    const result = parseYamlFull('a:\t1\nb: \t2');
    assert.deepEqual(result.problems, []);
    assert.deepEqual(treeDump(result.root), [
      'object 0+10',
      'property 0+4 key 0+1 "a"',
      'number 3+1 1 raw 1',
      'property 5+5 key 5+1 "b"',
      'number 9+1 2 raw 2',
    ]);
  });

  test('a duplicate key is reported at the later key, in small and large mappings alike', () => {
    const duplicate = (offset: number) => ({
      message: "Duplicate key 'a': the last value wins.",
      offset,
      length: 1,
      rule: 'duplicate-key',
    });
    assert.deepEqual(parseYamlFull('a: 1\nb: 2\na: 3').problems, [duplicate(10)]);
    const many = Array.from({ length: 20 }, (_, i) => `k${i}: ${i}`).join('\n');
    const text = `${many}\na: 1\na: 2`;
    assert.deepEqual(parseYamlFull(text).problems, [duplicate(text.lastIndexOf('a:'))]);
  });
});

describe('aliases', () => {
  test('a copy stands where the alias is written; the result says aliases were expanded', () => {
    const text = 'a: &x [1]\nb: *x';
    const result = parseYamlFull(text);
    assert.equal(result.aliases, true);
    // The parser's alias node starts after its `*`.
    assert.deepEqual(treeDump(valueOf(text, 'b')), ['array 14+1', 'number 7+1 1 raw 1']);
    assert.equal(parseYamlFull('a: [1]').aliases, undefined);
  });

  test('an alias to no anchor is a null where it stands', () => {
    const result = parseYamlFull('a: *nope');
    assert.equal(result.aliases, true);
    assert.deepEqual(treeDump(valueOf('a: *nope', 'a')), ['null 4+3 null']);
    assert.equal(result.problems[0].message, 'Unidentified alias "nope"');
  });

  test('an alias inside its own anchor is expanded 20 times, then a null', () => {
    const { depth, innermost } = firstItemsDepth(valueOf('a: &a [*a, x]', 'a'));
    assert.equal(depth, 21);
    assert.equal(innermost?.type, 'null');
  });

  test(`up to ${MAX_ALIAS_NODES} copied values are read; one more is an alias bomb, reported at the alias`, () => {
    // 100 copies of a list of 999 items are exactly the limit (the list counts too); plain nodes do not count.
    const limit = `one: &one 1\nbig: &big [${Array(999).fill('1').join(', ')}]\nb: [${Array(100).fill('*big').join(', ')}]\n`;
    const fine = parseYamlFull(limit);
    assert.deepEqual(fine.problems, []);
    assert.equal(fine.root?.type, 'object');
    const over = `${limit}c: *one\nd: *one\n`;
    assert.deepEqual(parseYamlFull(over), {
      root: undefined,
      problems: [{ message: bombMessage, offset: over.indexOf('*one', limit.length), length: 4 }],
      aliases: true,
    });
  });

  test('a bomb of nested aliases is reported at the alias written outside any anchor', () => {
    const lines = ['l0: &l0 [x, x, x, x, x, x, x, x, x, x]'];
    for (let i = 1; i < 4; i++)
      lines.push(
        `l${i}: &l${i} [${Array(10)
          .fill(`*l${i - 1}`)
          .join(', ')}]`,
      );
    lines.push(`bomb: [${Array(10).fill('*l3').join(', ')}]`);
    const text = lines.join('\n');
    const result = parseYamlFull(text);
    assert.equal(result.root, undefined);
    assert.equal(result.problems.length, 1);
    const [problem] = result.problems;
    assert.equal(problem.message, bombMessage);
    assert.equal(text.slice(problem.offset, problem.offset + problem.length), '*l3');
    assert.ok(problem.offset > text.lastIndexOf('\n'), 'on the last line');
  });
});

describe('nesting', () => {
  const nested = (levels: number) => `${'['.repeat(levels)}${']'.repeat(levels)}`;

  test('400 levels below the root are read; the level after is left out with one problem where it starts', () => {
    const fine = parseYamlFull(nested(401));
    assert.deepEqual(fine.problems, []);
    assert.equal(firstItemsDepth(fine.root).depth, 400);
    const deep = parseYamlFull(nested(402));
    assert.deepEqual(deep.problems, [{ message: depthMessage, offset: 401, length: 1 }]);
    const { depth, innermost } = firstItemsDepth(deep.root);
    assert.equal(depth, 400);
    assert.deepEqual(innermost?.type === 'array' && innermost.items, []);
  });

  test('mappings count as levels too, and two branches too deep give one problem', () => {
    const maps = (levels: number) => `${'{a: '.repeat(levels)}1${'}'.repeat(levels)}`;
    assert.deepEqual(parseYamlFull(maps(400)).problems, []);
    assert.deepEqual(parseYamlFull(maps(401)).problems, [{ message: depthMessage, offset: 1604, length: 1 }]);
    const two = `- ${nested(402)}\n- ${nested(402)}`;
    assert.deepEqual(parseYamlFull(two).problems, [{ message: depthMessage, offset: 402, length: 1 }]);
  });

  test('an alias counts as a level: a copy placed deeper than its anchor can go too deep', () => {
    const text = `a: &a ${nested(400)}\nb: *a`;
    const result = parseYamlFull(text);
    assert.equal(result.problems.length, 1);
    assert.equal(result.problems[0].message, depthMessage);
    assert.equal(firstItemsDepth(valueOf(text, 'a')).depth, 399);
    assert.equal(firstItemsDepth(valueOf(text, 'b')).depth, 398);
  });
});

describe('empty entries of flow lists', () => {
  const emptyEntry = 'A value is missing here: remove the extra comma in this list.';
  const items = (text: string) => {
    const value = valueOf(text, 'a');
    return value?.type === 'array' ? value.items.map((i) => (i as { value: unknown }).value) : undefined;
  };

  test('are a problem at the comma or bracket standing where the value should be, and no entry', () => {
    // PyYAML stops there ("expected the node content, but found ','"); the parser library read a null at offset -1.
    assert.deepEqual(parseYamlFull('a: [1, , 2]\n').problems, [{ message: emptyEntry, offset: 7, length: 1 }]);
    assert.deepEqual(items('a: [1, , 2]\n'), [1, 2]);
    assert.deepEqual(parseYamlFull('a: [,]\n').problems, [{ message: emptyEntry, offset: 4, length: 1 }]);
    assert.deepEqual(parseYamlFull('[,]').problems, [{ message: emptyEntry, offset: 1, length: 1 }]);
    assert.deepEqual(parseYamlFull('a: [1,,]\n').problems, [{ message: emptyEntry, offset: 6, length: 1 }]);
    assert.deepEqual(parseYamlFull('a: {b: [ , x]}\n').problems, [{ message: emptyEntry, offset: 9, length: 1 }]);
  });

  test('comments and line breaks between the commas are passed over', () => {
    assert.deepEqual(parseYamlFull('a: [1 , # c\n  , 2]\n').problems, [{ message: emptyEntry, offset: 14, length: 1 }]);
    assert.deepEqual(parseYamlFull('a: [ # c\n # d\n , 2]\n').problems, [
      { message: emptyEntry, offset: 15, length: 1 },
    ]);
  });

  test('a placeless entry the library makes of a broken block list is no comma of a flow list', () => {
    assert.deepEqual(parseYamlFull('- ,>').problems, [
      { message: 'Bad indentation of a sequence entry', offset: 2, length: 1 },
      { message: 'End of the stream or a document separator is expected', offset: 3, length: 1 },
    ]);
  });

  test('a trailing comma is no empty entry', () => {
    assert.deepEqual(parseYamlFull('a: [1, 2, ]\n').problems, []);
    assert.deepEqual(items('a: [1, 2, ]\n'), [1, 2]);
  });
});
