/**
 * Generated SAM templates for the differential test against the real SAM transform: a few small base templates
 * (REST and HTTP APIs, with SAM's generated definition, an inline DefinitionBody or a DefinitionUri, and function
 * events bound to them), changed at one or two places among what the transform checks for APIs. Each variant
 * records the paths it changed, so the test can tell whether an error is reported on the property it is about.
 * Written for this project from the transform's behaviour; none of the translator's own test inputs are used.
 */

export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

/** A value that removes the property instead of setting it. */
export const REMOVE = Symbol('remove');
type Value = Json | typeof REMOVE;

export interface Variant {
  id: string;
  template: Json;
  /** The changed properties, as paths from the template's root. */
  targets: string[][];
}

const lambdaArn = { 'Fn::GetAtt': ['AuthFunction', 'Arn'] };
const inlineFunction = (events?: Json): Json => ({
  Type: 'AWS::Serverless::Function',
  Properties: {
    Runtime: 'python3.12',
    Handler: 'index.handler',
    InlineCode: 'def handler(event, context):\n    return {}\n',
    ...(events ? { Events: events } : {}),
  },
});

function restDefinition(): Json {
  return {
    openapi: '3.0.1',
    info: { title: 'items', version: '1' },
    paths: {
      '/items': {
        get: {
          responses: { '200': { description: 'ok' } },
          'x-amazon-apigateway-integration': {
            type: 'aws_proxy',
            httpMethod: 'POST',
            uri: {
              'Fn::Sub':
                'arn:aws:apigateway:${AWS::Region}:lambda:path/2015-03-31/functions/${ItemsFunction.Arn}/invocations',
            },
          },
        },
      },
    },
  };
}

function httpDefinition(): Json {
  return {
    openapi: '3.0.1',
    info: { title: 'items', version: '1' },
    paths: {
      '/items': {
        get: {
          responses: { default: { description: 'ok' } },
          'x-amazon-apigateway-integration': {
            type: 'aws_proxy',
            httpMethod: 'POST',
            payloadFormatVersion: '2.0',
            uri: { 'Fn::GetAtt': ['ItemsFunction', 'Arn'] },
          },
        },
      },
    },
  };
}

type Source = 'generated' | 'body' | 'uri' | 'implicit';

/** SAM's implicit APIs: function events that name no API, with the API's settings in Globals. */
function implicitBase(kind: 'rest' | 'http'): Json {
  const rest = kind === 'rest';
  const globals: Json = rest
    ? { Api: { Auth: { Authorizers: { TokenAuth: { FunctionArn: lambdaArn } } }, Cors: "'*'" } }
    : {
        HttpApi: {
          Auth: {
            Authorizers: {
              JwtAuth: {
                JwtConfiguration: { issuer: 'https://issuer.example.com', audience: ['app'] },
                IdentitySource: '$request.header.Authorization',
              },
            },
          },
        },
      };
  const event = rest
    ? { Type: 'Api', Properties: { Path: '/items', Method: 'get' } }
    : { Type: 'HttpApi', Properties: { Path: '/items', Method: 'GET' } };
  return {
    AWSTemplateFormatVersion: '2010-09-09',
    Transform: 'AWS::Serverless-2016-10-31',
    Globals: globals,
    Resources: { ItemsFunction: inlineFunction({ GetItems: event }), AuthFunction: inlineFunction() },
  };
}

function restBase(source: Source): Json {
  const api: Record<string, Json> = {
    StageName: 'prod',
    Auth: { Authorizers: { TokenAuth: { FunctionArn: lambdaArn } } },
    Models: { Item: { type: 'object', properties: { id: { type: 'string' } } } },
  };
  if (source === 'body') api.DefinitionBody = restDefinition();
  if (source === 'uri') {
    api.DefinitionUri = 's3://my-bucket/api.yaml';
    delete api.Auth;
    delete api.Models;
  }
  const event: Record<string, Json> = { Path: '/items', Method: 'get', RestApiId: { Ref: 'MyApi' } };
  return {
    AWSTemplateFormatVersion: '2010-09-09',
    Transform: 'AWS::Serverless-2016-10-31',
    Parameters: { StageParam: { Type: 'String', Default: 'prod' } },
    Conditions: { C: { 'Fn::Equals': [{ Ref: 'StageParam' }, 'prod'] } },
    Resources: {
      MyApi: { Type: 'AWS::Serverless::Api', Properties: api },
      ItemsFunction: inlineFunction({ GetItems: { Type: 'Api', Properties: event } }),
      AuthFunction: inlineFunction(),
    },
  };
}

