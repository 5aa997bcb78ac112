import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import type { Diagnostic } from 'vscode-languageserver-types';
import { codeActions } from '../../../../../../server/src/service/features/codeActions';
import { validateDocument } from '../../../../../../server/src/service/validation/validate';
import { applyEdits, documentOf } from '../../../features/helpers';

const header = "AWSTemplateFormatVersion: '2010-09-09'\nTransform: AWS::Serverless-2016-10-31\nResources:\n";

/** `code L<line>: <text at the range>` for each diagnostic of the template rules. */
function findings(body: string): string[] {
  const doc = documentOf(header + body);
  return validateDocument(doc, {}, {})
    .filter((d) => d.code !== 'syntax')
    .map((d) => `${d.code} L${d.range.start.line - 3}: ${doc.text.getText(d.range)}`);
}

describe('template rules: stage method settings', () => {
  test('ranges, enums, resource paths and methods; intrinsics accepted', () => {
    const body = `  Api:
    Type: AWS::Serverless::Api
    Properties:
      StageName: prod
      MethodSettings:
        - ResourcePath: "/*"
          HttpMethod: "*"
          CacheTtlInSeconds: 7200
          LoggingLevel: DEBUG
          ThrottlingRateLimit: !Ref Rate
        - ResourcePath: pets
          HttpMethod: FETCH
          MetricsEnabled: yes please
        - ResourcePath: /pets/{id}
          HttpMethod: get
          CachingEnabled: true
`;
    assert.deepEqual(findings(body), [
      'value-range L7: 7200',
      'enum-value L8: DEBUG',
      'value-format L10: pets',
      'enum-value L11: FETCH',
      'value-type L12: yes please',
    ]);
  });

  test('CloudFormation stage: the same checks', () => {
    const body = `  Stage:
    Type: AWS::ApiGateway::Stage
    Properties:
      MethodSettings:
        - ResourcePath: /~1pets
          HttpMethod: GET
          CacheTtlInSeconds: -1
`;
    assert.deepEqual(findings(body), ['value-range L6: -1']);
  });
});

describe('template rules: throttles', () => {
  test('burst below rate, and limits above the account defaults, as warnings', () => {
    const body = `  Api:
    Type: AWS::Serverless::Api
    Properties:
      MethodSettings:
        - ResourcePath: "/*"
          HttpMethod: "*"
          ThrottlingRateLimit: 20000
          ThrottlingBurstLimit: 100
  Plan:
    Type: AWS::ApiGateway::UsagePlan
    Properties:
      Throttle: {RateLimit: 50, BurstLimit: 6000}
      Quota: {Limit: 1000, Period: YEAR}
      ApiStages:
        - ApiId: !Ref Api
          Stage: prod
          Throttle:
            /pets/GET: {RateLimit: 10, BurstLimit: 20}
            pets-get: {RateLimit: 10, BurstLimit: 20}
`;
    assert.deepEqual(findings(body), [
      'enum-value L12: YEAR',
      'value-format L18: pets-get',
      'throttle-above-account L6: 20000',
      'throttle-burst-below-rate L7: 100',
      'throttle-above-account L11: 6000',
      // The Api has no StageName, which the SAM transform requires.
      'sam-property-type L2: Properties',
    ]);
    const doc = documentOf(header + body);
    const warning = validateDocument(doc, {}, {}).find((d) => d.code === 'throttle-burst-below-rate')!;
    assert.equal(warning.severity, 2);
    const fixed = applyEdits(doc.text.getText(), codeActions(doc, warning.range, [warning])[0].edit!.changes![doc.uri]);
    assert.match(fixed, /ThrottlingBurstLimit: 20000\n/);
  });

  test('HTTP API route settings: route keys, WebSocket-only fields', () => {
    const body = `  HttpApi:
    Type: AWS::Serverless::HttpApi
    Properties:
      DefaultRouteSettings:
        ThrottlingRateLimit: 100
        ThrottlingBurstLimit: 200
        LoggingLevel: INFO
      RouteSettings:
        "GET /pets": {ThrottlingRateLimit: 10, ThrottlingBurstLimit: 10}
        "$default": {DetailedMetricsEnabled: true}
        "/pets GET": {ThrottlingRateLimit: 10, ThrottlingBurstLimit: 10}
  Ws:
    Type: AWS::ApiGatewayV2::Api
    Properties: {ProtocolType: WEBSOCKET}
  WsStage:
    Type: AWS::ApiGatewayV2::Stage
    Properties:
      ApiId: !Ref Ws
      DefaultRouteSettings: {LoggingLevel: INFO, DataTraceEnabled: false}
      RouteSettings:
        sendMessage: {ThrottlingRateLimit: 5, ThrottlingBurstLimit: 5}
`;
    assert.deepEqual(findings(body), ['field-api-type L6: LoggingLevel', 'value-format L10: "/pets GET"']);
  });
});

describe('template rules: SAM authorizers by name', () => {
  const body = (defaultAuthorizer: string, eventAuthorizer: string) => `  AuthFn:
    Type: AWS::Serverless::Function
  Fn:
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
              Authorizer: ${eventAuthorizer}
  Api:
    Type: AWS::Serverless::Api
    Properties:
      StageName: prod
      Auth:
        DefaultAuthorizer: ${defaultAuthorizer}
        Authorizers:
          TokenAuth:
            FunctionArn: !GetAtt AuthFn.Arn
          CognitoAuth:
            UserPoolArn: arn:aws:cognito-idp:us-east-1:123456789012:userpool/us-east-1_X
`;

  test('declared and built-in names pass', () => {
    assert.deepEqual(findings(body('TokenAuth', 'NONE')), []);
    assert.deepEqual(findings(body('AWS_IAM', 'CognitoAuth')), []);
  });

  test('an unknown name is an error with a did-you-mean fix', () => {
    const text = header + body('TokenAuht', 'Cognito');
    const doc = documentOf(text);
    const errors = validateDocument(doc, {}, {}).filter((d: Diagnostic) => d.code === 'sam-authorizer-ref');
    assert.deepEqual(
      errors.map((d) => [doc.text.getText(d.range), d.severity]),
      [
        ['TokenAuht', 1],
        ['Cognito', 1],
      ],
    );
    assert.match(errors[0].message as string, /Did you mean 'TokenAuth'\?/);
    const fixed = applyEdits(text, codeActions(doc, errors[0].range, [errors[0]])[0].edit!.changes![doc.uri]);
    assert.match(fixed, /DefaultAuthorizer: TokenAuth\n/);
  });

  test('events of the implicit API are checked against Globals', () => {
    // Another, explicit API makes the document one the service reads; the event still uses the implicit API.
    const text = `  Other:
    Type: AWS::Serverless::HttpApi
  Fn:
    Type: AWS::Serverless::Function
    Properties:
      Events:
        Get:
          Type: HttpApi
          Properties:
            Auth:
              Authorizer: Jwt
`;
    assert.deepEqual(findings(text), ['sam-authorizer-ref L10: Jwt']);
    const withGlobals = documentOf(
      `${header.replace('Resources:\n', '')}Globals:\n  HttpApi:\n    Auth:\n      Authorizers:\n        Jwt: {IdentitySource: $request.header.Authorization}\nResources:\n${text}`,
    );
    assert.deepEqual(
      validateDocument(withGlobals, {}, {}).filter((d) => d.code === 'sam-authorizer-ref'),
      [],
    );
  });
});
