// Find references over the shapes a definition may take: only the $refs to that pointer (not other $refs, not other
// keys holding the same text), a $ref with no value, security requirement lists holding things other than objects,
// and a Resources entry that is no resource (no Type).
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { getLanguageService } from '../../../../../server/src/service/languageService';

const service = getLanguageService({ host: {} });

/** The locations found at the middle of the first `word` on the line holding `lineText`, as `line:text`. */
function at(
  kind: 'definition' | 'references',
  text: string,
  lineText: string,
  word: string,
  languageId = 'yaml',
): string[] {
  const doc = service.parseDocument(`file:///r.${languageId}`, languageId, 1, text);
  const lines = text.split('\n');
  const line = lines.findIndex((l) => l.includes(lineText));
  assert.ok(line >= 0, lineText);
  const position = { line, character: lines[line].indexOf(word) + Math.floor(word.length / 2) };
  const found = kind === 'definition' ? service.definition(doc, position) : service.references(doc, position);
  return found.map((l) => `${l.range.start.line}:${doc.text.getText(l.range)}`);
}

describe('references of a component', () => {
  const spec = `openapi: 3.0.1
info: {title: t, version: '1'}
paths:
  /a:
    get:
      description: '#/components/schemas/Pet'
      responses:
        '200':
          description: '#/components/schemas/Pet'
          content:
            application/json:
              schema:
                $ref: '#/components/schemas/Pet'
        '404':
          description: not found
          content:
            application/json:
              schema:
                $ref: '#/components/schemas/Other'
components:
  schemas:
    Pet: {type: object}
    Other:
      type: object
      properties:
        pet:
          $ref: '#/components/schemas/Pet'
`;

  test('the $refs to its pointer only: not other $refs, not other keys with the same text', () => {
    assert.deepEqual(at('references', spec, '    Pet: {type', 'Pet'), [
      '21:Pet',
      "12:'#/components/schemas/Pet'",
      "26:'#/components/schemas/Pet'",
    ]);
  });

  test('a $ref with no value (broken JSON) is passed over', () => {
    const json = `{"openapi": "3.0.1", "paths": {"/a": {"get": {"x": {"$ref": }, "y": {"$ref": "#/components/schemas/Pet"}}}},
"components": {"schemas": {"Pet": {}}}}`;
    assert.deepEqual(at('references', json, '"Pet": {}', 'Pet', 'json'), ['1:"Pet"', '0:"#/components/schemas/Pet"']);
  });
});

describe('references of a security scheme', () => {
  test('requirement lists holding strings, lists or nothing are passed over', () => {
    const spec = `openapi: 3.0.1
info: {title: t, version: '1'}
security:
  - key
  - [key]
  - key: []
paths:
  /a:
    get:
      security: key
      responses: {}
    put:
      security:
        - 7
        - key: []
      responses: {}
components:
  securitySchemes:
    key: {type: apiKey, name: x-api-key, in: header}
`;
    assert.deepEqual(at('references', spec, '    key: {type', 'key'), ['18:key', '5:key', '14:key']);
  });
});

describe('a Resources entry with no Type', () => {
  test('is no resource: no definition and no references', () => {
    const template = `Transform: AWS::Serverless-2016-10-31
Resources:
  NoType:
    Properties:
      Auth:
        DefaultAuthorizer: Tok
        Authorizers:
          Tok: {}
  Api:
    Type: AWS::Serverless::Api
    Properties: {StageName: prod}
  Fn:
    Type: AWS::Serverless::Function
    Properties:
      Role: !Ref NoType
`;
    assert.deepEqual(at('definition', template, '  Api:', 'Api'), ['8:Api']);
    assert.deepEqual(at('definition', template, '  NoType:', 'NoType'), []);
    assert.deepEqual(at('references', template, '  NoType:', 'NoType'), []);
    // Nor are the authorizers written under it.
    assert.deepEqual(at('definition', template, 'DefaultAuthorizer: Tok', 'Tok'), []);
    assert.deepEqual(at('references', template, '          Tok:', 'Tok'), []);
  });
});