function httpBase(source: Source): Json {
  const api: Record<string, Json> = {
    StageName: 'prod',
    Auth: {
      Authorizers: {
        JwtAuth: {
          JwtConfiguration: { issuer: 'https://issuer.example.com', audience: ['app'] },
          IdentitySource: '$request.header.Authorization',
        },
        LambdaAuth: { FunctionArn: lambdaArn, AuthorizerPayloadFormatVersion: '2.0', EnableSimpleResponses: true },
      },
    },
  };
  if (source === 'body') api.DefinitionBody = httpDefinition();
  if (source === 'uri') {
    api.DefinitionUri = 's3://my-bucket/http-api.yaml';
    delete api.Auth;
  }
  return {
    AWSTemplateFormatVersion: '2010-09-09',
    Transform: 'AWS::Serverless-2016-10-31',
    Parameters: { StageParam: { Type: 'String', Default: 'prod' } },
    Conditions: { C: { 'Fn::Equals': [{ Ref: 'StageParam' }, 'prod'] } },
    Resources: {
      MyHttpApi: { Type: 'AWS::Serverless::HttpApi', Properties: api },
      ItemsFunction: inlineFunction({
        GetItems: { Type: 'HttpApi', Properties: { Path: '/items', Method: 'GET', ApiId: { Ref: 'MyHttpApi' } } },
      }),
      AuthFunction: inlineFunction(),
    },
  };
}

interface Family {
  kind: 'rest' | 'http';
  sources: Source[];
  /** Path from the template root. */
  path: string[];
  values: Value[];
}

const REST = ['Resources', 'MyApi', 'Properties'];
const HTTP = ['Resources', 'MyHttpApi', 'Properties'];
const REST_EVENT = ['Resources', 'ItemsFunction', 'Properties', 'Events', 'GetItems', 'Properties'];
const HTTP_EVENT = REST_EVENT;
const all: Source[] = ['generated', 'body', 'uri'];
const inline: Source[] = ['generated', 'body'];
const bodyOnly: Source[] = ['body'];
const policyStatement = { Effect: 'Allow', Principal: '*', Action: 'execute-api:Invoke', Resource: 'execute-api:/*' };

