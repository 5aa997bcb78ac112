// SAM authorizer names are completed at Auth.DefaultAuthorizer and at an Api event's Auth.Authorizer, from the API
// that event is bound to; not inside a list there, not under another key than Events.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { completions } from './helpers';

const template = (fnTail: string, apiAuth = 'DefaultAuthorizer: AuthA') => `Transform: AWS::Serverless-2016-10-31
Resources:
  ApiA:
    Type: AWS::Serverless::Api
    Properties:
      StageName: prod
      Auth:
        ${apiAuth}
        Authorizers:
          AuthA: {FunctionArn: arn:aws:lambda:us-east-1:123456789012:function:a}
  ApiB:
    Type: AWS::Serverless::Api
    Properties:
      StageName: prod
      Auth:
        Authorizers:
          AuthB: {FunctionArn: arn:aws:lambda:us-east-1:123456789012:function:b}
  Fn:
    Type: AWS::Serverless::Function
    Properties:
      Handler: index.handler
      Events:
        E1:
          Type: Api
          Properties: {RestApiId: !Ref ApiA, Path: /a, Method: get}
        E2:
          Type: Api
          Properties:
            RestApiId: !Ref ApiB
            Path: /b
            Method: get
${fnTail}`;

describe('SAM authorizer names', () => {
  test('events of the same name in two functions: each from its own API', () => {
    const text = template('').replace(
      '  Fn:\n',
      '  Other:\n    Type: AWS::Serverless::Function\n    Properties:\n      Events:\n        E2:\n          Type: Api\n          Properties: {RestApiId: !Ref ApiA, Path: /c, Method: get}\n  Fn:\n',
    );
    const labels = completions(`${text}            Auth:\n              Authorizer: |\n`).labels;
    assert.ok(labels.includes('AuthB') && !labels.includes('AuthA'), labels.join(', '));
  });

  test('API references only at RestApiId and ApiId', () => {
    const withHttp = (tail: string) =>
      template(tail).replace('  Fn:\n', '  Http:\n    Type: AWS::Serverless::HttpApi\n  Fn:\n');
    const labels = completions(withHttp('            Description: |\n')).labels;
    assert.ok(!labels.some((l) => l.startsWith('!Ref ')), labels.join(', '));
    assert.ok(completions(withHttp('            ApiId: |\n')).labels.includes('!Ref Http'));
    assert.ok(completions(template('').replace('RestApiId: !Ref ApiB', 'RestApiId: |')).labels.includes('!Ref ApiB'));
  });

  test("an event's authorizer: its own API's names", () => {
    const labels = completions(template('            Auth:\n              Authorizer: |\n')).labels;
    assert.ok(labels.includes('AuthB'), labels.join(', '));
    assert.ok(!labels.includes('AuthA'));
  });

  test('not under another key than Events, not inside a list at DefaultAuthorizer', () => {
    const other = completions(
      template('      Other:\n        E2:\n          Properties:\n            Auth:\n              Authorizer: |\n'),
    ).labels;
    assert.ok(!other.includes('AuthB') && !other.includes('AuthA'), other.join(', '));
    const list = completions(template('', 'DefaultAuthorizer:\n          - |')).labels;
    assert.ok(!list.includes('AuthA'), list.join(', '));
    assert.ok(completions(template('', 'DefaultAuthorizer: |')).labels.includes('AuthA'));
  });
});
