// Details of completion items the other tests leave open: filter texts without a quote, extension key snippets
// by the value's type, no JSON comma in YAML, documentation of variables, and where variables are offered.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import type { TextEdit } from 'vscode-languageserver-types';
import { completions } from './helpers';

const newText = (c: ReturnType<typeof completions>, label: string) => (c.item(label).textEdit as TextEdit).newText;
const op = (body: string) =>
  `openapi: 3.0.1\npaths:\n  /a/{id}:\n    get:\n      x-amazon-apigateway-integration:\n${body}`;

describe('filter texts without a quote', () => {
  test('a boolean, and a template resource with no tag typed', () => {
    const c = completions(op('        type: http\n        tlsConfig:\n          insecureSkipVerification: |\n'));
    assert.equal(c.item('true').filterText, 'true');
    const sam = completions(
      'Resources:\n  Role:\n    Type: AWS::IAM::Role\n  Api:\n    Type: AWS::Serverless::Api\n    Properties:\n      DefinitionBody:\n        openapi: 3.0.1\n        paths:\n          /a:\n            get:\n              x-amazon-apigateway-integration:\n                credentials: |\n',
    );
    assert.equal(sam.item('!GetAtt Role.Arn').filterText, '!GetAtt Role.Arn');
  });
});

describe('extension key snippets', () => {
  test('a choice of values, a list', () => {
    const c = completions('openapi: 3.0.1\nx-amazon-apigateway-|\npaths: {}\n');
    assert.equal(
      newText(c, 'x-amazon-apigateway-api-key-source'),
      'x-amazon-apigateway-api-key-source: ${1|HEADER,AUTHORIZER|}',
    );
    assert.equal(
      newText(c, 'x-amazon-apigateway-binary-media-types'),
      'x-amazon-apigateway-binary-media-types:\n  - $0',
    );
  });

  test('YAML: no comma, even before a double-quoted key', () => {
    const c = completions(op('        type: aws\n        |\n        "uri": x\n'));
    assert.equal(newText(c, 'passthroughBehavior'), 'passthroughBehavior: ${1|when_no_match,when_no_templates,never|}');
  });
});

describe('variables', () => {
  const log = (holder: string, key: string, value: string) =>
    `Resources:\n  Stage:\n    Type: AWS::ApiGatewayV2::Stage\n    Properties:\n      ${holder}:\n        ${key}: ${value}\n`;

  test('each with its documentation', () => {
    const c = completions(log('AccessLogSettings', 'Format', '$context.req|'));
    assert.deepEqual(c.item('$context.requestId').documentation, {
      kind: 'markdown',
      value: 'The request id (`x-amzn-RequestId`); access log formats must contain it.',
    });
  });

  test('in access log formats by their own names only, and only for a token ending at the cursor', () => {
    assert.ok(completions(log('accessLogSettings', 'format', '$context.req|')).labels.includes('$context.requestId'));
    assert.deepEqual(completions(log('Other', 'Format', '$context.req|')).labels, []);
    assert.deepEqual(completions(log('AccessLogSettings', 'Other', '$context.req|')).labels, []);
    assert.deepEqual(completions(log('accessLogSettings', 'Format2', '$context.req|')).labels, []);
    assert.deepEqual(completions(log('AccessLogSettings', 'Format', '$context.x |')).labels, []);
  });

  test('in response templates too', () => {
    const c = completions(
      op(
        '        type: aws\n        responses:\n          default:\n            responseTemplates:\n              application/json: $inp|\n',
      ),
    );
    assert.ok(c.labels.includes('$input.body'));
    assert.equal(c.replaced('$input.body'), '$inp');
  });

  test('HTTP API request values are documented', () => {
    const c = completions(
      'openapi: 3.0.1\nx-amazon-apigateway-cors: {}\npaths:\n  /a:\n    get:\n      x-amazon-apigateway-integration:\n        requestParameters:\n          overwrite:header.x: |\n',
    );
    assert.deepEqual(c.item('$context.').documentation, {
      kind: 'markdown',
      value: 'A value from the request, context or stage.',
    });
  });
});

describe('mapping slots are read from the start of the integration', () => {
  test('request and response parameters nested elsewhere, or one level too deep, get nothing', () => {
    assert.deepEqual(completions(op('        other:\n          requestParameters:\n            a: |\n')).labels, []);
    assert.deepEqual(completions(op('        requestParameters:\n          a:\n            b: |\n')).labels, []);
    assert.deepEqual(
      completions(
        op(
          '        other:\n          responses:\n            d:\n              responseParameters:\n                h: |\n',
        ),
      ).labels,
      [],
    );
    assert.deepEqual(
      completions(
        op(
          '        responses:\n          d:\n            responseParameters:\n              h:\n                x: |\n',
        ),
      ).labels,
      [],
    );
  });

  test('a parameter name holding $ is escaped in the snippet and inserted as written', () => {
    const text = `openapi: 3.0.1\npaths:\n  /a:\n    get:\n      parameters:\n        - {name: a$b, in: query}\n      x-amazon-apigateway-integration:\n        requestParameters:\n          |\n`;
    const c = completions(text);
    assert.equal(
      newText(c, 'integration.request.querystring.a$b'),
      'integration.request.querystring.a\\$b: method.request.querystring.a\\$b',
    );
    assert.match(
      c.apply('integration.request.querystring.a$b'),
      /integration\.request\.querystring\.a\$b: method\.request\.querystring\.a\$b\n/,
    );
  });
});
