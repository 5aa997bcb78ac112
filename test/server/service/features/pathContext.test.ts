// What a place in a document means: which definition, API type, place for extensions, extension and catalogue
// schema; seen through completion and hover, in standalone definitions and in templates.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { completions } from './completion/helpers';

const labels = (text: string) => completions(text).labels;

describe('places where extensions go', () => {
  test('top-level tags entries, components, security schemes of both versions', () => {
    const http = 'openapi: 3.0.1\nx-amazon-apigateway-cors: {}\n';
    assert.ok(labels(`${http}tags:\n  - name: a\n    |\npaths: {}\n`).includes('x-amazon-apigateway-tag-value'));
    assert.ok(!labels(`${http}tags:\n  |\npaths: {}\n`).includes('x-amazon-apigateway-tag-value'));
    assert.ok(!labels(`${http}x-tags:\n  - name: a\n    |\npaths: {}\n`).includes('x-amazon-apigateway-tag-value'));
    assert.ok(
      labels('openapi: 3.0.1\nx-amazon-apigateway-cors: {}\ncomponents:\n  |\npaths: {}\n').includes(
        'x-amazon-apigateway-integrations',
      ),
    );
    assert.ok(
      labels("swagger: '2.0'\nsecurityDefinitions:\n  auth:\n    type: apiKey\n    |\npaths: {}\n").includes(
        'x-amazon-apigateway-authtype',
      ),
    );
    assert.ok(
      !labels('openapi: 3.0.1\ncomponents:\n  schemas:\n    auth:\n      type: object\n      |\npaths: {}\n').includes(
        'x-amazon-apigateway-authtype',
      ),
    );
  });

  test('servers entries only by index; path items; operations only under a method key', () => {
    assert.ok(
      !labels('openapi: 3.0.1\nservers:\n  |\npaths: {}\n').includes('x-amazon-apigateway-endpoint-configuration'),
    );
    assert.ok(labels('openapi: 3.0.1\npaths:\n  /a:\n    |\n').includes('x-amazon-apigateway-any-method'));
    assert.ok(
      !labels('openapi: 3.0.1\npaths:\n  /a:\n    parameters:\n      |\n').includes('x-amazon-apigateway-integration'),
    );
    assert.ok(
      labels('openapi: 3.0.1\npaths:\n  /a:\n    x-amazon-apigateway-any-method:\n      |\n').includes(
        'x-amazon-apigateway-integration',
      ),
    );
    assert.ok(
      !labels('openapi: 3.0.1\nx-paths:\n  /a:\n    get:\n      |\n').includes('x-amazon-apigateway-integration'),
    );
  });
});

describe('the extension and the schema at a path', () => {
  test('inside the ANY method, the integration is the extension (the method is an operation)', () => {
    const text =
      'openapi: 3.0.1\npaths:\n  /a:\n    x-amazon-apigateway-any-method:\n      x-amazon-apigateway-integration:\n        type: |\n';
    assert.deepEqual(labels(text), ['aws', 'aws_proxy', 'http', 'http_proxy', 'mock']);
  });

  test('map values, list items, and nothing below a text or past a field the catalogue does not know', () => {
    const op = (body: string) =>
      `openapi: 3.0.1\npaths:\n  /a:\n    get:\n      x-amazon-apigateway-integration:\n${body}`;
    assert.ok(labels(op('        responses:\n          default:\n            |\n')).includes('statusCode'));
    assert.deepEqual(labels(op('        responses:\n          default:\n            contentHandling: |\n')), [
      'CONVERT_TO_BINARY',
      'CONVERT_TO_TEXT',
    ]);
    assert.deepEqual(labels(op('        unknown:\n          type: |\n')), []);
    assert.deepEqual(labels(op('        uri:\n          type: |\n')), []);
    const stage = 'Resources:\n  S:\n    Type: AWS::ApiGateway::Stage\n    Properties:\n      MethodSettings:\n';
    assert.deepEqual(labels(`${stage}        - LoggingLevel: |\n`), ['OFF', 'ERROR', 'INFO']);
    assert.deepEqual(labels(`${stage}        x:\n          LoggingLevel: |\n`), []);
  });
});

describe('templates', () => {
  test('the definition body of each API resource type', () => {
    const body = (type: string, key: string) =>
      `Resources:\n  A:\n    Type: ${type}\n    Properties:\n      ${key}:\n        openapi: 3.0.1\n        paths:\n          /a:\n            get:\n              x-amazon-apigateway-integration:\n                type: |\n`;
    for (const [type, key] of [
      ['AWS::Serverless::Api', 'DefinitionBody'],
      ['AWS::ApiGateway::RestApi', 'Body'],
      ['AWS::Serverless::HttpApi', 'DefinitionBody'],
      ['AWS::ApiGatewayV2::Api', 'Body'],
    ]) {
      assert.ok(labels(body(type, key)).includes('aws_proxy'), type);
    }
    assert.deepEqual(labels(body('AWS::ApiGateway::RestApi', 'DefinitionBody')), []);
  });

  test('outside Resources, unknown resources and resource types without settings: nothing', () => {
    assert.deepEqual(
      labels(
        'Resources:\n  A:\n    Type: AWS::ApiGateway::Stage\nOutputs:\n  X:\n    Properties:\n      MethodSettings:\n        - LoggingLevel: |\n',
      ),
      [],
    );
    assert.deepEqual(
      labels(
        'Resources:\n  A:\n    Type: AWS::SNS::Topic\n    Properties:\n      MethodSettings:\n        - LoggingLevel: |\n',
      ),
      [],
    );
    assert.deepEqual(
      labels(
        'Resources:\n  A:\n    Type: AWS::ApiGateway::Stage\n    Metadata:\n      MethodSettings:\n        - LoggingLevel: |\n',
      ),
      [],
    );
  });

  test("a V2 stage's settings follow its API's protocol", () => {
    const v2 = (protocol: string) => `Resources:
  Api:
    Type: AWS::ApiGatewayV2::Api
    Properties:
      ProtocolType: ${protocol}
  Stage:
    Type: AWS::ApiGatewayV2::Stage
    Properties:
      ApiId: !Ref Api
      AccessLogSettings:
        Format: $context.|
`;
    // Access log variables differ by API type: `routeKey` is offered for HTTP APIs only.
    assert.ok(labels(v2('HTTP')).includes('$context.routeKey'));
    assert.ok(!labels(v2('WEBSOCKET')).includes('$context.routeKey'));
  });
});
