/** Cases of the SAM API `Auth` rule (server/src/service/validation/rules/template/samApiAuth.ts). */
import { sam, type RuleCase } from '../ruleCase';

const restApi = (auth: string) => `  Api:
    Type: AWS::Serverless::Api
    Properties:
      StageName: prod
      Auth:
${auth}`;
const httpApi = (auth: string) => `  Api:
    Type: AWS::Serverless::HttpApi
    Properties:
      Auth:
${auth}`;
const authFn = `  AuthFn:
    Type: AWS::Serverless::Function
    Properties: {Runtime: python3.12, Handler: a.h, CodeUri: s3://b/k}
`;

export const samApiAuthCases: RuleCase[] = [
  {
    name: 'auth: an unknown key of a REST Auth, with its did-you-mean',
    text: sam(restApi('        DefaultAuthoriser: AWS_IAM\n')),
    expect: [
      "L9:9-9:26 error sam-auth DefaultAuthoriser | The SAM transform rejects 'DefaultAuthoriser' in the Auth of a REST API; it knows Authorizers, DefaultAuthorizer, InvokeRole, AddDefaultAuthorizerToCorsPreflight, AddApiKeyRequiredToCorsPreflight, ApiKeyRequired, ResourcePolicy, UsagePlan. Did you mean 'DefaultAuthorizer'?",
      '  fix {"replaceWith":["DefaultAuthorizer"]}',
    ],
  },
  {
    name: 'auth: a REST-only key in an HTTP Auth',
    text: sam(httpApi('        ApiKeyRequired: true\n')),
    expect: [
      "L8:9-8:23 error sam-auth ApiKeyRequired | The SAM transform rejects 'ApiKeyRequired' in the Auth of an HTTP API; it knows Authorizers, DefaultAuthorizer, EnableIamAuthorizer.",
    ],
  },
  {
    name: 'auth: an authorizer written as a string',
    text: sam(restApi('        Authorizers:\n          Tok: arn:aws:lambda:us-east-1:123456789012:function:f\n')),
    expect: [
      'L10:16-10:64 error value-type arn:aws:lambda:us-east-1:123456789012:function:f | \'Tok\' must be an object, not "arn:aws:lambda:us-east-1:123456789012:function:f".',
      'L10:16-10:64 error sam-auth arn:aws:lambda:us-east-1:123456789012:function:f | The authorizer \'Tok\' must be a mapping (FunctionArn, Identity, ...), not the string "arn:aws:lambda:us-east-1:123456789012:fu…".',
    ],
  },
  {
    name: 'auth: Authorizers written as a list',
    text: sam(restApi('        Authorizers: [Tok]\n')),
    expect: [
      "L9:22-9:27 error value-type [Tok] | 'Authorizers' must be an object (map), not a list.",
      "L9:22-9:27 error sam-auth [Tok] | 'Authorizers' must be a mapping of authorizer names to their settings, not a list.",
    ],
  },
  {
    name: 'auth: Authorizers as an intrinsic and a null authorizer are left alone',
    text: sam(
      restApi('        Authorizers:\n          Tok: null\n') +
        `  Api2:
    Type: AWS::Serverless::Api
    Properties:
      StageName: prod
      Auth:
        Authorizers: !Ref AWS::NoValue
`,
    ),
    expect: ["L10:16-10:20 error value-type null | 'Tok' must be an object, not nothing."],
  },
  {
    name: 'auth: a lower-case FunctionPayloadType',
    text: sam(
      authFn +
        restApi(
          '        Authorizers:\n          Tok:\n            FunctionArn: !GetAtt AuthFn.Arn\n            FunctionPayloadType: token\n',
        ),
    ),
    expect: [
      'L15:34-15:39 warning enum-case token | \'FunctionPayloadType\' is written "TOKEN"; AWS may not recognise "token".',
      '  fix {"replaceWith":["TOKEN"]}',
      "L15:34-15:39 error sam-auth token | 'FunctionPayloadType' of the authorizer 'Tok' is TOKEN or REQUEST (upper case), not the string \"token\".",
      '  fix {"replaceWith":["TOKEN","REQUEST"]}',
    ],
  },
  {
    name: 'auth: a REQUEST authorizer without Identity',
    text: sam(
      authFn +
        restApi(
          '        Authorizers:\n          Req:\n            FunctionArn: !GetAtt AuthFn.Arn\n            FunctionPayloadType: REQUEST\n',
        ),
    ),
    expect: [
      "L15:34-15:41 error sam-auth REQUEST | A REQUEST authorizer ('Req') needs an 'Identity' with at least one of Headers, QueryStrings, StageVariables or Context, e.g. 'Identity: {Headers: [Authorization]}'.",
    ],
  },
  {
    name: 'auth: a caching REQUEST authorizer whose Identity names no source',
    text: sam(
      authFn +
        restApi(
          "        Authorizers:\n          Req:\n            FunctionArn: !GetAtt AuthFn.Arn\n            FunctionPayloadType: REQUEST\n            Identity: {ReauthorizeEvery: '300', Headers: [], Context: ''}\n",
        ),
    ),
    expect: [
      "L16:71-16:73 error value-type '' | 'Context' must be a list, not \"\".",
      "L16:23-16:74 error sam-auth {ReauthorizeEvery: '300', Headers: [], Context: ''} | A REQUEST authorizer ('Req') needs an 'Identity' with at least one of Headers, QueryStrings, StageVariables or Context, e.g. 'Identity: {Headers: [Authorization]}'.",
    ],
  },
  {
    name: 'auth: a REQUEST authorizer whose ReauthorizeEvery is no number, or true, needs a source',
    text: sam(
      authFn +
        restApi(
          '        Authorizers:\n          Req:\n            FunctionArn: !GetAtt AuthFn.Arn\n            FunctionPayloadType: REQUEST\n            Identity: {ReauthorizeEvery: nope}\n          Req2:\n            FunctionArn: !GetAtt AuthFn.Arn\n            FunctionPayloadType: REQUEST\n            Identity: {ReauthorizeEvery: true}\n',
        ),
    ),
    expect: [
      'L16:42-16:46 error value-type nope | \'ReauthorizeEvery\' must be an integer, not "nope".',
      "L20:42-20:46 error value-type true | 'ReauthorizeEvery' must be an integer, not true.",
      "L16:23-16:47 error sam-auth {ReauthorizeEvery: nope} | A REQUEST authorizer ('Req') needs an 'Identity' with at least one of Headers, QueryStrings, StageVariables or Context, e.g. 'Identity: {Headers: [Authorization]}'.",
      "L20:23-20:47 error sam-auth {ReauthorizeEvery: true} | A REQUEST authorizer ('Req2') needs an 'Identity' with at least one of Headers, QueryStrings, StageVariables or Context, e.g. 'Identity: {Headers: [Authorization]}'.",
    ],
  },
  {
    name: 'auth: REQUEST authorizers without caching need no source',
    text: sam(
      authFn +
        restApi(
          "        Authorizers:\n          Req:\n            FunctionArn: !GetAtt AuthFn.Arn\n            FunctionPayloadType: REQUEST\n            Identity: {ReauthorizeEvery: 0}\n          Req2:\n            FunctionArn: !GetAtt AuthFn.Arn\n            FunctionPayloadType: REQUEST\n            Identity: {ReauthorizeEvery: '0'}\n          Req3:\n            FunctionArn: !GetAtt AuthFn.Arn\n            FunctionPayloadType: REQUEST\n            Identity: {ReauthorizeEvery: 0, Headers: []}\n",
        ),
    ),
    expect: [],
  },
  {
    name: 'auth: a computed Identity or FunctionPayloadType is a mapping to SAM',
    text: sam(
      authFn +
        restApi(
          '        Authorizers:\n          Req:\n            FunctionArn: !GetAtt AuthFn.Arn\n            FunctionPayloadType: REQUEST\n            Identity: !Ref AWS::NoValue\n          Tok:\n            FunctionArn: !GetAtt AuthFn.Arn\n            FunctionPayloadType: !If [C, TOKEN, REQUEST]\n',
        ),
    ),
    expect: [
      "L16:28-16:40 error sam-auth AWS::NoValue | A REQUEST authorizer ('Req') needs an 'Identity' with at least one of Headers, QueryStrings, StageVariables or Context, e.g. 'Identity: {Headers: [Authorization]}'.",
      "L19:38-19:57 error sam-auth [C, TOKEN, REQUEST] | 'FunctionPayloadType' of the authorizer 'Tok' is TOKEN or REQUEST (upper case), not the intrinsic !If.",
      '  fix {"replaceWith":["TOKEN","REQUEST"]}',
    ],
  },
  {
    name: 'auth: REQUEST authorizers with a source',
    text: sam(
      authFn +
        restApi(
          '        Authorizers:\n          Req:\n            FunctionArn: !GetAtt AuthFn.Arn\n            FunctionPayloadType: REQUEST\n            Identity: {QueryStrings: [key], ReauthorizeEvery: 60}\n          Req2:\n            FunctionArn: !GetAtt AuthFn.Arn\n            FunctionPayloadType: REQUEST\n            Identity: {StageVariables: [v]}\n',
        ),
    ),
    expect: [],
  },
  {
    name: 'auth: a TOKEN authorizer whose Identity is a string',
    text: sam(
      authFn +
        restApi(
          '        Authorizers:\n          Tok:\n            FunctionArn: !GetAtt AuthFn.Arn\n            Identity: Authorization\n',
        ),
    ),
    expect: [
      'L15:23-15:36 error value-type Authorization | \'Identity\' must be an object, not "Authorization".',
      "L15:23-15:36 error sam-auth Authorization | 'Identity' of the authorizer 'Tok' must be a mapping such as '{Header: Authorization}' (TOKEN) or '{Headers: [Authorization]}' (REQUEST), not the string \"Authorization\".",
    ],
  },
  {
    name: 'auth: REST AuthorizationScopes written as a string',
    text: sam(
      restApi(
        '        Authorizers:\n          Pool:\n            UserPoolArn: arn:aws:cognito-idp:us-east-1:123456789012:userpool/us-east-1_X\n            AuthorizationScopes: read\n',
      ),
    ),
    expect: [
      'L12:34-12:38 error value-type read | \'AuthorizationScopes\' must be a list, not "read".',
      'L12:34-12:38 error sam-auth read | \'AuthorizationScopes\' must be a list of scopes, not the string "read".',
    ],
  },
  {
    name: 'auth: REST authorizers SAM accepts',
    text: sam(
      authFn +
        restApi(
          '        DefaultAuthorizer: Tok\n        Authorizers:\n          Tok:\n            FunctionArn: !GetAtt AuthFn.Arn\n            FunctionPayloadType: TOKEN\n            Identity: {Header: Authorization}\n          Pool:\n            UserPoolArn: arn:aws:cognito-idp:us-east-1:123456789012:userpool/us-east-1_X\n            AuthorizationScopes: [read]\n          Computed: !Ref AWS::NoValue\n',
        ),
    ),
    expect: [],
  },
  {
    name: 'auth: an HTTP authorizer with OpenIdConnectUrl',
    text: sam(
      httpApi(
        '        Authorizers:\n          Jwt:\n            OpenIdConnectUrl: https://example.com\n            JwtConfiguration: {issuer: https://example.com, audience: [a]}\n            IdentitySource: $request.header.Authorization\n',
      ),
    ),
    expect: [
      "L10:13-10:29 error sam-auth OpenIdConnectUrl | SAM no longer accepts 'OpenIdConnectUrl' (authorizer 'Jwt'): put the issuer URL in 'JwtConfiguration: {issuer: ...}'.",
    ],
  },
  {
    name: 'auth: HTTP AuthorizationScopes written as a string',
    text: sam(
      httpApi(
        '        Authorizers:\n          Jwt:\n            AuthorizationScopes: read\n            JwtConfiguration: {issuer: https://example.com, audience: [a]}\n            IdentitySource: $request.header.Authorization\n',
      ),
    ),
    expect: [
      'L10:34-10:38 error value-type read | \'AuthorizationScopes\' must be a list, not "read".',
      "L10:34-10:38 error sam-auth read | 'AuthorizationScopes' of the authorizer 'Jwt' must be a list, e.g. '[read, write]', not the string \"read\".",
    ],
  },
  {
    name: 'auth: a JWT authorizer with a Lambda field',
    text: sam(
      authFn +
        httpApi(
          '        Authorizers:\n          Jwt:\n            JwtConfiguration: {issuer: https://example.com, audience: [a]}\n            IdentitySource: $request.header.Authorization\n            FunctionArn: !GetAtt AuthFn.Arn\n',
        ),
    ),
    expect: [
      "L15:13-15:24 error sam-auth FunctionArn | 'FunctionArn' belongs to Lambda authorizers, and 'Jwt' is a JWT authorizer (it has 'JwtConfiguration'); the SAM transform rejects it.",
    ],
  },
  {
    name: 'auth: a Lambda authorizer with IdentitySource',
    text: sam(
      authFn +
        httpApi(
          "        Authorizers:\n          Lam:\n            FunctionArn: !GetAtt AuthFn.Arn\n            AuthorizerPayloadFormatVersion: '2.0'\n            IdentitySource: $request.header.Authorization\n",
        ),
    ),
    expect: [
      "L15:13-15:27 error sam-auth IdentitySource | 'IdentitySource' belongs to JWT (OAuth2) authorizers, and 'Lam' is a Lambda authorizer (it has no 'JwtConfiguration'); the SAM transform rejects it. A Lambda authorizer names its sources in 'Identity' instead.",
    ],
  },
  {
    name: 'auth: a Lambda authorizer with AuthorizationScopes',
    text: sam(
      authFn +
        httpApi(
          "        Authorizers:\n          Lam:\n            AuthorizationScopes: [read]\n            FunctionArn: !GetAtt AuthFn.Arn\n            AuthorizerPayloadFormatVersion: '2.0'\n",
        ),
    ),
    expect: [
      "L13:13-13:32 error sam-auth AuthorizationScopes | 'AuthorizationScopes' belongs to JWT (OAuth2) authorizers, and 'Lam' is a Lambda authorizer (it has no 'JwtConfiguration'); the SAM transform rejects it.",
    ],
  },
  {
    name: 'auth: a JWT authorizer without IdentitySource',
    text: sam(
      httpApi(
        '        Authorizers:\n          Jwt:\n            JwtConfiguration: {issuer: https://example.com, audience: [a]}\n',
      ),
    ),
    expect: [
      "L9:11-9:14 error sam-auth Jwt | The JWT authorizer 'Jwt' needs 'IdentitySource' (for example '$request.header.Authorization'); the SAM transform rejects it without.",
    ],
  },
  {
    name: 'auth: a Lambda authorizer without FunctionArn',
    text: sam(httpApi("        Authorizers:\n          Lam:\n            AuthorizerPayloadFormatVersion: '2.0'\n")),
    expect: [
      "L9:11-9:14 error sam-auth Lam | The Lambda authorizer 'Lam' needs 'FunctionArn' (for example '!GetAtt AuthFunction.Arn'); the SAM transform rejects it without.",
    ],
  },
  {
    name: 'auth: a Lambda authorizer without AuthorizerPayloadFormatVersion',
    text: sam(authFn + httpApi('        Authorizers:\n          Lam:\n            FunctionArn: !GetAtt AuthFn.Arn\n')),
    expect: [
      "L12:11-12:14 error sam-auth Lam | The Lambda authorizer 'Lam' needs 'AuthorizerPayloadFormatVersion' (for example '2.0'); the SAM transform rejects it without.",
    ],
  },
  {
    name: 'auth: HTTP authorizers SAM accepts',
    text: sam(
      authFn +
        httpApi(
          "        EnableIamAuthorizer: true\n        DefaultAuthorizer: AWS_IAM\n        Authorizers:\n          Jwt:\n            JwtConfiguration: {issuer: https://example.com, audience: [a]}\n            IdentitySource: $request.header.Authorization\n            AuthorizationScopes: [read]\n          Lam:\n            FunctionArn: !GetAtt AuthFn.Arn\n            AuthorizerPayloadFormatVersion: '2.0'\n            EnableSimpleResponses: true\n",
        ),
    ),
    expect: [],
  },
  {
    name: 'auth: a UsagePlan written as a string',
    text: sam(restApi('        ApiKeyRequired: true\n        UsagePlan: PER_API\n')),
    expect: [
      'L10:20-10:27 error value-type PER_API | \'UsagePlan\' must be an object, not "PER_API".',
      "L10:20-10:27 error sam-auth PER_API | 'UsagePlan' must be a mapping such as '{CreateUsagePlan: PER_API}', not the string \"PER_API\".",
    ],
  },
  {
    name: 'auth: an unknown UsagePlan key',
    text: sam(
      restApi(
        '        ApiKeyRequired: true\n        UsagePlan:\n          CreateUsagePlan: PER_API\n          Throtle: {RateLimit: 10}\n',
      ),
    ),
    expect: [
      "L12:11-12:18 warning unknown-field Throtle | 'UsagePlan' has no field 'Throtle'; API Gateway ignores it. Did you mean 'Throttle'?",
      '  fix {"replaceWith":["Throttle"]}',
      "L12:11-12:18 error sam-auth Throtle | The SAM transform rejects 'Throtle' in a UsagePlan; it knows CreateUsagePlan, Description, Quota, Tags, Throttle, UsagePlanName. Did you mean 'Throttle'?",
      '  fix {"replaceWith":["Throttle"]}',
    ],
  },
  {
    name: 'auth: a UsagePlan without CreateUsagePlan',
    text: sam(restApi('        ApiKeyRequired: true\n        UsagePlan:\n          Description: plan\n')),
    expect: [
      "L10:9-10:18 error missing-field UsagePlan | 'UsagePlan' needs 'CreateUsagePlan'.",
      '  fix {"addField":{"name":"CreateUsagePlan","value":"","objectOffset":234}}',
      "L10:9-10:18 error sam-auth UsagePlan | A UsagePlan needs 'CreateUsagePlan' (PER_API, SHARED or NONE); the SAM transform rejects it without.",
      '  fix {"addField":{"name":"CreateUsagePlan","value":"PER_API","objectOffset":234}}',
    ],
  },
  {
    name: 'auth: a lower-case CreateUsagePlan',
    text: sam(restApi('        ApiKeyRequired: true\n        UsagePlan:\n          CreateUsagePlan: per_api\n')),
    expect: [
      'L11:28-11:35 warning enum-case per_api | \'CreateUsagePlan\' is written "PER_API"; AWS may not recognise "per_api".',
      '  fix {"replaceWith":["PER_API"]}',
      'L11:28-11:35 error sam-auth per_api | \'CreateUsagePlan\' is PER_API, SHARED or NONE (upper case), not the string "per_api".',
      '  fix {"replaceWith":["SHARED","PER_API","NONE"]}',
    ],
  },
  {
    name: 'auth: UsagePlans SAM accepts',
    text: sam(
      restApi(
        '        ApiKeyRequired: true\n        UsagePlan:\n          CreateUsagePlan: SHARED\n          Quota: {Limit: 100, Period: DAY}\n',
      ) +
        `  Api2:
    Type: AWS::Serverless::Api
    Properties:
      StageName: prod
      Auth:
        UsagePlan: {CreateUsagePlan: NONE}
`,
    ),
    expect: [],
  },
  {
    name: 'auth: a computed UsagePlan or CreateUsagePlan is a mapping to SAM',
    text: sam(
      restApi('        UsagePlan: !Ref AWS::NoValue\n') +
        `  Api3:
    Type: AWS::Serverless::Api
    Properties:
      StageName: prod
      Auth:
        UsagePlan: {CreateUsagePlan: !If [C, NONE, PER_API]}
`,
    ),
    expect: [
      "L9:25-9:37 error sam-auth AWS::NoValue | 'UsagePlan' must be a mapping such as '{CreateUsagePlan: PER_API}', not the intrinsic !Ref.",
      "L15:42-15:60 error sam-auth [C, NONE, PER_API] | 'CreateUsagePlan' is PER_API, SHARED or NONE (upper case), not the intrinsic !If.",
      '  fix {"replaceWith":["SHARED","PER_API","NONE"]}',
    ],
  },
  {
    name: 'auth: with AWS::LanguageExtensions, intrinsics in settings SAM reads are resolved first',
    text: sam(
      authFn +
        restApi(
          '        UsagePlan: !If [C, {CreateUsagePlan: NONE}, !Ref AWS::NoValue]\n        Authorizers:\n          Req:\n            FunctionArn: !GetAtt AuthFn.Arn\n            FunctionPayloadType: !If [C, TOKEN, REQUEST]\n            Identity: !If [C, {Headers: [a]}, {Headers: [b]}]\n',
        ) +
        `  Api3:
    Type: AWS::Serverless::Api
    Properties:
      StageName: prod
      Auth:
        UsagePlan: {CreateUsagePlan: !If [C, NONE, PER_API]}
`,
    ).replace(
      'Transform: AWS::Serverless-2016-10-31',
      'Transform: [AWS::LanguageExtensions, AWS::Serverless-2016-10-31]',
    ),
    expect: [],
    oracle: 'none',
  },
  {
    name: 'auth: parameters that SAM puts in for FunctionPayloadType and CreateUsagePlan',
    text: sam(
      authFn +
        restApi(
          '        ApiKeyRequired: true\n        UsagePlan: {CreateUsagePlan: !Ref PlanType}\n        Authorizers:\n          Tok:\n            FunctionArn: !GetAtt AuthFn.Arn\n            FunctionPayloadType: {Ref: PayloadType}\n',
        ),
    ).replace(
      'Resources:',
      'Parameters:\n  PlanType: {Type: String, Default: PER_API}\n  PayloadType: {Type: String, Default: TOKEN}\nResources:',
    ),
    expect: [],
  },
  {
    // SAM puts in AWS::Region ("us-east-1"), which is no CreateUsagePlan either; AWS::StackName it leaves as a mapping.
    name: 'auth: a pseudo parameter SAM puts in, and one it does not',
    text: sam(
      restApi('        ApiKeyRequired: true\n        UsagePlan: {CreateUsagePlan: !Ref AWS::Region}\n') +
        restApi('        ApiKeyRequired: true\n        UsagePlan: {CreateUsagePlan: !Ref AWS::StackName}\n').replace(
          'Api:',
          'Api2:',
        ),
    ),
    expect: [
      "L10:43-10:54 error sam-auth AWS::Region | 'CreateUsagePlan' is PER_API, SHARED or NONE (upper case), not the intrinsic !Ref.",
      '  fix {"replaceWith":["SHARED","PER_API","NONE"]}',
      "L17:43-17:57 error sam-auth AWS::StackName | 'CreateUsagePlan' is PER_API, SHARED or NONE (upper case), not the intrinsic !Ref.",
      '  fix {"replaceWith":["SHARED","PER_API","NONE"]}',
    ],
  },
  {
    name: 'auth: a REST DefaultAuthorizer without authorizers is ignored',
    text: sam(
      restApi('        DefaultAuthorizer: !GetAtt Nothing.Arn\n') +
        restApi('        DefaultAuthorizer: AWS_IAM\n').replace('Api:', 'Api2:'),
    ),
    expect: [],
  },
  {
    name: 'auth: a computed REST DefaultAuthorizer',
    text: sam(
      authFn +
        restApi(
          '        DefaultAuthorizer: !Sub "${AWS::StackName}"\n        Authorizers:\n          Tok:\n            FunctionArn: !GetAtt AuthFn.Arn\n',
        ),
    ),
    expect: [
      "L12:33-12:52 error sam-auth \"${AWS::StackName}\" | 'DefaultAuthorizer' must be the name of one of the API's authorizers or AWS_IAM, written as a string; not the intrinsic !Sub.",
    ],
  },
  {
    name: 'auth: a REST DefaultAuthorizer that is a number, with AWS_IAM and no authorizers',
    text: sam(restApi('        DefaultAuthorizer: 12\n        Authorizers: {}\n')),
    expect: [],
  },
  {
    name: 'auth: a REST DefaultAuthorizer from a parameter',
    text: `${sam(
      authFn +
        restApi(
          '        DefaultAuthorizer: !Ref AuthName\n        Authorizers:\n          Tok:\n            FunctionArn: !GetAtt AuthFn.Arn\n',
        ),
    ).replace('Resources:\n', 'Parameters:\n  AuthName: {Type: String, Default: Tok}\nResources:\n')}`,
    expect: [],
  },
  {
    name: 'auth: a computed HTTP DefaultAuthorizer',
    text: sam(httpApi('        DefaultAuthorizer: !Join ["", [A]]\n')),
    expect: [
      "L8:34-8:43 error sam-auth [\"\", [A]] | 'DefaultAuthorizer' must be the name of one of the API's authorizers, written as a string; not the intrinsic !Join.",
    ],
  },
  {
    name: 'auth: an HTTP AWS_IAM default without EnableIamAuthorizer',
    text: sam(httpApi('        DefaultAuthorizer: AWS_IAM\n        EnableIamAuthorizer: false\n')),
    expect: [
      "L8:28-8:35 error sam-auth AWS_IAM | Api is an HTTP API: 'AWS_IAM' is an authorizer there only with 'EnableIamAuthorizer: true' in its Auth.",
    ],
  },
  {
    name: 'auth: an HTTP AWS_IAM default with a computed EnableIamAuthorizer',
    text: sam(httpApi('        DefaultAuthorizer: AWS_IAM\n        EnableIamAuthorizer: !Ref AWS::NoValue\n')),
    expect: [],
    oracle: 'none',
  },
  {
    name: 'auth: the implicit API checked from Globals',
    text: sam(
      `  Fn:
    Type: AWS::Serverless::Function
    Properties:
      Runtime: python3.12
      Handler: a.h
      CodeUri: s3://b/k
      Events:
        Get: {Type: HttpApi, Properties: {Path: /a, Method: get}}
`,
      '  HttpApi:\n    Auth:\n      DefaultAuthorizer: AWS_IAM\n',
    ),
    expect: [
      "L6:26-6:33 error sam-auth AWS_IAM | ServerlessHttpApi is an HTTP API: 'AWS_IAM' is an authorizer there only with 'EnableIamAuthorizer: true' in its Auth.",
    ],
  },
];
