/**
 * The fast JSON path against jsonc-parser: on every JSON file of the corpora and the large specs it builds the
 * very same tree (every node's type, value and span), on broken text it gives up wherever jsonc-parser reports a
 * problem, and it takes the fast path on the large real specs.
 */
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { describe, test } from 'node:test';
import { toJson } from '../../../../server/src/service/document/toJson';
import { parseJsonFast } from '../../../../server/src/service/parser/fastJson';
import { parseJsonFull } from '../../../../server/src/service/parser/jsonParser';
import { listFixtures, sharedDir } from '../../../support/fixtures';
import { random } from '../../../support/random';
import { treeDump } from '../../../support/treeShape';

const largeJson = [
  'large/kubernetes-client__python/kubernetes/swagger.json.unprocessed',
  'large/box__box-openapi/openapi.json',
  ...listFixtures(path.join(sharedDir, 'corpus', 'large', 'slackapi__slack-api-specs'))
    .filter((f) => f.endsWith('.json'))
    .map((f) => path.relative(path.join(sharedDir, 'corpus'), f)),
].map((f) => path.join(sharedDir, 'corpus', f));
const jsonFiles = [
  ...listFixtures(path.join(sharedDir, 'corpus', 'valid')).filter((f) => f.endsWith('.json')),
  ...listFixtures(path.join(__dirname, '..', '..', '..', 'fixtures')).filter((f) => f.endsWith('.json')),
  ...largeJson,
];

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
      assert.deepEqual(treeDump(fast.root), treeDump(full.root), file);
      assert.equal(fast.refs!.length, (text.match(/"\$ref"\s*:/g) ?? []).length, `$refs of ${file}`);
    }
    assert.ok(fastOnes >= largeJson.length + 5, `fast path on only ${fastOnes} files`);
    for (const file of largeJson)
      assert.ok(parseJsonFast(fs.readFileSync(file, 'utf8')), `the fast path gave up on ${file}`);
  });

  test('gives up wherever jsonc-parser finds a problem in text broken at random, and agrees where it finds none', () => {
    const next = random(8);
    const sources = jsonFiles
      .filter((f) => fs.statSync(f).size < 100_000)
      .slice(0, 6)
      .map((f) => fs.readFileSync(f, 'utf8'));
    const noise = ['"', '\\', ',', ':', '{', '}', '[', ']', 'x', '1', '-', '.', 'e', ' ', '\n', '/', '\t', 't'];
    let broken = 0;
    for (let i = 0; i < 600; i++) {
      const source = sources[i % sources.length];
      const at = Math.floor(next() * source.length);
      const text =
        next() < 0.5
          ? source.slice(0, at) + source.slice(at + 1)
          : source.slice(0, at) + noise[Math.floor(next() * noise.length)] + source.slice(at);
      const full = parseJsonFull(text, false);
      const fast = parseJsonFast(text);
      if (full.problems.length) {
        broken++;
        assert.equal(
          fast,
          undefined,
          `the fast path accepted text jsonc-parser rejects (${full.problems[0].message} at ${full.problems[0].offset})`,
        );
      } else if (fast) assert.deepEqual(treeDump(fast.root), treeDump(full.root));
    }
    assert.ok(broken > 150, `only ${broken} broken texts`);
  });

  test('reads escapes, numbers and nesting as JSON says', () => {
    const text =
      '{"a\\"b": "\\\\", "u": "\\u00e9\\n", "n": [-0, 1e5, 1.5E-3, 0, -12], "e": {}, "l": [], "t": [true, false, null]}';
    const fast = parseJsonFast(text);
    assert.ok(fast);
    assert.deepEqual(treeDump(fast.root), treeDump(parseJsonFull(text, false).root));
    assert.deepEqual(toJson(fast.root), JSON.parse(text));
  });

  test('leaves comments, trailing commas, empty text and deep nesting to jsonc-parser', () => {
    for (const text of [
      '{"a": 1 // note\n}',
      '{"a": 1,}',
      '[1, 2,]',
      '',
      '   ',
      '{"a": 1} x',
      '\ufeff{}',
      `${'['.repeat(500)}${']'.repeat(500)}`,
      '{"a": "line\nbreak"}',
      "{'a': 1}",
      '{"a": +1}',
      '{"a": .5}',
      '{"a": 01}',
    ]) {
      assert.equal(parseJsonFast(text), undefined, JSON.stringify(text.slice(0, 30)));
    }
  });
});
