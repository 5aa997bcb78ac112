/** Cases of the SAM API settings rule (server/src/service/validation/rules/template/samApiSettings.ts). */
import { SAM_HEADER, sam, type RuleCase } from '../ruleCase';

const restApi = (props: string, id = 'Api') => `  ${id}:
    Type: AWS::Serverless::Api
    Properties:
      StageName: prod
${props}`;
const httpApi = (props: string) => `  Http:
    Type: AWS::Serverless::HttpApi
    Properties:
${props}`;
const body = `      DefinitionBody: {openapi: 3.0.1, info: {title: t, version: '1'}, paths: {/a: {get: {}}}}\n`;
const uri = '      DefinitionUri: s3://bucket/api.yaml\n';

export const samApiSettingsCases: RuleCase[] = [
  {
    // The transform reads a null setting of a SAM resource as left out and writes no null into its output.
    name: 'settings: null values of a SAM API are left out, not wrong types',
    text: sam(
      restApi('      MethodSettings: null\n      Auth:\n        UsagePlan: null\n        DefaultAuthorizer: NONE\n'),
    ),
    expect: [],
  },
  {
    // CloudFormation refuses null values in the template it deploys; a plain resource's null stays an error.
    name: 'settings: a null value of a CloudFormation stage is still an error',
    text: `${SAM_HEADER}Resources:\n  Stage:\n    Type: AWS::ApiGateway::Stage\n    Properties:\n      RestApiId: abc\n      StageName: dev\n      MethodSettings: null\n`,
    expect: ["L9:23-9:27 error value-type null | 'MethodSettings' must be a list, not nothing."],
    oracle: 'cloudformation',
  },
  {
    name: 'settings: DefinitionBody and DefinitionUri together',
    text: sam(restApi(body + uri)),
    expect: [
      "L8:85-8:88 warning integration-missing-all get | GET /a has no 'x-amazon-apigateway-integration'; deploying a REST API with it fails. Add an integration (or a mock).",
      '  fix {"addMockIntegration":{"operationOffset":253}}',
      "L8:7-8:21 error sam-api-setting DefinitionBody | Api has both 'DefinitionBody' and 'DefinitionUri'; the SAM transform takes one: keep the inline definition or the file, not both.",
      "L9:7-9:20 error sam-api-setting DefinitionUri | Api has both 'DefinitionBody' and 'DefinitionUri'; the SAM transform takes one: keep the inline definition or the file, not both.",
    ],
  },
  {
    name: 'settings: an empty DefinitionBody beside a DefinitionUri is no conflict',
    text: sam(restApi(`      DefinitionBody: {}\n${uri}`)),
    expect: [],
  },
  {
    name: 'settings: a DefinitionUri mapping without Bucket and Key',
    text: sam(restApi('      DefinitionUri: {Version: "1"}\n')),
    expect: [
      "L8:7-8:20 error sam-api-setting DefinitionUri | 'DefinitionUri' as a mapping needs both 'Bucket' and 'Key' (and optionally 'Version'); 'Bucket' is missing.",
      "L8:7-8:20 error sam-api-setting DefinitionUri | 'DefinitionUri' as a mapping needs both 'Bucket' and 'Key' (and optionally 'Version'); 'Key' is missing.",
    ],
  },
  {
    name: 'settings: a DefinitionUri mapping SAM accepts',
    text: sam(restApi('      DefinitionUri: {Bucket: b, Key: k}\n')),
    expect: [],
  },
  {
    name: 'settings: a computed DefinitionUri',
    text: sam(restApi('      DefinitionUri: !Sub s3://b/${AWS::Region}.yaml\n')),
    expect: [
      "L8:27-8:53 error sam-api-setting s3://b/${AWS::Region}.yaml | The SAM transform reads 'DefinitionUri' itself and cannot resolve an intrinsic function here: write the S3 location ('s3://bucket/key') or a mapping with 'Bucket' and 'Key'.",
    ],
  },
  {
    name: 'settings: REST settings SAM writes into the definition, with DefinitionUri',
    text: sam(
      restApi(
        `${uri}      Cors: "'*'"\n      Models:\n        Pet: {type: object}\n      GatewayResponses:\n        DEFAULT_4XX: {StatusCode: 400}\n      Auth: {ApiKeyRequired: true}\n`,
      ),
    ),
    expect: [
      "L8:7-8:20 error sam-api-setting DefinitionUri | SAM cannot write Auth, Cors, GatewayResponses, Models into a definition it reads from 'DefinitionUri'; inline the definition as 'DefinitionBody', or set these in the file.",
      "L14:7-14:11 error sam-api-setting Auth | SAM writes 'Auth' into the API's OpenAPI definition, so it works only with an inline 'DefinitionBody'; with 'DefinitionUri' the SAM transform rejects it. Inline the definition or set this in the file.",
      "L9:7-9:11 error sam-api-setting Cors | SAM writes 'Cors' into the API's OpenAPI definition, so it works only with an inline 'DefinitionBody'; with 'DefinitionUri' the SAM transform rejects it. Inline the definition or set this in the file.",
      "L12:7-12:23 error sam-api-setting GatewayResponses | SAM writes 'GatewayResponses' into the API's OpenAPI definition, so it works only with an inline 'DefinitionBody'; with 'DefinitionUri' the SAM transform rejects it. Inline the definition or set this in the file.",
      "L10:7-10:13 error sam-api-setting Models | SAM writes 'Models' into the API's OpenAPI definition, so it works only with an inline 'DefinitionBody'; with 'DefinitionUri' the SAM transform rejects it. Inline the definition or set this in the file.",
    ],
  },
  {
    name: 'settings: empty or false settings are skipped with DefinitionUri',
    text: sam(restApi(`${uri}      Models: {}\n      Auth: {}\n`)),
    expect: [],
  },
  {
    name: 'settings: HTTP settings SAM writes into the definition, with DefinitionUri',
    text: sam(
      httpApi(
        `${uri}      Name: api\n      Description: d\n      DisableExecuteApiEndpoint: true\n      Tags: {a: b}\n`,
      ),
    ),
    expect: [
      "L7:7-7:20 error sam-api-setting DefinitionUri | SAM cannot write Tags, Description, Name, DisableExecuteApiEndpoint into a definition it reads from 'DefinitionUri'; inline the definition as 'DefinitionBody', or set these in the file.",
      "L11:7-11:11 error sam-api-setting Tags | SAM writes 'Tags' into the API's OpenAPI definition, so it works only with an inline 'DefinitionBody'; with 'DefinitionUri' the SAM transform rejects it. Inline the definition or set this in the file.",
      "L9:7-9:18 error sam-api-setting Description | SAM writes 'Description' into the API's OpenAPI definition, so it works only with an inline 'DefinitionBody'; with 'DefinitionUri' the SAM transform rejects it. Inline the definition or set this in the file.",
      "L8:7-8:11 error sam-api-setting Name | SAM writes 'Name' into the API's OpenAPI definition, so it works only with an inline 'DefinitionBody'; with 'DefinitionUri' the SAM transform rejects it. Inline the definition or set this in the file.",
      "L10:7-10:32 error sam-api-setting DisableExecuteApiEndpoint | SAM writes 'DisableExecuteApiEndpoint' into the API's OpenAPI definition, so it works only with an inline 'DefinitionBody'; with 'DefinitionUri' the SAM transform rejects it. Inline the definition or set this in the file.",
    ],
  },
  {
    name: 'settings: HTTP CORS from Globals with DefinitionUri',
    text: sam(httpApi(uri), "  HttpApi:\n    CorsConfiguration: {AllowOrigins: ['https://example.com']}\n"),
    expect: [
      "L10:7-10:20 error sam-api-setting DefinitionUri | SAM cannot write CorsConfiguration into a definition it reads from 'DefinitionUri'; inline the definition as 'DefinitionBody', or set these in the file.",
      "L5:5-5:22 error sam-api-setting CorsConfiguration | SAM writes 'CorsConfiguration' into the API's OpenAPI definition, so it works only with an inline 'DefinitionBody'; with 'DefinitionUri' the SAM transform rejects it. Inline the definition or set this in the file.",
    ],
  },
  {
    name: 'settings: OpenApiVersion written without its minor version',
    text: sam(restApi("      OpenApiVersion: '3'\n")),
    expect: [
      "L8:23-8:26 error sam-api-setting '3' | The SAM transform wants 'OpenApiVersion' written like '3.0.1' (or '2.0'), not \"3\".",
      '  fix {"replaceWith":["3.0.1"]}',
    ],
  },
  {
    name: 'settings: OpenApiVersion as an intrinsic',
    text: sam(restApi('      OpenApiVersion: !Ref Version\n')).replace(
      'Resources:',
      "Parameters:\n  Version: {Type: String, Default: '3.0.1'}\nResources:",
    ),
    expect: [
      "L10:28-10:35 error sam-api-setting Version | The SAM transform reads 'OpenApiVersion' itself and cannot resolve an intrinsic function here; write the version, e.g. '3.0.1'.",
      '  fix {"replaceWith":["3.0.1"]}',
    ],
  },
  {
    name: 'settings: OpenApiVersion values SAM accepts',
    text: sam(restApi("      OpenApiVersion: '2.0'\n") + restApi("      OpenApiVersion: '3.0.1'\n", 'Api2')),
    expect: [],
  },
  {
    name: 'settings: both spellings of the VPC endpoint ids',
    text: sam(
      restApi(
        '      EndpointConfiguration:\n        Type: PRIVATE\n        VPCEndpointIds: [vpce-1]\n        VpcEndpointIds: [vpce-1]\n',
      ),
    ),
    expect: [
      "L11:9-11:23 error sam-api-setting VpcEndpointIds | Write the VPC endpoints once, as 'VPCEndpointIds' (SAM's spelling); the SAM transform rejects 'VPCEndpointIds' and 'VpcEndpointIds' together.",
    ],
  },
  {
    name: 'settings: one spelling of the VPC endpoint ids',
    text: sam(restApi('      EndpointConfiguration:\n        Type: PRIVATE\n        VPCEndpointIds: [vpce-1]\n')),
    expect: [],
  },
  {
    name: 'settings: an unknown REST Cors key',
    text: sam(restApi(`${body}      Cors:\n        AllowOrigins: "'*'"\n`)),
    expect: [
      "L8:85-8:88 warning integration-missing-all get | GET /a has no 'x-amazon-apigateway-integration'; deploying a REST API with it fails. Add an integration (or a mock).",
      '  fix {"addMockIntegration":{"operationOffset":253}}',
      "L10:9-10:21 error sam-api-setting AllowOrigins | The SAM transform rejects 'AllowOrigins' in 'Cors'; it knows AllowMethods, AllowHeaders, AllowOrigin, MaxAge, AllowCredentials. Did you mean 'AllowOrigin'?",
      '  fix {"replaceWith":["AllowOrigin"]}',
    ],
  },
  {
    name: 'settings: REST Cors credentials for every origin',
    text: sam(
      restApi(`${body}      Cors:\n        AllowCredentials: true\n`) +
        restApi(`${body}      Cors:\n        AllowOrigin: "'*'"\n        AllowCredentials: true\n`, 'Api2'),
    ),
    expect: [
      "L8:85-8:88 warning integration-missing-all get | GET /a has no 'x-amazon-apigateway-integration'; deploying a REST API with it fails. Add an integration (or a mock).",
      '  fix {"addMockIntegration":{"operationOffset":253}}',
      "L15:85-15:88 warning integration-missing-all get | GET /a has no 'x-amazon-apigateway-integration'; deploying a REST API with it fails. Add an integration (or a mock).",
      '  fix {"addMockIntegration":{"operationOffset":468}}',
      "L10:27-10:31 error sam-api-setting true | CORS cannot allow credentials for every origin: with 'AllowCredentials: true', set 'AllowOrigin' to one origin in quotes, e.g. \"'https://example.com'\".",
      "L18:27-18:31 error sam-api-setting true | CORS cannot allow credentials for every origin: with 'AllowCredentials: true', set 'AllowOrigin' to one origin in quotes, e.g. \"'https://example.com'\".",
    ],
  },
  {
    name: 'settings: REST Cors SAM accepts',
    text: sam(
      restApi(`${body}      Cors:\n        AllowOrigin: "'https://example.com'"\n        AllowCredentials: true\n`) +
        restApi(`${body}      Cors: {AllowOrigin: "'*'", AllowCredentials: false}\n`, 'Api2'),
    ),
    expect: [
      "L8:85-8:88 warning integration-missing-all get | GET /a has no 'x-amazon-apigateway-integration'; deploying a REST API with it fails. Add an integration (or a mock).",
      '  fix {"addMockIntegration":{"operationOffset":253}}',
      "L16:85-16:88 warning integration-missing-all get | GET /a has no 'x-amazon-apigateway-integration'; deploying a REST API with it fails. Add an integration (or a mock).",
      '  fix {"addMockIntegration":{"operationOffset":513}}',
    ],
  },
  {
    name: 'settings: an unknown HTTP CorsConfiguration key',
    text: sam(httpApi('      CorsConfiguration:\n        AllowOrigin: [https://example.com]\n')),
    expect: [
      "L8:9-8:20 error sam-api-setting AllowOrigin | The SAM transform rejects 'AllowOrigin' in 'CorsConfiguration'; it knows AllowMethods, AllowHeaders, AllowOrigins, MaxAge, ExposeHeaders, AllowCredentials. Did you mean 'AllowOrigins'?",
      '  fix {"replaceWith":["AllowOrigins"]}',
    ],
  },
  {
    name: 'settings: HTTP CORS credentials for every origin',
    text: sam(httpApi("      CorsConfiguration:\n        AllowOrigins: ['*']\n        AllowCredentials: true\n")),
    expect: [
      "L9:27-9:31 error sam-api-setting true | CORS cannot allow credentials for every origin: with 'AllowCredentials: true', list the allowed origins in 'AllowOrigins' instead of '*'.",
    ],
  },
  {
    name: 'settings: HTTP CORS SAM accepts',
    text: sam(
      httpApi(
        "      CorsConfiguration:\n        AllowOrigins: ['*', 'https://example.com']\n        AllowCredentials: true\n        ExposeHeaders: [x]\n",
      ),
    ),
    expect: [],
  },
  {
    name: 'settings: a custom domain without a certificate',
    text: sam(restApi('      Domain:\n        DomainName: api.example.com\n')),
    expect: [
      "L8:7-8:13 error sam-api-setting Domain | A custom 'Domain' needs both 'DomainName' and 'CertificateArn'; add 'CertificateArn'.",
    ],
  },
  {
    name: 'settings: a custom domain without either name or certificate',
    text: sam(httpApi('      Domain:\n        BasePath: [/v1]\n')),
    expect: [
      "L7:7-7:13 error sam-api-setting Domain | A custom 'Domain' needs both 'DomainName' and 'CertificateArn'; add 'DomainName' and 'CertificateArn'.",
    ],
  },
  {
    name: 'settings: an EDGE custom domain on an HTTP API',
    text: sam(
      httpApi(
        '      Domain:\n        DomainName: api.example.com\n        CertificateArn: arn:aws:acm:us-east-1:123456789012:certificate/x\n        EndpointConfiguration: EDGE\n',
      ),
    ),
    expect: [
      'L10:32-10:36 error sam-api-setting EDGE | The SAM transform accepts REGIONAL as the EndpointConfiguration of an HTTP API\'s custom domain, not the string "EDGE".',
      '  fix {"replaceWith":["REGIONAL"]}',
    ],
  },
  {
    name: 'settings: a lower-case REST custom domain endpoint',
    text: sam(
      restApi(
        '      Domain:\n        DomainName: api.example.com\n        CertificateArn: arn:aws:acm:us-east-1:123456789012:certificate/x\n        EndpointConfiguration: regional\n',
      ),
    ),
    expect: [
      'L11:32-11:40 error sam-api-setting regional | The SAM transform accepts EDGE, REGIONAL, PRIVATE as the EndpointConfiguration of a REST API\'s custom domain, not the string "regional".',
      '  fix {"replaceWith":["EDGE","REGIONAL","PRIVATE"]}',
    ],
  },
  {
    name: 'settings: an unknown MutualTlsAuthentication key',
    text: sam(
      restApi(
        '      Domain:\n        DomainName: api.example.com\n        CertificateArn: arn:aws:acm:us-east-1:123456789012:certificate/x\n        EndpointConfiguration: REGIONAL\n        MutualTlsAuthentication: {TruststoreURI: s3://b/t.pem}\n',
      ),
    ),
    expect: [
      "L12:35-12:48 error sam-api-setting TruststoreURI | The SAM transform rejects 'TruststoreURI' in 'MutualTlsAuthentication'; it knows TruststoreUri, TruststoreVersion. Did you mean 'TruststoreUri'?",
      '  fix {"replaceWith":["TruststoreUri"]}',
    ],
  },
  {
    name: 'settings: Route53 written as a string',
    text: sam(
      restApi(
        '      Domain:\n        DomainName: api.example.com\n        CertificateArn: arn:aws:acm:us-east-1:123456789012:certificate/x\n        Route53: Z123\n',
      ),
    ),
    expect: [
      "L11:18-11:22 error sam-api-setting Z123 | 'Route53' must be a mapping with 'HostedZoneId' or 'HostedZoneName', not the string \"Z123\".",
    ],
  },
  {
    name: 'settings: Route53 without a hosted zone',
    text: sam(
      restApi(
        '      Domain:\n        DomainName: api.example.com\n        CertificateArn: arn:aws:acm:us-east-1:123456789012:certificate/x\n        Route53: {EvaluateTargetHealth: true}\n',
      ),
    ),
    expect: [
      "L11:9-11:16 error sam-api-setting Route53 | 'Route53' needs 'HostedZoneId' or 'HostedZoneName' so that SAM can add the DNS record.",
    ],
  },
  {
    name: 'settings: custom domains SAM accepts',
    text: sam(
      restApi(
        '      Domain:\n        DomainName: api.example.com\n        CertificateArn: arn:aws:acm:us-east-1:123456789012:certificate/x\n        EndpointConfiguration: EDGE\n        Route53: {HostedZoneName: example.com.}\n',
      ) +
        httpApi(
          '      Domain:\n        DomainName: api.example.com\n        CertificateArn: arn:aws:acm:us-east-1:123456789012:certificate/x\n        EndpointConfiguration: REGIONAL\n        MutualTlsAuthentication: {TruststoreUri: s3://b/t.pem, TruststoreVersion: "1"}\n        Route53: {HostedZoneId: Z123}\n',
        ),
    ),
    expect: [],
  },
  {
    name: 'settings: a computed gateway response',
    text: sam(restApi(`${body}      GatewayResponses:\n        DEFAULT_4XX: !Ref AWS::NoValue\n`)),
    expect: [
      "L8:85-8:88 warning integration-missing-all get | GET /a has no 'x-amazon-apigateway-integration'; deploying a REST API with it fails. Add an integration (or a mock).",
      '  fix {"addMockIntegration":{"operationOffset":253}}',
      "L10:27-10:39 error sam-api-setting AWS::NoValue | SAM does not accept intrinsic functions for a whole gateway response ('DEFAULT_4XX'); write the mapping and use intrinsics inside it.",
    ],
  },
  {
    name: 'settings: computed GatewayResponses',
    text: sam(restApi(`${body}      GatewayResponses: !Ref AWS::NoValue\n`)),
    expect: [
      "L8:85-8:88 warning integration-missing-all get | GET /a has no 'x-amazon-apigateway-integration'; deploying a REST API with it fails. Add an integration (or a mock).",
      '  fix {"addMockIntegration":{"operationOffset":253}}',
      "L9:30-9:42 error sam-api-setting AWS::NoValue | The SAM transform reads 'GatewayResponses' itself and cannot resolve an intrinsic function here: write the gateway responses as a mapping.",
    ],
  },
  {
    name: 'settings: a gateway response written as a number, and one left empty',
    text: sam(restApi(`${body}      GatewayResponses:\n        DEFAULT_4XX: 400\n        DEFAULT_5XX:\n`)),
    expect: [
      "L8:85-8:88 warning integration-missing-all get | GET /a has no 'x-amazon-apigateway-integration'; deploying a REST API with it fails. Add an integration (or a mock).",
      '  fix {"addMockIntegration":{"operationOffset":253}}',
      "L10:22-10:25 error sam-api-setting 400 | The gateway response 'DEFAULT_4XX' must be a mapping (StatusCode, ResponseParameters, ResponseTemplates), not the number 400.",
      "L11:21-12:1 error sam-api-setting \\n | The gateway response 'DEFAULT_5XX' must be a mapping (StatusCode, ResponseParameters, ResponseTemplates), not nothing.",
    ],
  },
  {
    name: 'settings: an unknown gateway response key',
    text: sam(restApi(`${body}      GatewayResponses:\n        DEFAULT_4XX: {Status: 400}\n`)),
    expect: [
      "L8:85-8:88 warning integration-missing-all get | GET /a has no 'x-amazon-apigateway-integration'; deploying a REST API with it fails. Add an integration (or a mock).",
      '  fix {"addMockIntegration":{"operationOffset":253}}',
      "L10:23-10:29 error sam-api-setting Status | The SAM transform rejects 'Status' in the gateway response 'DEFAULT_4XX'; it knows ResponseParameters, ResponseTemplates, StatusCode.",
    ],
  },
  {
    name: 'settings: an unknown gateway response parameter section, and a status that is no number',
    text: sam(
      restApi(
        `${body}      GatewayResponses:\n        DEFAULT_4XX:\n          StatusCode: forbidden\n          ResponseParameters:\n            Header: {X: "'1'"}\n`,
      ),
    ),
    expect: [
      "L8:85-8:88 warning integration-missing-all get | GET /a has no 'x-amazon-apigateway-integration'; deploying a REST API with it fails. Add an integration (or a mock).",
      '  fix {"addMockIntegration":{"operationOffset":253}}',
      "L13:13-13:19 error sam-api-setting Header | The SAM transform rejects 'Header' in ResponseParameters; it knows Headers, Paths, QueryStrings. Did you mean 'Headers'?",
      '  fix {"replaceWith":["Headers"]}',
      'L11:23-11:32 error sam-api-setting forbidden | \'StatusCode\' must be a number such as 401, not the string "forbidden".',
    ],
  },
  {
    name: 'settings: gateway responses SAM accepts',
    text: sam(
      restApi(
        `${body}      GatewayResponses:\n        DEFAULT_4XX:\n          StatusCode: '403'\n          ResponseParameters:\n            Headers: {X: "'1'"}\n          ResponseTemplates: {application/json: '{}'}\n        DEFAULT_5XX:\n          StatusCode: 500\n`,
      ),
    ),
    expect: [
      "L8:85-8:88 warning integration-missing-all get | GET /a has no 'x-amazon-apigateway-integration'; deploying a REST API with it fails. Add an integration (or a mock).",
      '  fix {"addMockIntegration":{"operationOffset":253}}',
    ],
  },
  {
    name: 'settings: a computed gateway response StatusCode',
    text: sam(
      restApi(`${body}      GatewayResponses:\n        DEFAULT_5XX:\n          StatusCode: !Ref Code\n`),
    ).replace('Resources:', "Parameters:\n  Code: {Type: String, Default: '500'}\nResources:"),
    expect: [
      "L10:85-10:88 warning integration-missing-all get | GET /a has no 'x-amazon-apigateway-integration'; deploying a REST API with it fails. Add an integration (or a mock).",
      '  fix {"addMockIntegration":{"operationOffset":304}}',
      "L13:28-13:32 error sam-api-setting Code | The SAM transform reads 'StatusCode' itself and cannot resolve an intrinsic function here: write the status code, e.g. 401.",
    ],
  },
  {
    name: 'settings: a model that is not a mapping, one without a type, one left empty',
    text: sam(restApi(`${body}      Models:\n        Pet: object\n        Owner: {properties: {}}\n        Empty:\n`)),
    expect: [
      "L8:85-8:88 warning integration-missing-all get | GET /a has no 'x-amazon-apigateway-integration'; deploying a REST API with it fails. Add an integration (or a mock).",
      '  fix {"addMockIntegration":{"operationOffset":253}}',
      "L10:14-10:20 error sam-api-setting object | The model 'Pet' must be a JSON schema (a mapping with 'type'), not the string \"object\".",
      "L11:9-11:14 error sam-api-setting Owner | The model 'Owner' needs a 'type' (for example 'type: object'); the SAM transform rejects a model schema without one.",
      '  fix {"addField":{"name":"type","value":"object","objectOffset":308}}',
      "L12:15-13:1 error sam-api-setting \\n | The model 'Empty' must be a JSON schema (a mapping with 'type'), not nothing.",
    ],
  },
  {
    name: 'settings: a model with an empty type, and a computed model',
    text: sam(restApi(`${body}      Models:\n        Pet: {type: ''}\n        Owner: !Ref AWS::NoValue\n`)),
    expect: [
      "L8:85-8:88 warning integration-missing-all get | GET /a has no 'x-amazon-apigateway-integration'; deploying a REST API with it fails. Add an integration (or a mock).",
      '  fix {"addMockIntegration":{"operationOffset":253}}',
      "L10:9-10:12 error sam-api-setting Pet | The model 'Pet' needs a 'type' (for example 'type: object'); the SAM transform rejects a model schema without one.",
      '  fix {"addField":{"name":"type","value":"object","objectOffset":286}}',
      "L11:9-11:14 error sam-api-setting Owner | The model 'Owner' needs a 'type' (for example 'type: object'); the SAM transform rejects a model schema without one.",
    ],
  },
  {
    name: 'settings: computed Models',
    text: sam(restApi(`${body}      Models: !Ref AWS::NoValue\n`)),
    expect: [
      "L8:85-8:88 warning integration-missing-all get | GET /a has no 'x-amazon-apigateway-integration'; deploying a REST API with it fails. Add an integration (or a mock).",
      '  fix {"addMockIntegration":{"operationOffset":253}}',
      "L9:20-9:32 error sam-api-setting AWS::NoValue | The SAM transform reads 'Models' itself and cannot resolve an intrinsic function here: write the models as a mapping.",
    ],
  },
  {
    name: 'settings: with AWS::LanguageExtensions, computed models and responses are resolved first',
    text: sam(
      restApi(
        `${body}      Models: !If [C, {Pet: {type: object}}, !Ref AWS::NoValue]\n      GatewayResponses: !If [C, {}, {}]\n`,
      ) +
        restApi('      DefinitionUri: !Sub s3://b/${AWS::Region}.yaml\n', 'Api3') +
        restApi(`${body}      Models:\n        Pet: !If [C, {type: object}, {type: string}]\n`, 'Api2'),
    ).replace(
      'Transform: AWS::Serverless-2016-10-31',
      'Transform: [AWS::LanguageExtensions, AWS::Serverless-2016-10-31]',
    ),
    expect: [
      "L8:85-8:88 warning integration-missing-all get | GET /a has no 'x-amazon-apigateway-integration'; deploying a REST API with it fails. Add an integration (or a mock).",
      '  fix {"addMockIntegration":{"operationOffset":280}}',
      "L20:85-20:88 warning integration-missing-all get | GET /a has no 'x-amazon-apigateway-integration'; deploying a REST API with it fails. Add an integration (or a mock).",
      '  fix {"addMockIntegration":{"operationOffset":686}}',
    ],
    oracle: 'none',
  },
  {
    name: 'settings: the implicit API checked from Globals',
    text: sam(
      `  Fn:
    Type: AWS::Serverless::Function
    Properties:
      Runtime: python3.12
      Handler: a.h
      CodeUri: s3://b/k
      Events:
        Get: {Type: Api, Properties: {Path: /a, Method: get}}
`,
      "  Api:\n    OpenApiVersion: '3'\n",
    ),
    expect: [
      "L5:21-5:24 error sam-api-setting '3' | The SAM transform wants 'OpenApiVersion' written like '3.0.1' (or '2.0'), not \"3\".",
      '  fix {"replaceWith":["3.0.1"]}',
    ],
  },
];
