/**
 * Cases written from the second mutation round of the template rules (samDefinitionBody and samPropertyTypes), as the
 * user sees them; samTranslator.test.ts holds each to the SAM transform.
 */
import { sam, type RuleCase } from '../ruleCase';

const restApi = (definition: string, extra: string, id = 'Api') => `  ${id}:
    Type: AWS::Serverless::Api
    Properties:
      StageName: prod
${extra}      DefinitionBody:
${definition}`;
const httpApi = (definition: string, extra: string, id = 'Http') => `  ${id}:
    Type: AWS::Serverless::HttpApi
    Properties:
${extra}      DefinitionBody:
${definition}`;
const mock = '{x-amazon-apigateway-integration: {type: mock}}';
const info = "        info: {title: t, version: '1'}\n";
/** An OpenAPI 3 definition without paths: SAM refuses to write into it. */
const noPaths = `        openapi: 3.0.1\n${info}`;
const withPaths = (paths: string, more = '') => `        openapi: 3.0.1\n${info}        paths: ${paths}\n${more}`;
const swagger = (more: string) => `        swagger: '2.0'\n${info}        paths: {/a: {get: ${mock}}}\n${more}`;
const pool = 'Pool: {UserPoolArn: arn:aws:cognito-idp:us-east-1:123456789012:userpool/us-east-1_X}';
const poolAuth = `      Auth:\n        Authorizers:\n          ${pool}\n`;
const iamDefault = '      Auth: {EnableIamAuthorizer: true, DefaultAuthorizer: AWS_IAM}\n';
const cors = '      Cors: "\'*\'"\n';
const fn = (events: string) => `  Fn:
    Type: AWS::Serverless::Function
    Properties:
      Runtime: python3.12
      Handler: a.h
      CodeUri: s3://b/k
      Events:
${events}`;
const httpEvent = (name: string, properties: string, api = 'Http') =>
  `        ${name}: {Type: HttpApi, Properties: {ApiId: !Ref ${api}${properties}}}\n`;
const withCondition = (text: string) => text.replace('Resources:', 'Conditions:\n  C: !Equals [a, a]\nResources:');
const restMessage = (writers: string) =>
  `SAM writes ${writers} into this DefinitionBody, so it must be an OpenAPI 3 ('openapi: 3.0.1') or Swagger ('swagger: "2.0"') document with a 'paths' mapping.`;
const httpMessage = (writers: string) =>
  `SAM writes ${writers} into this DefinitionBody, so it must be an OpenAPI 3 document ('openapi: 3.0.1') with a 'paths' mapping.`;

/**
 * A JSON template whose parser recovers properties left without a value (`"DefinitionBody":` before a closing brace).
 * The closing braces stand on lines of their own: findings on the line of a syntax error are dropped as its echoes.
 */
const jsonApi = (
  id: string,
  body: string,
) => `    "${id}": {"Type": "AWS::Serverless::Api", "Properties": {"StageName": "prod", "Auth": {"ApiKeyRequired": true},
      "DefinitionBody": ${body}`;
const jsonTemplate = `{"AWSTemplateFormatVersion": "2010-09-09", "Transform": "AWS::Serverless-2016-10-31", "Resources": {
${jsonApi('Api', '')}
    }},
${jsonApi('Api2', '{"openapi": "3.0.1",\n        "paths":')}
    }}},
${jsonApi('Api3', '{"openapi": "3.0.1", "paths": {\n        "/a":')}
    }}}}
}}
`;

