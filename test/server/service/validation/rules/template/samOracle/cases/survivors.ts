/**
 * Cases written from the mutation run of the template rules (bench/MUTATION.md): what a first API without Auth does
 * to the next one, the Authorizers an HTTP API does not declare as a mapping, events whose authorizer SAM does not
 * look up, ReauthorizeEvery as SAM reads an intrinsic or false, and the implicit HTTP API's name in the message.
 */
import { sam, type RuleCase } from '../ruleCase';

const authFn = `  AuthFn:
    Type: AWS::Serverless::Function
    Properties: {Runtime: python3.12, Handler: a.h, CodeUri: s3://b/k}
`;
const fn = (events: string) => `  Fn:
    Type: AWS::Serverless::Function
    Properties:
      Runtime: python3.12
      Handler: a.h
      CodeUri: s3://b/k
      Events:
${events}`;
const pool = (name: string) =>
  `${name}: {UserPoolArn: arn:aws:cognito-idp:us-east-1:123456789012:userpool/us-east-1_X}`;
const request = (identity: string) =>
  `  Api:\n    Type: AWS::Serverless::Api\n    Properties:\n      StageName: prod\n      Auth:\n        Authorizers:\n          Req:\n            FunctionArn: !GetAtt AuthFn.Arn\n            FunctionPayloadType: REQUEST\n            Identity: ${identity}\n`;

