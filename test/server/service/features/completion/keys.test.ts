// Key completions: catalogue fields, extension keys by place, version and API type (with ready-made values),
// the fixed keys of a map, and security scheme names in security requirements.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { CompletionItemKind, InsertTextFormat, InsertTextMode } from 'vscode-languageserver-types';
import type { TextEdit } from 'vscode-languageserver-types';
import { completions } from './helpers';

const newText = (c: ReturnType<typeof completions>, label: string) => (c.item(label).textEdit as TextEdit).newText;

describe('completion: keys', () => {
  test('the fixed keys of a map, with the description of their value, an object each', () => {
    const c = completions(
      'openapi: 3.0.1\nx-amazon-apigateway-gateway-responses:\n  DEFAULT_4XX: {}\n  UNAUTH|\npaths: {}\n',
    );
    const item = c.item('UNAUTHORIZED');
    assert.equal(newText(c, 'UNAUTHORIZED'), 'UNAUTHORIZED:\n    $0');
    assert.deepEqual(item.documentation, { kind: 'markdown', value: 'A customised gateway response.' });
    assert.equal(item.detail, undefined);
    assert.equal(c.replaced('UNAUTHORIZED'), 'UNAUTH');
  });

  test('extension keys sort before their snippets, each snippet after its key', () => {
    const c = completions('openapi: 3.0.1\npaths:\n  /a:\n    get:\n      x-amazon-apigateway-in|\n');
    const key = c.items.find(
      (i) => i.label === 'x-amazon-apigateway-integration' && i.kind === CompletionItemKind.Property,
    )!;
    assert.equal(key.sortText, '0x-amazon-apigateway-integration');
    assert.equal(key.detail, 'object');
    assert.match((key.documentation as { value: string }).value, /^\*\*x-amazon-apigateway-integration\*\*/);
    const mock = c.items.find((i) => i.labelDetails?.description === 'MOCK')!;
    assert.equal(mock.label, 'x-amazon-apigateway-integration');
    assert.equal(mock.kind, CompletionItemKind.Snippet);
    assert.equal(mock.detail, 'MOCK');
    assert.equal(mock.sortText, '1x-amazon-apigateway-integrationMOCK');
    assert.equal(mock.insertTextFormat, InsertTextFormat.Snippet);
    assert.equal(mock.insertTextMode, InsertTextMode.asIs);
    assert.equal(mock.filterText, 'x-amazon-apigateway-integration');
    const docs = (mock.documentation as { value: string }).value.split('\n\n');
    assert.ok(docs.length > 2);
    assert.equal(docs[1], '**x-amazon-apigateway-integration**', 'the snippet text, then the extension');
    assert.equal(c.replaced(mock), 'x-amazon-apigateway-in');
  });

  test('a snippet in JSON: the quote typed is in the filter, a comma when a property follows', () => {
    const c = completions(
      '{"openapi": "3.0.1", "paths": {"/a": {"get": {\n      "x-amazon-apigateway-in|",\n      "responses": {}}}}}',
      'json',
    );
    const mock = c.items.find((i) => i.labelDetails?.description === 'MOCK')!;
    assert.equal(mock.filterText, '"x-amazon-apigateway-integration');
    const before = completions(
      '{"openapi": "3.0.1", "paths": {"/a": {"get": {\n      "x-amazon-apigateway-in|"\n      "responses": {}}}}}',
      'json',
    );
    const text = before.apply(before.items.find((i) => i.labelDetails?.description === 'MOCK')!);
    assert.equal(JSON.parse(text).paths['/a'].get['x-amazon-apigateway-integration'].type, 'mock');
  });

  test('the ANY method key takes an operation: an object', () => {
    const c = completions('openapi: 3.0.1\npaths:\n  /a:\n    x-amazon-apigateway-any|\n');
    assert.equal(newText(c, 'x-amazon-apigateway-any-method'), 'x-amazon-apigateway-any-method:\n      $0');
  });

  test('the endpoint configuration goes in a server entry in OpenAPI 3, at the top level in Swagger 2', () => {
    const endpoint = 'x-amazon-apigateway-endpoint-configuration';
    assert.ok(completions("swagger: '2.0'\n|\npaths: {}\n").labels.includes(endpoint));
    assert.ok(!completions('openapi: 3.0.1\n|\npaths: {}\n').labels.includes(endpoint));
    assert.ok(completions('openapi: 3.0.1\nservers:\n  - url: https://x\n    |\n').labels.includes(endpoint));
    assert.ok(!completions("swagger: '2.0'\nservers:\n  - url: https://x\n    |\n").labels.includes(endpoint));
  });

  test('no extension keys where no extension goes, and none outside a definition', () => {
    assert.deepEqual(
      completions('openapi: 3.0.1\ninfo:\n  |\npaths: {}\n').labels.filter((l) => l.startsWith('x-amazon')),
      [],
    );
    assert.deepEqual(
      completions('Resources:\n  A:\n    |\n').labels.filter((l) => l.startsWith('x-amazon')),
      [],
    );
  });
});

describe('completion: security scheme names', () => {
  const schemes = 'components:\n  securitySchemes:\n    k: {type: apiKey, name: x-api-key, in: header}\n';

  test('in an operation requirement: the scheme names, each with an empty scope list', () => {
    const c = completions(
      `openapi: 3.0.1\n${schemes}paths:\n  /a:\n    get:\n      x-amazon-apigateway-integration: {type: mock}\n      security:\n        - |\n`,
    );
    assert.deepEqual(c.labels, ['k']);
    const k = c.item('k');
    assert.equal(newText(c, 'k'), 'k: []');
    assert.equal(k.detail, 'security scheme');
    assert.deepEqual(k.documentation, {
      kind: 'markdown',
      value: 'Security scheme `k`: operations with this requirement are checked by it.',
    });
  });

  test("at the top level of a SAM API's definition: the schemes and the API's authorizers", () => {
    const text = `Transform: AWS::Serverless-2016-10-31
Resources:
  Api:
    Type: AWS::Serverless::Api
    Properties:
      Auth:
        Authorizers:
          MyAuth: {FunctionArn: x}
      DefinitionBody:
        openapi: 3.0.1
        components:
          securitySchemes:
            key: {type: apiKey, name: x-api-key, in: header}
        security:
          - |
        paths: {}
`;
    assert.deepEqual(completions(text).labels, ['key', 'MyAuth']);
  });

  test('not in a list named security elsewhere, nor in the requirement list itself', () => {
    assert.deepEqual(completions(`openapi: 3.0.1\n${schemes}  other:\n    security:\n      - |\n`).labels, []);
    assert.deepEqual(
      completions(`openapi: 3.0.1\n${schemes}x-other:\n  a:\n    b:\n      security:\n        - |\n`).labels,
      [],
    );
    assert.ok(!completions(`openapi: 3.0.1\n${schemes}security:\n  |\n`).labels.includes('k'));
  });
});
