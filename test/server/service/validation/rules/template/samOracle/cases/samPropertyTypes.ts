/** Cases of the SAM property type rule (server/src/service/validation/rules/template/samPropertyTypes.ts, samShapes.ts). */
import { sam, type RuleCase } from '../ruleCase';

const restApi = (props: string, id = 'Api') => `  ${id}:
    Type: AWS::Serverless::Api
    Properties:
      StageName: prod
${props}`;
const httpApi = (props: string) => `  Http:
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

export const samPropertyTypesCases: RuleCase[] = [
  {
    name: 'property types: an unknown REST property with its did-you-mean, and one like nothing',
    text: sam(restApi('      TracingEnable: true\n      Zzzzzzzzzzzz: 1\n      __Internal: 1\n')),
    expect: [
      "L8:7-8:20 error sam-property-type TracingEnable | AWS::Serverless::Api has no property 'TracingEnable'; the SAM transform rejects the template. Did you mean 'TracingEnabled'?",
      '  fix {"replaceWith":["TracingEnabled"]}',
      "L9:7-9:19 error sam-property-type Zzzzzzzzzzzz | AWS::Serverless::Api has no property 'Zzzzzzzzzzzz'; the SAM transform rejects the template. Remove it.",
    ],
  },
  {
    name: 'property types: a REST-only property on an HTTP API',
    text: sam(httpApi('      Variables: {a: b}\n')),
    expect: [
      "L7:7-7:16 error sam-property-type Variables | AWS::Serverless::HttpApi has no property 'Variables'; the SAM transform rejects the template. Remove it.",
    ],
  },
  {
    name: 'property types: values of the wrong type',
    text: sam(
      restApi(
        "      TracingEnabled: 'true'\n      BinaryMediaTypes: image/png\n      MinimumCompressionSize: '1024'\n      Tags: [a]\n      Description: 12\n      Cors: [a]\n",
      ),
    ),
    expect: [
      "L8:23-8:29 error sam-property-type 'true' | The SAM transform rejects 'TracingEnabled' here: it must be true or false, not the string \"true\".",
      'L9:25-9:34 error sam-property-type image/png | The SAM transform rejects \'BinaryMediaTypes\' here: it must be a list, not the string "image/png".',
      "L10:31-10:37 error sam-property-type '1024' | The SAM transform rejects 'MinimumCompressionSize' here: it must be a whole number, not the string \"1024\".",
      "L11:13-11:16 error sam-property-type [a] | The SAM transform rejects 'Tags' here: it must be a mapping, not a list.",
      "L12:20-12:22 error sam-property-type 12 | The SAM transform rejects 'Description' here: it must be a string, not the number 12.",
      "L13:13-13:16 error sam-property-type [a] | The SAM transform rejects 'Cors' here: it must be a string or a mapping, not a list.",
    ],
  },
  {
    name: 'property types: whole numbers as Python reads them',
    text: sam(
      restApi('      MinimumCompressionSize: 1.5\n') +
        restApi('      MinimumCompressionSize: 1e3\n', 'Api2') +
        restApi('      MinimumCompressionSize: true\n', 'Api3') +
        restApi('      MinimumCompressionSize: 1024\n', 'Api4'),
    ),
    expect: [
      "L8:31-8:34 error sam-property-type 1.5 | The SAM transform rejects 'MinimumCompressionSize' here: it must be a whole number, not the number 1.5.",
      "L13:31-13:34 error sam-property-type 1e3 | The SAM transform rejects 'MinimumCompressionSize' here: it must be a whole number, not the number 1e3.",
    ],
  },
  {
    name: 'property types: intrinsics where SAM takes a string or a mapping, and a list written as an intrinsic',
    text: sam(
      restApi(
        "      Name: !Sub '${AWS::StackName}-api'\n      Cors: !Ref Origin\n      Tags: {a: !Ref AWS::Region}\n",
      ) + restApi('      BinaryMediaTypes: !Split [",", "image/png,image/jpeg"]\n', 'Api2'),
    ).replace('Resources:', 'Parameters:\n  Origin: {Type: String, Default: "\'*\'"}\nResources:'),
    expect: [],
  },
  {
    name: 'property types: an HTTP Name may be anything, and types SAM accepts',
    text: sam(
      httpApi(
        '      Name: 12\n      CorsConfiguration: true\n      FailOnWarnings: false\n      StageVariables: {a: b}\n      DisableExecuteApiEndpoint: true\n',
      ),
    ),
    expect: [],
  },
  {
    name: 'property types: a long string is cut in the message',
    text: sam(restApi('      Tags: this-is-a-tag-value-that-is-longer-than-forty-characters\n')),
    expect: [
      'L8:13-8:69 error sam-property-type this-is-a-tag-value-that-is-longer-than-forty-characters | The SAM transform rejects \'Tags\' here: it must be a mapping, not the string "this-is-a-tag-value-that-is-longer-than-…".',
    ],
  },
  {
    name: 'property types: MergeDefinitions and AlwaysDeploy as intrinsics',
    text: sam(restApi('      MergeDefinitions: !Ref AWS::NoValue\n      AlwaysDeploy: !If [C, true, false]\n')).replace(
      'Resources:',
      'Conditions:\n  C: !Equals [a, a]\nResources:',
    ),
    expect: [
      "L10:30-10:42 error sam-property-type AWS::NoValue | The SAM transform reads 'MergeDefinitions' itself and takes no intrinsic function here: write true or false (or add the AWS::LanguageExtensions transform, which resolves it first).",
      "L11:25-11:41 error sam-property-type [C, true, false] | The SAM transform reads 'AlwaysDeploy' itself and takes no intrinsic function here: write true or false (or add the AWS::LanguageExtensions transform, which resolves it first).",
    ],
  },
  {
    name: 'property types: with AWS::LanguageExtensions, MergeDefinitions may be computed',
    text: sam(restApi('      MergeDefinitions: !If [C, true, false]\n'))
      .replace('Resources:', 'Conditions:\n  C: !Equals [a, a]\nResources:')
      .replace(
        'Transform: AWS::Serverless-2016-10-31',
        'Transform: [AWS::LanguageExtensions, AWS::Serverless-2016-10-31]',
      ),
    expect: [],
    oracle: 'none',
  },
  {
    name: 'property types: an empty DefinitionBody is replaced, unless a DefinitionUri is there',
    text: sam(
      restApi('      DefinitionBody: ""\n') +
        restApi('      DefinitionBody: ""\n      DefinitionUri: s3://b/k\n', 'Api2'),
    ),
    expect: [
      'L13:23-13:25 error sam-property-type "" | The SAM transform rejects \'DefinitionBody\' here: it must be a mapping, not the string "".',
    ],
  },
  {
    name: 'property types: a REST API without a StageName, and one without Properties',
    text: sam(
      '  Api:\n    Type: AWS::Serverless::Api\n    Properties:\n      Description: d\n  Api2:\n    Type: AWS::Serverless::Api\n    Properties: {}\n',
    ),
    expect: [
      "L6:5-6:15 error sam-property-type Properties | The SAM transform needs a 'StageName' for Api (an AWS::Serverless::Api): add 'StageName: prod' (or your stage) under its Properties (Globals.Api cannot set it).",
      '  fix {"addField":{"name":"StageName","value":"prod","objectOffset":148}}',
      "L10:5-10:15 error sam-property-type Properties | The SAM transform needs a 'StageName' for Api2 (an AWS::Serverless::Api): add 'StageName: prod' (or your stage) under its Properties (Globals.Api cannot set it).",
      '  fix {"addField":{"name":"StageName","value":"prod","objectOffset":218}}',
    ],
  },
  {
    name: 'property types: StageName and DefinitionBody are not Globals',
    text: sam(restApi(''), '  Api:\n    StageName: prod\n  HttpApi:\n    DefinitionBody: {}\n'),
    expect: [
      "L5:5-5:14 error sam-property-type StageName | The SAM transform does not accept 'StageName' in Globals.Api. Set it on each API resource instead.",
      "L7:5-7:19 error sam-property-type DefinitionBody | The SAM transform does not accept 'DefinitionBody' in Globals.HttpApi. Set it on each API resource instead.",
    ],
  },
  {
    name: 'property types: unknown and wrongly typed Globals',
    text: sam(
      restApi(''),
      "  Api:\n    TracingEnable: true\n    CacheClusterEnabled: 'yes'\n  HttpApi:\n    Zzzzzzzzzzzz: 1\n    FailOnWarnings: true\n",
    ),
    expect: [
      "L5:5-5:18 error sam-property-type TracingEnable | The SAM transform does not accept 'TracingEnable' in Globals.Api. Did you mean 'TracingEnabled'?",
      "L6:26-6:31 error sam-property-type 'yes' | The SAM transform rejects 'CacheClusterEnabled' here: it must be true or false, not the string \"yes\".",
      "L8:5-8:17 error sam-property-type Zzzzzzzzzzzz | The SAM transform does not accept 'Zzzzzzzzzzzz' in Globals.HttpApi.",
    ],
  },
  {
    name: 'property types: event Properties that are not a mapping',
    text: sam(fn('        Get: {Type: Api, Properties: [Path]}\n')),
    expect: [
      "L11:38-11:44 error sam-property-type [Path] | The Properties of the Api event 'Get' must be a mapping (Path, Method, ...), not a list.",
    ],
  },
  {
    name: 'property types: an Api event without Path and Method',
    text: sam(fn('        Get:\n          Type: Api\n          Properties: {Stage: prod}\n')),
    expect: [
      "L13:11-13:21 error sam-property-type Properties | The Api event 'Get' needs a 'Path' (for example 'Path: /items'); the SAM transform rejects it without one.",
      "L13:11-13:21 error sam-property-type Properties | The Api event 'Get' needs a 'Method' (for example 'Method: get'); the SAM transform rejects it without one.",
    ],
  },
  {
    name: 'property types: an HttpApi event with a Path and no Method',
    text: sam(fn('        Get:\n          Type: HttpApi\n          Properties: {Path: /a, Method: null}\n')),
    expect: [
      "L13:11-13:21 error sam-property-type Properties | The HttpApi event 'Get' needs a 'Method' (for example 'Method: get'); the SAM transform rejects it without one.",
    ],
  },
  {
    name: 'property types: an HttpApi event with a Method and no Path, event without Properties',
    text: sam(
      fn(
        '        Get:\n          Type: HttpApi\n          Properties: {Method: get}\n        Default: {Type: HttpApi}\n',
      ),
    ),
    expect: [
      "L13:11-13:21 error sam-property-type Properties | The HttpApi event 'Get' needs a 'Path' (for example 'Path: /items'); the SAM transform rejects it without one.",
    ],
  },
  {
    name: 'property types: event properties of the wrong type',
    text: sam(
      fn(
        "        Get:\n          Type: Api\n          Properties: {Path: /a, Method: get, TimeoutInMillis: '100', RequestParameters: method.request.header.h, Auth: NONE}\n        Http:\n          Type: HttpApi\n          Properties: {Path: [/a], Method: get, PayloadFormatVersion: 2.0, Unknown: 1}\n",
      ),
    ),
    expect: [
      "L13:64-13:69 error sam-property-type '100' | The SAM transform rejects 'TimeoutInMillis' here: it must be a whole number, not the string \"100\".",
      'L13:90-13:113 error sam-property-type method.request.header.h | The SAM transform rejects \'RequestParameters\' here: it must be a list, not the string "method.request.header.h".',
      'L13:121-13:125 error sam-property-type NONE | The SAM transform rejects \'Auth\' here: it must be a mapping, not the string "NONE".',
      "L16:30-16:34 error sam-property-type [/a] | The SAM transform rejects 'Path' here: it must be a string, not a list.",
      "L16:71-16:74 error sam-property-type 2.0 | The SAM transform rejects 'PayloadFormatVersion' here: it must be a string, not the number 2.0.",
    ],
  },
  {
    name: 'property types: events SAM accepts',
    text: sam(
      fn(
        "        Get:\n          Type: Api\n          Properties: {Path: /a, Method: get, TimeoutInMillis: 100}\n        Http:\n          Type: HttpApi\n          Properties: {PayloadFormatVersion: '2.0'}\n",
      ),
    ),
    expect: [],
  },
  {
    name: 'property types: computed event Properties',
    text: sam(fn('        Computed:\n          Type: Api\n          Properties: !Ref AWS::NoValue\n')),
    expect: [
      "L13:28-13:40 error sam-property-type AWS::NoValue | The Properties of the Api event 'Computed' must be a mapping (Path, Method, ...), not the intrinsic !Ref.",
    ],
  },
  {
    name: 'property types: with AWS::LanguageExtensions, event Properties may be computed',
    text: sam(
      fn(
        '        Computed:\n          Type: Api\n          Properties: !If [C, {Path: /a, Method: get}, {Path: /b, Method: get}]\n',
      ),
    )
      .replace('Resources:', 'Conditions:\n  C: !Equals [a, a]\nResources:')
      .replace(
        'Transform: AWS::Serverless-2016-10-31',
        'Transform: [AWS::LanguageExtensions, AWS::Serverless-2016-10-31]',
      ),
    expect: [],
    oracle: 'none',
  },
];
