// Go to definition and find references by what the cursor is on: $refs and components (OpenAPI 3 and Swagger 2),
// request validators, security schemes and SAM authorizers; each location as line and text.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { getLanguageService } from '../../../../../server/src/service/languageService';

const service = getLanguageService({ host: {} });

/** The locations found from the `within`-th character of `needle`, as `line:text`. */
function find(
  kind: 'definition' | 'references',
  text: string,
  needle: string,
  within = 1,
  languageId = 'yaml',
  includeDeclaration = true,
): string[] {
  const doc = service.parseDocument(`file:///n.${languageId}`, languageId, 1, text);
  const at = text.indexOf(needle);
  assert.ok(at >= 0, needle);
  const position = doc.text.positionAt(at + within);
  const found =
    kind === 'definition' ? service.definition(doc, position) : service.references(doc, position, includeDeclaration);
  return found.map((l) => {
    assert.equal(l.uri, doc.uri);
    return `${l.range.start.line}:${doc.text.getText(l.range)}`;
  });
}

const swagger = `swagger: '2.0'
securityDefinitions:
  key: {type: apiKey, name: x-api-key, in: header}
definitions:
  Pet: {type: object}
  a/b: {type: string}
parameters:
  Id: {name: id, in: path, type: string, required: true}
responses:
  NotFound: {description: x}
security:
  - key: []
paths:
  /pets/{id}:
    get:
      parameters:
        - $ref: '#/parameters/Id'
      responses:
        "200":
          schema:
            type: array
            items:
              - $ref: '#/definitions/Pet'
        "404":
          $ref: '#/responses/NotFound'
        "500":
          schema: {$ref: '#/definitions/a~1b'}
      security:
        - key: []
`;

describe('navigation: Swagger 2', () => {
  test('a $ref to each kind of component, an escaped pointer, a $ref inside a list', () => {
    assert.deepEqual(find('definition', swagger, "'#/parameters/Id'", 3), ['7:Id']);
    assert.deepEqual(find('definition', swagger, "'#/responses/NotFound'", 3), ['9:NotFound']);
    assert.deepEqual(find('definition', swagger, "'#/definitions/a~1b'", 3), ['5:a/b']);
    assert.deepEqual(find('references', swagger, 'Pet: {', 1), ['4:Pet', "22:'#/definitions/Pet'"]);
    assert.deepEqual(find('references', swagger, 'Pet: {', 1, 'yaml', false), ["22:'#/definitions/Pet'"]);
    assert.deepEqual(find('references', swagger, 'a/b: {', 1), ['5:a/b', "26:'#/definitions/a~1b'"]);
  });

  test('a security scheme: from its declaration, the top-level and the operation requirements', () => {
    assert.deepEqual(find('references', swagger, 'key: {', 1), ['2:key', '11:key', '28:key']);
    assert.deepEqual(find('definition', swagger, 'key: []\npaths', 1), ['2:key']);
  });

  test('no symbol on other keys or values', () => {
    assert.deepEqual(find('definition', swagger, 'type: array', 1), []);
    assert.deepEqual(find('definition', swagger, 'array', 1), []);
    assert.deepEqual(find('references', swagger, 'paths:', 1), []);
    assert.deepEqual(find('references', swagger, 'get:', 1), []);
  });
});

describe('navigation: OpenAPI 3', () => {
  const spec = `openapi: 3.0.1
x-amazon-apigateway-request-validators:
  all: {validateRequestBody: true}
components:
  schemas:
    Pet: {type: object}
  securitySchemes:
    key: {type: apiKey, name: x-api-key, in: header}
paths:
  /a:
    get:
      x-amazon-apigateway-request-validator: all
      responses:
        "200": {$ref: '#/components/responses/Missing'}
    post:
      x-amazon-apigateway-request-validator: none
      security:
        - ghost: []
`;

  test('a $ref or a validator name that names nothing has no definition, but references', () => {
    assert.deepEqual(find('definition', spec, "'#/components/responses/Missing'", 3), []);
    assert.deepEqual(find('references', spec, "'#/components/responses/Missing'", 3), [
      "13:'#/components/responses/Missing'",
    ]);
    assert.deepEqual(find('definition', spec, 'none', 1), []);
    assert.deepEqual(find('references', spec, 'none', 1), ['15:none']);
  });

  test('a validator from its declaration key; an undeclared scheme only where it is written', () => {
    assert.deepEqual(find('references', spec, 'all: {', 1), ['2:all', '11:all']);
    assert.deepEqual(find('definition', spec, 'ghost', 1), []);
    assert.deepEqual(find('references', spec, 'ghost', 1), ['17:ghost']);
  });

  test('components deeper than a name, and keys elsewhere, are no symbols', () => {
    assert.deepEqual(find('references', spec, 'type: object', 1), []);
    assert.deepEqual(find('references', spec, 'components:', 1), []);
    assert.deepEqual(find('references', spec, 'schemas:', 1), []);
    assert.deepEqual(find('references', spec, 'validateRequestBody', 1), []);
  });

  test('JSON: a component key and the $refs to it', () => {
    const json =
      '{\n  "openapi": "3.0.1",\n  "components": {"schemas": {"Pet": {}}},\n  "paths": {"/a": {"get": {"responses": {"200": {"$ref": "#/components/schemas/Pet"}}}}}\n}';
    assert.deepEqual(find('references', json, '"Pet"', 1, 'json'), ['2:"Pet"', '3:"#/components/schemas/Pet"']);
  });
});

describe('navigation: SAM authorizers', () => {
  const sam = `Transform: AWS::Serverless-2016-10-31
Resources:
  Api:
    Type: AWS::Serverless::Api
    Properties:
      Auth:
        DefaultAuthorizer: TokenAuth
        Authorizers:
          TokenAuth: {FunctionArn: x}
          Other: {FunctionArn: y}
      DefinitionBody:
        openapi: 3.0.1
        security:
          - TokenAuth: []
        paths: {}
  Fn:
    Type: AWS::Serverless::Function
    Properties:
      Events:
        Implicit:
          Type: Api
          Properties:
            Path: /x
            Method: get
            Auth:
              Authorizer: TokenAuth
        Bound:
          Type: Api
          Properties:
            RestApiId: !Ref Api
            Path: /y
            Method: get
            Auth:
              Authorizer: Other
`;

  test('from the declaration: the default, the requirement in the definition, events bound to that API only', () => {
    assert.deepEqual(find('references', sam, 'TokenAuth: {', 1), ['8:TokenAuth', '6:TokenAuth', '13:TokenAuth']);
    assert.deepEqual(find('references', sam, 'Other: {', 1), ['9:Other', '33:Other']);
  });

  test('an event of the implicit API names no authorizer of this one', () => {
    assert.deepEqual(find('definition', sam, 'TokenAuth\n        Bound', 1), []);
    assert.deepEqual(find('definition', sam, 'Other\n', 1), ['9:Other']);
  });
});
