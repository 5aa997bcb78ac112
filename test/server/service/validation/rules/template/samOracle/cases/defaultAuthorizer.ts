/**
 * Cases of an API's `Auth.DefaultAuthorizer` as the SAM transform reads it (samApiAuth, samAuthorizerRefs and the
 * catalogue's schema): a value that is empty, false or 0 is no default authorizer at all, a REST API without
 * authorizers reads none of it, and anything else must be a string.
 */
import { sam, type RuleCase } from '../ruleCase';

const pool = 'a: {UserPoolArn: arn:aws:cognito-idp:us-east-1:123456789012:userpool/us-east-1_X}';
const jwt =
  "a: {JwtConfiguration: {issuer: 'https://x', audience: [a]}, IdentitySource: $request.header.Authorization}";
const restApi = (value: string, authorizers = `{${pool}}`) =>
  `  Api:\n    Type: AWS::Serverless::Api\n    Properties:\n      StageName: prod\n      Auth:\n        DefaultAuthorizer: ${value}\n        Authorizers: ${authorizers}\n`;
const httpApi = (value: string) =>
  `  Api:\n    Type: AWS::Serverless::HttpApi\n    Properties:\n      Auth:\n        DefaultAuthorizer: ${value}\n        Authorizers: {${jwt}}\n`;
const restFn =
  '  Fn:\n    Type: AWS::Serverless::Function\n    Properties: {Runtime: python3.12, Handler: a.h, CodeUri: s3://b/k, Events: {E: {Type: Api, Properties: {RestApiId: !Ref Api, Path: /a, Method: get}}}}\n';
const httpFn = restFn.replace('Type: Api, Properties: {RestApiId', 'Type: HttpApi, Properties: {ApiId');

const falsy = ['[]', "''", '{}', '0', 'false'];

export const defaultAuthorizerCases: RuleCase[] = [
  ...falsy.map((value): RuleCase => ({
    name: `DefaultAuthorizer: ${value} on a REST API is no default authorizer`,
    text: sam(restApi(value) + restFn),
    expect: [],
  })),
  ...falsy.map((value): RuleCase => ({
    name: `DefaultAuthorizer: ${value} on an HTTP API is no default authorizer`,
    text: sam(httpApi(value) + httpFn),
    expect: [],
  })),
  {
    name: 'DefaultAuthorizer as a list on a REST API without authorizers is not read',
    text: sam(restApi('[a]', '{}') + restFn),
    expect: [],
  },
  {
    name: 'DefaultAuthorizer as a list on a REST API with authorizers: one error, not two',
    text: sam(restApi('[a]')),
    expect: [
      "L9:28-9:31 error sam-auth [a] | 'DefaultAuthorizer' must be the name of one of the API's authorizers or AWS_IAM, written as a string; not a list.",
    ],
  },
  {
    name: 'DefaultAuthorizer as a mapping or true on an HTTP API',
    text: sam(httpApi('{a: 1}') + httpApi('true').replace('  Api:', '  Api2:')),
    expect: [
      "L8:28-8:34 error sam-auth {a: 1} | 'DefaultAuthorizer' must be the name of one of the API's authorizers, written as a string; not a mapping.",
      "L14:28-14:32 error sam-auth true | 'DefaultAuthorizer' must be the name of one of the API's authorizers, written as a string; not true.",
    ],
  },
];
