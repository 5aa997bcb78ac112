// SAM authorizer names are symbols only in their three places (a key of Auth.Authorizers, the value of
// Auth.DefaultAuthorizer, an Api event's Auth.Authorizer); the same name one step off (another key on the way,
// another depth, another event, an event with no API) is plain text: no definition, no references.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { getLanguageService } from '../../../../../server/src/service/languageService';
import { samAuthorizerUses } from '../../../../../server/src/service/features/navigation/symbolAt';

const service = getLanguageService({ host: {} });

const sam = `Transform: AWS::Serverless-2016-10-31
Resources:
  AuthFn:
    Type: AWS::Serverless::Function
    Properties:
      Handler: index.handler
      Events:
        E1:
          Type: Api
          Properties:
            RestApiId: !Ref ApiA
            Path: /a
            Method: get
            Auth:
              Authorizer: TokenAuth
              Extra: [TokenAuth] # decoy
        E2:
          Type: Api
          Properties:
            RestApiId: !Ref ApiB
            Path: /b
            Method: get
            Auth:
              Authorizer: OtherAuth
        E3:
          Type: Api
          Properties:
            RestApiId: !Ref ApiA
            Path: /c
            Method: get
            Auth:
              Authorizer: [TokenAuth] # decoy
        Timer:
          Type: Schedule
          Properties:
            Schedule: rate(1 day)
            Auth:
              Authorizer: TokenAuth # decoy
      Other:
        E1:
          Properties:
            Auth:
              Authorizer: TokenAuth # decoy
  ApiA:
    Type: AWS::Serverless::Api
    Properties:
      StageName: prod
      Auth:
        DefaultAuthorizer: TokenAuth
        Authorizers:
          TokenAuth:
            FunctionArn: !GetAtt AuthFn.Arn
      Other:
        DefaultAuthorizer: TokenAuth # decoy
        Authorizers:
          TokenAuth: {} # decoy
  ApiB:
    Type: AWS::Serverless::Api
    Properties:
      StageName: prod
      Auth:
        DefaultAuthorizer: [TokenAuth] # decoy
        Authorizers:
          OtherAuth:
            FunctionArn: !GetAtt AuthFn.Arn
          TokenAuth:
            FunctionArn: !GetAtt AuthFn.Arn
          # Named like the keys that name authorizers: those keys are no uses of them.
          Authorizer:
            FunctionArn: !GetAtt AuthFn.Arn
          DefaultAuthorizer:
            FunctionArn: !GetAtt AuthFn.Arn
Outputs:
  ApiA:
    Properties:
      Auth:
        DefaultAuthorizer: TokenAuth # decoy
`;

const doc = service.parseDocument('file:///sam.yaml', 'yaml', 1, sam);
const lines = sam.split('\n');

/** The locations found at the middle of the `word` on line `line`, as `line:text`. */
function at(kind: 'definition' | 'references', line: number, word: string, within?: number): string[] {
  const character = lines[line].indexOf(word);
  assert.ok(character >= 0, `${word} on line ${line}`);
  const position = { line, character: character + (within ?? Math.floor(word.length / 2)) };
  const found = kind === 'definition' ? service.definition(doc, position) : service.references(doc, position);
  return found.map((l) => `${l.range.start.line}:${doc.text.getText(l.range)}`);
}

const lineOf = (text: string, from = 0) => lines.findIndex((l, i) => i >= from && l.includes(text));

