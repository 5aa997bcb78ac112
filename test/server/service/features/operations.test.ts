import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { getLanguageService } from '../../../../server/src/service/languageService';

const service = getLanguageService({ host: {} });
const parse = (text: string, languageId = 'yaml') =>
  service.parseDocument(`file:///ops.${languageId}`, languageId, 1, text);
const operationsOf = (text: string, languageId = 'yaml') => service.operations(parse(text, languageId));

describe('operations: what the test-invoke panel lists', () => {
  const spec = `openapi: 3.0.1
info: {title: Pets, version: '1'}
security:
  - key: []
components:
  securitySchemes:
    key: {type: apiKey, name: x-api-key, in: header}
    sig: {type: apiKey, name: Authorization, in: header, x-amazon-apigateway-authtype: awsSigv4}
    jwt: {type: oauth2, x-amazon-apigateway-authorizer: {type: jwt}}
    pool: {type: apiKey, name: Authorization, in: header, x-amazon-apigateway-authorizer: {type: COGNITO_USER_POOLS}}
    fn: {type: apiKey, name: Authorization, in: header, x-amazon-apigateway-authorizer: {type: token}}
    inQuery: {type: apiKey, name: k, in: query}
  schemas:
    Pet:
      type: object
      properties:
        name: {type: string}
        age: {type: integer}
        tags: {type: array, items: {type: string}}
        ok: {type: boolean}
        kind: {enum: [cat, dog]}
        weight: {type: number}
        born: {type: string, example: '2020-01-01'}
        owner: {}
paths:
  /pets/{id}:
    get:
      operationId: getPet
      parameters:
        - {name: id, in: path, required: true}
        - {name: limit, in: query}
        - {name: X-Trace, in: header}
      security: [{sig: []}, {jwt: []}, {pool: [], fn: []}, {inQuery: []}]
      responses: {}
    post:
      requestBody:
        content:
          application/json:
            schema: {$ref: '#/components/schemas/Pet'}
      responses: {}
    put:
      x-amazon-apigateway-auth: {type: aws_iam}
      security: []
      requestBody:
        content:
          text/plain: {example: no}
          application/json:
            example: {a: 1}
    patch:
      requestBody:
        content:
          text/plain:
            examples:
              one: {value: hi}
    delete: {}
`;

  test('the definition: API type, where it comes from, version and title', () => {
    const result = operationsOf(spec)!;
    assert.equal(result.apiType, 'REST');
    // Its TOKEN and COGNITO_USER_POOLS authorizers are REST's only (two against the one JWT authorizer, HTTP's only).
    assert.equal(result.apiTypeSource, 'document');
    assert.equal(result.version, 'openapi3');
    assert.equal(result.title, 'Pets');
    assert.deepEqual(
      result.operations.map((o) => `${o.method} ${o.path}`),
      ['GET /pets/{id}', 'POST /pets/{id}', 'PUT /pets/{id}', 'PATCH /pets/{id}', 'DELETE /pets/{id}'],
    );
  });

  test('parameters by where they go, the operation id, and the range of the method key', () => {
    const doc = parse(spec);
    const [get, post] = service.operations(doc)!.operations;
    assert.deepEqual(get.pathParameters, ['id']);
    assert.deepEqual(get.queryParameters, ['limit']);
    // Header names are case-insensitive: the panel gets them in lower case.
    assert.deepEqual(get.headerParameters, ['x-trace']);
    assert.equal(get.operationId, 'getPet');
    assert.equal(doc.text.getText(get.range), 'get');
    assert.deepEqual(get.range.start, { line: 26, character: 4 });
    // Path parameters come from the path template even when the operation declares none.
    assert.deepEqual(post.pathParameters, ['id']);
    assert.deepEqual(post.queryParameters, []);
    assert.equal(post.operationId, undefined);
    assert.equal(doc.text.getText(post.range), 'post');
  });

  test('auth: IAM, JWT, Cognito and custom authorizers from the schemes; API key from the top-level security', () => {
    const ops = operationsOf(spec)!.operations;
    // A query-string apiKey scheme without an authorizer is no API key API Gateway checks.
    assert.deepEqual(ops[0].auth, ['AWS_IAM', 'JWT', 'COGNITO', 'CUSTOM']);
    assert.deepEqual(ops[1].auth, ['API_KEY']);
    // x-amazon-apigateway-auth makes it IAM; its empty security list replaces the top-level one.
    assert.deepEqual(ops[2].auth, ['AWS_IAM']);
    assert.deepEqual(ops[4].auth, ['API_KEY']);
  });

  test('a requirement named api_key is an API key whatever the scheme', () => {
    const text = `swagger: '2.0'\ninfo: {title: t, version: '1'}\npaths:\n  /a:\n    get:\n      security: [{api_key: []}]\n      x-amazon-apigateway-auth: {type: NONE}\n`;
    assert.deepEqual(operationsOf(text)!.operations[0].auth, ['API_KEY']);
  });

  test('example body: a sample made from the schema, each type with its start value', () => {
    const post = operationsOf(spec)!.operations[1];
    assert.deepEqual(JSON.parse(post.exampleBody!), {
      name: '',
      age: 0,
      tags: [''],
      ok: false,
      kind: 'cat',
      weight: 0,
      born: '2020-01-01',
      owner: {},
    });
    assert.equal(post.exampleBody, JSON.stringify(JSON.parse(post.exampleBody!), null, 2), 'indented by two');
  });

  test("example body: the JSON media type's example first, then the first named example's value", () => {
    const ops = operationsOf(spec)!.operations;
    assert.equal(ops[2].exampleBody, '{\n  "a": 1\n}');
    assert.equal(ops[3].exampleBody, '"hi"');
    assert.equal(ops[4].exampleBody, undefined, 'no request body');
  });

  test('example body: a named example through $ref, and a Swagger 2 body parameter through $ref', () => {
    const oas = `openapi: 3.0.1
components:
  examples:
    One: {value: {id: 7}}
paths:
  /a:
    post:
      requestBody:
        content:
          application/json:
            examples:
              first: {$ref: '#/components/examples/One'}
`;
    assert.deepEqual(JSON.parse(operationsOf(oas)!.operations[0].exampleBody!), { id: 7 });
    const swagger = `swagger: '2.0'
parameters:
  Body: {name: body, in: body, schema: {type: object, properties: {n: {type: integer}, list: {type: array}}}}
paths:
  /a:
    post:
      parameters:
        - {name: q, in: query, type: string}
        - $ref: '#/parameters/Body'
`;
    const op = operationsOf(swagger)!.operations[0];
    assert.deepEqual(JSON.parse(op.exampleBody!), { n: 0, list: [null] });
    assert.deepEqual(op.queryParameters, ['q']);
  });

  test('example body: an object schema without properties is {}, a self-referring schema stops at depth 6', () => {
    const text = `openapi: 3.0.1
components:
  schemas:
    Node: {type: object, properties: {next: {$ref: '#/components/schemas/Node'}}}
paths:
  /a:
    post:
      requestBody: {content: {application/json: {schema: {$ref: '#/components/schemas/Node'}}}}
  /b:
    post:
      requestBody: {content: {application/json: {schema: {type: object}}}}
`;
    const [a, b] = operationsOf(text)!.operations;
    let depth = 0;
    for (let n = JSON.parse(a.exampleBody!); n !== null; n = n.next) depth++;
    // The schema at depth 0 to 6 is sampled; the seventh level is null.
    assert.equal(depth, 7);
    assert.equal(b.exampleBody, '{}');
  });

  test('every definition of a template, with its API type; null without a definition', () => {
    const text = `Transform: AWS::Serverless-2016-10-31
Resources:
  Http:
    Type: AWS::Serverless::HttpApi
    Properties:
      DefinitionBody:
        openapi: 3.0.1
        paths: {/a: {get: {}}}
  Rest:
    Type: AWS::Serverless::Api
    Properties:
      DefinitionBody:
        openapi: 3.0.1
        info: {title: Second}
        paths: {/b: {post: {}}}
`;
    const result = operationsOf(text)!;
    assert.equal(result.apiType, 'HTTP');
    assert.equal(result.title, undefined, "the first definition's title");
    assert.deepEqual(
      result.operations.map((o) => `${o.method} ${o.path}`),
      ['GET /a', 'POST /b'],
    );
    assert.equal(operationsOf('name: x\n'), null);
  });
});
