/**
 * More cases of the SAM rules, on the details the first cases leave open: every identity source, every Lambda-only
 * field of an HTTP authorizer, ReauthorizeEvery as Python's int() reads it, request parameter names, and events on
 * APIs whose definition SAM does not manage.
 */
import { sam, type RuleCase } from '../ruleCase';

const authFn = `  AuthFn:
    Type: AWS::Serverless::Function
    Properties: {Runtime: python3.12, Handler: a.h, CodeUri: s3://b/k}
`;
const restAuth = (authorizers: string) => `  Api:
    Type: AWS::Serverless::Api
    Properties:
      StageName: prod
      Auth:
        Authorizers:
${authorizers}`;
const request = (name: string, identity: string) =>
  `          ${name}:\n            FunctionArn: !GetAtt AuthFn.Arn\n            FunctionPayloadType: REQUEST\n            Identity: ${identity}\n`;
const jwtWith = (name: string, field: string) =>
  `          ${name}:\n            JwtConfiguration: {issuer: 'https://example.com', audience: [a]}\n            IdentitySource: $request.header.Authorization\n            ${field}\n`;
const fn = (events: string) => `  Fn:
    Type: AWS::Serverless::Function
    Properties:
      Runtime: python3.12
      Handler: a.h
      CodeUri: s3://b/k
      Events:
${events}`;

