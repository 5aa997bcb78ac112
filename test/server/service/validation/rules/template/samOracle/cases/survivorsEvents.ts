/**
 * Cases written from the second mutation round of the template rules (samApiEvents, samApis, samApiAuth,
 * templateSettings, throttleLimits and the mapping-template rules): events on SAM's implicit API, RestApiIds that
 * name no API, OverrideApiAuth, computed authorizers and models, RequestModel as SAM reads it, throttle values written
 * as strings, a half-typed JSON template, and Velocity comments.
 */
import { sam, type RuleCase } from '../ruleCase';

/** A function with these events (each written as YAML lines under Events). */
const fn = (events: string) => `  Fn:
    Type: AWS::Serverless::Function
    Properties:
      Runtime: python3.12
      Handler: a.h
      CodeUri: s3://b/k
      Events:
${events}`;
/** One event of this type whose Properties are these lines. */
const event = (name: string, type: string, properties: string[]) =>
  `        ${name}:\n          Type: ${type}\n          Properties:\n${properties.map((l) => `            ${l}\n`).join('')}`;
const restApi = (name = 'Api', extra = '') => `  ${name}:
    Type: AWS::Serverless::Api
    Properties:
      StageName: prod
${extra}`;
const pool = 'Pool: {UserPoolArn: arn:aws:cognito-idp:us-east-1:123456789012:userpool/us-east-1_X}';
/** A DefinitionBody of the user's: GET /a, /b, /d as mock integrations. */
const definition = `      DefinitionBody:\n        openapi: 3.0.1\n        info: {title: t, version: '1'}\n        paths:\n${['/a', '/b', '/d'].map((path) => `          ${path}:\n            get:\n              responses: {}\n              x-amazon-apigateway-integration: {type: mock}\n`).join('')}`;
const fooModel = '      Models:\n        Foo: {type: object}\n';
const onApi = (...properties: string[]) => ['RestApiId: !Ref Api', 'Path: /a', 'Method: get', ...properties];
const withLanguageExtensions = (text: string) =>
  text.replace(
    'Transform: AWS::Serverless-2016-10-31',
    'Transform: [AWS::LanguageExtensions, AWS::Serverless-2016-10-31]',
  );