export const survivorCases: RuleCase[] = [
  {
    name: 'survivors: APIs without Auth or without a DefaultAuthorizer before one whose Auth is wrong',
    text: sam(
      '  Api1:\n    Type: AWS::Serverless::Api\n    Properties:\n      StageName: prod\n  Http1:\n    Type: AWS::Serverless::HttpApi\n    Properties:\n      Auth: {EnableIamAuthorizer: true}\n  Http2:\n    Type: AWS::Serverless::HttpApi\n    Properties:\n      Auth: {UsagePlan: {Description: d}}\n',
    ),
    expect: [
      "L15:14-15:23 error sam-auth UsagePlan | The SAM transform rejects 'UsagePlan' in the Auth of an HTTP API; it knows Authorizers, DefaultAuthorizer, EnableIamAuthorizer.",
    ],
  },
  {
    name: 'survivors: a REQUEST authorizer whose Identity is null, or whose ReauthorizeEvery is computed',
    text: sam(authFn + request('null') + request("{ReauthorizeEvery: !Sub '0'}").replace('  Api:', '  Api2:')),
    // A null Identity is read as none by the transform: the finding is the missing identity, not the null's type.
    expect: [
      "L15:34-15:41 error sam-auth REQUEST | A REQUEST authorizer ('Req') needs an 'Identity' with at least one of Headers, QueryStrings, StageVariables or Context, e.g. 'Identity: {Headers: [Authorization]}'.",
      "L26:23-26:51 error sam-auth {ReauthorizeEvery: !Sub '0'} | A REQUEST authorizer ('Req') needs an 'Identity' with at least one of Headers, QueryStrings, StageVariables or Context, e.g. 'Identity: {Headers: [Authorization]}'.",
    ],
  },
  {
    name: 'survivors: a REQUEST authorizer whose ReauthorizeEvery is false needs no source',
    text: sam(authFn + request('{ReauthorizeEvery: false}')),
    expect: ["L16:42-16:47 error value-type false | 'ReauthorizeEvery' must be an integer, not false."],
    // API Gateway refuses a TTL of false when it imports the definition SAM writes it into.
    oracle: 'cloudformation',
  },
  {
    name: 'survivors: with AWS::LanguageExtensions a computed Identity of a REQUEST authorizer is resolved first',
    text: sam(authFn + request('!If [C, {Headers: [a]}, {Headers: [b]}]')).replace(
      'Transform: AWS::Serverless-2016-10-31',
      'Transform: [AWS::LanguageExtensions, AWS::Serverless-2016-10-31]',
    ),
    expect: [],
    oracle: 'none',
  },
  {
    name: 'survivors: an HTTP DefaultAuthorizer is not looked up in Authorizers written as a list',
    text: sam(
      '  Http:\n    Type: AWS::Serverless::HttpApi\n    Properties:\n      Auth:\n        DefaultAuthorizer: Foo\n        Authorizers: [Foo]\n',
    ),
    expect: [
      "L9:22-9:27 error value-type [Foo] | 'Authorizers' must be an object (map), not a list.",
      "L9:22-9:27 error sam-auth [Foo] | 'Authorizers' must be a mapping of authorizer names to their settings, not a list.",
    ],
  },
  {
    name: 'survivors: a REST DefaultAuthorizer on an API without authorizers is not looked up',
    text: sam(
      '  Api:\n    Type: AWS::Serverless::Api\n    Properties:\n      StageName: prod\n      Auth:\n        DefaultAuthorizer: Foo\n',
    ),
    expect: [],
  },
  {
    name: 'survivors: HTTP events are looked up on an API with its own definition; REST ones only when SAM writes it',
    text: sam(
      fn(
        '        Own:\n          Type: Api\n          Properties: {RestApiId: !Ref Api, Path: /a, Method: get, Auth: {Authorizer: Nope}}\n        Http:\n          Type: HttpApi\n          Properties: {ApiId: !Ref Http, Path: /a, Method: get, Auth: {Authorizer: Pols}}\n',
      ) +
        `  Api:\n    Type: AWS::Serverless::Api\n    Properties:\n      StageName: prod\n      DefinitionBody: {openapi: 3.0.1, info: {title: t, version: '1'}, paths: {/a: {get: {x-amazon-apigateway-integration: {type: mock}}}}}\n` +
        `  Http:\n    Type: AWS::Serverless::HttpApi\n    Properties:\n      DefinitionBody: {openapi: 3.0.1, info: {title: t, version: '1'}, paths: {}}\n      Auth:\n        Authorizers:\n          Pool: {JwtConfiguration: {issuer: 'https://example.com', audience: [a]}, IdentitySource: $request.header.Authorization}\n`,
    ),
    expect: [
      "L16:84-16:88 error sam-authorizer-ref Pols | No authorizer 'Pols' in the Auth.Authorizers of Http. Did you mean 'Pool'?",
      '  fix {"replaceWith":["Pool"]}',
    ],
  },
  {
    name: 'survivors: an event on an API that reads its definition from a file is not looked up',
    text: sam(
      fn(
        '        Get:\n          Type: Api\n          Properties: {RestApiId: !Ref Api, Path: /a, Method: get, Auth: {Authorizer: Nope}}\n',
      ) +
        `  Api:\n    Type: AWS::Serverless::Api\n    Properties:\n      StageName: prod\n      DefinitionUri: s3://b/api.yaml\n`,
    ),
    expect: [],
  },
  {
    name: 'survivors: an unknown name among several declared authorizers, and on the implicit HTTP API',
    text: sam(
      fn(
        '        Get:\n          Type: HttpApi\n          Properties: {Path: /a, Method: get, Auth: {Authorizer: Zzzzzzzzzzzz}}\n',
      ) +
        `  Api:\n    Type: AWS::Serverless::Api\n    Properties:\n      StageName: prod\n      Auth:\n        DefaultAuthorizer: Zzzzzzzzzzzz\n        Authorizers:\n          ${pool('PoolA')}\n          ${pool('PoolB')}\n`,
      "  HttpApi:\n    Auth:\n      Authorizers:\n        Jwt: {JwtConfiguration: {issuer: 'https://example.com', audience: [a]}, IdentitySource: $request.header.Authorization}\n",
    ),
    expect: [
      "L24:28-24:40 error sam-authorizer-ref Zzzzzzzzzzzz | No authorizer 'Zzzzzzzzzzzz' in the Auth.Authorizers of Api. Declared: PoolA, PoolB.",
      "L18:66-18:78 error sam-authorizer-ref Zzzzzzzzzzzz | No authorizer 'Zzzzzzzzzzzz' in the Auth.Authorizers of the implicit HTTP API (Globals). Declared: Jwt.",
    ],
  },
];