export const detailCases: RuleCase[] = [
  {
    name: 'details: REQUEST authorizers with a header or a context source',
    text: sam(
      authFn + restAuth(request('H', '{Headers: [Authorization]}') + request('C', '{Context: [identity.sourceIp]}')),
    ),
    expect: [],
  },
  {
    name: 'details: ReauthorizeEvery as a whole number in text, with a sign, or with a fraction',
    text: sam(
      authFn +
        restAuth(
          request('Plus', "{ReauthorizeEvery: ' +0 '}") +
            request('Minus', "{ReauthorizeEvery: '-10'}") +
            request('Half', '{ReauthorizeEvery: 0.5}') +
            request('Ten', "{ReauthorizeEvery: '10'}"),
        ),
    ),
    expect: [
      "L16:42-16:48 error value-type ' +0 ' | 'ReauthorizeEvery' must be an integer, not \" +0 \".",
      "L20:42-20:47 error value-range '-10' | 'ReauthorizeEvery' must be between 0 and 3600; got -10.",
      "L24:42-24:45 error value-type 0.5 | 'ReauthorizeEvery' must be an integer, not 0.5.",
      "L28:23-28:47 error sam-auth {ReauthorizeEvery: '10'} | A REQUEST authorizer ('Ten') needs an 'Identity' with at least one of Headers, QueryStrings, StageVariables or Context, e.g. 'Identity: {Headers: [Authorization]}'.",
    ],
    // API Gateway refuses these TTLs when it imports the definition SAM writes them into.
    oracle: 'cloudformation',
  },
  {
    name: 'details: ReauthorizeEvery with a fraction written as text needs a source',
    text: sam(
      authFn + restAuth(request('Frac', "{ReauthorizeEvery: '0.0'}") + request('Twelve', "{ReauthorizeEvery: '12'}")),
    ),
    expect: [
      "L16:23-16:48 error sam-auth {ReauthorizeEvery: '0.0'} | A REQUEST authorizer ('Frac') needs an 'Identity' with at least one of Headers, QueryStrings, StageVariables or Context, e.g. 'Identity: {Headers: [Authorization]}'.",
      "L20:23-20:47 error sam-auth {ReauthorizeEvery: '12'} | A REQUEST authorizer ('Twelve') needs an 'Identity' with at least one of Headers, QueryStrings, StageVariables or Context, e.g. 'Identity: {Headers: [Authorization]}'.",
    ],
  },
  {
    name: 'details: every Lambda-only field on a JWT authorizer',
    text: sam(
      '  Http:\n    Type: AWS::Serverless::HttpApi\n    Properties:\n      Auth:\n        Authorizers:\n' +
        jwtWith('A', 'FunctionInvokeRole: arn:aws:iam::123456789012:role/r') +
        jwtWith('B', 'Identity: {Headers: [a]}') +
        jwtWith('C', "AuthorizerPayloadFormatVersion: '2.0'") +
        jwtWith('D', 'EnableSimpleResponses: true') +
        jwtWith('E', 'EnableFunctionDefaultPermissions: true'),
    ),
    expect: [
      "L12:13-12:31 error sam-auth FunctionInvokeRole | 'FunctionInvokeRole' belongs to Lambda authorizers, and 'A' is a JWT authorizer (it has 'JwtConfiguration'); the SAM transform rejects it.",
      "L16:13-16:21 error sam-auth Identity | 'Identity' belongs to Lambda authorizers, and 'B' is a JWT authorizer (it has 'JwtConfiguration'); the SAM transform rejects it.",
      "L20:13-20:43 error sam-auth AuthorizerPayloadFormatVersion | 'AuthorizerPayloadFormatVersion' belongs to Lambda authorizers, and 'C' is a JWT authorizer (it has 'JwtConfiguration'); the SAM transform rejects it.",
      "L24:13-24:34 error sam-auth EnableSimpleResponses | 'EnableSimpleResponses' belongs to Lambda authorizers, and 'D' is a JWT authorizer (it has 'JwtConfiguration'); the SAM transform rejects it.",
      "L28:13-28:45 error sam-auth EnableFunctionDefaultPermissions | 'EnableFunctionDefaultPermissions' belongs to Lambda authorizers, and 'E' is a JWT authorizer (it has 'JwtConfiguration'); the SAM transform rejects it.",
    ],
  },
  {
    name: 'details: request parameter names that only look like one',
    text: sam(
      fn(
        '        Get:\n          Type: Api\n          Properties:\n            RestApiId: !Ref Api\n            Path: /a\n            Method: get\n            RequestParameters: [x.method.request.header.h, method.request.headers.h, method.request.path]\n',
      ) + '  Api:\n    Type: AWS::Serverless::Api\n    Properties:\n      StageName: prod\n',
    ),
    expect: [
      "L17:33-17:58 error sam-event x.method.request.header.h | 'x.method.request.header.h' is not a request parameter: write 'method.request.querystring.<name>', 'method.request.path.<name>' or 'method.request.header.<name>'.",
      "L17:60-17:84 error sam-event method.request.headers.h | 'method.request.headers.h' is not a request parameter: write 'method.request.querystring.<name>', 'method.request.path.<name>' or 'method.request.header.<name>'.",
      "L17:86-17:105 error sam-event method.request.path | 'method.request.path' is not a request parameter: write 'method.request.querystring.<name>', 'method.request.path.<name>' or 'method.request.header.<name>'.",
    ],
  },
  {
    name: 'details: MergeDefinitions false leaves an inline definition to the user',
    text: sam(
      fn(
        '        Get:\n          Type: Api\n          Properties: {RestApiId: !Ref Api, Path: /a, Method: get, Auth: {Authorizer: NONE}}\n',
      ) +
        "  Api:\n    Type: AWS::Serverless::Api\n    Properties:\n      StageName: prod\n      MergeDefinitions: false\n      DefinitionBody: {openapi: 3.0.1, info: {title: t, version: '1'}, paths: {/a: {get: {x-amazon-apigateway-integration: {type: mock}}}}}\n",
    ),
    expect: [],
  },
  {
    name: 'details: an Api event on a CloudFormation RestApi is not checked further',
    text: sam(
      fn(
        '        Get:\n          Type: Api\n          Properties: {RestApiId: !Ref Rest, Path: /a, Method: get, Auth: {Authorizer: NONE}}\n',
      ) + '  Rest:\n    Type: AWS::ApiGateway::RestApi\n    Properties: {Name: r}\n',
    ),
    expect: [],
  },
  {
    name: 'details: an HttpApi event naming a resource that is not there, and an Api event naming a number',
    text: sam(
      fn(
        '        Get:\n          Type: HttpApi\n          Properties: {ApiId: !Ref Nowhere, Path: /a, Method: get}\n        Num:\n          Type: Api\n          Properties: {RestApiId: 12, Path: /a, Method: get}\n',
      ),
    ),
    expect: [
      "L16:35-16:37 error sam-property-type 12 | The SAM transform rejects 'RestApiId' here: it must be a string, not the number 12.",
      "L13:36-13:43 error sam-event Nowhere | 'Nowhere' is not an AWS::Serverless::HttpApi in this template; an HttpApi event's 'ApiId' must refer to one.",
    ],
  },
];
