/** Cases of the function event rule (server/src/service/validation/rules/template/samApiEvents.ts). */
import { sam, type RuleCase } from '../ruleCase';

/** A function with one event of this type and these Properties (written as YAML lines under Properties). */
const fn = (type: string, properties: string) => `  Fn:
    Type: AWS::Serverless::Function
    Properties:
      Runtime: python3.12
      Handler: a.h
      CodeUri: s3://b/k
      Events:
        E:
          Type: ${type}
          Properties:
${properties}`;
const restApi = (extra = '') => `  Api:
    Type: AWS::Serverless::Api
    Properties:
      StageName: prod
${extra}`;
const httpApi = (extra = '') => `  Http:
    Type: AWS::Serverless::HttpApi
${extra ? `    Properties:\n${extra}` : ''}`;
const rest = (props: string) =>
  `            RestApiId: !Ref Api\n            Path: /a\n            Method: get\n${props}`;
const http = (props: string) => `            ApiId: !Ref Http\n            Path: /a\n            Method: get\n${props}`;
const authorizers = `      Auth:
        Authorizers:
          Pool: {UserPoolArn: arn:aws:cognito-idp:us-east-1:123456789012:userpool/us-east-1_X}
`;

export const samApiEventsCases: RuleCase[] = [
  {
    name: 'event: RestApiId computed by another function than Ref',
    text: sam(
      fn('Api', '            RestApiId: !GetAtt Api.RootResourceId\n            Path: /a\n            Method: get\n') +
        restApi(),
    ),
    expect: [
      "L14:32-14:50 error sam-event Api.RootResourceId | 'RestApiId' must name an AWS::Serverless::Api of this template with '!Ref', not Fn::GetAtt; the SAM transform needs the API itself to add this route.",
    ],
  },
  {
    name: 'event: RestApiId naming a resource that is not there, with the APIs as the fix',
    text: sam(
      fn('Api', '            RestApiId: !Ref Apj\n            Path: /a\n            Method: get\n') + restApi(),
    ),
    expect: [
      "L14:29-14:32 error sam-event Apj | 'Apj' is not an AWS::Serverless::Api in this template; an Api event's 'RestApiId' must refer to one (Api).",
      '  fix {"replaceWith":["Api"]}',
    ],
  },
  {
    name: 'event: an Api event naming an HTTP API, written as a plain string; no REST API to offer',
    text: sam(fn('Api', '            RestApiId: Http\n            Path: /a\n            Method: get\n') + httpApi()),
    expect: [
      "L14:24-14:28 error sam-event Http | 'Http' is not an AWS::Serverless::Api in this template; an Api event's 'RestApiId' must refer to one.",
    ],
  },
  {
    name: 'event: an HttpApi event naming a REST API',
    text: sam(
      fn('HttpApi', '            ApiId: !Ref Api\n            Path: /a\n            Method: get\n') +
        restApi() +
        httpApi(),
    ),
    expect: [
      "L14:25-14:28 error sam-event Api | 'Api' is not an AWS::Serverless::HttpApi in this template; an HttpApi event's 'ApiId' must refer to one (Http).",
      '  fix {"replaceWith":["Http"]}',
    ],
  },
  {
    name: 'event: events naming the implicit APIs',
    text: sam(
      fn('Api', '            RestApiId: !Ref ServerlessRestApi\n            Path: /a\n            Method: get\n') +
        `        H:
          Type: HttpApi
          Properties: {ApiId: !Ref ServerlessHttpApi, Path: /a, Method: get}
        Other:
          Type: Api
          Properties: {Path: /b, Method: get}
        OtherHttp:
          Type: HttpApi
          Properties: {Path: /b, Method: get}
`,
    ),
    expect: [],
  },
  {
    name: 'event: REST Authorizer NONE on an API without a DefaultAuthorizer',
    text: sam(fn('Api', rest('            Auth: {Authorizer: NONE}\n')) + restApi(authorizers)),
    expect: [
      "L17:32-17:36 error sam-event NONE | 'Authorizer: NONE' turns off the API's default authorizer for get /a, but the API has no 'DefaultAuthorizer'; remove the Authorizer or set a DefaultAuthorizer on the API.",
    ],
  },
  {
    name: 'event: REST Authorizer NONE with a DefaultAuthorizer, and the authorizer by name',
    text: sam(
      fn('Api', rest('            Auth: {Authorizer: NONE}\n')) +
        `        E2:
          Type: Api
          Properties:
            RestApiId: !Ref Api
            Path: /b
            Method: get
            Auth: {Authorizer: Pool, AuthorizationScopes: [read], ApiKeyRequired: false}
` +
        restApi(`${authorizers}        DefaultAuthorizer: Pool\n        ApiKeyRequired: true\n`),
    ),
    expect: [],
  },
  {
    name: 'event: a computed Authorizer',
    text: sam(fn('Api', rest('            Auth: {Authorizer: !Ref AWS::StackName}\n')) + restApi(authorizers)),
    expect: [
      "L17:37-17:51 error sam-event AWS::StackName | 'Authorizer' must be the name of one of the API's authorizers (or AWS_IAM / NONE), written out; not the intrinsic !Ref.",
    ],
  },
  {
    name: 'event: REST AuthorizationScopes written as a string',
    text: sam(
      fn('Api', rest('            Auth: {Authorizer: Pool, AuthorizationScopes: read}\n')) + restApi(authorizers),
    ),
    expect: [
      'L17:59-17:63 error sam-event read | \'AuthorizationScopes\' must be a list of scopes, not the string "read".',
    ],
  },
  {
    name: 'event: REST AuthorizationScopes without an Authorizer',
    text: sam(fn('Api', rest('            Auth:\n              AuthorizationScopes: [read]\n')) + restApi(authorizers)),
    expect: [
      "L18:15-18:34 error sam-event AuthorizationScopes | 'AuthorizationScopes' needs an 'Authorizer' in the same Auth (a Cognito authorizer of the API); the SAM transform rejects scopes on their own.",
    ],
  },
  {
    name: 'event: REST empty AuthorizationScopes without an Authorizer',
    text: sam(fn('Api', rest('            Auth: {AuthorizationScopes: []}\n')) + restApi(authorizers)),
    expect: [],
  },
  {
    name: 'event: ApiKeyRequired false on an API that requires no key',
    text: sam(fn('Api', rest('            Auth: {ApiKeyRequired: false}\n')) + restApi()),
    expect: [
      "L17:36-17:41 error sam-event false | 'ApiKeyRequired: false' only switches off an API-wide 'ApiKeyRequired: true', which this API does not set; remove it.",
    ],
  },
  {
    name: 'event: ApiKeyRequired false on an API whose key requirement is computed',
    text: sam(
      fn('Api', rest('            Auth: {ApiKeyRequired: false}\n')) +
        restApi('      Auth: {ApiKeyRequired: !Ref AWS::NoValue}\n'),
    ),
    expect: [],
    oracle: 'none',
  },
  {
    name: 'event: Auth is not applied to a definition SAM does not write',
    text: sam(
      fn('Api', rest('            Auth: {Authorizer: NONE, ApiKeyRequired: false}\n')) +
        restApi(`      DefinitionBody: {openapi: 3.0.1, info: {title: t, version: '1'}, paths: {}}\n`),
    ),
    expect: [],
  },
  {
    name: 'event: with OverrideApiAuth, Auth is applied to a definition SAM does not write',
    text: sam(
      fn('Api', rest('            Auth: {Authorizer: NONE, OverrideApiAuth: true}\n')) +
        restApi(
          `      DefinitionBody: {openapi: 3.0.1, info: {title: t, version: '1'}, paths: {/a: {get: {x-amazon-apigateway-integration: {type: mock}}}}}\n${authorizers}`,
        ),
    ),
    expect: [
      "L17:32-17:36 error sam-event NONE | 'Authorizer: NONE' turns off the API's default authorizer for get /a, but the API has no 'DefaultAuthorizer'; remove the Authorizer or set a DefaultAuthorizer on the API.",
    ],
  },
  {
    name: 'event: with MergeDefinitions, SAM writes into the definition',
    text: sam(
      fn('Api', rest('            Auth: {Authorizer: NONE}\n')) +
        restApi(
          `      MergeDefinitions: true\n      DefinitionBody: {openapi: 3.0.1, info: {title: t, version: '1'}, paths: {}}\n${authorizers}`,
        ),
    ),
    expect: [
      "L17:32-17:36 error sam-event NONE | 'Authorizer: NONE' turns off the API's default authorizer for get /a, but the API has no 'DefaultAuthorizer'; remove the Authorizer or set a DefaultAuthorizer on the API.",
    ],
  },
  {
    name: 'event: an empty DefinitionBody is replaced by the generated one',
    text: sam(
      fn('Api', rest('            Auth: {Authorizer: NONE}\n')) + restApi(`      DefinitionBody: {}\n${authorizers}`),
    ),
    expect: [
      "L17:32-17:36 error sam-event NONE | 'Authorizer: NONE' turns off the API's default authorizer for get /a, but the API has no 'DefaultAuthorizer'; remove the Authorizer or set a DefaultAuthorizer on the API.",
    ],
  },
  {
    name: 'event: a RequestModel the API does not declare, with the declared ones as the fix',
    text: sam(
      fn('Api', rest('            RequestModel: {Model: Pett}\n')) +
        restApi('      Models:\n        Pet: {type: object}\n        Owner: {type: object}\n'),
    ),
    expect: [
      "L17:35-17:39 error sam-event Pett | No model 'Pett' in the API's Models (Pet, Owner); the SAM transform cannot attach it to get /a.",
      '  fix {"replaceWith":["Pet","Owner"]}',
    ],
  },
  {
    name: 'event: a RequestModel on an API without Models',
    text: sam(fn('Api', rest('            RequestModel: {Model: Pet, Required: true}\n')) + restApi()),
    expect: [
      "L17:35-17:38 error sam-event Pet | The API declares no Models, so the SAM transform cannot attach 'Pet' to get /a: add it under the API's 'Models'.",
    ],
  },
  {
    name: 'event: RequestModel flags that are not booleans',
    text: sam(
      fn('Api', rest("            RequestModel: {Model: Pet, ValidateBody: 'true', ValidateParameters: !Ref V}\n")) +
        restApi('      Models:\n        Pet: {type: object}\n'),
    ),
    expect: [
      "L17:54-17:60 error sam-event 'true' | 'ValidateBody' must be true or false (SAM takes no string or intrinsic here), not the string \"true\".",
      '  fix {"replaceWith":["true","false"]}',
      "L17:87-17:88 error sam-event V | 'ValidateParameters' must be true or false (SAM takes no string or intrinsic here), not the intrinsic !Ref.",
      '  fix {"replaceWith":["true","false"]}',
    ],
  },
  {
    name: 'event: a RequestModel on an API whose Models are computed is not checked',
    text: sam(
      fn('Api', rest('            RequestModel: {Model: Pet, ValidateBody: true}\n').replace('!Ref Api', '!Ref Api2')) +
        `  Api2:
    Type: AWS::Serverless::Api
    Properties:
      StageName: prod
      Models: !Ref AWS::NoValue
`,
    ),
    expect: [
      "L22:20-22:32 error sam-api-setting AWS::NoValue | The SAM transform reads 'Models' itself and cannot resolve an intrinsic function here: write the models as a mapping.",
    ],
  },
  {
    name: 'event: request parameters SAM rejects',
    text: sam(
      fn(
        'Api',
        rest(
          '            RequestParameters:\n              - method.request.body.x\n              - {method.request.cookie.c: {Required: true}}\n              - {method.request.header.h: true}\n              - 3\n',
        ),
      ) + restApi(),
    ),
    expect: [
      "L18:17-18:38 error sam-event method.request.body.x | 'method.request.body.x' is not a request parameter: write 'method.request.querystring.<name>', 'method.request.path.<name>' or 'method.request.header.<name>'.",
      "L19:18-19:41 error sam-event method.request.cookie.c | 'method.request.cookie.c' is not a request parameter: write 'method.request.querystring.<name>', 'method.request.path.<name>' or 'method.request.header.<name>'.",
      "L20:43-20:47 error sam-event true | The settings of 'method.request.header.h' must be a mapping such as '{Required: true, Caching: false}', not true.",
      "L21:17-21:18 error sam-event 3 | Each request parameter is a string such as 'method.request.header.Authorization' or a mapping of one to '{Required: ..., Caching: ...}', not the number 3.",
    ],
  },
  {
    name: 'event: request parameters SAM accepts',
    text: sam(
      fn(
        'Api',
        rest(
          '            RequestParameters:\n              - method.request.querystring.q\n              - method.request.path.p\n              - {method.request.header.h: {Required: true, Caching: false}}\n',
        ),
      ) + restApi(),
    ),
    expect: [],
  },
  {
    name: 'event: HTTP Auth without an Authorizer on an API without a default',
    text: sam(fn('HttpApi', http('            Auth: {AuthorizationScopes: [read]}\n')) + httpApi()),
    expect: [
      "L17:13-17:17 error sam-event Auth | This Auth has no 'Authorizer' and the HTTP API has no 'DefaultAuthorizer'; name an authorizer here (e.g. 'Authorizer: MyJwtAuthorizer') or set a DefaultAuthorizer on the API.",
    ],
  },
  {
    name: 'event: HTTP Authorizer NONE on an API without a default',
    text: sam(fn('HttpApi', http('            Auth: {Authorizer: NONE}\n')) + httpApi()),
    expect: [
      "L17:32-17:36 error sam-event NONE | 'Authorizer: NONE' turns off the API's default authorizer, but the HTTP API has no 'DefaultAuthorizer'; remove the Authorizer or set a DefaultAuthorizer on the API.",
    ],
  },
  {
    name: 'event: HTTP AWS_IAM without EnableIamAuthorizer',
    text: sam(fn('HttpApi', http('            Auth: {Authorizer: AWS_IAM}\n')) + httpApi()),
    expect: [
      "L17:32-17:39 error sam-event AWS_IAM | 'AWS_IAM' is an authorizer of an HTTP API only with 'EnableIamAuthorizer: true' in the API's Auth.",
    ],
  },
  {
    name: 'event: HTTP AuthorizationScopes written as a string',
    text: sam(
      fn('HttpApi', http('            Auth: {Authorizer: AWS_IAM, AuthorizationScopes: read}\n')) +
        httpApi('      Auth: {EnableIamAuthorizer: true}\n'),
    ),
    expect: [
      "L17:62-17:66 error sam-event read | 'AuthorizationScopes' must be a list of strings, e.g. '[read]', not the string \"read\".",
    ],
  },
  {
    name: 'event: HTTP Auth SAM accepts',
    text: sam(
      fn('HttpApi', http('            Auth: {AuthorizationScopes: [read]}\n')) +
        `        E2:
          Type: HttpApi
          Properties: {ApiId: !Ref Http, Path: /b, Method: get, Auth: {Authorizer: NONE}}
        E3:
          Type: HttpApi
          Properties: {ApiId: !Ref Http, Path: /c, Method: get, Auth: {Authorizer: AWS_IAM}}
` +
        httpApi(
          '      Auth:\n        EnableIamAuthorizer: true\n        DefaultAuthorizer: Jwt\n        Authorizers:\n          Jwt:\n            JwtConfiguration: {issuer: https://example.com, audience: [a]}\n            IdentitySource: $request.header.Authorization\n',
        ),
    ),
    expect: [],
  },
  {
    name: 'event: HTTP events of the implicit API read its Auth from Globals',
    text: sam(
      fn('HttpApi', '            Path: /a\n            Method: get\n            Auth: {Authorizer: NONE}\n'),
      '  HttpApi:\n    Auth:\n      DefaultAuthorizer: AWS_IAM\n      EnableIamAuthorizer: true\n',
    ),
    expect: [],
  },
];