describe('SAM authorizer names one step off their places', () => {
  test('every decoy line: no definition and no references on any of its words', () => {
    let checked = 0;
    lines.forEach((text, line) => {
      if (!text.includes('# decoy')) return;
      for (const m of text.replace(/#.*/, '').matchAll(/[A-Za-z0-9]+/g)) {
        assert.deepEqual(at('definition', line, m[0]), [], `definition of ${m[0]} on line ${line}`);
        assert.deepEqual(at('references', line, m[0]), [], `references of ${m[0]} on line ${line}`);
        checked++;
      }
    });
    assert.ok(checked >= 12, `${checked} words checked`);
  });

  test('the real places: each event names the authorizer of its own API', () => {
    const tokenAuth = lineOf('          TokenAuth:');
    // The keys naming authorizers, in an API that has authorizers of those names: no symbol.
    assert.deepEqual(at('definition', lineOf('Authorizer: OtherAuth'), 'Authorizer'), []);
    assert.deepEqual(at('definition', lineOf('DefaultAuthorizer: [TokenAuth]'), 'DefaultAuthorizer'), []);
    const otherAuth = lineOf('          OtherAuth:');
    assert.deepEqual(at('definition', lineOf('Authorizer: TokenAuth'), 'TokenAuth'), [`${tokenAuth}:TokenAuth`]);
    // E2 is the second event of the same function: its authorizer is ApiB's, not E1's API's.
    assert.deepEqual(at('definition', lineOf('Authorizer: OtherAuth'), 'OtherAuth'), [`${otherAuth}:OtherAuth`]);
    assert.deepEqual(at('definition', lineOf('DefaultAuthorizer: TokenAuth'), 'TokenAuth'), [`${tokenAuth}:TokenAuth`]);
    assert.deepEqual(at('references', tokenAuth, 'TokenAuth'), [
      `${tokenAuth}:TokenAuth`,
      `${lineOf('DefaultAuthorizer: TokenAuth')}:TokenAuth`,
      `${lineOf('Authorizer: TokenAuth')}:TokenAuth`,
    ]);
  });

  test('a resource mention up to its last character', () => {
    const refLine = lineOf('RestApiId: !Ref ApiB');
    const apiB = lineOf('  ApiB:');
    assert.deepEqual(at('definition', refLine, 'ApiB', 4), [`${apiB}:ApiB`]);
    assert.deepEqual(at('definition', refLine, 'ApiB', 0), [`${apiB}:ApiB`]);
  });
});

describe('events of the same name in two functions', () => {
  test("each names the authorizer of its own function's event's API", () => {
    const two = `Transform: AWS::Serverless-2016-10-31
Resources:
  ApiA:
    Type: AWS::Serverless::Api
    Properties:
      StageName: prod
      Auth:
        Authorizers:
          Shared: {FunctionArn: arn:aws:lambda:us-east-1:123456789012:function:a}
  ApiB:
    Type: AWS::Serverless::Api
    Properties:
      StageName: prod
      Auth:
        Authorizers:
          Shared: {FunctionArn: arn:aws:lambda:us-east-1:123456789012:function:b}
  FnA:
    Type: AWS::Serverless::Function
    Properties:
      Events:
        Get:
          Type: Api
          Properties: {RestApiId: !Ref ApiA, Path: /a, Method: get, Auth: {Authorizer: Shared}}
  FnB:
    Type: AWS::Serverless::Function
    Properties:
      Events:
        Get:
          Type: Api
          Properties: {RestApiId: !Ref ApiB, Path: /b, Method: get, Auth: {Authorizer: Shared}}
`;
    const twoDoc = service.parseDocument('file:///two.yaml', 'yaml', 1, two);
    const twoLines = two.split('\n');
    const line = twoLines.findIndex((l) => l.includes('RestApiId: !Ref ApiB'));
    const position = { line, character: twoLines[line].indexOf('Shared}') + 2 };
    const found = service.definition(twoDoc, position).map((l) => l.range.start.line);
    assert.deepEqual(found, [twoLines.findIndex((l) => l.includes('function:b'))]);
  });
});

describe('samAuthorizerUses', () => {
  test('the DefaultAuthorizer and the event authorizers of that API, nothing for an API with neither', () => {
    const apis = doc.template!.resources;
    assert.deepEqual(
      samAuthorizerUses(doc, apis.get('ApiA')!).map((n) => doc.text.positionAt(n.offset).line),
      // Whatever the value is (E3's is a list): navigation keeps the ones whose text is the name.
      [lineOf('DefaultAuthorizer: TokenAuth'), lineOf('Authorizer: TokenAuth'), lineOf('Authorizer: [TokenAuth]')],
    );
    const bare = service.parseDocument(
      'file:///bare.yaml',
      'yaml',
      1,
      `Transform: AWS::Serverless-2016-10-31
Resources:
  Fn:
    Type: AWS::Serverless::Function
    Properties:
      Events:
        E:
          Type: Api
          Properties: {RestApiId: !Ref Api, Path: /a, Method: get}
  Api:
    Type: AWS::Serverless::Api
    Properties:
      StageName: prod
`,
    );
    assert.deepEqual(samAuthorizerUses(bare, bare.template!.resources.get('Api')!), []);
  });
});
