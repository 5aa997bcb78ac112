/**
 * Cases written from the second mutation round of the template rules (samShapes and samApiSettings), as the user sees
 * them: pseudo parameters in enumerated Auth settings, hex integers, which resources are SAM APIs (a state machine's
 * DefinitionUri is not an API's), Globals of an implicit API SAM does not create, settings an HTTP API does not have,
 * CORS and custom domains written in part, gateway responses without a status, and JSON with a value missing.
 */
import { sam, type RuleCase } from '../ruleCase';

const authFn = `  AuthFn:
    Type: AWS::Serverless::Function
    Properties: {Runtime: python3.12, Handler: a.h, CodeUri: s3://b/k}
`;
const restApi = (props: string, id = 'Api') => `  ${id}:
    Type: AWS::Serverless::Api
    Properties:
      StageName: prod
${props}`;
const httpApi = (props: string, id = 'Http') => `  ${id}:
    Type: AWS::Serverless::HttpApi
    Properties:
${props}`;
const fn = (events: string) => `  Fn:
    Type: AWS::Serverless::Function
    Properties:
      Runtime: python3.12
      Handler: a.h
      CodeUri: s3://b/k
      Events:
${events}`;
const certificate = 'arn:aws:acm:us-east-1:123456789012:certificate/abc';
const domain = (endpoint: string) =>
  `      Domain: {DomainName: api.example.com, CertificateArn: '${certificate}', EndpointConfiguration: ${endpoint}}\n`;