const definitionCases: RuleCase[] = [
  {
    name: 'body: REST GatewayResponses alone are written into the definition',
    text: sam(restApi(noPaths, "      GatewayResponses: {DEFAULT_4XX: {StatusCode: '400'}}\n")),
    expect: [`L10:18-10:23 error sam-definition-body 3.0.1 | ${restMessage('GatewayResponses')}`],
  },
  {
    name: 'body: REST Models alone are written into the definition',
    text: sam(restApi(noPaths, '      Models: {User: {type: object}}\n')),
    expect: [`L10:18-10:23 error sam-definition-body 3.0.1 | ${restMessage('Models')}`],
  },
  {
    name: 'body: HTTP Tags alone are written into the definition',
    text: sam(httpApi(noPaths, '      Tags: {team: a}\n')),
    expect: [`L9:18-9:23 error sam-definition-body 3.0.1 | ${httpMessage('Tags')}`],
  },
  {
    name: 'body: an HTTP Auth alone is written into the definition',
    text: sam(httpApi(noPaths, '      Auth: {EnableIamAuthorizer: true}\n')),
    expect: [`L9:18-9:23 error sam-definition-body 3.0.1 | ${httpMessage('Auth')}`],
  },
  {
    name: 'body: an HTTP Description alone is written into the definition',
    text: sam(httpApi(noPaths, '      Description: my api\n')),
    expect: [`L9:18-9:23 error sam-definition-body 3.0.1 | ${httpMessage('Description')}`],
  },
  {
    // Python sees {'Fn::Sub': ''}, a mapping with a key: a setting that is there.
    name: 'body: a REST Cors written as an intrinsic of an empty string is still written',
    text: sam(restApi(noPaths, "      Cors: !Sub ''\n")),
    expect: [`L10:18-10:23 error sam-definition-body 3.0.1 | ${restMessage('Cors')}`],
  },
  {
    name: 'body: a DefinitionBody of a custom resource is not a SAM API',
    text: sam(`  Doc:
    Type: Custom::Doc
    Properties:
      ServiceToken: arn:aws:lambda:us-east-1:123456789012:function:f
      Name: doc
      Auth: {ApiKeyRequired: true}
      DefinitionBody:
${noPaths}`),
    expect: [],
  },
  {
    // An HTTP Name is passed through unchecked: SAM skips 0 and writes any other number (NaN is true to Python).
    name: 'body: an HTTP Name that is a number is written unless it is zero',
    text: sam(
      httpApi(noPaths, '      Name: 0\n') +
        httpApi(noPaths, '      Name: 1\n', 'Http2') +
        httpApi(noPaths, '      Name: .nan\n', 'Http3'),
    ),
    expect: [
      `L16:18-16:23 error sam-definition-body 3.0.1 | ${httpMessage('Name')}`,
      `L23:18-23:23 error sam-definition-body 3.0.1 | ${httpMessage('Name')}`,
    ],
  },
  {
    name: 'body: a REST method security that is a list takes the API key',
    text: sam(
      restApi(
        withPaths(`{/a: {get: {security: [{api_key: []}], x-amazon-apigateway-integration: {type: mock}}}}`),
        '      Auth: {ApiKeyRequired: true}\n',
      ),
    ),
    expect: [],
  },
  {
    // A Swagger definition is handed on as it is: the securityDefinitions SAM does not add to are not read.
    name: 'body: REST securityDefinitions that SAM adds no authorizer to',
    text: sam(restApi(swagger('        securityDefinitions: [a]\n'), cors)),
    expect: [],
  },
  {
    // The HTTP editor writes AWS_IAM into components.securitySchemes; securityDefinitions is not its section.
    name: 'body: HTTP securityDefinitions beside the IAM authorizer',
    text: sam(httpApi(withPaths('{}', '        securityDefinitions: [a]\n'), iamDefault)),
    expect: [],
  },
  {
    name: 'body: REST components that are a list where OpenApiVersion 3 moves the authorizers there',
    text: sam(
      restApi(
        withPaths(`{/a: {get: ${mock}}}`, '        components: [x]\n'),
        `      OpenApiVersion: 3.0.1\n${poolAuth}`,
      ),
    ),
    expect: [
      "L16:21-16:24 error sam-definition-body [x] | SAM adds the API's authorizers to 'components', so it must be a mapping, not a list.",
    ],
  },
  {
    name: 'body: REST securityDefinitions that are a list with OpenApiVersion 2.0',
    text: sam(restApi(swagger('        securityDefinitions: [x]\n'), `      OpenApiVersion: '2.0'\n${poolAuth}`)),
    expect: [
      "L16:30-16:33 error sam-definition-body [x] | SAM adds the API's authorizers to 'securityDefinitions', so it must be a mapping, not a list.",
    ],
  },
  {
    // OpenApiVersion 2.0 outweighs the definition's own openapi 3: SAM then leaves components alone.
    name: 'body: REST components beside an OpenAPI 3 definition handed on as OpenApiVersion 2.0',
    text: sam(
      restApi(withPaths(`{/a: {get: ${mock}}}`, '        components: x\n'), `      OpenApiVersion: '2.0'\n${poolAuth}`),
    ),
    expect: [],
  },
  {
    // _openapi_postprocess returns a definition with a `swagger` field as it is, whatever OpenApiVersion says.
    name: 'body: REST components beside a Swagger definition are not written',
    text: sam(
      restApi(swagger('        components: x\n'), poolAuth) +
        restApi(swagger('        components: x\n'), `      OpenApiVersion: 3.0.1\n${poolAuth}`, 'Api2'),
    ),
    expect: [],
  },
  {
    name: 'body: REST sections that are mappings take the authorizers',
    text: sam(
      restApi(
        withPaths(
          `{/a: {get: ${mock}}}`,
          '        securityDefinitions: {k: {type: apiKey, name: x-api-key, in: header}}\n        components: {schemas: {A: {type: object}}}\n',
        ),
        poolAuth,
      ),
    ),
    expect: [],
  },
  {
    // A REST API's Name and Description go to the RestApi resource, not into the definition.
    name: 'body: a REST Name and Description beside the title and description of the definition',
    text: sam(
      restApi(
        `        openapi: 3.0.1\n        info: {title: t, version: '1', description: d}\n        paths: {/a: {get: ${mock}}}\n`,
        `      Name: api\n      Description: my api\n${cors}`,
      ),
    ),
    expect: [],
  },
  {
    name: 'body: an HTTP description in the definition alone, then one given twice',
    text: sam(
      httpApi(
        `        openapi: 3.0.1\n        info: {title: t, version: '1', description: d}\n        paths: {}\n`,
        '      Tags: {a: b}\n',
      ) +
        httpApi(
          `        openapi: 3.0.1\n        info: {title: t, version: '1', description: d}\n        paths: {}\n`,
          '      Description: my api\n',
          'Http2',
        ),
    ),
    expect: [
      "L15:7-15:18 error sam-definition-body Description | SAM writes 'Description' into the DefinitionBody's 'info.description', which is already set there; keep one of the two.",
    ],
  },
  {
    // SAM walks an HTTP definition's paths only for a default authorizer (and an event's own path).
    name: 'body: HTTP path items SAM does not walk',
    text: withCondition(
      sam(
        httpApi(
          withPaths('{/a: null, /b: [get], /c: !If [C, {}, x]}'),
          '      Tags: {a: b}\n      CorsConfiguration: true\n',
        ),
      ),
    ),
    expect: [],
  },
  {
    name: 'body: HTTP path items and methods under a default authorizer',
    text: sam(
      fn(httpEvent('E', ', Path: /a, Method: get')) +
        httpApi(
          withPaths('\n          /a:\n          /b: [get]\n          /c: {get: x, post: {security: x}}'),
          iamDefault,
        ),
    ),
    expect: [
      "L20:11-20:13 error sam-definition-body /a | The path '/a' must map to its methods (a mapping such as '{get: {...}}'), not nothing; the SAM transform rejects it.",
      "L21:15-21:20 error sam-definition-body [get] | The path '/b' must map to its methods (a mapping such as '{get: {...}}'), not a list; the SAM transform rejects it.",
      "L22:21-22:22 error sam-definition-body x | SAM adds the API's default authorizer or API key to every method, so 'get /c' must be a mapping, not the string \"x\".",
    ],
  },
  {
    name: 'body: HTTP events on path items that are not mappings',
    text: withCondition(
      sam(
        fn(
          httpEvent('E0', ', Path: /d, Method: get') +
            httpEvent('E', ', Path: /a, Method: get') +
            httpEvent('E2', ', Path: /a, Method: post') +
            httpEvent('E3', ', Path: /b, Method: get'),
        ) +
          httpApi(
            withPaths(
              '\n          /a:\n          /b: !If [C, {}, x]\n          /c: [get]\n          /d: !If [C, {get: {}}, {}]',
            ),
            '',
          ),
      ),
    ),
    expect: [
      "L24:11-24:13 error sam-definition-body /a | The path '/a' must map to its methods (a mapping such as '{get: {...}}'), not nothing; the SAM transform rejects it.",
      "L25:27-25:28 error sam-definition-body x | The path '/b' must map to its methods (a mapping such as '{get: {...}}'), not the string \"x\"; the SAM transform rejects it.",
    ],
  },
  {
    name: 'body: an HTTP event adds to its own API only',
    text: sam(
      fn(httpEvent('E', ', Path: /a, Method: get')) +
        httpApi(withPaths('{}'), '') +
        httpApi(withPaths('{/a: {get: x}}'), '      Tags: {a: b}\n', 'Http2') +
        httpApi(noPaths, '', 'Http3'),
    ),
    expect: [],
  },
  {
    // SAM looks the operation up by its lower-case name: 'GET' is another key, and SAM adds 'get' beside it.
    name: 'body: an HTTP event finds its operation by its exact name',
    text: sam(
      fn(httpEvent('E', ', Path: /a, Method: GET')) +
        httpApi(withPaths('{/a: {summary: s, GET: x, get: {}}, /b: {GET: {}, get: x}}'), '') +
        fn(httpEvent('E', ', Path: /b, Method: get')).replace('  Fn:', '  Fn2:'),
    ),
    expect: [
      "L18:71-18:72 error sam-definition-body x | The event 'E' adds its integration to 'get /b', so that operation must be a mapping, not the string \"x\".",
    ],
  },
  {
    name: 'body: HTTP events without a Path and Method add the $default route',
    text: sam(
      fn(httpEvent('E', '') + httpEvent('E2', ", Path: '', Method: ''")) +
        httpApi(withPaths('{$default: {x-amazon-apigateway-any-method: x}}'), ''),
    ),
    expect: [
      `L19:60-19:61 error value-type x | 'x-amazon-apigateway-any-method' must be an object, not "x".`,
      "L19:60-19:61 error sam-definition-body x | The event 'E' adds its integration to 'any $default', so that operation must be a mapping, not the string \"x\".",
      "L19:60-19:61 error sam-definition-body x | The event 'E2' adds its integration to 'any $default', so that operation must be a mapping, not the string \"x\".",
    ],
  },
  {
    // SAM lower-cases '' and writes the integration under that key of the path item.
    name: 'body: an HTTP event with an empty Method',
    text: sam(fn(httpEvent('E', ", Path: /a, Method: ''")) + httpApi(withPaths("{/a: {'': x}}"), '')),
    expect: [
      "L18:26-18:27 error sam-definition-body x | The event 'E' adds its integration to ' /a', so that operation must be a mapping, not the string \"x\".",
    ],
  },
  {
    // SAM stops at the missing Method: neither the $default route nor the path item of /a is read.
    name: 'body: an HTTP event with a Path and no Method is not the $default route',
    text: sam(
      fn(httpEvent('E', ', Path: /a')) +
        httpApi(withPaths('{$default: {x-amazon-apigateway-any-method: x}, /a: null}'), ''),
    ),
    expect: [
      `L18:60-18:61 error value-type x | 'x-amazon-apigateway-any-method' must be an object, not "x".`,
      "L11:28-11:38 error sam-property-type Properties | The HttpApi event 'E' needs a 'Method' (for example 'Method: get'); the SAM transform rejects it without one.",
    ],
  },
  {
    name: 'body: JSON properties left without a value',
    text: jsonTemplate,
    uri: 'file:///cases/template.json',
    expect: [
      'L4:5-4:6 error syntax } | Value expected',
      'L8:5-8:6 error syntax } | Value expected',
      'L12:5-12:6 error syntax } | Value expected',
      `L7:9-7:16 error sam-definition-body "paths" | ${restMessage('Auth')}`,
      "L11:9-11:13 error sam-definition-body \"/a\" | The path '/a' must map to its methods (a mapping such as '{get: {...}}'), not nothing; the SAM transform rejects it.",
    ],
  },
];