const families: Family[] = [
  // AWS::Serverless::Api
  {
    kind: 'rest',
    sources: all,
    path: [...REST, 'StageName'],
    values: ['prod', 'v1', { Ref: 'StageParam' }, 123, ['prod'], true, REMOVE, { 'Fn::Sub': '${StageParam}' }],
  },
  { kind: 'rest', sources: all, path: [...REST, 'Tags'], values: [{ team: 'a' }, 'team', ['a'], 5, {}] },
  {
    kind: 'rest',
    sources: all,
    path: [...REST, 'OpenApiVersion'],
    values: ['3.0.1', '2.0', '3.0', '3', 'v3', 3.0, '3.1.0', '3.0.0.0', '4.0', { Ref: 'StageParam' }],
  },
  {
    kind: 'rest',
    sources: all,
    path: [...REST, 'EndpointConfiguration'],
    values: [
      'REGIONAL',
      'EDGE',
      { Type: 'REGIONAL' },
      { Type: 'PRIVATE', VPCEndpointIds: ['vpce-1'] },
      { Type: 'PRIVATE', VPCEndpointIds: ['vpce-1'], VpcEndpointIds: ['vpce-1'] },
      { Type: 'PRIVATE', VpcEndpointIds: ['vpce-1'] },
      5,
      ['REGIONAL'],
    ],
  },
  {
    kind: 'rest',
    sources: all,
    path: [...REST, 'MethodSettings'],
    values: [
      [],
      [{ HttpMethod: '*', ResourcePath: '/*', ThrottlingRateLimit: 10, ThrottlingBurstLimit: 20 }],
      { HttpMethod: '*', ResourcePath: '/*' },
      'all',
      true,
    ],
  },
  {
    kind: 'rest',
    sources: all,
    path: [...REST, 'AccessLogSetting'],
    values: [
      { DestinationArn: 'arn:aws:logs:us-east-1:123456789012:log-group:api', Format: '$context.requestId' },
      'logs',
      ['x'],
      7,
    ],
  },
  {
    kind: 'rest',
    sources: all,
    path: [...REST, 'Cors'],
    values: [
      "'*'",
      "'https://example.com'",
      { AllowOrigin: "'*'" },
      { AllowOrigin: "'*'", AllowCredentials: true },
      { AllowOrigin: "'https://example.com'", AllowCredentials: true },
      { Origin: "'*'" },
      { AllowMethods: "'GET'" },
      { AllowOrigin: "'*'", AllowMethods: "'GET,POST'", AllowHeaders: "'Content-Type'", MaxAge: "'600'" },
      ['*'],
      5,
      true,
    ],
  },
  {
    kind: 'rest',
    sources: all,
    path: [...REST, 'Auth', 'DefaultAuthorizer'],
    values: ['TokenAuth', 'AWS_IAM', 'Missing', 5, ['TokenAuth'], 'tokenauth', REMOVE],
  },
  { kind: 'rest', sources: all, path: [...REST, 'Auth', 'ApiKeyRequired'], values: [true, false] },
  { kind: 'rest', sources: inline, path: [...REST, 'Auth', 'Foo'], values: [1, 'x'] },
  {
    kind: 'rest',
    sources: all,
    path: [...REST, 'Auth', 'ResourcePolicy'],
    values: [
      { CustomStatements: [policyStatement] },
      { IpRangeWhitelist: ['10.0.0.0/8'] },
      { SourceVpcWhitelist: ['vpc-1'] },
      { SourceVpcWhitelist: 'vpc-1' },
      { SourceVpcBlacklist: 'vpc-1' },
    ],
  },
  {
    kind: 'rest',
    sources: all,
    path: [...REST, 'Auth', 'UsagePlan'],
    values: [
      { CreateUsagePlan: 'PER_API' },
      { CreateUsagePlan: 'SHARED' },
      { CreateUsagePlan: 'NONE' },
      { CreateUsagePlan: 'per_api' },
      { CreateUsagePlan: 'FOO' },
      {},
      { Description: 'plan' },
      'PER_API',
      { CreateUsagePlan: 'PER_API', Foo: 1 },
      { CreateUsagePlan: 'PER_API', Quota: { Limit: 100, Period: 'DAY' }, Throttle: { RateLimit: 10, BurstLimit: 20 } },
    ],
  },
  { kind: 'rest', sources: all, path: [...REST, 'Auth', 'AddDefaultAuthorizerToCorsPreflight'], values: [true, false] },
  {
    kind: 'rest',
    sources: inline,
    path: [...REST, 'Auth', 'Authorizers', 'TokenAuth'],
    values: [
      { FunctionArn: lambdaArn },
      { FunctionArn: lambdaArn, FunctionPayloadType: 'REQUEST', Identity: { Headers: ['Authorization'] } },
      { FunctionArn: lambdaArn, FunctionPayloadType: 'REQUEST' },
      { FunctionArn: lambdaArn, FunctionPayloadType: 'REQUEST', Identity: {} },
      { FunctionArn: lambdaArn, FunctionPayloadType: 'FOO' },
      { UserPoolArn: 'arn:aws:cognito-idp:us-east-1:123456789012:userpool/us-east-1_abc' },
      { FunctionArn: lambdaArn, Identity: 'Authorization' },
      'token',
      { FunctionArn: lambdaArn, Identity: { Header: 'X-Token', ReauthorizeEvery: 0 } },
    ],
  },
  { kind: 'rest', sources: inline, path: [...REST, 'Auth', 'Authorizers'], values: ['TokenAuth', ['TokenAuth'], {}] },
  { kind: 'rest', sources: all, path: [...REST, 'Auth'], values: [{}, 'auth', REMOVE] },
  {
    kind: 'rest',
    sources: all,
    path: [...REST, 'DefinitionUri'],
    values: ['s3://other-bucket/api.yaml', { Bucket: 'b', Key: 'k' }, { Bucket: 'b' }, { Key: 'k' }, 5],
  },
  {
    kind: 'rest',
    sources: ['generated', 'uri'],
    path: [...REST, 'DefinitionBody'],
    values: [restDefinition(), 'openapi', [], { openapi: '3.0.1', info: { title: 't', version: '1' }, paths: {} }],
  },
  {
    kind: 'rest',
    sources: all,
    path: [...REST, 'GatewayResponses'],
    values: [
      { DEFAULT_4XX: { ResponseParameters: { Headers: { 'Access-Control-Allow-Origin': "'*'" } } } },
      { DEFAULT_4XX: { StatusCode: 400 } },
      { DEFAULT_4XX: { StatusCode: '4xx' } },
      { DEFAULT_4XX: 'x' },
      { DEFAULT_4XX: { Foo: 1 } },
      { DEFAULT_4XX: { ResponseParameters: { Foo: { A: "'b'" } } } },
      { DEFAULT_4XX: { 'Fn::If': ['C', {}, {}] } },
      'x',
      { UNAUTHORIZED: { ResponseTemplates: { 'application/json': '{}' } } },
    ],
  },
  {
    kind: 'rest',
    sources: all,
    path: [...REST, 'Models'],
    values: [
      { Item: { type: 'object' } },
      { Item: 'x' },
      'x',
      { Item: { properties: {} } },
      { Item: { type: 'object' }, Other: { type: 'array', items: { type: 'string' } } },
      {},
    ],
  },
  {
    kind: 'rest',
    sources: all,
    path: [...REST, 'Domain'],
    values: [
      { DomainName: 'api.example.com', CertificateArn: 'arn:aws:acm:us-east-1:123456789012:certificate/abc' },
      {
        DomainName: 'api.example.com',
        CertificateArn: 'arn:aws:acm:us-east-1:123456789012:certificate/abc',
        EndpointConfiguration: 'EDGE',
      },
      {
        DomainName: 'api.example.com',
        CertificateArn: 'arn:aws:acm:us-east-1:123456789012:certificate/abc',
        EndpointConfiguration: 'FOO',
      },
      {
        DomainName: 'api.example.com',
        CertificateArn: 'arn:aws:acm:us-east-1:123456789012:certificate/abc',
        Route53: {},
      },
      {
        DomainName: 'api.example.com',
        CertificateArn: 'arn:aws:acm:us-east-1:123456789012:certificate/abc',
        Route53: { HostedZoneId: 'Z1' },
      },
      {
        DomainName: 'api.example.com',
        CertificateArn: 'arn:aws:acm:us-east-1:123456789012:certificate/abc',
        Route53: 'Z1',
      },
      { DomainName: 'api.example.com' },
      { CertificateArn: 'arn:aws:acm:us-east-1:123456789012:certificate/abc' },
      {
        DomainName: 'api.example.com',
        CertificateArn: 'arn:aws:acm:us-east-1:123456789012:certificate/abc',
        BasePath: ['/v1'],
      },
      {
        DomainName: 'api.example.com',
        CertificateArn: 'arn:aws:acm:us-east-1:123456789012:certificate/abc',
        MutualTlsAuthentication: { TruststoreUri: 's3://b/k', Foo: 1 },
      },
      'api.example.com',
    ],
  },
  // Api events
  {
    kind: 'rest',
    sources: all,
    path: [...REST_EVENT, 'Path'],
    values: ['/items', '/items/{id}', 5, REMOVE, ['/items'], '/'],
  },
  {
    kind: 'rest',
    sources: all,
    path: [...REST_EVENT, 'Method'],
    values: ['get', 'ANY', 'post', 5, REMOVE, 'any', ['get']],
  },
  {
    kind: 'rest',
    sources: all,
    path: [...REST_EVENT, 'RestApiId'],
    values: [{ Ref: 'MyApi' }, { Ref: 'Missing' }, { Ref: 'AuthFunction' }, 'MyApi', 5, REMOVE],
  },
  {
    kind: 'rest',
    sources: inline,
    path: [...REST_EVENT, 'Auth'],
    values: [
      { Authorizer: 'TokenAuth' },
      { Authorizer: 'Missing' },
      { Authorizer: 'NONE' },
      { Authorizer: 'AWS_IAM' },
      { ApiKeyRequired: true },
      { ApiKeyRequired: false },
      { AuthorizationScopes: ['a'] },
      { Authorizer: 'TokenAuth', AuthorizationScopes: ['a'] },
      'TokenAuth',
      { Authorizer: 5 },
      { ResourcePolicy: { CustomStatements: [policyStatement] } },
      { InvokeRole: 'CALLER_CREDENTIALS' },
    ],
  },
  {
    kind: 'rest',
    sources: inline,
    path: [...REST_EVENT, 'RequestModel'],
    values: [
      { Model: 'Item' },
      { Model: 'Missing' },
      { Model: 'Item', Required: true, ValidateBody: true },
      { Model: 'Item', ValidateBody: 'yes' },
      { Model: 'Item', ValidateParameters: 1 },
      'Item',
      { Model: 'item' },
    ],
  },
  {
    kind: 'rest',
    sources: inline,
    path: [...REST_EVENT, 'RequestParameters'],
    values: [
      ['method.request.header.Authorization'],
      ['method.request.querystring.q', 'method.request.path.id'],
      ['header.X'],
      [{ 'method.request.querystring.q': { Required: true, Caching: false } }],
      [{ 'querystring.q': { Required: true } }],
      [{ 'method.request.querystring.q': true }],
      [5],
      'method.request.header.X',
      [{ 'method.request.header.A': {}, 'method.request.header.B': {} }],
    ],
  },
  // OpenAPI inside DefinitionBody that the transform merges into
  {
    kind: 'rest',
    sources: bodyOnly,
    path: [...REST, 'DefinitionBody', 'paths', '/items', 'get'],
    values: [null, 'x', [], { responses: {} }],
  },
  {
    kind: 'rest',
    sources: bodyOnly,
    path: [...REST, 'DefinitionBody', 'paths', '/items'],
    values: [
      null,
      'x',
      {},
      {
        'Fn::If': [
          'C',
          { get: { 'x-amazon-apigateway-integration': { type: 'mock' } } },
          { post: { 'x-amazon-apigateway-integration': { type: 'mock' } } },
        ],
      },
    ],
  },
  {
    kind: 'rest',
    sources: bodyOnly,
    path: [...REST, 'DefinitionBody', 'paths', '/items', 'get', 'security'],
    values: [[], [{ TokenAuth: [] }], 'TokenAuth', { TokenAuth: [] }, ['TokenAuth'], [5]],
  },
  { kind: 'rest', sources: bodyOnly, path: [...REST, 'DefinitionBody', 'paths'], values: [{}, 'x', []] },
  {
    kind: 'rest',
    sources: bodyOnly,
    path: [...REST, 'DefinitionBody', 'openapi'],
    values: ['3.0.1', '2.0', '3', 'x', REMOVE],
  },
  { kind: 'rest', sources: bodyOnly, path: [...REST, 'DefinitionBody', 'securityDefinitions'], values: [{}, 'x', []] },
  {
    kind: 'rest',
    sources: bodyOnly,
    path: [...REST, 'DefinitionBody', 'components'],
    values: [{ securitySchemes: {} }, { securitySchemes: 'x' }, 'x'],
  },
  // MergeDefinitions: SAM merges its generated definition into the inline one
  {
    kind: 'rest',
    sources: bodyOnly,
    path: [...REST, 'MergeDefinitions'],
    values: [true, false, 'yes', { 'Fn::Equals': ['a', 'a'] }],
  },
  { kind: 'rest', sources: all, path: [...REST, 'AlwaysDeploy'], values: [true, { Ref: 'StageParam' }, 'yes'] },
  // The implicit API (ServerlessRestApi), configured through Globals.Api
  {
    kind: 'rest',
    sources: ['implicit'],
    path: ['Globals', 'Api', 'Cors'],
    values: [
      "'*'",
      { AllowOrigin: "'*'", AllowCredentials: true },
      { Origin: "'*'" },
      5,
      { AllowOrigin: "'https://example.com'", AllowCredentials: true },
    ],
  },
  {
    kind: 'rest',
    sources: ['implicit'],
    path: ['Globals', 'Api', 'Auth', 'DefaultAuthorizer'],
    values: ['TokenAuth', 'Missing', 'AWS_IAM', 5],
  },
  {
    kind: 'rest',
    sources: ['implicit'],
    path: ['Globals', 'Api', 'Auth', 'UsagePlan'],
    values: [{ CreateUsagePlan: 'PER_API' }, { CreateUsagePlan: 'FOO' }, {}],
  },
  { kind: 'rest', sources: ['implicit'], path: ['Globals', 'Api', 'StageName'], values: ['prod', 'v1'] },
  { kind: 'rest', sources: ['implicit'], path: ['Globals', 'Api', 'OpenApiVersion'], values: ['3.0.1', '3', '2.0'] },
  {
    kind: 'rest',
    sources: ['implicit'],
    path: ['Globals', 'Api', 'GatewayResponses'],
    values: [{ DEFAULT_4XX: { StatusCode: 400 } }, { DEFAULT_4XX: 'x' }],
  },
  {
    kind: 'rest',
    sources: ['implicit'],
    path: ['Globals', 'Api', 'Domain'],
    values: [
      { DomainName: 'api.example.com', CertificateArn: 'arn:aws:acm:us-east-1:123456789012:certificate/abc' },
      { DomainName: 'api.example.com' },
    ],
  },
  { kind: 'rest', sources: ['implicit'], path: ['Globals', 'Api', 'Foo'], values: [1] },
  {
    kind: 'rest',
    sources: ['implicit'],
    path: [...REST_EVENT, 'Auth'],
    values: [
      { Authorizer: 'TokenAuth' },
      { Authorizer: 'Missing' },
      { Authorizer: 'NONE' },
      { ApiKeyRequired: false },
      { AuthorizationScopes: ['a'] },
    ],
  },
  {
    kind: 'rest',
    sources: ['implicit'],
    path: [...REST_EVENT, 'RestApiId'],
    values: [{ Ref: 'ServerlessRestApi' }, { Ref: 'Missing' }],
  },
  { kind: 'rest', sources: ['implicit'], path: [...REST_EVENT, 'Method'], values: ['get', 5, REMOVE] },
  {
    kind: 'http',
    sources: ['implicit'],
    path: ['Globals', 'HttpApi', 'CorsConfiguration'],
    values: [true, { AllowOrigins: ['*'], AllowCredentials: true }, 'x'],
  },
  {
    kind: 'http',
    sources: ['implicit'],
    path: ['Globals', 'HttpApi', 'Auth', 'DefaultAuthorizer'],
    values: ['JwtAuth', 'Missing', 'AWS_IAM'],
  },
  { kind: 'http', sources: ['implicit'], path: ['Globals', 'HttpApi', 'StageName'], values: ['prod'] },
  {
    kind: 'http',
    sources: ['implicit'],
    path: ['Globals', 'HttpApi', 'Auth', 'Authorizers', 'JwtAuth'],
    values: [
      { JwtConfiguration: { issuer: 'https://i' } },
      { FunctionArn: lambdaArn, AuthorizerPayloadFormatVersion: '2.0' },
    ],
  },
  {
    kind: 'http',
    sources: ['implicit'],
    path: [...HTTP_EVENT, 'Auth'],
    values: [
      { Authorizer: 'JwtAuth' },
      { Authorizer: 'Missing' },
      { Authorizer: 'NONE' },
      { AuthorizationScopes: 'read', Authorizer: 'JwtAuth' },
    ],
  },
  // AWS::Serverless::HttpApi
  {
    kind: 'http',
    sources: all,
    path: [...HTTP, 'StageName'],
    values: ['prod', '$default', 5, ['prod'], { Ref: 'StageParam' }],
  },
  { kind: 'http', sources: all, path: [...HTTP, 'Tags'], values: [{ team: 'a' }, 'team', ['a']] },
  {
    kind: 'http',
    sources: all,
    path: [...HTTP, 'CorsConfiguration'],
    values: [
      true,
      false,
      { AllowOrigins: ['*'] },
      { AllowOrigins: ['*'], AllowCredentials: true },
      { AllowOrigins: ['https://example.com'], AllowCredentials: true },
      { AllowOrigin: ['*'] },
      'x',
      { AllowOrigins: ['https://example.com'], AllowMethods: ['GET'], MaxAge: 600, ExposeHeaders: ['x-id'] },
    ],
  },
  {
    kind: 'http',
    sources: all,
    path: [...HTTP, 'Auth', 'DefaultAuthorizer'],
    values: ['JwtAuth', 'LambdaAuth', 'Missing', 5, 'AWS_IAM', REMOVE],
  },
  { kind: 'http', sources: all, path: [...HTTP, 'Auth', 'EnableIamAuthorizer'], values: [true, false] },
  { kind: 'http', sources: inline, path: [...HTTP, 'Auth', 'Foo'], values: [1] },
  {
    kind: 'http',
    sources: inline,
    path: [...HTTP, 'Auth', 'Authorizers', 'JwtAuth'],
    values: [
      { JwtConfiguration: { issuer: 'https://i', audience: ['a'] }, IdentitySource: '$request.header.Authorization' },
      { JwtConfiguration: { issuer: 'https://i', audience: ['a'] } },
      { IdentitySource: '$request.header.Authorization' },
      { FunctionArn: lambdaArn },
      { FunctionArn: lambdaArn, AuthorizerPayloadFormatVersion: '1.0' },
      {
        FunctionArn: lambdaArn,
        AuthorizerPayloadFormatVersion: '2.0',
        EnableSimpleResponses: true,
        FunctionInvokeRole: 'arn:aws:iam::123456789012:role/r',
      },
      {
        JwtConfiguration: { issuer: 'https://i' },
        IdentitySource: '$request.header.Authorization',
        EnableSimpleResponses: true,
      },
      {
        JwtConfiguration: { issuer: 'https://i' },
        IdentitySource: '$request.header.Authorization',
        OpenIdConnectUrl: 'https://x',
      },
      {
        JwtConfiguration: { issuer: 'https://i' },
        IdentitySource: '$request.header.Authorization',
        AuthorizationScopes: 'read',
      },
      'jwt',
    ],
  },
  {
    kind: 'http',
    sources: all,
    path: [...HTTP, 'AccessLogSettings'],
    values: [
      { DestinationArn: 'arn:aws:logs:us-east-1:123456789012:log-group:api', Format: '$context.requestId' },
      'logs',
      [1],
    ],
  },
  {
    kind: 'http',
    sources: all,
    path: [...HTTP, 'Domain'],
    values: [
      { DomainName: 'api.example.com', CertificateArn: 'arn:aws:acm:us-east-1:123456789012:certificate/abc' },
      {
        DomainName: 'api.example.com',
        CertificateArn: 'arn:aws:acm:us-east-1:123456789012:certificate/abc',
        EndpointConfiguration: 'EDGE',
      },
      {
        DomainName: 'api.example.com',
        CertificateArn: 'arn:aws:acm:us-east-1:123456789012:certificate/abc',
        Route53: {},
      },
      { DomainName: 'api.example.com' },
      'api.example.com',
    ],
  },
  {
    kind: 'http',
    sources: all,
    path: [...HTTP, 'DefinitionUri'],
    values: ['s3://other-bucket/api.yaml', { Bucket: 'b', Key: 'k' }, { Bucket: 'b' }],
  },
  { kind: 'http', sources: all, path: [...HTTP, 'Description'], values: ['items', 5] },
  { kind: 'http', sources: all, path: [...HTTP, 'Name'], values: ['items', 5, ['x']] },
  { kind: 'rest', sources: all, path: [...REST, 'Name'], values: ['items', 5, { Ref: 'StageParam' }] },
  {
    kind: 'http',
    sources: all,
    path: [...HTTP, 'RouteSettings'],
    values: [{ 'GET /items': { ThrottlingBurstLimit: 10 } }, 'x'],
  },
  {
    kind: 'http',
    sources: all,
    path: [...HTTP, 'DefaultRouteSettings'],
    values: [{ ThrottlingBurstLimit: 10 }, ['x']],
  },
  { kind: 'http', sources: all, path: [...HTTP, 'FailOnWarnings'], values: [true, 'yes'] },
  // HttpApi events
  { kind: 'http', sources: all, path: [...HTTP_EVENT, 'Path'], values: ['/items', '/items/{id}', 5, REMOVE] },
  { kind: 'http', sources: all, path: [...HTTP_EVENT, 'Method'], values: ['GET', 'ANY', 'post', 5, REMOVE] },
  {
    kind: 'http',
    sources: all,
    path: [...HTTP_EVENT, 'ApiId'],
    values: [{ Ref: 'MyHttpApi' }, { Ref: 'Missing' }, 5, REMOVE],
  },
  {
    kind: 'http',
    sources: inline,
    path: [...HTTP_EVENT, 'Auth'],
    values: [
      { Authorizer: 'JwtAuth' },
      { Authorizer: 'Missing' },
      { Authorizer: 'NONE' },
      { Authorizer: 'AWS_IAM' },
      { Authorizer: 'JwtAuth', AuthorizationScopes: ['read'] },
      { Authorizer: 'JwtAuth', AuthorizationScopes: 'read' },
      { AuthorizationScopes: ['read'] },
      'JwtAuth',
    ],
  },
  { kind: 'http', sources: all, path: [...HTTP_EVENT, 'PayloadFormatVersion'], values: ['1.0', '2.0', 2] },
  {
    kind: 'http',
    sources: bodyOnly,
    path: [...HTTP, 'DefinitionBody', 'paths', '/items', 'get'],
    values: [null, 'x', {}],
  },
  {
    kind: 'http',
    sources: bodyOnly,
    path: [...HTTP, 'DefinitionBody', 'paths', '/items', 'get', 'security'],
    values: [[], 'JwtAuth', [{ JwtAuth: [] }], ['JwtAuth']],
  },
  { kind: 'http', sources: bodyOnly, path: [...HTTP, 'DefinitionBody', 'openapi'], values: ['3.0.1', '2.0', REMOVE] },
];

