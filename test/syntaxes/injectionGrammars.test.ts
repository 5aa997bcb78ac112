// The injection grammars' regexes are written to be valid JavaScript too, so their rules are checked here one by one
// with RegExp; textmate.test.ts runs them in VS Code's own engine, injected into its YAML and JSON grammars.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';

const root = path.resolve(__dirname, '..', '..');
const load = (file: string) => JSON.parse(fs.readFileSync(path.join(root, 'syntaxes', file), 'utf8'));
const keys = load('apigw-extension-keys.injection.tmLanguage.json');
const velocity = load('apigw-velocity.injection.tmLanguage.json');

function matches(rule: { match: string }, line: string): string[] {
  return [...line.matchAll(new RegExp(rule.match, 'g'))].map((m) => m[0]);
}

function groups(rule: { match: string }, line: string): string[][] {
  return [...line.matchAll(new RegExp(rule.match, 'g'))].map((m) =>
    m.slice(1).filter((g) => g !== undefined && g !== ''),
  );
}

describe('injection grammars', () => {
  test('package.json injects both grammars into YAML, JSON and JSON with comments', () => {
    const pkg = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8'));
    for (const grammar of [keys, velocity]) {
      const entry = pkg.contributes.grammars.find((g: { scopeName: string }) => g.scopeName === grammar.scopeName);
      assert.ok(entry, `${grammar.scopeName} is not contributed`);
      assert.deepEqual(entry.injectTo, ['source.yaml', 'source.json', 'source.json.comments']);
      assert.ok(fs.existsSync(path.join(root, entry.path)), `${entry.path} is missing`);
    }
    assert.equal(keys.injectionSelector, 'L:source.yaml -comment, L:source.json support.type.property-name');
    assert.equal(velocity.injectionSelector, 'L:source.yaml string, L:source.json string');
  });

  test('extension keys: plain, quoted and JSON keys, not mentions in text', () => {
    const rule = keys.repository['extension-key'];
    assert.deepEqual(matches(rule, '      x-amazon-apigateway-integration:'), ['x-amazon-apigateway-integration']);
    assert.deepEqual(matches(rule, 'x-amazon-apigateway-api-key-source: HEADER'), [
      'x-amazon-apigateway-api-key-source',
    ]);
    assert.deepEqual(matches(rule, `  'x-amazon-apigateway-binary-media-types' : [a]`), [
      'x-amazon-apigateway-binary-media-types',
    ]);
    assert.deepEqual(matches(rule, '  "x-amazon-apigateway-integration": {'), ['x-amazon-apigateway-integration']);
    assert.deepEqual(matches(rule, '  description: uses x-amazon-apigateway-integration here'), []);
    assert.deepEqual(matches(rule, '  my-x-amazon-apigateway-thing: 1'), []);
    assert.deepEqual(matches(rule, '  x-amazon-apigateway-: 1'), []);
  });

  test('Velocity directives, with and without braces', () => {
    const rule = velocity.repository.directive;
    assert.deepEqual(matches(rule, `#set($body = $input.path('$')) #if($a) x #elseif($b) y #else z #end`), [
      '#set',
      '#if',
      '#elseif',
      '#else',
      '#end',
    ]);
    assert.deepEqual(matches(rule, '#foreach($item in $list)#{end}'), ['#foreach', '#{end}']);
    assert.deepEqual(matches(rule, 'color: "#fff" #ending #settings'), []);
  });

  test('Velocity built-in variables with their property chain', () => {
    const rule = velocity.repository['builtin-variable'];
    assert.deepEqual(
      groups(rule, `{"id": "$context.requestId", "b": $input.json('$.b'), "s": "$stageVariables.name"}`),
      [
        ['$', 'context', '.requestId'],
        ['$', 'input', '.json'],
        ['$', 'stageVariables', '.name'],
      ],
    );
    assert.deepEqual(groups(rule, '$util.escapeJavaScript($input.body) $!{context.authorizer.claims}'), [
      ['$', 'util', '.escapeJavaScript'],
      ['$', 'input', '.body'],
      ['$!{', 'context', '.authorizer.claims'],
    ]);
    assert.deepEqual(groups(rule, '$inputs $contextual'), []);
  });

  test('other Velocity variables', () => {
    assert.deepEqual(groups(velocity.repository.variable, '#foreach($item in $body.items) $!name ${x}'), [
      ['$', 'item'],
      ['$', 'body'],
      ['$!', 'name'],
      ['${', 'x'],
    ]);
  });

  test('no Velocity pattern can swallow the quote that ends the host string', () => {
    const line = `"application/json": "#set($b = $input.json('$')) {\\"id\\": \\"$context.requestId\\"} #end"`;
    for (const rule of Object.values<{ match: string }>(velocity.repository)) {
      for (const m of matches(rule, line)) assert.ok(!/["']/.test(m), `${rule.match} matched ${m}`);
    }
  });
});
