/** Cases of the inline definition rule (server/src/service/validation/rules/template/samDefinitionBody.ts). */
import { sam, type RuleCase } from '../ruleCase';

const restApi = (definition: string, extra = '      Auth: {ApiKeyRequired: true}\n', id = 'Api') => `  ${id}:
    Type: AWS::Serverless::Api
    Properties:
      StageName: prod
${extra}      DefinitionBody:
${definition}`;
const httpApi = (definition: string, extra = '') => `  Http:
    Type: AWS::Serverless::HttpApi
    Properties:
${extra}      DefinitionBody:
${definition}`;
const mock = '{x-amazon-apigateway-integration: {type: mock}}';
const info = "        info: {title: t, version: '1'}\n";
const pool = 'Pool: {UserPoolArn: arn:aws:cognito-idp:us-east-1:123456789012:userpool/us-east-1_X}';
const httpFn = (method: string, path = '/a') => `  Fn:
    Type: AWS::Serverless::Function
    Properties:
      Runtime: python3.12
      Handler: a.h
      CodeUri: s3://b/k
      Events:
        E: {Type: HttpApi, Properties: {ApiId: !Ref Http, Path: ${path}, Method: ${method}}}
`;

export const samDefinitionBodyCases: RuleCase[] = [
  {
    name: 'definition: a REST definition without paths, where SAM adds the API key',
    text: sam(restApi(`        openapi: 3.0.1\n${info}`)),
    expect: [
      "L10:18-10:23 error sam-definition-body 3.0.1 | SAM writes Auth into this DefinitionBody, so it must be an OpenAPI 3 ('openapi: 3.0.1') or Swagger ('swagger: \"2.0\"') document with a 'paths' mapping.",
    ],
  },
  {
    name: 'definition: paths that are a list',
    text: sam(restApi(`        openapi: 3.0.1\n${info}        paths: []\n`)),
    expect: [
      "L12:16-12:18 error sam-definition-body [] | SAM writes Auth into this DefinitionBody, so it must be an OpenAPI 3 ('openapi: 3.0.1') or Swagger ('swagger: \"2.0\"') document with a 'paths' mapping.",
    ],
  },
  {
    name: 'definition: an OpenAPI version SAM does not recognise',
    text: sam(restApi(`        openapi: '3'\n${info}        paths: {/a: {get: ${mock}}}\n`)),
    expect: [
      "L10:18-10:21 error sam-definition-body '3' | SAM writes Auth into this DefinitionBody, so it must be an OpenAPI 3 ('openapi: 3.0.1') or Swagger ('swagger: \"2.0\"') document with a 'paths' mapping.",
    ],
  },
  {
    name: 'definition: neither openapi nor swagger',
    text: sam(restApi(`${info}        paths: {/a: {get: ${mock}}}\n`)),
    expect: [
      "L9:7-9:21 error sam-definition-body DefinitionBody | SAM writes Auth into this DefinitionBody, so it must be an OpenAPI 3 ('openapi: 3.0.1') or Swagger ('swagger: \"2.0\"') document with a 'paths' mapping.",
    ],
  },
  {
    name: 'definition: an empty swagger field',
    text: sam(restApi(`        swagger: ''\n${info}        paths: {/a: {get: ${mock}}}\n`)),
    expect: [
      "L10:9-10:16 error sam-definition-body swagger | SAM writes Auth into this DefinitionBody, so it must be an OpenAPI 3 ('openapi: 3.0.1') or Swagger ('swagger: \"2.0\"') document with a 'paths' mapping.",
    ],
  },
  {
    name: 'definition: Swagger for an HTTP API that SAM writes routes into',
    text: sam(httpFn('get') + httpApi(`        swagger: '2.0'\n${info}        paths: {}\n`)),
    expect: [
      'L16:9-16:16 error http-swagger2 swagger | HTTP APIs import only OpenAPI 3.0 definitions, not Swagger 2.0.',
      "L15:7-15:21 error sam-definition-body DefinitionBody | SAM writes its routes into this DefinitionBody, so it must be an OpenAPI 3 document ('openapi: 3.0.1') with a 'paths' mapping.",
    ],
  },
  {
    name: 'definition: Swagger for an HTTP API that SAM writes settings into',
    text: sam(
      httpApi(
        `        swagger: '2.0'\n${info}        paths: {}\n`,
        '      DisableExecuteApiEndpoint: false\n      CorsConfiguration: true\n',
      ),
    ),
    expect: [
      'L10:9-10:16 error http-swagger2 swagger | HTTP APIs import only OpenAPI 3.0 definitions, not Swagger 2.0.',
      "L9:7-9:21 error sam-definition-body DefinitionBody | SAM writes CorsConfiguration, DisableExecuteApiEndpoint into this DefinitionBody, so it must be an OpenAPI 3 document ('openapi: 3.0.1') with a 'paths' mapping.",
    ],
  },
  {
    name: 'definition: definitions SAM accepts',
    text: sam(
      restApi(`        swagger: '2.0'\n${info}        paths: {/a: {get: ${mock}}}\n`) +
        restApi(`        openapi: 3.0.1\n${info}        paths: {/a: {get: ${mock}}}\n`, undefined, 'Api2') +
        httpApi(`        openapi: 3.0.1\n${info}        paths: {}\n`),
    ),
    expect: [],
  },
  {
    name: 'definition: nothing SAM writes, so the definition is not read',
    text: sam(
      restApi(
        `        openapi: '3'\n${info}        paths: {/a: {get: ${mock}}}\n`,
        '      Auth: {}\n      Cors: ""\n',
      ) + httpApi(`        swagger: '2.0'\n${info}        paths: {}\n`, '      Tags: {}\n      Name: ""\n'),
    ),
    expect: [
      'L20:9-20:16 error http-swagger2 swagger | HTTP APIs import only OpenAPI 3.0 definitions, not Swagger 2.0.',
    ],
    // The HTTP API's Swagger 2.0 is left to API Gateway, which refuses to import it after the transform.
    oracle: 'cloudformation',
  },
  {
    name: 'definition: a path item that is not a mapping',
    text: sam(restApi(`        openapi: 3.0.1\n${info}        paths:\n          /a: [get]\n          /b:\n`)),
    expect: [
      "L13:15-13:20 error sam-definition-body [get] | The path '/a' must map to its methods (a mapping such as '{get: {...}}'), not a list; the SAM transform rejects it.",
      "L14:11-14:13 error sam-definition-body /b | The path '/b' must map to its methods (a mapping such as '{get: {...}}'), not nothing; the SAM transform rejects it.",
    ],
  },
  {
    name: 'definition: an HTTP path item left empty is no error',
    text: sam(httpApi(`        openapi: 3.0.1\n${info}        paths:\n          /a:\n`)),
    expect: [],
  },
  {
    name: 'definition: path items chosen by a condition',
    text: sam(
      restApi(`        openapi: 3.0.1\n${info}        paths:\n          /a: !If [C, {get: ${mock}}, none]\n`),
    ).replace('Resources:', 'Conditions:\n  C: !Equals [a, a]\nResources:'),
    expect: [
      "L15:79-15:83 error sam-definition-body none | The path '/a' must map to its methods (a mapping such as '{get: {...}}'), not the string \"none\"; the SAM transform rejects it.",
    ],
  },
  {
    name: 'definition: a method that is not a mapping where SAM adds the default authorizer',
    text: sam(
      restApi(
        `        openapi: 3.0.1\n${info}        paths:\n          /a:\n            get: yes\n            parameters: []\n            post: !Ref AWS::NoValue\n            put:\n`,
        `      Auth:\n        DefaultAuthorizer: Pool\n        Authorizers:\n          ${pool}\n`,
      ),
    ),
    expect: [
      "L17:18-17:21 error sam-definition-body yes | SAM adds the API's default authorizer or API key to every method, so 'get /a' must be a mapping, not the string \"yes\".",
    ],
  },
  {
    name: 'definition: a security that is not a list where SAM adds the API key',
    text: sam(
      restApi(
        `        openapi: 3.0.1\n${info}        paths:\n          /a:\n            GET: {security: key, x-amazon-apigateway-integration: {type: mock}}\n`,
      ),
    ),
    expect: [
      "L14:34-14:65 warning extension-placement x-amazon-apigateway-integration | 'x-amazon-apigateway-integration' does not belong here; put it in an operation. API Gateway ignores it here.",
      "L14:29-14:32 error sam-definition-body key | SAM adds the API's default authorizer or API key to the 'security' of 'GET /a', so it must be a list of requirements such as '[{MyAuthorizer: []}]', not the string \"key\".",
    ],
  },
  {
    name: 'definition: methods are not read when SAM adds no security',
    text: sam(
      restApi(
        `        openapi: 3.0.1\n${info}        paths:\n          /a:\n            get: yes\n`,
        `      Auth:\n        Authorizers:\n          ${pool}\n`,
      ),
    ),
    expect: [],
  },
  {
    name: 'definition: securityDefinitions and components that are not mappings where SAM adds authorizers',
    text: sam(
      restApi(
        `        openapi: 3.0.1\n${info}        paths: {/a: {get: ${mock}}}\n        securityDefinitions: [a]\n        components: x\n`,
        `      Auth:\n        Authorizers:\n          ${pool}\n`,
      ),
    ),
    expect: [
      "L15:30-15:33 error sam-definition-body [a] | SAM adds the API's authorizers to 'securityDefinitions', so it must be a mapping, not a list.",
      "L16:21-16:22 error sam-definition-body x | SAM adds the API's authorizers to 'components', so it must be a mapping, not the string \"x\".",
    ],
  },
  {
    name: 'definition: with OpenApiVersion 2.0 SAM leaves components alone',
    text: sam(
      restApi(
        `        swagger: '2.0'\n${info}        paths: {/a: {get: ${mock}}}\n        components: x\n        securityDefinitions: {}\n`,
        `      OpenApiVersion: '2.0'\n      Auth:\n        DefaultAuthorizer: AWS_IAM\n`,
      ),
    ),
    expect: [],
  },
  {
    name: 'definition: AWS_IAM as the default authorizer adds a security scheme',
    text: sam(
      restApi(
        `        openapi: 3.0.1\n${info}        paths: {/a: {get: ${mock}}}\n        securityDefinitions: x\n`,
        `      Auth:\n        DefaultAuthorizer: AWS_IAM\n`,
      ),
    ),
    expect: [
      "L14:30-14:31 error sam-definition-body x | SAM adds the API's authorizers to 'securityDefinitions', so it must be a mapping, not the string \"x\".",
    ],
  },
  {
    name: 'definition: an HTTP event adding its integration to an operation that is not a mapping',
    text: sam(httpFn('GET') + httpApi(`        openapi: 3.0.1\n${info}        paths:\n          /a: {get: x}\n`)),
    expect: [
      "L19:21-19:22 error sam-definition-body x | The event 'E' adds its integration to 'get /a', so that operation must be a mapping, not the string \"x\".",
    ],
  },
  {
    name: 'definition: an HTTP ANY event adding to x-amazon-apigateway-any-method',
    text: sam(
      httpFn('any') +
        httpApi(`        openapi: 3.0.1\n${info}        paths:\n          /a: {x-amazon-apigateway-any-method: [x]}\n`),
    ),
    // The ANY operation's own type error (any definition's), and what the event's SAM transform makes of it.
    expect: [
      "L19:48-19:51 error value-type [x] | 'x-amazon-apigateway-any-method' must be an object, not a list.",
      "L19:48-19:51 error sam-definition-body [x] | The event 'E' adds its integration to 'any /a', so that operation must be a mapping, not a list.",
    ],
  },
  {
    name: 'definition: HTTP events adding to operations SAM can write into',
    text: sam(
      httpFn('get') +
        '        E2: {Type: HttpApi, Properties: {ApiId: !Ref Http, Path: /b, Method: post}}\n        E3: {Type: HttpApi, Properties: {ApiId: !Ref Http}}\n' +
        httpApi(
          `        openapi: 3.0.1\n${info}        paths:\n          /a: {get: {}}\n          /b: {post: null, get: x}\n`,
        ),
    ),
    expect: [],
  },
  {
    name: 'definition: an HTTP Name and Description that the definition sets already',
    text: sam(
      httpApi(
        `        openapi: 3.0.1\n        info: {title: t, version: '1', description: d}\n        paths: {}\n`,
        '      Name: api\n      Description: my api\n',
      ),
    ),
    expect: [
      "L7:7-7:11 error sam-definition-body Name | SAM writes 'Name' into the DefinitionBody's 'info.title', which is already set there; keep one of the two.",
      "L8:7-8:18 error sam-definition-body Description | SAM writes 'Description' into the DefinitionBody's 'info.description', which is already set there; keep one of the two.",
    ],
  },
  {
    name: 'definition: an HTTP Name where the definition has an empty title',
    text: sam(
      httpApi(
        `        openapi: 3.0.1\n        info: {version: '1', title: ''}\n        paths: {}\n`,
        '      Name: api\n      Description: ""\n',
      ),
    ),
    expect: [
      "L7:7-7:11 error sam-definition-body Name | SAM writes 'Name' into the DefinitionBody's 'info.title' only in place of its own '!Ref AWS::StackName'; write the title there instead of 'Name'.",
    ],
  },
  {
    name: 'definition: an HTTP Name and Description where the definition leaves them to SAM',
    text: sam(
      httpApi(
        `        openapi: 3.0.1\n        info: {version: '1', title: !Ref AWS::StackName, description: ''}\n        paths: {}\n`,
        '      Name: api\n      Description: my api\n',
      ),
    ),
    expect: [],
  },
  {
    name: 'definition: a DefinitionBody beside a DefinitionUri, or empty, or computed, is left to other rules',
    text: sam(
      restApi(`        openapi: '3'\n${info}`, '      Auth: {ApiKeyRequired: true}\n      DefinitionUri: s3://b/k\n') +
        restApi('          {}\n', undefined, 'Api2') +
        restApi("          !If [C, {openapi: '3'}, {openapi: '3'}]\n", undefined, 'Api3'),
    ).replace('Resources:', 'Conditions:\n  C: !Equals [a, a]\nResources:'),
    expect: [
      "L12:7-12:21 error sam-api-setting DefinitionBody | Api has both 'DefinitionBody' and 'DefinitionUri'; the SAM transform takes one: keep the inline definition or the file, not both.",
      "L11:7-11:20 error sam-api-setting DefinitionUri | Api has both 'DefinitionBody' and 'DefinitionUri'; the SAM transform takes one: keep the inline definition or the file, not both.",
    ],
    oracle: 'none',
  },
];
