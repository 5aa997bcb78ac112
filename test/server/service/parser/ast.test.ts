// The tree helpers every feature uses: finding a key (also in objects big enough to be indexed, where the first of
// duplicate keys is the one found, as with few keys), a scalar as the text AWS reads, the path from the root to a
// node and back, and the node under the cursor (end inclusive, keys before values).
import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import {
  asObject,
  asString,
  findAtPath,
  getProperty,
  getValue,
  nodeAtOffset,
  pathOf,
  scalarText,
  type AstNode,
} from '../../../../server/src/service/parser/ast';
import { parse } from '../../../../server/src/service/parser/parse';
import { parseYamlFull } from '../../../../server/src/service/parser/yamlParser';

const yamlRoot = (text: string) => parse(text, 'yaml').root!;

describe('getProperty', () => {
  test('small and large objects find the same keys, the first of duplicates, and nothing else', () => {
    for (const size of [3, 7, 8, 20]) {
      const keys = Array.from({ length: size }, (_, i) => `k${i}: ${i}`);
      const text = `${keys.join('\n')}\nk1: dup\n`;
      const root = parse(text, 'yaml').root;
      assert.equal((getValue(root, 'k1') as { value: unknown }).value, 1, `size ${size}`);
      assert.equal((getValue(root, `k${size - 1}`) as { value: unknown }).value, size - 1, `size ${size}`);
      assert.equal(getProperty(root, 'missing'), undefined);
      assert.equal(getProperty(root, 'missing'), undefined, 'twice, from the index');
    }
    assert.equal(getProperty(yamlRoot('- a\n'), 'a'), undefined);
    assert.equal(getProperty(undefined, 'a'), undefined);
    assert.equal(getValue(undefined, 'a'), undefined);
  });
});

describe('asObject, asString, scalarText', () => {
  test('each answers for its own type only; numbers keep their written text', () => {
    const root = yamlRoot('o: {}\ns: text\nn: 0x1F\nb: true\nz: null\na: [1]\n');
    assert.equal(asObject(getValue(root, 'o'))?.type, 'object');
    assert.equal(asObject(getValue(root, 's')), undefined);
    assert.equal(asString(getValue(root, 's')), 'text');
    assert.equal(asString(getValue(root, 'n')), undefined);
    assert.equal(scalarText(getValue(root, 's')), 'text');
    assert.equal(scalarText(getValue(root, 'n')), '0x1F');
    assert.equal(scalarText(getValue(root, 'b')), 'true');
    assert.equal(scalarText(getValue(root, 'z')), undefined);
    assert.equal(scalarText(getValue(root, 'a')), undefined);
    assert.equal(scalarText(undefined), undefined);
    assert.equal(asObject(undefined), undefined);
  });
});

describe('pathOf and findAtPath', () => {
  test('a node deep in objects and arrays has a path that leads back to it', () => {
    const root = yamlRoot(
      'paths:\n  /a:\n    get:\n      tags: [x, y]\n      responses:\n        "200": {description: ok}\n',
    );
    const y = findAtPath(root, ['paths', '/a', 'get', 'tags', 1]);
    assert.equal(asString(y), 'y');
    assert.deepEqual(pathOf(y!), ['paths', '/a', 'get', 'tags', 1]);
    const ok = findAtPath(root, ['paths', '/a', 'get', 'responses', '200', 'description']);
    assert.deepEqual(pathOf(ok!), ['paths', '/a', 'get', 'responses', '200', 'description']);
    assert.deepEqual(pathOf(root), []);
    assert.equal(findAtPath(root, []), root);
    assert.equal(findAtPath(root, ['paths', 'nope', 'get']), undefined);
    assert.equal(findAtPath(root, ['paths', 0]), undefined);
    assert.equal(findAtPath(root, ['paths', '/a', 'get', 'tags', 5]), undefined);
    assert.equal(findAtPath(undefined, ['a']), undefined);
  });
});

describe('nodeAtOffset', () => {
  const text = 'a: hello\nlist:\n  - one\n  - two\nobj: {k: v}\n';
  const root = yamlRoot(text);
  const at = (offset: number) => {
    const node = nodeAtOffset(root, offset) as AstNode & { value?: unknown };
    return node ? `${node.type} ${String(node.value ?? '')}` : 'none';
  };

  test('keys, values and items under the cursor, the end of a value included', () => {
    assert.equal(at(0), 'string a');
    assert.equal(at(1), 'string a');
    assert.equal(at(3), 'string hello');
    assert.equal(at(8), 'string hello');
    assert.equal(at(text.indexOf('one')), 'string one');
    assert.equal(at(text.indexOf('two') + 3), 'string two');
    assert.equal(at(text.indexOf('v}')), 'string v');
    assert.equal(at(text.indexOf('k:')), 'string k');
  });

  test('between nodes the innermost container answers; outside the root nothing does', () => {
    assert.equal(at(text.indexOf('- one')), 'array ');
    assert.equal(at(text.indexOf('{k')), 'object ');
    assert.equal(nodeAtOffset(root, -1), undefined);
    assert.equal(nodeAtOffset(root, text.length + 5), undefined);
    assert.equal(nodeAtOffset(undefined, 0), undefined);
    const spaced = yamlRoot('a:   \nb: 1\n');
    assert.equal(nodeAtOffset(spaced, 3)?.type, 'object');
  });
});

describe('the helpers at the edges of a tree', () => {
  test('asString of nothing is nothing; a path that runs out before an index is nothing', () => {
    assert.equal(asString(undefined), undefined);
    const root = yamlRoot('a:\n  b: [1]\n');
    assert.equal(findAtPath(root, ['missing', 0]), undefined);
    assert.equal(findAtPath(root, ['a', 'missing', 0, 'c']), undefined);
    assert.equal(scalarText(findAtPath(root, ['a', 'b', 0])), '1');
  });

  test('the cursor right after the root is in it; between a key and its value the object answers', () => {
    const text = '{"a":   "x", "b": 1}';
    const root = parse(text, 'json').root!;
    assert.equal(nodeAtOffset(root, text.length), root);
    // After the colon, before the value: neither the key nor the value.
    assert.equal(nodeAtOffset(root, text.indexOf(':') + 2), root);
    const yaml = yamlRoot('a:    x\n');
    assert.equal(nodeAtOffset(yaml, 4)?.type, 'object');
    assert.equal(nodeAtOffset(yaml, 6)?.type, 'string');
  });

  test('a property without a value (an include tag the full parser leaves out) is answered by its object', () => {
    const text = 'a: !include other.yaml\n';
    const root = parseYamlFull(text).root;
    assert.equal(getProperty(root, 'a')?.value, undefined);
    assert.equal(nodeAtOffset(root, text.indexOf('other')), root);
  });
});
