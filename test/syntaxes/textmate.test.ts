/**
 * Our grammars in VS Code's own TextMate engine, injected into VS Code's YAML and JSON grammars the way
 * package.json's `injectTo` asks: which scopes real lines of definitions get.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { scoped, tokenize } from '../support/textmate';

describe('grammars in the TextMate engine', () => {
  test('YAML: extension keys, plain and quoted; not in comments, descriptions or longer names', async () => {
    const tokens = await tokenize(
      'source.yaml',
      [
        'openapi: 3.0.1',
        'x-amazon-apigateway-api-key-source: HEADER',
        'paths:',
        '  /pets:',
        '    get:',
        '      description: uses x-amazon-apigateway-integration here',
        '      # x-amazon-apigateway-cors: in a comment',
        "      'x-amazon-apigateway-request-validator': all",
        '      my-x-amazon-apigateway-thing: 1',
        '      x-amazon-apigateway-integration:',
        '        type: mock',
      ].join('\n'),
    );
    assert.deepEqual(scoped(tokens, 'keyword.other.extension.apigw'), [
      'x-amazon-apigateway-api-key-source',
      'x-amazon-apigateway-request-validator',
      'x-amazon-apigateway-integration',
    ]);
    // The host grammar goes on as before: the value after the key, and the keys of the next lines.
    const value = tokens.find((t) => t.line === 1 && t.text.includes('HEADER'))!;
    assert.ok(
      value.scopes.some((s) => s.startsWith('string.unquoted')),
      value.scopes.join(' '),
    );
    const type = tokens.find((t) => t.line === 10 && t.text === 'type')!;
    assert.ok(
      type.scopes.some((s) => s.startsWith('entity.name.tag')),
      type.scopes.join(' '),
    );
  });

  test('YAML: Velocity in a block-scalar mapping template and in a quoted one, without breaking the string', async () => {
    const tokens = await tokenize(
      'source.yaml',
      [
        '      x-amazon-apigateway-integration:',
        '        requestTemplates:',
        '          application/json: |',
        "            #set($limit = $input.params('limit'))",
        '            {"id": "$context.requestId"#if($limit != ""), "limit": $limit#end}',
        '          text/plain: "$stageVariables.name and $util.escapeJavaScript($input.body)"',
        '        type: aws',
      ].join('\n'),
    );
    assert.deepEqual(scoped(tokens, 'keyword.control.directive.velocity.apigw'), ['#set', '#if', '#end']);
    assert.deepEqual(scoped(tokens, 'variable.language.velocity.apigw'), [
      'input',
      'context',
      'stageVariables',
      'util',
      'input',
    ]);
    assert.deepEqual(scoped(tokens, 'variable.other.velocity.apigw'), ['limit', 'limit', 'limit']);
    // After the quoted template the document goes on as YAML: the next key is a key again.
    const type = tokens.find((t) => t.line === 6 && t.text === 'type')!;
    assert.ok(
      type.scopes.some((s) => s.startsWith('entity.name.tag')),
      type.scopes.join(' '),
    );
    assert.ok(!type.scopes.some((s) => s.startsWith('string.quoted')), type.scopes.join(' '));
  });

  test('JSON and JSON with comments: extension keys and Velocity in template strings', async () => {
    const json = [
      '{',
      '  "x-amazon-apigateway-binary-media-types": ["image/png"],',
      '  "info": {"description": "see x-amazon-apigateway-integration: below"},',
      '  "x-amazon-apigateway-integration": {',
      '    "requestTemplates": {"application/json": "#set($b = $input.json(\'$\')) {\\"id\\": \\"$context.requestId\\"}"},',
      '    "type": "aws"',
      '  }',
      '}',
    ].join('\n');
    for (const scopeName of ['source.json', 'source.json.comments']) {
      const tokens = await tokenize(scopeName, json);
      assert.deepEqual(
        scoped(tokens, 'keyword.other.extension.apigw'),
        ['x-amazon-apigateway-binary-media-types', 'x-amazon-apigateway-integration'],
        scopeName,
      );
      assert.deepEqual(scoped(tokens, 'keyword.control.directive.velocity.apigw'), ['#set'], scopeName);
      assert.deepEqual(scoped(tokens, 'variable.language.velocity.apigw'), ['input', 'context'], scopeName);
      const type = tokens.find((t) => t.line === 5 && t.text === 'type')!;
      assert.ok(
        type.scopes.some((s) => s.startsWith('support.type.property-name')),
        `${scopeName}: ${type.scopes.join(' ')}`,
      );
    }
  });
});
