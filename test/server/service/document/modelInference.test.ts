// The API type inferred for a standalone OpenAPI 3 definition, beyond model.test.ts: only an extension that one type
// alone reads, standing where it belongs, says something (catalogue places and API types); a large definition is
// decided by its first paths once they weigh more than 40, while its security schemes always count; and a half-typed
// JSON document (a property without its value yet) is read without failing.
import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import { buildDocument, inferApiType } from '../../../../server/src/service/document/model';
import { parse } from '../../../../server/src/service/parser/parse';
import type { ObjectNode } from '../../../../server/src/service/parser/ast';

const infer = (text: string) => inferApiType(parse(text, 'yaml').root as ObjectNode, 'openapi3');
const typeAndSource = (text: string) => {
  const def = buildDocument('file:///w/a.yaml', 'yaml', 1, text).definitions[0];
  return `${def.apiType} ${def.apiTypeSource}`;
};

describe('what the inference reads', () => {
  test('an extension both API types read says nothing: the REST default, marked as a default', () => {
    const text =
      'openapi: 3.0.1\nx-amazon-apigateway-endpoint-configuration: {disableExecuteApiEndpoint: true}\npaths: {}\n';
    assert.equal(infer(text), undefined);
    assert.equal(typeAndSource(text), 'REST default');
  });

  test('an HTTP-only extension out of its place says nothing', () => {
    // x-amazon-apigateway-integrations belongs under components, CORS and the tag value elsewhere than components.
    assert.equal(infer('openapi: 3.0.1\nx-amazon-apigateway-integrations: {}\npaths: {}\n'), undefined);
    assert.equal(infer('openapi: 3.0.1\nx-amazon-apigateway-tag-value: v\npaths: {}\n'), undefined);
    assert.equal(infer('openapi: 3.0.1\ncomponents:\n  x-amazon-apigateway-cors: {}\npaths: {}\n'), undefined);
    assert.equal(
      infer('openapi: 3.0.1\ncomponents:\n  x-amazon-apigateway-importexport-version: "1.0"\npaths: {}\n'),
      undefined,
    );
    // In their places they decide.
    assert.equal(infer('openapi: 3.0.1\ncomponents:\n  x-amazon-apigateway-integrations: {}\npaths: {}\n'), 'HTTP');
    assert.equal(infer('openapi: 3.0.1\nx-amazon-apigateway-importexport-version: "1.0"\npaths: {}\n'), 'HTTP');
  });

  test('an integration on a later path counts when the first paths say nothing', () => {
    const text = [
      'openapi: 3.0.1',
      'paths:',
      '  /first:',
      '    get: {summary: no integration}',
      '  /second:',
      '    get:',
      '      x-amazon-apigateway-integration: {type: mock}',
    ].join('\n');
    assert.equal(infer(text), 'REST');
  });

  test('once the paths read weigh more than 40, later paths are not read; security schemes still are', () => {
    const lines = ['openapi: 3.0.1', 'paths:'];
    // Eight REST-only operations of weight 5 (a mock type, 3, and request templates, 2): exactly 40, not yet over.
    for (let i = 1; i <= 8; i++)
      lines.push(
        `  /rest${i}:`,
        '    get:',
        '      x-amazon-apigateway-integration: {type: mock, requestTemplates: {}}',
      );
    // One more REST-only type: 43, over 40; the HTTP-only payload format on the path after it is not read.
    lines.push('  /rest9:', '    get:', '      x-amazon-apigateway-integration: {type: mock}');
    lines.push('  /http:', '    get:', '      x-amazon-apigateway-integration: {payloadFormatVersion: "2.0"}');
    // 21 HTTP-style authorizers: 42 for HTTP, against 43 for REST.
    lines.push('components:', '  securitySchemes:');
    for (let i = 1; i <= 21; i++)
      lines.push(
        `    auth${i}:`,
        '      x-amazon-apigateway-authorizer: {identitySource: "$request.header.Authorization"}',
      );
    assert.equal(infer(lines.join('\n')), 'REST');
    // The same with the /rest9 path left out: 40 is not over 40, /http is read (2), and HTTP wins 44 to 40.
    const withoutNinth = lines
      .join('\n')
      .replace('  /rest9:\n    get:\n      x-amazon-apigateway-integration: {type: mock}\n', '');
    assert.equal(infer(withoutNinth), 'HTTP');
  });

  test('a half-typed JSON definition (a scheme or an operation without its value yet) is read without failing', () => {
    const json = (text: string) => {
      const doc = buildDocument('file:///w/a.json', 'json', 1, text);
      assert.ok(doc.parsed.problems.length > 0, 'the text has a syntax error');
      return doc.definitions.map((d) => `${d.apiType} ${d.apiTypeSource}`);
    };
    assert.deepEqual(json('{"openapi": "3.0.1", "components": {"securitySchemes": {"a": }}, "paths": {}}'), [
      'REST default',
    ]);
    assert.deepEqual(json('{"openapi": "3.0.1", "paths": {"/a": {"get": }}}'), ['REST default']);
    assert.deepEqual(json('{"openapi": "3.0.1", "paths": {"/a": }}'), ['REST default']);
  });
});