/** REST definitions SAM writes nothing into still go through its OpenAPI 3 post-processing; HTTP ones through its editor. */
const unwrittenCases: RuleCase[] = [
  {
    name: 'body: path items of a REST OpenAPI 3 definition SAM writes nothing into',
    text: withCondition(
      sam(
        restApi(
          withPaths('\n          /a:\n          /b: [get]\n          /c: !If [C, {}, x]\n          /d: {get: x}'),
          '',
        ) +
          restApi(`${info}        paths: {/a: null}\n`, '      OpenApiVersion: 3.0.1\n', 'Api2') +
          restApi(`        openapi: 3.0.1\n${info}        paths: x\n`, '', 'Api3') +
          restApi(`        openapi: 3.0.1\n${info}        paths:\n`, '', 'Api4'),
      ),
    ),
    expect: [
      "L14:11-14:13 error sam-definition-body /a | The path '/a' must map to its methods (a mapping such as '{get: {...}}'), not nothing; the SAM transform rejects it.",
      "L15:15-15:20 error sam-definition-body [get] | The path '/b' must map to its methods (a mapping such as '{get: {...}}'), not a list; the SAM transform rejects it.",
      "L25:17-25:19 error sam-definition-body /a | The path '/a' must map to its methods (a mapping such as '{get: {...}}'), not nothing; the SAM transform rejects it.",
      'L33:16-33:17 error sam-definition-body x | SAM reads the paths of every OpenAPI 3 definition of a REST API, so \'paths\' must be a mapping, not the string "x".',
    ],
  },
  {
    // Only OpenAPI 3 is post-processed: a Swagger definition, OpenApiVersion 2.0, or a version SAM does not read.
    name: 'body: path items of REST definitions SAM hands on as they are',
    text: sam(
      restApi(`        swagger: '2.0'\n${info}        paths: {/a: null}\n`, '') +
        restApi(`        swagger: '2.0'\n${info}        paths: {/a: null}\n`, '      OpenApiVersion: 3.0.1\n', 'Api2') +
        restApi(withPaths('{/a: null}'), "      OpenApiVersion: '2.0'\n", 'Api3') +
        restApi(`        openapi: '3'\n${info}        paths: {/a: null}\n`, '', 'Api4'),
    ),
    expect: [],
  },
  {
    name: 'body: REST components that take what post-processing moves there',
    text: sam(
      restApi(
        withPaths(
          `{/a: {get: ${mock}}}`,
          '        securityDefinitions: {k: {type: apiKey, name: k, in: header}}\n        components: x\n',
        ),
        '',
      ) +
        restApi(
          withPaths(`{/a: {get: ${mock}}}`, '        definitions: {A: {type: object}}\n        components: [x]\n'),
          '',
          'Api2',
        ) +
        restApi(
          withPaths(`{/a: {get: ${mock}}}`, '        components: x\n'),
          '      Models: {U: {type: object}}\n',
          'Api3',
        ) +
        restApi(
          withPaths(`{/a: {get: ${mock}}}`, '        securityDefinitions: x\n        components: x\n'),
          '      Auth: {ApiKeyRequired: true}\n',
          'Api4',
        ),
    ),
    expect: [
      "L13:21-13:22 error sam-definition-body x | SAM adds the definition's securityDefinitions to 'components', so it must be a mapping, not the string \"x\".",
      "L23:21-23:24 error sam-definition-body [x] | SAM adds the definition's definitions to 'components', so it must be a mapping, not a list.",
      "L33:21-33:22 error sam-definition-body x | SAM adds the API's Models to 'components', so it must be a mapping, not the string \"x\".",
      'L43:30-43:31 error sam-definition-body x | SAM adds the API key to \'securityDefinitions\', so it must be a mapping, not the string "x".',
      'L44:21-44:22 error sam-definition-body x | SAM adds the API key to \'components\', so it must be a mapping, not the string "x".',
    ],
  },
  {
    name: 'body: REST components with nothing to take, or computed',
    text: sam(
      restApi(withPaths(`{/a: {get: ${mock}}}`, '        components: x\n'), '') +
        restApi(
          withPaths(
            `{/a: {get: ${mock}}}`,
            '        securityDefinitions: {k: {type: apiKey, name: k, in: header}}\n        components: !Ref AWS::NoValue\n',
          ),
          '',
          'Api2',
        ),
    ),
    expect: [],
  },
  {
    name: 'body: components and tags of HTTP definitions SAM writes nothing into',
    text: sam(
      httpApi(withPaths('{}', '        components: x\n        tags: {a: b}\n'), '') +
        httpApi(withPaths('{}', "        components: ''\n        tags: !Ref AWS::NoValue\n"), '', 'Http2'),
    ),
    expect: [
      "L11:21-11:22 error sam-definition-body x | SAM reads the security schemes in 'components' of an HTTP API's definition, so it must be a mapping, not the string \"x\".",
      "L12:15-12:21 error sam-definition-body {a: b} | SAM adds its own tag to the 'tags' of an HTTP API's definition, so they must be a list, not a mapping.",
      "L20:21-20:23 error sam-definition-body '' | SAM reads the security schemes in 'components' of an HTTP API's definition, so it must be a mapping, not the string \"\".",
      "L21:20-21:32 error sam-definition-body AWS::NoValue | SAM adds its own tag to the 'tags' of an HTTP API's definition, so they must be a list, not the intrinsic !Ref.",
    ],
  },
  {
    name: 'body: HTTP sections SAM reads as they are',
    text: sam(
      httpApi(withPaths('{}', '        components:\n        tags: {}\n'), '') +
        httpApi(withPaths('{}', '        components: !Ref AWS::NoValue\n        tags: []\n'), '', 'Http2') +
        httpApi(
          `        openapi: '3'\n${info}        paths: {}\n        components: x\n        tags: x\n`,
          '',
          'Http3',
        ) +
        httpApi(
          withPaths(
            '{}',
            '        securityDefinitions: [a]\n        components: {schemas: {A: {type: object}}}\n        tags: [{name: a}]\n',
          ),
          "      Auth:\n        Authorizers:\n          L: {FunctionArn: arn:aws:lambda:us-east-1:123456789012:function:f, AuthorizerPayloadFormatVersion: '2.0', Identity: {Headers: [Authorization]}}\n",
          'Http4',
        ),
    ),
    expect: [],
  },
  {
    // SAM reads nothing of an HTTP definition that is not OpenAPI 3; API Gateway refuses Swagger for HTTP APIs.
    name: 'body: sections of an HTTP definition in Swagger',
    text: sam(httpApi(`        swagger: '2.0'\n${info}        paths: {}\n        components: x\n`, '')),
    expect: ['L8:9-8:16 error http-swagger2 swagger | HTTP APIs import only OpenAPI 3.0 definitions, not Swagger 2.0.'],
    oracle: 'cloudformation',
  },
];

