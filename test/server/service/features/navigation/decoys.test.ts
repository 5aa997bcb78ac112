// Names that only look like symbols: the same text as an authorizer, a resource or a component, written where
// nothing refers to it (lines marked `# decoy`), has no definition and is no reference.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { getLanguageService } from '../../../../../server/src/service/languageService';

const service = getLanguageService({ host: {} });

/** Offsets with a definition, as `line:word`, for every word of the text. */
function definedWords(text: string, languageId = 'yaml'): Set<string> {
  const doc = service.parseDocument(`file:///d.${languageId}`, languageId, 1, text);
  const out = new Set<string>();
  for (const m of text.matchAll(/[A-Za-z0-9#/~._-]+/g)) {
    const middle = m.index + Math.floor(m[0].length / 2);
    const position = doc.text.positionAt(middle);
    if (service.definition(doc, position).length > 0) out.add(`${position.line}:${m[0]}`);
  }
  return out;
}
const decoyLines = (text: string) =>
  text
    .split('\n')
    .map((line, i) => (line.includes('# decoy') ? i : -1))
    .filter((i) => i >= 0);

describe('decoys', () => {
  test('SAM: an authorizer name or a resource id as another key or value has no definition', () => {
    const sam = `Transform: AWS::Serverless-2016-10-31
Resources:
  AuthFn:
    Type: AWS::Serverless::Function
    Properties:
      Description: TokenAuth # decoy
      Tags: {TokenAuth: x} # decoy
      Events:
        E1:
          Type: Api
          Properties:
            RestApiId: !Ref MyApi
            Path: /a
            Method: get
            Other:
              Authorizer: TokenAuth # decoy
            Auth:
              Authorizer: TokenAuth
              Other: TokenAuth # decoy
  MyApi:
    Type: AWS::Serverless::Api
    Properties:
      StageName: TokenAuth # decoy
      Auth:
        DefaultAuthorizer: TokenAuth
        Other: TokenAuth # decoy
        Authorizers:
          TokenAuth:
            FunctionArn: !GetAtt AuthFn.Arn
            Identity: {TokenAuth: x} # decoy
        Extra:
          TokenAuth: {} # decoy
Outputs:
  MyApi: # decoy
    Value: TokenAuth # decoy
`;
    const words = definedWords(sam);
    for (const line of decoyLines(sam)) {
      for (const w of words) assert.ok(!w.startsWith(`${line}:`), `a definition on decoy line ${line}: ${w}`);
    }
    assert.ok(words.has('17:TokenAuth') && words.has('24:TokenAuth') && words.has('27:TokenAuth'));
  });

  test('a definition: a validator name or a scheme name elsewhere has no definition', () => {
    const spec = `openapi: 3.0.1
x-amazon-apigateway-request-validators:
  checkAll: {validateRequestBody: true}
  nested:
    checkAll: {} # decoy
components:
  securitySchemes:
    keyScheme: {type: apiKey, name: x-api-key, in: header}
  other:
    keyScheme: {}
    deeper:
      keyScheme: {} # decoy
paths:
  /a:
    get:
      description: checkAll # decoy
      x-amazon-apigateway-request-validator: checkAll
      security:
        - keyScheme: []
      tags:
        - keyScheme # decoy
      responses:
        '200':
          description: '#/components/securitySchemes/keyScheme' # decoy
`;
    const words = definedWords(spec);
    for (const line of decoyLines(spec)) {
      for (const w of words) assert.ok(!w.startsWith(`${line}:`), `a definition on decoy line ${line}: ${w}`);
    }
    assert.ok(words.has('16:checkAll') && words.has('18:keyScheme'));
  });
});