export const survivorsShapesCases: RuleCase[] = [
  {
    // SAM puts in the region and the partition ("us-east-1", "aws"), and then rejects them as the setting's value.
    name: 'shapes: AWS::Region and AWS::Partition are no FunctionPayloadType or CreateUsagePlan',
    text: sam(
      authFn +
        restApi(
          '      Auth:\n        Authorizers:\n          Tok:\n            FunctionArn: !GetAtt AuthFn.Arn\n            FunctionPayloadType: !Ref AWS::Region\n',
        ) +
        restApi(
          '      Auth:\n        ApiKeyRequired: true\n        UsagePlan: {CreateUsagePlan: !Ref AWS::Partition}\n',
          'Api2',
        ),
    ),
    expect: [
      "L15:39-15:50 error sam-auth AWS::Region | 'FunctionPayloadType' of the authorizer 'Tok' is TOKEN or REQUEST (upper case), not the intrinsic !Ref.",
      '  fix {"replaceWith":["TOKEN","REQUEST"]}',
      "L22:43-22:57 error sam-auth AWS::Partition | 'CreateUsagePlan' is PER_API, SHARED or NONE (upper case), not the intrinsic !Ref.",
      '  fix {"replaceWith":["SHARED","PER_API","NONE"]}',
    ],
  },
  {
    name: 'shapes: hex integers are whole numbers to the transform; decimals and text are not',
    text: sam(
      restApi('      MinimumCompressionSize: 0x1E\n') +
        restApi('      MinimumCompressionSize: 1.5\n', 'Api2') +
        restApi('      MinimumCompressionSize: some\n', 'Api3'),
    ),
    expect: [
      "L13:31-13:34 error sam-property-type 1.5 | The SAM transform rejects 'MinimumCompressionSize' here: it must be a whole number, not the number 1.5.",
      'L18:31-18:35 error sam-property-type some | The SAM transform rejects \'MinimumCompressionSize\' here: it must be a whole number, not the string "some".',
    ],
  },
  {
    name: 'shapes: a state machine read from DefinitionUri may have Tags; it is no API',
    text: sam(
      httpApi('      Description: d\n') +
        '  Machine:\n    Type: AWS::Serverless::StateMachine\n    Properties:\n      DefinitionUri: s3://b/machine.json\n      Tags: {team: a}\n      Policies: []\n',
    ),
    expect: [],
  },
  {
    // Only HttpApi events: SAM creates no implicit REST API, so Globals.Api is merged into nothing.
    name: 'shapes: Globals.Api of a REST API SAM does not create is not checked',
    text: sam(
      fn('        Get:\n          Type: HttpApi\n          Properties: {Path: /a, Method: get}\n') +
        httpApi('      Description: d\n'),
      '  Api:\n    Domain: {DomainName: api.example.com}\n',
    ).replace('  Api:\n    Domain', '  Api:\n    Cors: {AllowOrigin: "\'*\'"}\n    Domain'),
    expect: [],
  },
  {
    name: 'shapes: an HTTP API reading its definition from DefinitionUri cannot have Auth',
    text: sam(httpApi('      DefinitionUri: s3://b/k\n      Auth:\n        EnableIamAuthorizer: true\n')),
    expect: [
      "L7:7-7:20 error sam-api-setting DefinitionUri | SAM cannot write Auth into a definition it reads from 'DefinitionUri'; inline the definition as 'DefinitionBody', or set these in the file.",
      "L8:7-8:11 error sam-api-setting Auth | SAM writes 'Auth' into the API's OpenAPI definition, so it works only with an inline 'DefinitionBody'; with 'DefinitionUri' the SAM transform rejects it. Inline the definition or set this in the file.",
    ],
  },
  {
    name: 'shapes: an HTTP API has no GatewayResponses or Models (only the unknown property is reported)',
    text: sam(httpApi('      GatewayResponses: {DEFAULT_4XX: 5}\n      Models: {M: 5}\n')),
    expect: [
      "L7:7-7:23 error sam-property-type GatewayResponses | AWS::Serverless::HttpApi has no property 'GatewayResponses'; the SAM transform rejects the template. Remove it.",
      "L8:7-8:13 error sam-property-type Models | AWS::Serverless::HttpApi has no property 'Models'; the SAM transform rejects the template. Remove it.",
    ],
  },
  {
    name: 'shapes: REST Cors without AllowCredentials before one that allows them for every origin',
    text: sam(
      restApi('      Cors: {AllowOrigin: "\'*\'"}\n') +
        restApi('      Cors: {AllowOrigin: "\'*\'", AllowCredentials: true}\n', 'Api2'),
    ),
    expect: [
      "L13:52-13:56 error sam-api-setting true | CORS cannot allow credentials for every origin: with 'AllowCredentials: true', set 'AllowOrigin' to one origin in quotes, e.g. \"'https://example.com'\".",
    ],
  },
  {
    name: 'shapes: HTTP CorsConfiguration with credentials and no AllowOrigins before one with "*"',
    text: sam(
      httpApi('      CorsConfiguration: {AllowCredentials: true, AllowMethods: [GET]}\n') +
        httpApi('      CorsConfiguration: {AllowCredentials: true, AllowOrigins: ["*"]}\n', 'Http2'),
    ),
    expect: [
      "L11:45-11:49 error sam-api-setting true | CORS cannot allow credentials for every origin: with 'AllowCredentials: true', list the allowed origins in 'AllowOrigins' instead of '*'.",
    ],
  },
  {
    name: 'shapes: CorsConfiguration is true, false or a mapping, not text or a list',
    text: sam(httpApi('      CorsConfiguration: yes please\n') + httpApi('      CorsConfiguration: [a]\n', 'Http2')),
    expect: [
      'L7:26-7:36 error sam-property-type yes please | The SAM transform rejects \'CorsConfiguration\' here: it must be true or false or a mapping, not the string "yes please".',
      "L11:26-11:29 error sam-property-type [a] | The SAM transform rejects 'CorsConfiguration' here: it must be true or false or a mapping, not a list.",
    ],
  },
  {
    name: 'shapes: a Domain written as a string is a type error only',
    text: sam(restApi('      Domain: api.example.com\n')),
    expect: [
      'L8:15-8:30 error sam-property-type api.example.com | The SAM transform rejects \'Domain\' here: it must be a mapping, not the string "api.example.com".',
    ],
  },
  {
    name: 'shapes: the EndpointConfiguration of a custom domain as 40 and 41 characters, and as a mapping',
    text: sam(
      restApi(domain('abcdefghijabcdefghijabcdefghijabcdefghij')) +
        restApi(domain('abcdefghijabcdefghijabcdefghijabcdefghijk'), 'Api2') +
        restApi(domain('{Type: REGIONAL}'), 'Api3'),
    ),
    expect: [
      'L8:138-8:178 error sam-api-setting abcdefghijabcdefghijabcdefghijabcdefghij | The SAM transform accepts EDGE, REGIONAL, PRIVATE as the EndpointConfiguration of a REST API\'s custom domain, not the string "abcdefghijabcdefghijabcdefghijabcdefghij".',
      '  fix {"replaceWith":["EDGE","REGIONAL","PRIVATE"]}',
      'L13:138-13:179 error sam-api-setting abcdefghijabcdefghijabcdefghijabcdefghijk | The SAM transform accepts EDGE, REGIONAL, PRIVATE as the EndpointConfiguration of a REST API\'s custom domain, not the string "abcdefghijabcdefghijabcdefghijabcdefghij…".',
      '  fix {"replaceWith":["EDGE","REGIONAL","PRIVATE"]}',
      "L18:138-18:154 error sam-api-setting {Type: REGIONAL} | The SAM transform accepts EDGE, REGIONAL, PRIVATE as the EndpointConfiguration of a REST API's custom domain, not a mapping.",
      '  fix {"replaceWith":["EDGE","REGIONAL","PRIVATE"]}',
    ],
  },
  {
    name: 'shapes: a gateway response without StatusCode before one whose StatusCode is a mapping',
    text: sam(
      restApi(
        '      GatewayResponses:\n        DEFAULT_4XX:\n          ResponseParameters: {Headers: {Access-Control-Allow-Origin: "\'*\'"}}\n        DEFAULT_5XX: {StatusCode: {Code: 500}}\n',
      ),
    ),
    expect: [
      "L11:35-11:46 error sam-api-setting {Code: 500} | 'StatusCode' must be a number such as 401, not a mapping.",
    ],
  },
  {
    name: 'shapes: a template that names no transform still gets the SAM checks of its Serverless resources',
    text: `AWSTemplateFormatVersion: '2010-09-09'\nResources:\n${restApi('      GatewayResponses: !Ref Responses\n')}`,
    expect: [
      "L7:30-7:39 error sam-api-setting Responses | The SAM transform reads 'GatewayResponses' itself and cannot resolve an intrinsic function here: write the gateway responses as a mapping.",
    ],
  },
  {
    // CloudFormation runs the transforms in the order listed: SAM reads the gateway responses before any extension.
    name: 'shapes: AWS::LanguageExtensions listed after the SAM transform resolves nothing SAM reads',
    text: sam(
      restApi('      GatewayResponses: !If [HasResponses, {}, !Ref AWS::NoValue]\n') +
        restApi('      Models: !If [HasModels, {}, !Ref AWS::NoValue]\n', 'Api2'),
    )
      .replace(
        'Transform: AWS::Serverless-2016-10-31',
        'Transform: [AWS::Serverless-2016-10-31, AWS::LanguageExtensions]',
      )
      .replace('Resources:', 'Conditions:\n  HasResponses: !Equals [a, a]\n  HasModels: !Equals [a, b]\nResources:'),
    expect: [
      "L11:29-11:66 error sam-api-setting [HasResponses, {}, !Ref AWS::NoValue] | The SAM transform reads 'GatewayResponses' itself and cannot resolve an intrinsic function here: write the gateway responses as a mapping.",
      "L16:19-16:53 error sam-api-setting [HasModels, {}, !Ref AWS::NoValue] | The SAM transform reads 'Models' itself and cannot resolve an intrinsic function here: write the models as a mapping.",
    ],
  },
  {
    // plugins/globals/globals.py: "Value of ... must be a dictionary", even with no API of that kind.
    name: 'shapes: Globals.Api as null and Globals.HttpApi as a list',
    text: sam(
      fn('        Get:\n          Type: Api\n          Properties: {Path: /a, Method: get}\n'),
      '  Api: null\n  HttpApi: [a]\n',
    ),
    expect: [
      'L4:3-4:6 error sam-api-setting Api | Globals.Api must be a mapping of the settings SAM gives every REST API (or be left out), not nothing; the SAM transform rejects the Globals section.',
      'L5:12-5:15 error sam-api-setting [a] | Globals.HttpApi must be a mapping of the settings SAM gives every HTTP API (or be left out), not a list; the SAM transform rejects the Globals section.',
    ],
  },
  {
    // SAM's loader makes `!Ref ApiSettings` a mapping whose one key, Ref, is no setting Globals.Api merges.
    name: 'shapes: Globals.Api as an intrinsic and Globals.HttpApi as text',
    text: sam(
      fn('        Get:\n          Type: HttpApi\n          Properties: {Path: /a, Method: get}\n'),
      '  Api: !Ref ApiSettings\n  HttpApi: none\n',
    ),
    expect: [
      'L4:13-4:24 error sam-api-setting ApiSettings | Globals.Api must be a mapping of the settings SAM gives every REST API (or be left out), not the intrinsic !Ref; the SAM transform rejects the Globals section.',
      'L5:12-5:16 error sam-api-setting none | Globals.HttpApi must be a mapping of the settings SAM gives every HTTP API (or be left out), not the string "none"; the SAM transform rejects the Globals section.',
    ],
  },
  {
    name: 'shapes: with AWS::LanguageExtensions first, a computed Globals.Api is resolved before SAM reads it',
    text: sam(
      fn('        Get:\n          Type: Api\n          Properties: {Path: /a, Method: get}\n'),
      '  Api: !If [Traced, {TracingEnabled: true}, {TracingEnabled: false}]\n  HttpApi: [a]\n',
    )
      .replace(
        'Transform: AWS::Serverless-2016-10-31',
        'Transform: [AWS::LanguageExtensions, AWS::Serverless-2016-10-31]',
      )
      .replace('Globals:', 'Conditions:\n  Traced: !Equals [a, a]\nGlobals:'),
    expect: [
      'L7:12-7:15 error sam-api-setting [a] | Globals.HttpApi must be a mapping of the settings SAM gives every HTTP API (or be left out), not a list; the SAM transform rejects the Globals section.',
    ],
    // The translator does not run AWS::LanguageExtensions.
    oracle: 'none',
  },
  {
    name: 'shapes: empty Globals.Api and Globals.HttpApi mappings are accepted',
    text: sam(
      fn('        Get:\n          Type: HttpApi\n          Properties: {Path: /a, Method: get}\n'),
      '  Api: {}\n  HttpApi: {}\n',
    ),
    expect: [],
  },
  {
    name: 'shapes: JSON while it is typed: Globals.Api without a value',
    uri: 'file:///cases/template.json',
    text: '{\n  "Transform": "AWS::Serverless-2016-10-31",\n  "Globals": {"Api": },\n  "Resources": {\n    "Api": {\n      "Type": "AWS::Serverless::Api",\n      "Properties": {\n        "StageName": "prod",\n        "OpenApiVersion": "3"\n      }\n    }\n  }\n}\n',
    expect: [
      'L3:22-3:23 error syntax } | Value expected',
      "L9:27-9:30 error sam-api-setting \"3\" | The SAM transform wants 'OpenApiVersion' written like '3.0.1' (or '2.0'), not \"3\".",
      '  fix {"replaceWith":["3.0.1"]}',
    ],
    oracle: 'none',
  },
  {
    name: 'shapes: JSON while it is typed: a gateway response without a value',
    uri: 'file:///cases/template.json',
    text: '{\n  "Transform": "AWS::Serverless-2016-10-31",\n  "Resources": {\n    "Api": {\n      "Type": "AWS::Serverless::Api",\n      "Properties": {\n        "StageName": "prod",\n        "GatewayResponses": {\n          "DEFAULT_4XX": ,\n          "DEFAULT_5XX": {"StatusCode": "five"}\n        }\n      }\n    }\n  }\n}\n',
    expect: [
      'L9:26-9:27 error syntax , | Value expected',
      'L10:41-10:47 error sam-api-setting "five" | \'StatusCode\' must be a number such as 401, not the string "five".',
    ],
    oracle: 'none',
  },
];
