// The one walk that rules, completion and symbols read: every operation (with its path and method, `ANY` for
// any-method, through `Fn::If` branches), every `x-amazon-apigateway-*` key with the place it stands in (where a
// misplaced one is `other`), and the security schemes of OpenAPI 3 and Swagger 2.
import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import { buildDocument } from '../../../../server/src/service/document/model';
import { indexDefinition, operationIntegration } from '../../../../server/src/service/document/definitionIndex';

const index = (text: string) => {
  const doc = buildDocument('file:///a.yaml', 'yaml', 1, text);
  assert.equal(doc.definitions.length, 1, 'a definition');
  return indexDefinition(doc.definitions[0]);
};

describe('indexDefinition', () => {
  test('operations: every method key, any-method as ANY, path-level keys that are not operations left out', () => {
    const idx = index(
      [
        'openapi: 3.0.1',
        'paths:',
        '  /a:',
        '    summary: s',
        '    parameters: []',
        '    get: {}',
        '    post: {}',
        '    x-amazon-apigateway-any-method: {}',
        '  /b:',
        '    delete: {}',
        '    options: "not an object"',
        '  x-amazon-apigateway-stray: 1',
      ].join('\n'),
    );
    assert.deepEqual(
      idx.operations.map((o) => `${o.method} ${o.path} ${o.property.key.value} ${o.pathKey.key.value}`),
      ['GET /a get /a', 'POST /a post /a', 'ANY /a x-amazon-apigateway-any-method /a', 'DELETE /b delete /b'],
    );
    assert.equal(idx.operations[0].pathItem.type, 'object');
    assert.equal(idx.operations[0].node.type, 'object');
  });

  test('extension places: root, path item, operation, components, server, tag, security scheme, and other', () => {
    const idx = index(
      [
        'openapi: 3.0.1',
        'x-amazon-apigateway-api-key-source: HEADER',
        'info:',
        '  title: t',
        '  x-amazon-apigateway-in-info: 1',
        'servers:',
        '  - url: https://x',
        '    x-amazon-apigateway-endpoint-configuration: {}',
        '    variables: {v: {x-amazon-apigateway-deep: 1}}',
        'tags:',
        '  - name: t',
        '    x-amazon-apigateway-tag-value: v',
        'paths:',
        '  /a:',
        '    x-amazon-apigateway-any-method:',
        '      x-amazon-apigateway-integration: {type: mock}',
        '    x-amazon-apigateway-path-level: 1',
        '    parameters: [{x-amazon-apigateway-in-parameter: 1}]',
        '    get:',
        '      x-amazon-apigateway-integration: {type: mock}',
        '      responses: {"200": {x-amazon-apigateway-in-response: 1}}',
        '  x-amazon-apigateway-in-paths: 1',
        'components:',
        '  x-amazon-apigateway-integrations: {}',
        '  schemas:',
        '    S: {type: object, x-amazon-apigateway-in-schema: 1, items: [{x-amazon-apigateway-in-array: 1}]}',
        '  securitySchemes:',
        '    auth:',
        '      type: apiKey',
        '      x-amazon-apigateway-authorizer: {type: token}',
        '      nested: {x-amazon-apigateway-not-walked: 1}',
        'x-other: {x-amazon-apigateway-under-other: 1}',
      ].join('\n'),
    );
    assert.deepEqual(idx.extensions.map((e) => `${e.place} ${e.name}`).sort(), [
      'components x-amazon-apigateway-integrations',
      'operation x-amazon-apigateway-integration',
      'operation x-amazon-apigateway-integration',
      'other x-amazon-apigateway-deep',
      'other x-amazon-apigateway-in-array',
      'other x-amazon-apigateway-in-info',
      'other x-amazon-apigateway-in-parameter',
      'other x-amazon-apigateway-in-paths',
      'other x-amazon-apigateway-in-response',
      'other x-amazon-apigateway-in-schema',
      'other x-amazon-apigateway-under-other',
      'pathItem x-amazon-apigateway-any-method',
      'pathItem x-amazon-apigateway-path-level',
      'root x-amazon-apigateway-api-key-source',
      'securityScheme x-amazon-apigateway-authorizer',
      'server x-amazon-apigateway-endpoint-configuration',
      'tag x-amazon-apigateway-tag-value',
    ]);
    const root = idx.extensions.find((e) => e.place === 'root')!;
    assert.equal(root.owner.properties[0].key.value, 'openapi');
    assert.equal(root.property.key.value, 'x-amazon-apigateway-api-key-source');
    assert.deepEqual([...idx.securitySchemes.keys()], ['auth']);
  });

  test('Swagger 2 security definitions, and Fn::If branches in a template body', () => {
    const swagger = index(
      'swagger: "2.0"\npaths: {}\nsecurityDefinitions:\n  a: {x-amazon-apigateway-authtype: custom}\n  b: {type: basic}\n',
    );
    assert.deepEqual([...swagger.securitySchemes.keys()], ['a', 'b']);
    assert.deepEqual(
      swagger.extensions.map((e) => `${e.place} ${e.name}`),
      ['securityScheme x-amazon-apigateway-authtype'],
    );
    const doc = buildDocument(
      'file:///t.yaml',
      'yaml',
      1,
      [
        'Resources:',
        '  Api:',
        '    Type: AWS::Serverless::Api',
        '    Properties:',
        '      DefinitionBody:',
        '        openapi: 3.0.1',
        '        paths:',
        '          /a: !If [C, {get: {x-amazon-apigateway-integration: {type: mock}}}, {post: {}}]',
        '          /b:',
        '            put: !If [C, {summary: x}, {summary: y}]',
        '        components: !If [C, {securitySchemes: {s: {type: apiKey}}}, {}]',
      ].join('\n'),
    );
    const idx = indexDefinition(doc.definitions[0]);
    assert.deepEqual(
      idx.operations.map((o) => `${o.method} ${o.path}`),
      ['GET /a', 'POST /a', 'PUT /b', 'PUT /b'],
    );
    assert.deepEqual([...idx.securitySchemes.keys()], ['s']);
    assert.equal(indexDefinition(doc.definitions[0]), idx, 'built once per definition');
  });

  test('operationIntegration finds the integration of an operation, or nothing', () => {
    const idx = index(
      'openapi: 3.0.1\npaths:\n  /a:\n    get:\n      summary: s\n      x-amazon-apigateway-integration: {type: mock}\n    post: {}\n',
    );
    assert.equal(operationIntegration(idx.operations[0])?.key.value, 'x-amazon-apigateway-integration');
    assert.equal(operationIntegration(idx.operations[1]), undefined);
  });
});