const typeCases: RuleCase[] = [
  {
    name: 'types: empty REST settings of the wrong type',
    text: sam(
      restApi(
        withPaths(`{/a: {get: ${mock}}}`),
        "      Variables: []\n      CacheClusterEnabled: ''\n      MinimumCompressionSize: ''\n",
      ),
    ),
    expect: [
      "L8:18-8:20 error sam-property-type [] | The SAM transform rejects 'Variables' here: it must be a mapping, not a list.",
      "L9:28-9:30 error sam-property-type '' | The SAM transform rejects 'CacheClusterEnabled' here: it must be true or false, not the string \"\".",
      "L10:31-10:33 error sam-property-type '' | The SAM transform rejects 'MinimumCompressionSize' here: it must be a whole number, not the string \"\".",
    ],
  },
  {
    name: 'types: a REST DefinitionBody that is a list',
    text: sam(
      '  Api:\n    Type: AWS::Serverless::Api\n    Properties:\n      StageName: prod\n      DefinitionBody: [a]\n',
    ),
    expect: [
      "L8:23-8:26 error sam-property-type [a] | The SAM transform rejects 'DefinitionBody' here: it must be a mapping, not a list.",
    ],
  },
  {
    // The catalogue describes MethodSettings (and the transform takes this mapping): its table kind is not applied.
    name: 'types: a Globals setting the catalogue describes is left to it',
    text: sam(restApi(withPaths(`{/a: {get: ${mock}}}`), ''), '  Api:\n    MethodSettings: {a: b}\n'),
    expect: [],
  },
];

export const survivorsBodyCases: RuleCase[] = [...definitionCases, ...unwrittenCases, ...typeCases];
