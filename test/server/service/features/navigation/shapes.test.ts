// Navigation over unusual shapes: intrinsics with arguments of other types, mentions inside lists, the variable
// map of a Fn::Sub, empty values, two APIs with the same authorizer name, pointers with ~, $ref to the root.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { getLanguageService } from '../../../../../server/src/service/languageService';

const service = getLanguageService({ host: {} });

function find(kind: 'definition' | 'references', text: string, needle: string, within = 1): string[] {
  const doc = service.parseDocument('file:///s.yaml', 'yaml', 1, text);
  const at = text.indexOf(needle);
  assert.ok(at >= 0, needle);
  const position = doc.text.positionAt(at + within);
  const found = kind === 'definition' ? service.definition(doc, position) : service.references(doc, position);
  return found.map((l) => `${l.range.start.line}:${doc.text.getText(l.range)}`);
}

describe('navigation shapes', () => {
  test('resource mentions: in lists, not in the variables of a Fn::Sub, other argument types ignored', () => {
    const text = `Resources:
  Fn:
    Type: AWS::Lambda::Function
  Api:
    Type: AWS::ApiGateway::RestApi
    Properties:
      Layers: [!Ref Fn]
      A: {Ref: [Fn]}
      B: {'Fn::GetAtt': {x: Fn}}
      C: {'Fn::Sub': {x: Fn}}
      D: !Sub ['x', {V: '\${Fn}'}]
      E:
      F: !Sub ['\${Fn}', {}]
`;
    assert.deepEqual(find('references', text, 'Fn:\n'), ['1:Fn', '6:Fn', '12:Fn']);
  });

  test('two APIs with an authorizer of the same name: each its own requirements', () => {
    const api = (name: string) => `  ${name}:
    Type: AWS::Serverless::Api
    Properties:
      Auth:
        Authorizers:
          Shared: {FunctionArn: x}
      DefinitionBody:
        openapi: 3.0.1
        paths:
          /a:
            get:
              security:
                - Shared: []
`;
    const text = `Transform: AWS::Serverless-2016-10-31\nResources:\n${api('One')}${api('Two')}`;
    assert.deepEqual(find('references', text, 'Shared: {'), ['7:Shared', '14:Shared']);
  });

  test('a component whose name holds ~ and /, a validator named like another value, $ref to the root', () => {
    const text = `openapi: 3.0.1
x-amazon-apigateway-request-validators:
  HEADER: {validateRequestBody: true}
x-amazon-apigateway-api-key-source: HEADER
components:
  schemas:
    a~b/c: {type: object}
paths:
  /a:
    get:
      x-amazon-apigateway-request-validator: HEADER
      description:
      responses:
        '200': {$ref: '#/components/schemas/a~0b~1c'}
        '201': {$ref: 5}
        '202': {$ref: '#'}
`;
    assert.deepEqual(find('references', text, 'a~b/c'), ['6:a~b/c', "13:'#/components/schemas/a~0b~1c'"]);
    assert.deepEqual(find('references', text, 'HEADER: {'), ['2:HEADER', '10:HEADER']);
    assert.deepEqual(find('definition', text, '$ref: 5', 6), []);
    assert.equal(find('definition', text, "'#'", 1).length, 1);
  });

  test('a validator inside a SAM definition body', () => {
    const text = `Resources:
  Api:
    Type: AWS::Serverless::Api
    Properties:
      DefinitionBody:
        openapi: 3.0.1
        x-amazon-apigateway-request-validators:
          all: {}
        paths:
          /a:
            get:
              x-amazon-apigateway-request-validator: all
`;
    assert.deepEqual(find('definition', text, 'all\n', 0), ['7:all']);
    assert.deepEqual(find('references', text, 'all: {}', 0), ['7:all', '11:all']);
  });

  test('a $ref in the second of two definitions resolves in that one', () => {
    const api = (name: string) => `  ${name}:
    Type: AWS::Serverless::Api
    Properties:
      DefinitionBody:
        openapi: 3.0.1
        components:
          schemas:
            Pet: {type: object}
        paths:
          /a:
            get:
              responses:
                '200': {$ref: '#/components/schemas/Pet'}
`;
    const text = `Resources:\n${api('One')}${api('Two')}`;
    const second = text.lastIndexOf("'#/components");
    const doc = service.parseDocument('file:///s.yaml', 'yaml', 1, text);
    const found = service.definition(doc, doc.text.positionAt(second + 3));
    assert.deepEqual(
      found.map((l) => l.range.start.line),
      [21],
    );
  });
});
