// Keep chomping (`|+`, `>+`) at the end of the text: the value keeps its final line break and the blank lines after
// it, and no more (YAML 1.2, 8.1.1.2). The fast path counted the empty piece after the text's last line break as one
// more blank line. The full parser is no reference here (it drops kept blank lines), so values are given by hand;
// the rest of the tree must still be the full parser's.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseYamlFast } from '../../../../server/src/service/parser/fastYaml';
import { parseYamlFull } from '../../../../server/src/service/parser/yamlParser';
import type { AstNode, StringNode } from '../../../../server/src/service/parser/ast';
import { shape } from '../../../support/treeShape';

/** The fast path takes `text`; the block scalar at `offset` has `value`; every other node is the full parser's. */
function assertBlockValue(text: string, offset: number, value: string): void {
  const quick = parseYamlFast(text);
  assert.ok(quick, `the fast path gave up on ${JSON.stringify(text)}`);
  const found: StringNode[] = [];
  const walk = (node: AstNode | undefined): void => {
    if (!node) return;
    if (node.offset === offset && node.type === 'string') found.push(node);
    if (node.type === 'object') for (const p of node.properties) walk(p.value);
    if (node.type === 'array') node.items.forEach(walk);
  };
  walk(quick.root);
  assert.equal(found.length, 1, `a block scalar at ${offset} in ${JSON.stringify(text)}`);
  assert.equal(found[0].value, value, JSON.stringify(text));
  const withoutValue = (lines: string[]) => lines.filter((line) => !line.startsWith(`string ${offset} `));
  assert.deepEqual(
    withoutValue(shape(quick.root, text)),
    withoutValue(shape(parseYamlFull(text).root, text)),
    JSON.stringify(text),
  );
}

test('keep chomping at the end of the text keeps the final line break and the blank lines, no more', () => {
  assertBlockValue('a: |+\n  x\n', 3, 'x\n');
  assertBlockValue('a: |+\n  x\n\n', 3, 'x\n\n');
  assertBlockValue('a: |+\n  x\n\n\n', 3, 'x\n\n\n');
  assertBlockValue('a: >+\n  x\n  y\n\n', 3, 'x y\n\n');
  assertBlockValue('b:\n  a: |+\n    x\n\n', 8, 'x\n\n');
  assertBlockValue('- |+\n  x\n', 2, 'x\n');
});

test('before another entry, and with clip or strip chomping, nothing changes', () => {
  assertBlockValue('a: |+\n  x\n\nb: 1\n', 3, 'x\n\n');
  assertBlockValue('a: |\n  x\n\n', 3, 'x\n');
  assertBlockValue('a: |-\n  x\n\n', 3, 'x');
  assertBlockValue('a: |\n  x', 3, 'x\n');
});
