/**
 * Priming only helps if the sample takes every path of the fast YAML parser: it must stay on the fast path
 * (a fallback to the full parser would prime the wrong code) and hold each construct the parser has a branch for.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { AstNode } from '../../../../server/src/service/parser/ast';
import { parseYamlFast } from '../../../../server/src/service/parser/fastYaml';
import { parseYamlFull } from '../../../../server/src/service/parser/yamlParser';
import { getLanguageService } from '../../../../server/src/service/languageService';
import { primeLanguageService } from '../../../../server/src/service/prime/prime';
import { PRIME_SAMPLE_YAML } from '../../../../server/src/service/prime/primeSample';
import { shape } from '../../../support/treeShape';

function* nodes(node: AstNode | undefined): Generator<AstNode> {
  if (!node) return;
  yield node;
  if (node.type === 'object') for (const p of node.properties) yield* nodes(p.value);
  if (node.type === 'array') for (const i of node.items) yield* nodes(i);
}

test('the priming sample is read by the fast YAML parser, as the full parser reads it', () => {
  const fast = parseYamlFast(PRIME_SAMPLE_YAML);
  assert.ok(fast, 'the fast path gave up on the priming sample');
  assert.deepEqual(
    shape(fast.root, PRIME_SAMPLE_YAML),
    shape(parseYamlFull(PRIME_SAMPLE_YAML).root, PRIME_SAMPLE_YAML),
  );
  assert.deepEqual(
    fast.problems.map((p) => p.rule),
    ['duplicate-key'],
  );
});

test('the priming sample holds every construct the fast YAML parser has a branch for', () => {
  const text = PRIME_SAMPLE_YAML;
  const all = [...nodes(parseYamlFast(text)!.root)];
  const keys = all.flatMap((n) => (n.type === 'object' ? n.properties.map((p) => p.key) : []));
  const strings = all.filter((n) => n.type === 'string');
  const has = (what: string, found: boolean) => assert.ok(found, `no ${what} in the priming sample`);
  for (const type of ['object', 'array', 'string', 'number', 'boolean', 'null'] as const)
    has(
      type,
      all.some((n) => n.type === type),
    );
  has(
    'double-quoted key',
    keys.some((k) => text[k.offset] === '"'),
  );
  has(
    'single-quoted key',
    keys.some((k) => text[k.offset] === "'"),
  );
  has(
    'explicit ? key',
    keys.some((k) => text.lastIndexOf('? ', k.offset) === k.offset - 2),
  );
  has(
    '$ref',
    keys.some((k) => k.value === '$ref'),
  );
  has(
    'literal block scalar',
    strings.some((s) => text[s.offset] === '|'),
  );
  has(
    'folded block scalar',
    strings.some((s) => text[s.offset] === '>'),
  );
  has(
    'multi-line plain scalar',
    strings.some((s) => !s.quoted && text.slice(s.offset, s.offset + s.length).includes('\n')),
  );
  has(
    'multi-line double-quoted scalar',
    strings.some((s) => text[s.offset] === '"' && text.slice(s.offset, s.offset + s.length).includes('\n')),
  );
  has(
    'escape in a double-quoted scalar',
    strings.some((s) => text[s.offset] === '"' && text.slice(s.offset, s.offset + s.length).includes('\\')),
  );
  has(
    "'' in a single-quoted scalar",
    strings.some((s) => s.value.includes("'") && text[s.offset] === "'"),
  );
  has(
    'flow mapping',
    all.some((n) => n.type === 'object' && text[n.offset] === '{'),
  );
  has(
    'flow sequence',
    all.some((n) => n.type === 'array' && text[n.offset] === '['),
  );
  has(
    'compact mapping in a sequence',
    all.some((n) => n.type === 'array' && n.items.some((i) => i.type === 'object' && text[i.offset - 2] === '-')),
  );
  has(
    'CloudFormation tag',
    all.some((n) => n.tag === '!Sub'),
  );
  has('comment line', /^\s+# /m.test(text));
  has('blank line', text.includes('\n\n'));
});

test('priming leaves a language service that answers as a fresh one does', () => {
  const primed = getLanguageService();
  primeLanguageService(primed);
  const fresh = getLanguageService();
  const text =
    "openapi: 3.0.1\ninfo: { title: t, version: '1' }\npaths:\n  /a:\n    get:\n      x-amazon-apigateway-integration:\n        type: aws_prox\n";
  const check = (s: typeof fresh) => s.validate(s.parseDocument('file:///a.yaml', 'yaml', 1, text));
  assert.deepEqual(check(primed), check(fresh));
  assert.ok(check(primed).length > 0);
});
