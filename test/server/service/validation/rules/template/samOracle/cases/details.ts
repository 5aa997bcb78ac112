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

const pool = 'Pool: {UserPoolArn: arn:aws:cognito-idp:us-east-1:123456789012:userpool/us-east-1_X}';
const ownDefinition =
  "      DefinitionBody: {openapi: 3.0.1, info: {title: t, version: '1'}, paths: {/a: {get: {x-amazon-apigateway-integration: {type: mock}}}}}\n";

export const moreDetailCases: RuleCase[] = [
  {
    name: 'details: OverrideApiAuth false leaves an inline definition to the user',
    text: sam(
      fn(
        '        Get:\n          Type: Api\n          Properties: {RestApiId: !Ref Api, Path: /a, Method: get, Auth: {Authorizer: Pools, OverrideApiAuth: false}}\n',
      ) +
        `  Api:\n    Type: AWS::Serverless::Api\n    Properties:\n      StageName: prod\n${ownDefinition}      Auth:\n        Authorizers:\n          ${pool}\n`,
    ),
    expect: [],
  },
  {
    name: 'details: an event on an API whose DefinitionBody is empty is looked up (SAM generates the definition)',
    text: sam(
      fn(
        '        Get:\n          Type: Api\n          Properties: {RestApiId: !Ref Api, Path: /a, Method: get, Auth: {Authorizer: Pools}}\n',
      ) +
        `  Api:\n    Type: AWS::Serverless::Api\n    Properties:\n      StageName: prod\n      DefinitionBody: {}\n      Auth:\n        Authorizers:\n          ${pool}\n`,
    ),
    expect: [
      "L13:87-13:92 error sam-authorizer-ref Pools | No authorizer 'Pools' in the Auth.Authorizers of Api. Did you mean 'Pool'?",
      '  fix {"replaceWith":["Pool"]}',
    ],
  },
  {
    name: 'details: OpenAPI versions as SAM matches them, in the definition and in OpenApiVersion',
    text: sam(
      ['3.0', '3.0.10', '13.0', '3.0.1x']
        .map(
          (v, i) =>
            `  Api${i}:\n    Type: AWS::Serverless::Api\n    Properties:\n      StageName: prod\n      OpenApiVersion: '${v}'\n      Auth: {ApiKeyRequired: true}\n      DefinitionBody: {openapi: '${v}', info: {title: t, version: '1'}, paths: {/a: {get: {x-amazon-apigateway-integration: {type: mock}}}}}\n`,
        )
        .join(''),
    ),
    expect: [
      "L15:23-15:31 error sam-api-setting '3.0.10' | The SAM transform wants 'OpenApiVersion' written like '3.0.1' (or '2.0'), not \"3.0.10\".",
      '  fix {"replaceWith":["3.0.1"]}',
      "L22:23-22:29 error sam-api-setting '13.0' | The SAM transform wants 'OpenApiVersion' written like '3.0.1' (or '2.0'), not \"13.0\".",
      '  fix {"replaceWith":["3.0.1"]}',
      "L29:23-29:31 error sam-api-setting '3.0.1x' | The SAM transform wants 'OpenApiVersion' written like '3.0.1' (or '2.0'), not \"3.0.1x\".",
      '  fix {"replaceWith":["3.0.1"]}',
      "L17:33-17:41 error sam-definition-body '3.0.10' | SAM writes Auth into this DefinitionBody, so it must be an OpenAPI 3 ('openapi: 3.0.1') or Swagger ('swagger: \"2.0\"') document with a 'paths' mapping.",
      "L24:33-24:39 error sam-definition-body '13.0' | SAM writes Auth into this DefinitionBody, so it must be an OpenAPI 3 ('openapi: 3.0.1') or Swagger ('swagger: \"2.0\"') document with a 'paths' mapping.",
      "L31:33-31:41 error sam-definition-body '3.0.1x' | SAM writes Auth into this DefinitionBody, so it must be an OpenAPI 3 ('openapi: 3.0.1') or Swagger ('swagger: \"2.0\"') document with a 'paths' mapping.",
    ],
  },
  {
    name: 'details: every method SAM adds security to must be a mapping',
    text: sam(
      `  Api:\n    Type: AWS::Serverless::Api\n    Properties:\n      StageName: prod\n      Auth: {ApiKeyRequired: true}\n      DefinitionBody:\n        openapi: 3.0.1\n        info: {title: t, version: '1'}\n        paths:\n          /a: {get: x, put: x, post: x, delete: x, options: x, head: x, patch: x, trace: x, x-amazon-apigateway-any-method: x, summary: x}\n          /b: !Ref AWS::NoValue\n`,
    ),
    expect: [
      // The ANY operation's own type error comes first (the extension check runs before the SAM rules).
      `L13:125-13:126 error value-type x | 'x-amazon-apigateway-any-method' must be an object, not "x".`,
      "L13:21-13:22 error sam-definition-body x | SAM adds the API's default authorizer or API key to every method, so 'get /a' must be a mapping, not the string \"x\".",
      "L13:29-13:30 error sam-definition-body x | SAM adds the API's default authorizer or API key to every method, so 'put /a' must be a mapping, not the string \"x\".",
      "L13:38-13:39 error sam-definition-body x | SAM adds the API's default authorizer or API key to every method, so 'post /a' must be a mapping, not the string \"x\".",
      "L13:49-13:50 error sam-definition-body x | SAM adds the API's default authorizer or API key to every method, so 'delete /a' must be a mapping, not the string \"x\".",
      "L13:61-13:62 error sam-definition-body x | SAM adds the API's default authorizer or API key to every method, so 'options /a' must be a mapping, not the string \"x\".",
      "L13:70-13:71 error sam-definition-body x | SAM adds the API's default authorizer or API key to every method, so 'head /a' must be a mapping, not the string \"x\".",
      "L13:80-13:81 error sam-definition-body x | SAM adds the API's default authorizer or API key to every method, so 'patch /a' must be a mapping, not the string \"x\".",
      "L13:90-13:91 error sam-definition-body x | SAM adds the API's default authorizer or API key to every method, so 'trace /a' must be a mapping, not the string \"x\".",
      "L13:125-13:126 error sam-definition-body x | SAM adds the API's default authorizer or API key to every method, so 'x-amazon-apigateway-any-method /a' must be a mapping, not the string \"x\".",
    ],
  },
  {
    name: 'details: gateway response status codes with other characters around the digits',
    text: sam(
      `  Api:\n    Type: AWS::Serverless::Api\n    Properties:\n      StageName: prod\n${ownDefinition}      GatewayResponses:\n        DEFAULT_4XX: {StatusCode: x403}\n        DEFAULT_5XX: {StatusCode: 500x}\n`,
    ),
    expect: [
      'L10:35-10:39 error sam-api-setting x403 | \'StatusCode\' must be a number such as 401, not the string "x403".',
      'L11:35-11:39 error sam-api-setting 500x | \'StatusCode\' must be a number such as 401, not the string "500x".',
    ],
  },
  {
    name: 'details: the other spelling of the VPC endpoint ids alone, a null DefinitionUri beside a definition, a computed custom domain endpoint',
    text: sam(
      `  Api:\n    Type: AWS::Serverless::Api\n    Properties:\n      StageName: prod\n      EndpointConfiguration: {Type: PRIVATE, VpcEndpointIds: [vpce-1]}\n${ownDefinition}      DefinitionUri: null\n      Domain:\n        DomainName: api.example.com\n        CertificateArn: arn:aws:acm:us-east-1:123456789012:certificate/x\n        EndpointConfiguration: !Ref Endpoint\n`,
    ).replace('Resources:', 'Parameters:\n  Endpoint: {Type: String, Default: REGIONAL}\nResources:'),
    expect: [],
  },
  {
    name: 'details: HTTP CORS credentials for one origin, and none allowed',
    text: sam(
      "  Http:\n    Type: AWS::Serverless::HttpApi\n    Properties:\n      CorsConfiguration: {AllowOrigins: ['https://example.com'], AllowCredentials: true}\n  Http2:\n    Type: AWS::Serverless::HttpApi\n    Properties:\n      CorsConfiguration: {AllowOrigins: ['*'], AllowCredentials: false}\n",
    ),
    expect: [],
  },
  {
    name: 'details: an HTTP definition whose components are not a mapping, where SAM adds authorizers',
    text: sam(
      "  Http:\n    Type: AWS::Serverless::HttpApi\n    Properties:\n      Auth:\n        Authorizers:\n          Jwt: {JwtConfiguration: {issuer: 'https://example.com', audience: [a]}, IdentitySource: $request.header.Authorization}\n      DefinitionBody: {openapi: 3.0.1, info: {title: t, version: '1'}, paths: {}, components: [x]}\n",
    ),
    expect: [
      "L10:95-10:98 error sam-definition-body [x] | SAM adds the API's authorizers to 'components', so it must be a mapping, not a list.",
    ],
  },
];