function clone<T>(value: T): T {
  return JSON.parse(JSON.stringify(value)) as T;
}

/**
 * Sets (or removes) the value at `path`, creating the objects on the way. Returns the path of what changed: the
 * first object it had to create (the whole of it is new), else `path`; undefined when a step is not an object.
 */
function setAt(root: Json, path: string[], value: Value): string[] | undefined {
  let node = root;
  let created: string[] | undefined;
  for (const [i, key] of path.slice(0, -1).entries()) {
    if (!node || typeof node !== 'object' || Array.isArray(node)) return undefined;
    const next = (node as Record<string, Json>)[key];
    if (next === undefined) {
      if (value === REMOVE) return path;
      (node as Record<string, Json>)[key] = {};
      created ??= path.slice(0, i + 1);
    }
    node = (node as Record<string, Json>)[key];
  }
  if (!node || typeof node !== 'object' || Array.isArray(node)) return undefined;
  const last = path[path.length - 1];
  if (value === REMOVE) delete (node as Record<string, Json>)[last];
  else (node as Record<string, Json>)[last] = clone(value);
  return created ?? path;
}

function base(kind: 'rest' | 'http', source: Source): Json {
  if (source === 'implicit') return implicitBase(kind);
  return kind === 'rest' ? restBase(source) : httpBase(source);
}

