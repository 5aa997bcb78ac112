/**
 * The fast JSON path against jsonc-parser: on every JSON file of the corpora and the large specs it builds the
 * very same tree (every node's type, value and span), on broken text it gives up wherever jsonc-parser reports a
 * problem, and it takes the fast path on the large real specs.
 */
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { describe, test } from 'node:test';
import type { AstNode } from '../../server/src/service/parser/ast';
import { parseJsonFast } from '../../server/src/service/parser/fastJson';
import { parseJsonFull } from '../../server/src/service/parser/jsonParser';
import { listFixtures, sharedDir } from '../support/fixtures';

/** A node and everything under it, without the parent links. */
function plain(node: AstNode | undefined): unknown {
  if (!node) return undefined;
  const { parent: _parent, ...rest } = node;
  if (node.type === 'object') {
    const { index: _index, ...fields } = rest as typeof rest & { index?: unknown };
    return { ...fields, properties: node.properties.map((p) => ({ offset: p.offset, length: p.length, key: plain(p.key), value: plain(p.value) })) };
  }
  if (node.type === 'array') return { ...rest, items: node.items.map(plain) };
  return rest;
}

const largeJson = [
  'large/kubernetes-client__python/kubernetes/swagger.json.unprocessed',
  'large/box__box-openapi/openapi.json',
  ...listFixtures(path.join(sharedDir, 'corpus', 'large', 'slackapi__slack-api-specs')).filter((f) => f.endsWith('.json')).map((f) => path.relative(path.join(sharedDir, 'corpus'), f)),
].map((f) => path.join(sharedDir, 'corpus', f));
const jsonFiles = [
  ...listFixtures(path.join(sharedDir, 'corpus', 'valid')).filter((f) => f.endsWith('.json')),
  ...listFixtures(path.join(__dirname, '..', 'fixtures')).filter((f) => f.endsWith('.json')),
  ...largeJson,
];

/** A small deterministic generator, so that a failure can be replayed. */
function random(seed: number): () => number {
  return () => {
    seed = (seed * 1103515245 + 12345) & 0x7fffffff;
    return seed / 0x7fffffff;
  };
}

describe('fast JSON path', () => {
  test('builds the same tree as jsonc-parser on every well-formed JSON file, and gives up on the broken fixtures', () => {
    assert.ok(jsonFiles.length >= 8, `only ${jsonFiles.length} JSON files`);
    let fastOnes = 0;
    for (const file of jsonFiles) {
      const text = fs.readFileSync(file, 'utf8');
      const fast = parseJsonFast(text);
      const full = parseJsonFull(text, false);
      if (full.problems.length) {
        assert.equal(fast, undefined, file);
        continue;
      }
      assert.ok(fast, `the fast path gave up on ${file}`);
      fastOnes++;
      assert.deepEqual(plain(fast.root), plain(full.root), file);
      assert.equal(fast.refs!.length, (text.match(/"\$ref"\s*:/g) ?? []).length, `$refs of ${file}`);
    }
    assert.ok(fastOnes >= largeJson.length + 5, `fast path on only ${fastOnes} files`);
    for (const file of largeJson) assert.ok(parseJsonFast(fs.readFileSync(file, 'utf8')), `the fast path gave up on ${file}`);
  });

  test('gives up wherever jsonc-parser finds a problem in text broken at random, and agrees where it finds none', () => {
    const next = random(8);
    const sources = jsonFiles.filter((f) => fs.statSync(f).size < 100_000).slice(0, 6).map((f) => fs.readFileSync(f, 'utf8'));
    const noise = ['"', '\\', ',', ':', '{', '}', '[', ']', 'x', '1', '-', '.', 'e', ' ', '\n', '/', '\t', 't'];
    let broken = 0;
    for (let i = 0; i < 600; i++) {
      const source = sources[i % sources.length];
      const at = Math.floor(next() * source.length);
      const text = next() < 0.5 ? source.slice(0, at) + source.slice(at + 1) : source.slice(0, at) + noise[Math.floor(next() * noise.length)] + source.slice(at);
      const full = parseJsonFull(text, false);
      const fast = parseJsonFast(text);
      if (full.problems.length) {
        broken++;
        assert.equal(fast, undefined, `the fast path accepted text jsonc-parser rejects (${full.problems[0].message} at ${full.problems[0].offset})`);
      } else if (fast) assert.deepEqual(plain(fast.root), plain(full.root));
    }
    assert.ok(broken > 150, `only ${broken} broken texts`);
  });

  test('reads escapes, numbers and nesting as JSON says', () => {
    const text = '{"a\\"b": "\\\\", "u": "\\u00e9\\n", "n": [-0, 1e5, 1.5E-3, 0, -12], "e": {}, "l": [], "t": [true, false, null]}';
    const fast = parseJsonFast(text);
    assert.ok(fast);
    assert.deepEqual(plain(fast.root), plain(parseJsonFull(text, false).root));
    assert.deepEqual(toValue(fast.root), JSON.parse(text));
  });

  test('leaves comments, trailing commas, empty text and deep nesting to jsonc-parser', () => {
    for (const text of ['{"a": 1 // note\n}', '{"a": 1,}', '[1, 2,]', '', '   ', '{"a": 1} x', '\ufeff{}', `${'['.repeat(500)}${']'.repeat(500)}`, '{"a": "line\nbreak"}', "{'a': 1}", '{"a": +1}', '{"a": .5}', '{"a": 01}']) {
      assert.equal(parseJsonFast(text), undefined, JSON.stringify(text.slice(0, 30)));
    }
  });
});

function toValue(node: AstNode | undefined): unknown {
  if (!node) return undefined;
  if (node.type === 'object') return Object.fromEntries(node.properties.map((p) => [p.key.value, toValue(p.value)]));
  if (node.type === 'array') return node.items.map(toValue);
  return node.value;
}
