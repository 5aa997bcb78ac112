/** Cases of the authorizer name rule (server/src/service/validation/rules/template/samAuthorizerRefs.ts). */
import { sam, type RuleCase } from '../ruleCase';

const fn = (events: string) => `  Fn:
    Type: AWS::Serverless::Function
    Properties:
      Runtime: python3.12
      Handler: a.h
      CodeUri: s3://b/k
      Events:
${events}`;
const restEvent = (auth: string, api = 'Api') =>
  `        Get:\n          Type: Api\n          Properties: {RestApiId: !Ref ${api}, Path: /a, Method: get, Auth: ${auth}}\n`;
const pool = 'Pool: {UserPoolArn: arn:aws:cognito-idp:us-east-1:123456789012:userpool/us-east-1_X}';
const restApi = (auth: string, extra = '') => `  Api:
    Type: AWS::Serverless::Api
    Properties:
      StageName: prod
${extra}      Auth:
${auth}`;
const jwt =
  "Jwt: {JwtConfiguration: {issuer: 'https://example.com', audience: [a]}, IdentitySource: $request.header.Authorization}";

export const samAuthorizerRefsCases: RuleCase[] = [
  {
    name: 'authorizer ref: a misspelt REST DefaultAuthorizer, with the did-you-mean fix',
    text: sam(restApi(`        DefaultAuthorizer: Pol\n        Authorizers:\n          ${pool}\n`)),
    expect: [
      "L9:28-9:31 error sam-authorizer-ref Pol | No authorizer 'Pol' in the Auth.Authorizers of Api. Did you mean 'Pool'?",
      '  fix {"replaceWith":["Pool"]}',
    ],
  },
  {
    name: 'authorizer ref: a REST DefaultAuthorizer like no declared name',
    text: sam(restApi(`        DefaultAuthorizer: Zzzzzzzzzzzz\n        Authorizers:\n          ${pool}\n`)),
    expect: [
      "L9:28-9:40 error sam-authorizer-ref Zzzzzzzzzzzz | No authorizer 'Zzzzzzzzzzzz' in the Auth.Authorizers of Api. Declared: Pool.",
    ],
  },
  {
    name: 'authorizer ref: an HTTP DefaultAuthorizer on an API that declares none',
    text: sam(
      '  Http:\n    Type: AWS::Serverless::HttpApi\n    Properties:\n      Auth:\n        DefaultAuthorizer: Zzzzzzzzzzzz\n',
    ),
    expect: [
      "L8:28-8:40 error sam-authorizer-ref Zzzzzzzzzzzz | No authorizer 'Zzzzzzzzzzzz' in the Auth.Authorizers of Http. It declares none.",
    ],
  },
  {
    name: 'authorizer ref: names SAM resolves, and Authorizers it does not read as names',
    text: sam(
      restApi(`        DefaultAuthorizer: Pool\n        Authorizers:\n          ${pool}\n`) +
        `  Http:
    Type: AWS::Serverless::HttpApi
    Properties:
      Auth:
        DefaultAuthorizer: Jwt
        Authorizers:
          ${jwt}
`,
    ),
    expect: [],
  },
  {
    name: 'authorizer ref: Authorizers that are no mapping are not looked up',
    text: sam(restApi('        DefaultAuthorizer: Pool\n        Authorizers: [Pool]\n')),
    expect: [
      "L10:22-10:28 error value-type [Pool] | 'Authorizers' must be an object (map), not a list.",
      "L10:22-10:28 error sam-auth [Pool] | 'Authorizers' must be a mapping of authorizer names to their settings, not a list.",
    ],
  },
  {
    name: 'authorizer ref: a DefaultAuthorizer written like a substitution is a name to SAM',
    text: sam(restApi(`        DefaultAuthorizer: '\${Pool}'\n        Authorizers:\n          ${pool}\n`)),
    expect: [
      "L9:28-9:37 error sam-authorizer-ref '${Pool}' | No authorizer '${Pool}' in the Auth.Authorizers of Api. Declared: Pool.",
    ],
  },
  {
    name: 'authorizer ref: an event naming an authorizer its API does not declare',
    text: sam(fn(restEvent('{Authorizer: Pools}')) + restApi(`        Authorizers:\n          ${pool}\n`)),
    expect: [
      "L13:87-13:92 error sam-authorizer-ref Pools | No authorizer 'Pools' in the Auth.Authorizers of Api. Did you mean 'Pool'?",
      '  fix {"replaceWith":["Pool"]}',
    ],
  },
  {
    name: 'authorizer ref: an event on an API that is not in the template is not looked up',
    text: sam(fn(restEvent('{Authorizer: Pools}', 'Elsewhere'))),
    expect: [
      "L13:40-13:49 error sam-event Elsewhere | 'Elsewhere' is not an AWS::Serverless::Api in this template; an Api event's 'RestApiId' must refer to one.",
    ],
    oracle: 'none',
  },
  {
    name: 'authorizer ref: an event on an API with its own definition is not looked up',
    text: sam(
      fn(restEvent('{Authorizer: Pools}')) +
        restApi(
          `        Authorizers:\n          ${pool}\n`,
          "      DefinitionBody: {openapi: 3.0.1, info: {title: t, version: '1'}, paths: {/a: {get: {x-amazon-apigateway-integration: {type: mock}}}}}\n",
        ),
    ),
    expect: [],
  },
  {
    name: 'authorizer ref: with OverrideApiAuth the event is looked up on an API with its own definition',
    text: sam(
      fn(restEvent('{Authorizer: Pools, OverrideApiAuth: true}')) +
        restApi(
          `        Authorizers:\n          ${pool}\n`,
          "      DefinitionBody: {openapi: 3.0.1, info: {title: t, version: '1'}, paths: {/a: {get: {x-amazon-apigateway-integration: {type: mock}}}}}\n",
        ),
    ),
    expect: [
      "L13:87-13:92 error sam-authorizer-ref Pools | No authorizer 'Pools' in the Auth.Authorizers of Api. Did you mean 'Pool'?",
      '  fix {"replaceWith":["Pool"]}',
    ],
  },
  {
    name: 'authorizer ref: with MergeDefinitions the event is looked up',
    text: sam(
      fn(restEvent('{Authorizer: Pools}')) +
        restApi(
          `        Authorizers:\n          ${pool}\n`,
          "      MergeDefinitions: true\n      DefinitionBody: {openapi: 3.0.1, info: {title: t, version: '1'}, paths: {}}\n",
        ),
    ),
    expect: [
      "L13:87-13:92 error sam-authorizer-ref Pools | No authorizer 'Pools' in the Auth.Authorizers of Api. Did you mean 'Pool'?",
      '  fix {"replaceWith":["Pool"]}',
    ],
  },
  {
    name: 'authorizer ref: an event of the implicit REST API looked up in Globals',
    text: sam(
      fn(
        '        Get:\n          Type: Api\n          Properties: {Path: /a, Method: get, Auth: {Authorizer: Pools}}\n',
      ),
      `  Api:\n    Auth:\n      Authorizers:\n        ${pool}\n`,
    ),
    expect: [
      "L18:66-18:71 error sam-authorizer-ref Pools | No authorizer 'Pools' in the Auth.Authorizers of the implicit REST API (Globals). Did you mean 'Pool'?",
      '  fix {"replaceWith":["Pool"]}',
    ],
  },
  {
    name: 'authorizer ref: events naming declared and built-in authorizers',
    text: sam(
      fn(
        restEvent('{Authorizer: Pool}') +
          '        Get2:\n          Type: Api\n          Properties: {RestApiId: !Ref Api, Path: /b, Method: get, Auth: {Authorizer: AWS_IAM}}\n' +
          '        Get3:\n          Type: HttpApi\n          Properties: {Path: /c, Method: get, Auth: {Authorizer: Jwt}}\n',
      ) + restApi(`        Authorizers:\n          ${pool}\n`),
      `  HttpApi:\n    Auth:\n      Authorizers:\n        ${jwt}\n`,
    ),
    expect: [],
  },
];