/** A small seeded generator, so that every run tests the same variants. */
function random(seed: number): () => number {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Every single change on every base it applies to, then pairs of changes picked at random up to `total`. */
export function generateVariants(total = 2600, seed = 13): Variant[] {
  const out: Variant[] = [];
  const singles: { family: Family; value: Value; source: Source; index: number }[] = [];
  families.forEach((family, f) => {
    for (const source of family.sources) {
      family.values.forEach((value, v) => {
        singles.push({ family, value, source, index: f * 100 + v });
        const template = base(family.kind, source);
        const target = setAt(template, family.path, value);
        if (target)
          out.push({
            id: `${family.kind}-${source}-f${f}-${family.path.slice(-2).join('.')}-${v}`,
            template,
            targets: [target],
          });
      });
    }
  });
  for (const kind of ['rest', 'http'] as const) {
    for (const source of ['generated', 'body', 'uri', 'implicit'] as const)
      out.push({ id: `${kind}-${source}-base`, template: base(kind, source), targets: [] });
  }
  const next = random(seed);
  let attempts = 0;
  while (out.length < total && attempts++ < total * 20) {
    const a = singles[Math.floor(next() * singles.length)];
    const b = singles[Math.floor(next() * singles.length)];
    if (
      a.family === b.family ||
      a.family.kind !== b.family.kind ||
      a.source !== b.source ||
      !b.family.sources.includes(a.source)
    )
      continue;
    if (
      a.family.path.join('/').startsWith(b.family.path.join('/')) ||
      b.family.path.join('/').startsWith(a.family.path.join('/'))
    )
      continue;
    const template = base(a.family.kind, a.source);
    const targetA = setAt(template, a.family.path, a.value);
    const targetB = targetA && setAt(template, b.family.path, b.value);
    if (!targetA || !targetB) continue;
    out.push({
      id: `${a.family.kind}-${a.source}-pair-${a.index}-${b.index}-${out.length}`,
      template,
      targets: [targetA, targetB],
    });
  }
  return out;
}

/** The template's text: JSON, or for every third variant YAML with CloudFormation's short-form tags. */
export function variantText(variant: Variant, index: number): { text: string; extension: 'json' | 'yaml' } {
  if (index % 3 !== 2) return { text: JSON.stringify(variant.template, null, 2), extension: 'json' };
  return { text: toYaml(variant.template, 0).replace(/^\n/, '') + '\n', extension: 'yaml' };
}

const plainKey = /^[A-Za-z_$/][\w.\-/${}+]*$/;

function shortForm(value: Json): string | undefined {
  if (!value || typeof value !== 'object' || Array.isArray(value)) return undefined;
  const keys = Object.keys(value);
  if (keys.length !== 1) return undefined;
  const arg = value[keys[0]];
  if (keys[0] === 'Ref' && typeof arg === 'string') return `!Ref ${arg}`;
  if (keys[0] === 'Fn::GetAtt' && Array.isArray(arg) && arg.length === 2 && arg.every((a) => typeof a === 'string'))
    return `!GetAtt ${arg.join('.')}`;
  if (keys[0] === 'Fn::Sub' && typeof arg === 'string') return `!Sub ${JSON.stringify(arg)}`;
  return undefined;
}

function scalar(value: Json): string {
  return typeof value === 'string' ? JSON.stringify(value) : String(value);
}

/** Block YAML; each mapping entry and list item starts on a new line indented by `indent`. */
function toYaml(value: Json, indent: number): string {
  const pad = ' '.repeat(indent);
  const short = shortForm(value);
  if (short) return ` ${short}`;
  if (Array.isArray(value)) {
    if (value.length === 0) return ' []';
    return value.map((item) => `\n${pad}-${itemYaml(item, indent + 2)}`).join('');
  }
  if (value && typeof value === 'object') {
    const keys = Object.keys(value);
    if (keys.length === 0) return ' {}';
    if (keys.length === 1 && keys[0] === 'Fn::If' && Array.isArray(value['Fn::If']))
      return ` !If${toYaml(value['Fn::If'], indent)}`;
    return keys
      .map((k) => `\n${pad}${plainKey.test(k) ? k : JSON.stringify(k)}:${toYaml(value[k], indent + 2)}`)
      .join('');
  }
  return ` ${scalar(value)}`;
}

/** A list item: a mapping continues on the dash's line, anything else as after a key. */
function itemYaml(item: Json, indent: number): string {
  if (
    item &&
    typeof item === 'object' &&
    !Array.isArray(item) &&
    Object.keys(item).length > 0 &&
    !shortForm(item) &&
    !(Object.keys(item).length === 1 && 'Fn::If' in item)
  ) {
    const text = toYaml(item, indent);
    return ' ' + text.replace(/^\n\s*/, '');
  }
  return toYaml(item, indent);
}
