/**
 * The fast YAML path against the full parser: on every YAML file of the corpora and the large specs, it either
 * gives up or builds the same tree (same keys, values, types, tags and scalar positions); and it takes the fast
 * path on the large real specs (otherwise it would not be worth having).
 */
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { describe, test } from 'node:test';
import { parseYamlFast } from '../../../../server/src/service/parser/fastYaml';
import { parseYamlFull } from '../../../../server/src/service/parser/yamlParser';
import { listFixtures, sharedDir } from '../../../support/fixtures';
import { shape } from '../../../support/treeShape';

const yamlFiles = [
  ...listFixtures(path.join(sharedDir, 'corpus')).filter((f) => /\.ya?ml$/.test(f)),
  ...listFixtures(path.join(__dirname, '..', '..', '..', 'fixtures')).filter((f) => /\.ya?ml$/.test(f)),
  ...listFixtures(path.join(__dirname, '..', '..', '..', '..', 'examples')).filter((f) => /\.ya?ml$/.test(f)),
];

describe('fast YAML path', () => {
  test('gives up or agrees with the full parser on every YAML file', () => {
    let fast = 0;
    for (const file of yamlFiles) {
      const text = fs.readFileSync(file, 'utf8');
      const quick = parseYamlFast(text);
      if (!quick) continue;
      fast++;
      const full = parseYamlFull(text);
      const a = shape(quick.root, text);
      const b = shape(full.root, text);
      const at = a.findIndex((line, i) => line !== b[i]);
      assert.ok(
        at < 0 && a.length === b.length,
        `${path.basename(file)}: first difference at entry ${at}:\n  fast: ${a[at]?.slice(0, 300)}\n  full: ${b[at]?.slice(0, 300)}`,
      );
      assert.deepEqual(
        quick.problems.map((p) => [p.rule, p.offset]),
        full.problems.map((p) => [p.rule, p.offset]),
        `${file}: problems`,
      );
    }
    console.log(`fast path taken for ${fast} of ${yamlFiles.length} YAML files`);
    assert.ok(fast > yamlFiles.length / 2);
  });

  test('takes the fast path on the large real specs', () => {
    for (const file of yamlFiles.filter((f) => f.includes(`${path.sep}large${path.sep}`))) {
      assert.ok(parseYamlFast(fs.readFileSync(file, 'utf8')), `fast path for ${path.basename(file)}`);
    }
  });

  test("keeps the quote of a single-quoted `''` that ends a line, as YAML says", () => {
    const result = parseYamlFast("a: 'it''\n  s'\n");
    assert.equal((result?.root as { properties: { value: { value: string } }[] }).properties[0].value.value, "it' s");
  });

  test('a " #" inside what looks like a key starts a comment: the fast path gives up or reads it as the full parser does', () => {
    for (const text of [
      'paths:\n  /a #old: 1\n  /b: 2\n',
      'a #x: 1\n',
      'x-amazon-apigateway-cors: #{c}\n  allowOrigins: ["*"]\n',
      "a: 'b #c'\nd #e: f\n",
    ]) {
      const fast = parseYamlFast(text);
      if (fast === undefined) continue;
      const full = parseYamlFull(text);
      assert.deepEqual(shape(fast.root, text), shape(full.root, text), JSON.stringify(text));
      assert.deepEqual(
        fast.problems.map((p) => [p.rule, p.offset]),
        full.problems.map((p) => [p.rule, p.offset]),
        JSON.stringify(text),
      );
    }
    assert.equal(
      parseYamlFast('paths:\n  /a #old: 1\n'),
      undefined,
      'the case that broke before: /a #old: 1 is no key',
    );
  });

  test('gives up on what it does not handle', () => {
    for (const text of [
      'a: &x 1\nb: *x\n',
      'a: 1\n---\nb: 2\n',
      'a:\n\tb: 1\n',
      'a: b: c\n',
      'a: [1,\n',
      'a: >2\n\n  x\n',
    ]) {
      assert.equal(parseYamlFast(text), undefined, JSON.stringify(text));
    }
  });
});
