/**
 * Cases of the shared SAM tables and helpers (server/src/service/validation/rules/template/samShapes.ts): every
 * property `Globals.Api` / `Globals.HttpApi` may set, as the transform accepts it.
 */
import { sam, type RuleCase } from '../ruleCase';

const api = '  Api:\n    Type: AWS::Serverless::Api\n    Properties:\n      StageName: prod\n';
const http = '  Http:\n    Type: AWS::Serverless::HttpApi\n';
const logs = 'arn:aws:logs:us-east-1:123456789012:log-group:g';

export const samShapesCases: RuleCase[] = [
  {
    name: 'shapes: every REST property Globals may set',
    text: sam(
      api,
      `  Api:
    Auth: {ApiKeyRequired: false}
    Name: api
    CacheClusterEnabled: false
    CacheClusterSize: '0.5'
    MergeDefinitions: false
    Variables: {a: b}
    EndpointConfiguration: REGIONAL
    MethodSettings: [{ResourcePath: "/*", HttpMethod: "*", MetricsEnabled: true}]
    BinaryMediaTypes: [image~1png]
    MinimumCompressionSize: 0
    Cors: "'*'"
    GatewayResponses: {DEFAULT_4XX: {StatusCode: 400}}
    AccessLogSetting: {DestinationArn: ${logs}, Format: $context.requestId}
    CanarySetting: {PercentTraffic: 0}
    TracingEnabled: false
    OpenApiVersion: '3.0.1'
    Domain: {DomainName: api.example.com, CertificateArn: arn:aws:acm:us-east-1:123456789012:certificate/x}
    AlwaysDeploy: false
    PropagateTags: false
    SecurityPolicy: TLS_1_2
`,
    ),
    expect: [],
  },
  {
    name: 'shapes: a REST DefinitionUri and EndpointAccessMode from Globals, for an API with a file of its own',
    text: sam(
      `${api}      DefinitionUri: s3://b/own.yaml\n`,
      '  Api:\n    DefinitionUri: s3://b/api.yaml\n    EndpointAccessMode: STRICT\n',
    ),
    expect: [],
  },
  {
    name: 'shapes: a DefinitionUri from Globals beside the definition SAM gives an API',
    text: sam(
      `${api}  Fn:
    Type: AWS::Serverless::Function
    Properties:
      Runtime: python3.12
      Handler: a.h
      CodeUri: s3://b/k
      Events:
        Get: {Type: Api, Properties: {Path: /a, Method: get}}
`,
      '  Api:\n    DefinitionUri: s3://b/api.yaml\n',
    ),
    expect: [
      "L5:5-5:18 error sam-api-setting DefinitionUri | Api takes 'DefinitionUri' from Globals.Api, but SAM has already given it a DefinitionBody (its own, or the one it generates); the SAM transform rejects both. Set 'DefinitionUri' on each API that reads its definition from a file.",
      "L5:5-5:18 error sam-api-setting DefinitionUri | ServerlessRestApi takes 'DefinitionUri' from Globals.Api, but SAM has already given it a DefinitionBody (its own, or the one it generates); the SAM transform rejects both. Set 'DefinitionUri' on each API that reads its definition from a file.",
    ],
  },
  {
    name: 'shapes: an empty DefinitionUri in Globals',
    text: sam(api, "  Api:\n    DefinitionUri: ''\n"),
    expect: [],
  },
  {
    name: 'shapes: every HTTP property Globals may set',
    text: sam(
      http,
      `  HttpApi:
    Auth: {EnableIamAuthorizer: true}
    AccessLogSettings: {DestinationArn: ${logs}, Format: $context.requestId}
    StageVariables: {a: b}
    Tags: {a: b}
    CorsConfiguration: true
    DefaultRouteSettings: {DetailedMetricsEnabled: true}
    Domain: {DomainName: api.example.com, CertificateArn: arn:aws:acm:us-east-1:123456789012:certificate/x}
    RouteSettings: {}
    FailOnWarnings: false
    PropagateTags: false
`,
    ),
    expect: [],
  },
];
