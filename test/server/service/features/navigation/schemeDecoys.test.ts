// Security scheme names and $refs one step off their places in a definition (a key in a list that is not
// `security`, under a property named `security`, inside another scheme, under `securitySchemes` outside
// `components`; a $ref to another file; CloudFormation-looking values in an OpenAPI file; a $ref in a template
// outside any definition body): plain text, with no definition and no references.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { getLanguageService } from '../../../../../server/src/service/languageService';

const service = getLanguageService({ host: {} });

/** Every word of every `# decoy` line: neither a definition nor references. Returns how many were checked. */
function assertDecoys(text: string): number {
  const doc = service.parseDocument('file:///d.yaml', 'yaml', 1, text);
  let checked = 0;
  text.split('\n').forEach((line, i) => {
    if (!line.includes('# decoy')) return;
    for (const m of line.replace(/ # decoy.*/, '').matchAll(/[A-Za-z0-9/._-]+/g)) {
      const position = { line: i, character: m.index + Math.floor(m[0].length / 2) };
      assert.deepEqual(service.definition(doc, position), [], `definition of ${m[0]} on line ${i}`);
      assert.deepEqual(service.references(doc, position), [], `references of ${m[0]} on line ${i}`);
      checked++;
    }
  });
  return checked;
}

/** The definition found at the middle of `word` on the first line holding `lineText`, as `line:text`. */
function definitionAt(text: string, lineText: string, word: string): string[] {
  const doc = service.parseDocument('file:///d.yaml', 'yaml', 1, text);
  const line = text.split('\n').findIndex((l) => l.includes(lineText));
  const character = text.split('\n')[line].indexOf(word) + Math.floor(word.length / 2);
  return service.definition(doc, { line, character }).map((l) => `${l.range.start.line}:${doc.text.getText(l.range)}`);
}

describe('scheme names and $refs one step off', () => {
  const spec = `openapi: 3.0.1
info: {title: t, version: '1'}
x-list:
  - keyScheme: 1 # decoy
x-copy:
  securitySchemes:
    keyScheme: {} # decoy
components:
  securitySchemes:
    keyScheme: {type: apiKey, name: x-api-key, in: header}
    otherScheme:
      type: apiKey
      name: x-other
      in: header
      x-note:
        keyScheme: 1 # decoy
  schemas:
    Pet:
      type: object
      example:
        a:
          Ref: Pet # decoy
        b:
          Fn::GetAtt: [Pet, Arn] # decoy
      properties:
        security:
          properties:
            keyScheme: {type: string} # decoy
paths:
  /a:
    get:
      security:
        - keyScheme: []
      responses:
        '200':
          description: ok
          content:
            application/json:
              schema:
                $ref: 'other.yaml#/components/schemas/Pet' # decoy
`;

  test('every decoy line', () => {
    assert.ok(assertDecoys(spec) >= 10);
  });

  test('the real places still name the scheme', () => {
    assert.deepEqual(definitionAt(spec, '- keyScheme: []', 'keyScheme'), ['9:keyScheme']);
  });
});

describe('Swagger 2 scheme names one step off', () => {
  test('a key named like a scheme deeper under securityDefinitions is no scheme', () => {
    const swagger = `swagger: '2.0'
info: {title: t, version: '1'}
securityDefinitions:
  key:
    type: apiKey
    name: x-api-key
    in: header
    x-note:
      key: 1 # decoy
paths: {}
`;
    assert.ok(assertDecoys(swagger) >= 2);
  });
});

describe('a $ref in a template outside any definition body', () => {
  test('is plain text; inside the body it names the body component', () => {
    const template = `Transform: AWS::Serverless-2016-10-31
Metadata:
  Notes:
    About:
      The:
        Pet:
          $ref: '#/components/schemas/Pet' # decoy
Resources:
  Api:
    Type: AWS::Serverless::Api
    Properties:
      StageName: prod
      DefinitionBody:
        openapi: 3.0.1
        info: {title: t, version: '1'}
        paths:
          /a:
            get:
              responses:
                '200':
                  description: ok
                  content:
                    application/json:
                      schema:
                        $ref: '#/components/schemas/Pet'
        components:
          schemas:
            Pet: {type: object}
`;
    assert.ok(assertDecoys(template) >= 2);
    assert.deepEqual(definitionAt(template, "                        $ref: '#/components", 'schemas'), ['27:Pet']);
  });
});