export const survivorsEventsCases: RuleCase[] = [
  // Events on SAM's implicit API: its Auth comes from Globals.Api.
  {
    name: 'events 2: Authorizer NONE on the implicit API without a DefaultAuthorizer',
    text: sam(fn(event('E', 'Api', ['Path: /a', 'Method: get', 'Auth: {Authorizer: NONE}']))),
    expect: [
      "L16:32-16:36 error sam-event NONE | 'Authorizer: NONE' turns off the API's default authorizer for get /a, but the API has no 'DefaultAuthorizer'; remove the Authorizer or set a DefaultAuthorizer on the API.",
    ],
  },
  {
    name: 'events 2: Authorizer NONE on an event without a Path names only its method',
    text: sam(fn(event('E', 'Api', ['Method: get', 'Auth: {Authorizer: NONE}']))),
    expect: [
      "L13:11-13:21 error sam-property-type Properties | The Api event 'E' needs a 'Path' (for example 'Path: /items'); the SAM transform rejects it without one.",
      "L15:32-15:36 error sam-event NONE | 'Authorizer: NONE' turns off the API's default authorizer for get, but the API has no 'DefaultAuthorizer'; remove the Authorizer or set a DefaultAuthorizer on the API.",
    ],
  },
  {
    name: 'events 2: Authorizer NONE on an event without a Method names only its path',
    text: sam(fn(event('E', 'Api', ['Path: /a', 'Auth: {Authorizer: NONE}']))),
    expect: [
      "L13:11-13:21 error sam-property-type Properties | The Api event 'E' needs a 'Method' (for example 'Method: get'); the SAM transform rejects it without one.",
      "L15:32-15:36 error sam-event NONE | 'Authorizer: NONE' turns off the API's default authorizer for /a, but the API has no 'DefaultAuthorizer'; remove the Authorizer or set a DefaultAuthorizer on the API.",
    ],
  },
  {
    name: 'events 2: Authorizer NONE on the implicit API whose DefaultAuthorizer is in Globals',
    text: sam(
      fn(event('E', 'Api', ['Path: /a', 'Method: get', 'Auth: {Authorizer: NONE}'])),
      `  Api:\n    Auth:\n      DefaultAuthorizer: Pool\n      Authorizers:\n        ${pool}\n`,
    ),
    expect: [],
  },
  {
    name: "events 2: an event naming the implicit API 'ServerlessRestApi' is checked against it",
    text: sam(
      fn(
        event('E', 'Api', ['RestApiId: ServerlessRestApi', 'Path: /a', 'Method: get', 'Auth: {Authorizer: NONE}']) +
          event('F', 'Api', ['Path: /b', 'Method: get']),
      ),
    ),
    expect: [
      "L17:32-17:36 error sam-event NONE | 'Authorizer: NONE' turns off the API's default authorizer for get /a, but the API has no 'DefaultAuthorizer'; remove the Authorizer or set a DefaultAuthorizer on the API.",
    ],
  },
  // A RestApiId that names no API of the template: one finding, and the event's Auth is not judged against another API.
  {
    name: 'events 2: a computed RestApiId, and Authorizer NONE on that event',
    text: sam(
      fn(
        event('E', 'Api', [
          'RestApiId: !GetAtt Api.RootResourceId',
          'Path: /a',
          'Method: get',
          'Auth: {Authorizer: NONE}',
        ]),
      ) + restApi(),
    ),
    expect: [
      "L14:32-14:50 error sam-event Api.RootResourceId | 'RestApiId' must name an AWS::Serverless::Api of this template with '!Ref', not Fn::GetAtt; the SAM transform needs the API itself to add this route.",
    ],
  },
  {
    name: 'events 2: a RestApiId written as a list, and Authorizer NONE on that event',
    text: sam(
      fn(event('E', 'Api', ['RestApiId: [Api]', 'Path: /a', 'Method: get', 'Auth: {Authorizer: NONE}'])) + restApi(),
    ),
    expect: [
      "L14:24-14:29 error sam-property-type [Api] | The SAM transform rejects 'RestApiId' here: it must be a string, not a list.",
    ],
  },
  {
    name: 'events 2: a Ref whose argument is a list is no API name',
    text: sam(fn(event('E', 'Api', ['RestApiId: {Ref: [Api]}', 'Path: /a', 'Method: get'])) + restApi()),
    expect: [
      "L14:24-14:36 error sam-event {Ref: [Api]} | 'RestApiId' must name an AWS::Serverless::Api of this template with '!Ref', not Ref; the SAM transform needs the API itself to add this route.",
    ],
  },
  {
    name: 'events 2: a RestApiId naming no resource offers every REST API, and the Auth is not judged',
    text: sam(
      fn(event('E', 'Api', ['RestApiId: !Ref Apj', 'Path: /a', 'Method: get', 'Auth: {Authorizer: NONE}'])) +
        restApi() +
        restApi('Api2'),
    ),
    expect: [
      "L14:29-14:32 error sam-event Apj | 'Apj' is not an AWS::Serverless::Api in this template; an Api event's 'RestApiId' must refer to one (Api, Api2).",
      '  fix {"replaceWith":["Api","Api2"]}',
    ],
  },
  {
    name: 'events 2: an API with a DefinitionUri takes no Auth from its events',
    text: sam(
      fn(event('E', 'Api', onApi('Auth: {Authorizer: NONE}'))) +
        restApi('Api', '      DefinitionUri: s3://b/openapi.yaml\n'),
    ),
    expect: [],
  },
  {
    name: "events 2: an Api event of a resource that is no function is not SAM's",
    text: sam(
      '  Custom:\n    Type: Custom::Thing\n    Properties:\n      ServiceToken: arn:aws:lambda:us-east-1:123456789012:function:f\n      Events:\n        E:\n          Type: Api\n          Properties: {RestApiId: Nothing, Path: /a, Method: get, Auth: {Authorizer: NONE}}\n',
    ),
    expect: [],
  },
  // OverrideApiAuth (push.py): SAM writes an event's Auth into a DefinitionBody of the user's only with a truthy
  // OverrideApiAuth, and then nothing else of the event; a DefinitionUri takes nothing.
  {
    name: 'events 2: OverrideApiAuth on an API with a DefinitionUri writes nothing there',
    text: sam(
      fn(event('E', 'Api', onApi('Auth: {OverrideApiAuth: true, Authorizer: NONE}'))) +
        restApi('Api', '      DefinitionUri: s3://b/openapi.yaml\n'),
    ),
    expect: [],
  },
  {
    name: "events 2: OverrideApiAuth on a DefinitionBody of the user's writes the Auth only, not RequestModel or RequestParameters",
    text: sam(
      fn(
        event(
          'E',
          'Api',
          onApi(
            'Auth: {OverrideApiAuth: true, Authorizer: Pool}',
            'RequestModel: {Model: Missing}',
            'RequestParameters: [nope]',
          ),
        ),
      ) + restApi('Api', `      Auth:\n        Authorizers:\n          ${pool}\n` + definition),
    ),
    expect: [],
  },
  {
    name: "events 2: OverrideApiAuth is read as Python reads it: 'yes' overrides too",
    text: sam(
      fn(event('E', 'Api', onApi("Auth: {OverrideApiAuth: 'yes', Authorizer: NONE}"))) + restApi('Api', definition),
    ),
    expect: [
      "L17:56-17:60 error sam-event NONE | 'Authorizer: NONE' turns off the API's default authorizer for get /a, but the API has no 'DefaultAuthorizer'; remove the Authorizer or set a DefaultAuthorizer on the API.",
    ],
  },
  {
    name: 'events 2: OverrideApiAuth with ApiKeyRequired: true or a ResourcePolicy to override with',
    text: sam(
      fn(
        event('F', 'Api', ['Path: /b', 'Method: get', 'Auth: {OverrideApiAuth: true, ApiKeyRequired: true}']) +
          event('G', 'Api', [
            'Path: /c',
            'Method: get',
            "Auth: {OverrideApiAuth: true, ResourcePolicy: {AwsAccountWhitelist: ['123456789012']}}",
          ]),
      ),
    ),
    expect: [],
  },
  {
    name: 'events 2: OverrideApiAuth with nothing to override with, on the implicit API',
    text: sam(
      fn(event('E', 'Api', ['Path: /a', 'Method: get', 'Auth: {OverrideApiAuth: true, ApiKeyRequired: false}'])),
    ),
    expect: [
      "L16:59-16:64 error sam-event false | 'ApiKeyRequired: false' only switches off an API-wide 'ApiKeyRequired: true', which this API does not set; remove it.",
      "L16:20-16:35 error sam-event OverrideApiAuth | 'OverrideApiAuth' needs an 'Authorizer', 'ApiKeyRequired: true' or a 'ResourcePolicy' in the same Auth; the SAM transform rejects it on its own.",
    ],
  },
  {
    name: "events 2: OverrideApiAuth with nothing to override with, on a DefinitionBody of the user's",
    text: sam(fn(event('E', 'Api', onApi('Auth: {OverrideApiAuth: 1}'))) + restApi('Api', definition)),
    expect: [
      "L17:20-17:35 error sam-event OverrideApiAuth | 'OverrideApiAuth' needs an 'Authorizer', 'ApiKeyRequired: true' or a 'ResourcePolicy' in the same Auth; the SAM transform rejects it on its own.",
    ],
  },
  // Computed values SAM does not look into, or cannot look up by name.
  {
    name: 'events 2: a computed Auth or RequestModel is not read, even when it is a tagged mapping',
    text: sam(
      fn(
        event('E', 'Api', onApi('Auth: !Ref {Authorizer: NONE}')) +
          event('F', 'Api', ['RestApiId: !Ref Api', 'Path: /b', 'Method: get', 'RequestModel: !Ref {Model: Missing}']),
      ) + restApi('Api', fooModel),
    ),
    expect: [],
  },
  {
    name: 'events 2: an Authorizer written as a long-form Ref',
    text: sam(
      fn(event('E', 'Api', onApi('Auth: {Authorizer: {Ref: Pool}}'))) +
        restApi('Api', `      Auth:\n        Authorizers:\n          ${pool}\n`),
    ),
    expect: [
      "L17:32-17:43 error sam-event {Ref: Pool} | 'Authorizer' must be the name of one of the API's authorizers (or AWS_IAM / NONE), written out; not a mapping.",
    ],
  },
  {
    name: 'events 2: a computed NONE is no NONE, and the rest of that Auth is not judged',
    text: sam(
      fn(
        event('E', 'Api', onApi('Auth: {Authorizer: !Sub NONE, ApiKeyRequired: false}')) +
          event('H', 'HttpApi', ['Path: /h', 'Method: get', 'Auth: {Authorizer: !Sub NONE}']),
      ) + restApi(),
    ),
    expect: [
      "L17:37-17:41 error sam-event NONE | 'Authorizer' must be the name of one of the API's authorizers (or AWS_IAM / NONE), written out; not the intrinsic !Sub.",
      "L23:37-23:41 error sam-event NONE | 'Authorizer' must be the name of one of the API's authorizers (or AWS_IAM / NONE), written out; not the intrinsic !Sub.",
    ],
  },
  {
    name: 'events 2: HTTP AuthorizationScopes as a list with a JWT authorizer',
    text: sam(
      fn(
        event('E', 'HttpApi', [
          'ApiId: !Ref Http',
          'Path: /a',
          'Method: get',
          'Auth: {Authorizer: Jwt, AuthorizationScopes: [read]}',
        ]),
      ) +
        "  Http:\n    Type: AWS::Serverless::HttpApi\n    Properties:\n      Auth:\n        Authorizers:\n          Jwt:\n            IdentitySource: $request.header.Authorization\n            JwtConfiguration: {issuer: 'https://example.com', audience: [a]}\n",
    ),
    expect: [],
  },
  // RequestModel as SAM reads it (eventsources/push.py): nothing without a truthy Model, and a Model is a name.
  {
    name: 'events 2: a RequestModel without a Model is ignored, its ValidateBody too',
    text: sam(fn(event('E', 'Api', onApi('RequestModel: {ValidateBody: maybe}'))) + restApi('Api', fooModel)),
    expect: [],
  },
  {
    name: 'events 2: a RequestModel whose Model is empty or false is ignored, its ValidateParameters too',
    text: sam(
      fn(
        event('E', 'Api', onApi("RequestModel: {Model: '', ValidateParameters: 1}")) +
          event('F', 'Api', [
            'RestApiId: !Ref Api',
            'Path: /b',
            'Method: get',
            'RequestModel: {Model: false, ValidateParameters: 1}',
          ]),
      ) + restApi(),
    ),
    expect: [],
  },
  {
    name: 'events 2: a Model computed with Fn::Sub',
    text: sam(fn(event('E', 'Api', onApi('RequestModel: {Model: !Sub Foo}'))) + restApi('Api', fooModel)),
    expect: [
      "L17:40-17:43 error sam-event Foo | 'Model' must be the name of one of the API's Models, written out; not the intrinsic !Sub: the SAM transform cannot attach it to get /a.",
    ],
  },
  {
    name: 'events 2: a Model given by a parameter is not resolved by SAM',
    text: sam(fn(event('E', 'Api', onApi('RequestModel: {Model: !Ref M}'))) + restApi('Api', fooModel)).replace(
      'Resources:',
      'Parameters:\n  M: {Type: String, Default: Foo}\nResources:',
    ),
    expect: [
      "L19:40-19:41 error sam-event M | 'Model' must be the name of one of the API's Models, written out; not the intrinsic !Ref: the SAM transform cannot attach it to get /a.",
    ],
  },
  {
    name: 'events 2: a Model written as a number',
    text: sam(fn(event('E', 'Api', onApi('RequestModel: {Model: 5}'))) + restApi('Api', fooModel)),
    expect: [
      "L17:35-17:36 error sam-event 5 | 'Model' must be the name of one of the API's Models, written out; not the number 5: the SAM transform cannot attach it to get /a.",
    ],
  },
  {
    name: 'events 2: with AWS::LanguageExtensions a computed Model is resolved first',
    text: withLanguageExtensions(
      sam(fn(event('E', 'Api', onApi('RequestModel: {Model: !Sub Foo}'))) + restApi('Api', fooModel)),
    ),
    expect: [],
    oracle: 'none',
  },
  // samApiAuth: SAM ignores the DefaultAuthorizer of a REST API without authorizers, unless it is the string AWS_IAM.
  {
    name: 'events 2: a computed DefaultAuthorizer of a REST API without authorizers is ignored',
    text: sam(
      restApi('Api', '      Auth:\n        DefaultAuthorizer: !Sub AWS_IAM\n') +
        restApi('Api2', '      Auth:\n        DefaultAuthorizer: AWS_IAM\n'),
    ),
    expect: [],
  },
  // templateSettings: the schema check names the resource whose Properties it judges.
  {
    name: 'events 2: Properties written as an Fn::If with a branch that is no mapping',
    text: `AWSTemplateFormatVersion: '2010-09-09'\nTransform: AWS::Serverless-2016-10-31\nConditions:\n  C: !Equals [a, b]\nResources:\n  Api:\n    Type: AWS::Serverless::Api\n    Properties:\n      Fn::If: [C, {StageName: prod}, oops]\n`,
    expect: [
      'L9:38-9:42 error value-type oops | \'Api.Properties\' must be an object, not "oops".',
      "L9:7-9:13 error sam-property-type Fn::If | AWS::Serverless::Api has no property 'Fn::If'; the SAM transform rejects the template. Remove it.",
      "L8:5-8:15 error sam-property-type Properties | The SAM transform needs a 'StageName' for Api (an AWS::Serverless::Api): add 'StageName: prod' (or your stage) under its Properties (Globals.Api cannot set it).",
      '  fix {"addField":{"name":"StageName","value":"prod","objectOffset":180}}',
    ],
  },
  // throttleLimits: numbers written as strings, as CloudFormation reads them.
  {
    name: 'events 2: a RateLimit written as a string with two decimals',
    text: sam(
      "  Plan:\n    Type: AWS::ApiGateway::UsagePlan\n    Properties:\n      Throttle: {RateLimit: '10.55', BurstLimit: 5}\n",
    ),
    expect: [
      'L7:50-7:51 warning throttle-burst-below-rate 5 | BurstLimit 5 is lower than RateLimit 10.55: the token bucket holds fewer requests than arrive each second, so bursts are throttled below the rate. Use a burst at least as high as the rate.',
      '  fix {"replaceWith":["11"]}',
    ],
  },
  {
    name: 'events 2: a BurstLimit written in hexadecimal is no number to CloudFormation',
    text: sam(
      "  Plan:\n    Type: AWS::ApiGateway::UsagePlan\n    Properties:\n      Throttle: {RateLimit: 20, BurstLimit: '0x10'}\n",
    ),
    expect: ["L7:45-7:51 error value-type '0x10' | 'BurstLimit' must be an integer, not \"0x10\"."],
    // The transform passes the usage plan through; CloudFormation refuses a string that is not an integer.
    oracle: 'cloudformation',
  },
  // A JSON template being typed: a property without a value before the ones the rules report on.
  {
    name: 'events 2: JSON properties without a value (a Ref, a route setting) do not stop the rules',
    uri: 'file:///cases/template.json',
    text: [
      '{"AWSTemplateFormatVersion": "2010-09-09", "Transform": "AWS::Serverless-2016-10-31", "Resources": {',
      '"Http": {"Type": "AWS::Serverless::HttpApi", "Properties": {"RouteSettings": {',
      '  "GET /a": ,',
      '  "GET /b": {"ThrottlingRateLimit": 10, "ThrottlingBurstLimit": 5}}}},',
      '"Fn": {"Type": "AWS::Serverless::Function", "Properties": {"Runtime": "python3.12", "Handler": "a.h", "CodeUri": "s3://b/k", "Events": {',
      '  "E": {"Type": "Api", "Properties": {"RestApiId": {"Ref": }, "Path": "/a", "Method": "get"}},',
      '  "F": {"Type": "Api", "Properties": {"Path": "/b", "Method": "get", "Auth": {"Authorizer": "NONE"}}}}}}}}',
      '',
    ].join('\n'),
    expect: [
      'L3:13-3:14 error syntax , | Value expected',
      'L6:60-6:61 error syntax } | Value expected',
      'L4:65-4:66 warning throttle-burst-below-rate 5 | ThrottlingBurstLimit 5 is lower than ThrottlingRateLimit 10: the token bucket holds fewer requests than arrive each second, so bursts are throttled below the rate. Use a burst at least as high as the rate.',
      '  fix {"replaceWith":["10"]}',
      "L7:93-7:99 error sam-event \"NONE\" | 'Authorizer: NONE' turns off the API's default authorizer for get /b, but the API has no 'DefaultAuthorizer'; remove the Authorizer or set a DefaultAuthorizer on the API.",
    ],
  },
  // Mapping templates: a block comment ends at its first `*#`, even right after `##`.
  {
    name: 'events 2: a block comment ending in ##*# leaves the rest of its line to Velocity',
    text: sam(
      restApi(
        'Api',
        `      DefinitionBody:\n        openapi: 3.0.1\n        info: {title: t, version: '1'}\n        paths:\n          /a:\n            post:\n              responses: {'200': {description: ok}}\n              x-amazon-apigateway-integration:\n                type: mock\n                requestTemplates:\n                  application/json: '#* a ##*# $util.toJsn($input.body) #* b *# $util.escapeJavaScript("") ## $util.nope'\n`,
      ),
    ),
    expect: [
      'L18:54-18:59 warning template-unknown-member toJsn | API Gateway\'s $util has no "toJsn"; Velocity gives null and the template writes nothing there. It has $util.escapeJavaScript, $util.parseJson, $util.urlEncode, $util.urlDecode, $util.base64Encode or $util.base64Decode.',
    ],
  },
];
