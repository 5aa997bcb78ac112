// Operations over unusual shapes: Swagger 2 security definitions, requirements that are no objects, empty
// content maps and example maps, self-referring list schemas, schemes that only look like API keys.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { getLanguageService } from '../../../../server/src/service/languageService';

const service = getLanguageService({ host: {} });
const operationsOf = (text: string) => service.operations(service.parseDocument('file:///o.yaml', 'yaml', 1, text))!;

describe('operations shapes', () => {
  test('Swagger 2 security definitions: a SigV4 scheme is IAM', () => {
    const text = `swagger: '2.0'\nsecurityDefinitions:\n  sig: {type: apiKey, name: Authorization, in: header, x-amazon-apigateway-authtype: awsSigv4}\npaths:\n  /a:\n    get:\n      security: [{sig: []}]\n`;
    assert.deepEqual(operationsOf(text).operations[0].auth, ['AWS_IAM']);
  });

  test('requirements that are no objects are skipped; a header scheme that is no API key is not one', () => {
    const text = `openapi: 3.0.1\ncomponents:\n  securitySchemes:\n    basic: {type: http, scheme: basic, in: header}\npaths:\n  /a:\n    get:\n      security: [x, {basic: []}]\n`;
    assert.deepEqual(operationsOf(text).operations[0].auth, []);
  });

  test('an empty content map or examples map gives no example body', () => {
    const text = `openapi: 3.0.1\npaths:\n  /a:\n    post:\n      requestBody: {content: {}}\n  /b:\n    post:\n      requestBody: {content: {application/json: {examples: {}}}}\n`;
    assert.deepEqual(
      operationsOf(text).operations.map((o) => o.exampleBody),
      [undefined, undefined],
    );
  });

  test('a list schema that refers to itself stops like an object does', () => {
    const text = `openapi: 3.0.1\ncomponents:\n  schemas:\n    Tree: {type: array, items: {$ref: '#/components/schemas/Tree'}}\npaths:\n  /a:\n    post:\n      requestBody: {content: {application/json: {schema: {$ref: '#/components/schemas/Tree'}}}}\n`;
    const body = JSON.parse(operationsOf(text).operations[0].exampleBody!);
    let depth = 0;
    for (let n = body; Array.isArray(n); n = n[0]) depth++;
    assert.equal(depth, 7);
  });
});
