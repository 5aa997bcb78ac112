// A `key:` with nothing after it on its line takes the lines below as its value only when they are deeper, or a
// sequence at the key's own column: a less-indented line that merely has `- ` at the key's column belongs to an
// enclosing mapping. The fast path must read that as the full parser does (and not take the line as the value).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseYamlFast } from '../../../../server/src/service/parser/fastYaml';
import { parseYamlFull } from '../../../../server/src/service/parser/yamlParser';
import { shape } from '../../../support/treeShape';

function assertFastAgrees(text: string): void {
  const quick = parseYamlFast(text);
  assert.ok(quick, `the fast path gave up on ${JSON.stringify(text)}`);
  assert.deepEqual(shape(quick.root, text), shape(parseYamlFull(text).root, text), JSON.stringify(text));
}

test("a less-indented line with `- ` at the empty key's column is not that key's value", () => {
  // `b - x` starts at column 0; its `- ` sits at column 2, where `a` is.
  const text = 'x:\n  a:\nb - x: 1\n';
  assertFastAgrees(text);
  const root = parseYamlFast(text)!.root;
  assert.equal(root?.type, 'object');
  if (root?.type !== 'object') return;
  assert.deepEqual(
    root.properties.map((p) => p.key.value),
    ['x', 'b - x'],
  );
  const x = root.properties[0].value;
  assert.equal(x?.type, 'object');
  if (x?.type === 'object') assert.equal(x.properties[0].value?.type, 'null');
});

test("a sequence at the empty key's own column is its value; a deeper block too", () => {
  assertFastAgrees('x:\n  a:\n  - y\n  b:\n    c: 1\n');
  assertFastAgrees('a:\n- y\nb:\n  - z\n');
});
