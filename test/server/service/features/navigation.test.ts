import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { definition, references } from '../../../../server/src/service/features/navigation';
import { atCursor } from './helpers';

/** The text at each location, with its line, so expectations read like the document. */
function targets(text: string, find: typeof definition, languageId = 'yaml'): string[] {
  const at = atCursor(text, languageId);
  return find(at.doc, at.position).map((l) => `${l.range.start.line}:${at.doc.text.getText(l.range)}`);
}

const spec = `openapi: 3.0.1
x-amazon-apigateway-request-validators:
  all: {validateRequestBody: true, validateRequestParameters: true}
components:
  schemas:
    Pet: {type: object}
  securitySchemes:
    lambdaAuth: {type: apiKey, name: Authorization, in: header}
paths:
  /pets:
    get:
      x-amazon-apigateway-request-validator: all
      security:
        - lambdaAuth: []
      responses:
        "200":
          content:
            application/json:
              schema: {$ref: '#/components/schemas/Pet'}
    post:
      x-amazon-apigateway-request-validator: all
      security:
        - lambdaAuth: []
      requestBody:
        content:
          application/json:
            schema:
              $ref: "#/components/schemas/Pet"
`;

function cursorAt(text: string, needle: string, within = 1): string {
  const i = text.indexOf(needle);
  assert.ok(i >= 0, needle);
  return text.slice(0, i + within) + '|' + text.slice(i + within);
}

describe('navigation in a definition', () => {
  test('$ref → the component; references from the component list every $ref', () => {
    assert.deepEqual(targets(cursorAt(spec, "'#/components/schemas/Pet'", 5), definition), ['5:Pet']);
    assert.deepEqual(targets(cursorAt(spec, 'Pet: {type'), references), [
      '5:Pet',
      "18:'#/components/schemas/Pet'",
      '27:"#/components/schemas/Pet"',
    ]);
  });

  test('request validator name → its declaration; references', () => {
    assert.deepEqual(targets(cursorAt(spec, 'validator: all', 12), definition), ['2:all']);
    assert.deepEqual(targets(cursorAt(spec, 'all: {'), references), ['2:all', '11:all', '20:all']);
  });

  test('security requirement → scheme; references', () => {
    assert.deepEqual(targets(cursorAt(spec, 'lambdaAuth: []'), definition), ['7:lambdaAuth']);
    assert.deepEqual(targets(cursorAt(spec, 'lambdaAuth: {'), references), [
      '7:lambdaAuth',
      '13:lambdaAuth',
      '22:lambdaAuth',
    ]);
  });

  test('JSON $ref', () => {
    const json =
      '{\n  "openapi": "3.0.1",\n  "components": {"schemas": {"Pet": {}}},\n  "paths": {"/a": {"get": {"responses": {"200": {"$ref": "#/components/sc|hemas/Pet"}}}}}\n}';
    assert.deepEqual(targets(json, definition, 'json'), ['2:"Pet"']);
  });
});

const sam = `Transform: AWS::Serverless-2016-10-31
Resources:
  AuthFn:
    Type: AWS::Serverless::Function
  PetsFn:
    Type: AWS::Serverless::Function
    Properties:
      Events:
        Get:
          Type: Api
          Properties:
            RestApiId: !Ref Api
            Path: /pets
            Method: get
            Auth:
              Authorizer: TokenAuth
  Api:
    Type: AWS::Serverless::Api
    Properties:
      Auth:
        DefaultAuthorizer: TokenAuth
        Authorizers:
          TokenAuth:
            FunctionArn: !GetAtt AuthFn.Arn
      DefinitionBody:
        openapi: 3.0.1
        paths:
          /pets:
            get:
              security:
                - TokenAuth: []
              x-amazon-apigateway-integration:
                uri: !Sub "arn:aws:apigateway:\${AWS::Region}:lambda:path/2015-03-31/functions/\${PetsFn.Arn}/invocations"
                credentials:
                  Fn::GetAtt: [AuthFn, Arn]
`;

describe('navigation in a SAM template', () => {
  test('!GetAtt, Fn::GetAtt and ${X.Arn} inside !Sub → the resource key', () => {
    assert.deepEqual(targets(cursorAt(sam, 'AuthFn.Arn', 2), definition), ['2:AuthFn']);
    assert.deepEqual(targets(cursorAt(sam, 'PetsFn.Arn}', 3), definition), ['4:PetsFn']);
    assert.deepEqual(targets(cursorAt(sam, 'AuthFn, Arn]', 1), definition), ['2:AuthFn']);
    assert.deepEqual(targets(cursorAt(sam, 'Api\n            Path', 1), definition), ['16:Api']);
  });

  test('references of a resource: declaration and every mention', () => {
    assert.deepEqual(targets(cursorAt(sam, 'AuthFn:\n'), references), ['2:AuthFn', '23:AuthFn', '34:AuthFn']);
  });

  test('SAM authorizer names: DefaultAuthorizer, event Auth.Authorizer and security requirements', () => {
    assert.deepEqual(targets(cursorAt(sam, 'TokenAuth\n        Authorizers', 2), definition), ['22:TokenAuth']);
    assert.deepEqual(targets(cursorAt(sam, 'TokenAuth\n  Api:', 2), definition), ['22:TokenAuth']);
    assert.deepEqual(targets(cursorAt(sam, 'TokenAuth: []', 2), definition), ['22:TokenAuth']);
    assert.deepEqual(targets(cursorAt(sam, 'TokenAuth:\n            Function', 2), references), [
      '22:TokenAuth',
      '20:TokenAuth',
      '15:TokenAuth',
      '30:TokenAuth',
    ]);
  });

  test('nothing where nothing is named', () => {
    assert.deepEqual(targets(cursorAt(sam, 'Path: /pets', 8), definition), []);
  });
});
