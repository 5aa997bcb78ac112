// Value completions by place: enum value documentation, SAM authorizer names only at their exact paths, request
// validator names only for the validator key, nothing from block scalars but variables, and template-only values
// nowhere else.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { completions } from './helpers';

const docOf = (c: ReturnType<typeof completions>, label: string) => c.item(label).documentation;

describe('enum values', () => {
  test('documented values: the value, the others, no link; undocumented values: no documentation', () => {
    const stage = 'Resources:\n  S:\n    Type: AWS::ApiGateway::Stage\n    Properties:\n      MethodSettings:\n';
    const level = completions(`${stage}        - LoggingLevel: |\n`);
    assert.deepEqual(docOf(level, 'ERROR'), {
      kind: 'markdown',
      value: '**ERROR** (LoggingLevel)\n\nExecution logs for errors only.\n\nOther values: `OFF`, `INFO`',
    });
    const method = completions(`${stage}        - HttpMethod: |\n`);
    assert.ok(method.labels.includes('GET'));
    assert.equal(docOf(method, 'GET'), undefined);
  });

  test('the facts of an extension whose value is a documented enum', () => {
    const c = completions('openapi: 3.0.1\nx-amazon-apigateway-|\npaths: {}\n');
    const doc = (c.item('x-amazon-apigateway-api-key-source').documentation as { value: string }).value;
    assert.equal(
      doc,
      [
        '**x-amazon-apigateway-api-key-source**',
        '',
        'Where API keys for usage plans are read from.',
        '',
        '- Type: string',
        '- Allowed: `HEADER`, `AUTHORIZER`',
        '- Default: HEADER',
        '- Goes in: the top level',
        '- API types: REST',
        '',
        '- `HEADER`: API keys are read from the `X-API-Key` request header.',
        '- `AUTHORIZER`: API keys come from the `usageIdentifierKey` that a Lambda authorizer returns.',
        '',
        '[AWS documentation](https://docs.aws.amazon.com/apigateway/latest/developerguide/api-gateway-swagger-extensions-api-key-source.html)',
      ].join('\n'),
    );
  });

  test('inside a block scalar, no enum values and no template resources', () => {
    const op = 'openapi: 3.0.1\npaths:\n  /a:\n    get:\n      x-amazon-apigateway-integration:\n';
    assert.deepEqual(completions(`${op}        passthroughBehavior: >\n          when§\n`, 'yaml', '§').labels, []);
    const sam =
      'Resources:\n  Fn:\n    Type: AWS::Lambda::Function\n  Api:\n    Type: AWS::Serverless::Api\n    Properties:\n      DefinitionBody:\n        openapi: 3.0.1\n        paths:\n          /a:\n            get:\n              x-amazon-apigateway-integration:\n                uri: >-\n                  arn§\n';
    assert.deepEqual(completions(sam, 'yaml', '§').labels, []);
  });
});

describe('request validator names', () => {
  test('only for the validator key; none when no validator is declared', () => {
    const text = (line: string, validators = 'x-amazon-apigateway-request-validators:\n  all: {}\n') =>
      `openapi: 3.0.1\n${validators}paths:\n  /a:\n    get:\n      x-amazon-apigateway-integration:\n        ${line}\n`;
    assert.deepEqual(completions(text('type: |')).labels, ['aws', 'aws_proxy', 'http', 'http_proxy', 'mock']);
    assert.deepEqual(
      completions('openapi: 3.0.1\npaths:\n  /a:\n    get:\n      x-amazon-apigateway-request-validator: |\n').labels,
      [],
    );
  });
});

describe('SAM authorizer names only at their paths', () => {
  const sam = (fn: string, api = '') => `Transform: AWS::Serverless-2016-10-31
Resources:
  Api:
    Type: AWS::Serverless::Api
    Properties:
      StageName: prod
      Auth:
        Authorizers:
          A1: {FunctionArn: x}
${api}  Api2:
    Type: AWS::Serverless::Api
    Properties:
      Auth:
        Authorizers:
          B1: {FunctionArn: y}
  NoType:
    Properties:
      Auth:
        DefaultAuthorizer: x
  Fn:
    Type: AWS::Serverless::Function
    Properties:
${fn}`;
  const event = (name: string, api: string, rest: string) =>
    `      Events:\n        ${name}:\n          Type: Api\n          Properties:\n            RestApiId: !Ref ${api}\n            Path: /a\n            Method: get\n${rest}`;
  const labels = (text: string) => completions(text).labels;

  test('the event the cursor is in, among several of one function', () => {
    const two = `      Events:\n        First:\n          Type: Api\n          Properties:\n            RestApiId: !Ref Api\n            Path: /a\n            Method: get\n        Second:\n          Type: Api\n          Properties:\n            RestApiId: !Ref Api2\n            Path: /b\n            Method: get\n            Auth:\n              Authorizer: |\n`;
    assert.deepEqual(labels(sam(two)), ['B1', 'AWS_IAM', 'NONE']);
  });

  test('not beside, under or instead of the Auth keys', () => {
    assert.deepEqual(labels(sam('', '      Other:\n        DefaultAuthorizer: |\n')), []);
    assert.deepEqual(labels(sam('', '      StageName2: |\n')), []);
    assert.deepEqual(labels(sam(event('E', 'Api', '            Other:\n              Authorizer: |\n'))), []);
    assert.deepEqual(
      labels(sam(event('E', 'Api', '            Auth:\n              Authorizer:\n                x: |\n'))),
      [],
    );
    assert.deepEqual(
      labels(
        sam(
          '      Other:\n        E:\n          Type: Api\n          Properties:\n            Auth:\n              Authorizer: |\n',
        ),
      ),
      [],
    );
    assert.deepEqual(
      labels(
        sam(
          '      Events:\n        E:\n          Type: Api\n          Other:\n            Auth:\n              Authorizer: |\n',
        ),
      ),
      [],
    );
    assert.deepEqual(
      labels(
        sam(
          '      Events:\n        Q:\n          Type: SQS\n          Properties:\n            Auth:\n              Authorizer: |\n',
        ),
      ),
      [],
    );
  });

  test('not outside Resources, nor in a resource without a type', () => {
    const text = sam('') + 'Outputs:\n  Api:\n    Properties:\n      Auth:\n        DefaultAuthorizer: |\n';
    assert.deepEqual(labels(text), []);
    assert.deepEqual(labels(sam('').replace('        DefaultAuthorizer: x\n', '        DefaultAuthorizer: |\n')), []);
  });
});

describe('values that need a template', () => {
  test('in a standalone definition: no API references, no $ref targets outside a definition', () => {
    assert.deepEqual(completions('openapi: 3.0.1\nx-settings:\n  RestApiId: |\npaths: {}\n').labels, []);
    assert.deepEqual(
      completions(
        'Resources:\n  Api:\n    Type: AWS::Serverless::Api\n    Properties:\n      Other:\n        $ref: |\n',
      ).labels,
      [],
    );
  });
});
