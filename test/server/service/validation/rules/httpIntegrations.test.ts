/**
 * http-integration-type, payload-format-version and payload-format-lambda, as the user sees them: HTTP APIs take
 * only the two proxy types (the import warns about the others), need a payloadFormatVersion, and 2.0 only for Lambda
 * (apigateway-facts.md §1.13, §4.2); with the quick fixes each offers.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { diagnoseCodes, spanOf } from './integrationRulesSupport';

const codes = ['http-integration-type', 'payload-format-version', 'payload-format-lambda'];
const fnArn = 'arn:aws:lambda:us-east-1:123456789012:function:pets';

/** One GET operation per [path, integration fields]. */
function api(ops: [string, string[]][]): string {
  return [
    'openapi: 3.0.1',
    "info: {title: t, version: '1'}",
    'paths:',
    ...ops.flatMap(([path, fields]) => [
      `  ${path}:`,
      '    get:',
      "      responses: {'200': {description: ok}}",
      '      x-amazon-apigateway-integration:',
      ...fields.map((f) => `        ${f}`),
    ]),
    '',
  ].join('\n');
}

describe('http-integration-type', () => {
  test('each other type is offered its proxy; an integration without a type is left to the schema check', () => {
    const text = api([
      ['/untyped', ['httpMethod: GET', "uri: 'https://example.com'"]],
      ['/http', ['type: http', 'httpMethod: GET', "uri: 'https://example.com'"]],
      ['/aws', ['type: aws', 'httpMethod: POST', 'uri: arn:aws:apigateway:us-east-1:sqs:path/123456789012/q']],
      ['/mock', ['type: mock']],
    ]);
    const warn = (type: string, fix: string) => ({
      at: spanOf(text, `type: ${type}`).replace(/^(\d+):(\d+)/, (_, l, c) => `${l}:${Number(c) + 6}`),
      severity: 'warning',
      code: 'http-integration-type',
      message: `HTTP APIs support only 'aws_proxy' (Lambda or AWS service) and 'http_proxy' integrations; the import warns about '${type}'.`,
      data: { replaceWith: [fix] },
    });
    assert.deepEqual(diagnoseCodes(text, codes, { apiType: 'HTTP' }), [
      warn('http', 'http_proxy'),
      warn('aws', 'aws_proxy'),
      warn('mock', 'aws_proxy'),
    ]);
  });
});

describe('payload-format-version', () => {
  test('a missing version is added as 2.0 for Lambda (or an unknown target), 1.0 otherwise', () => {
    const text = api([
      ['/lambda', ['type: aws_proxy', `uri: ${fnArn}`]],
      ['/computed', ['type: aws_proxy', "uri: '${stageVariables.fn}'"]],
      ['/url', ['type: http_proxy', 'httpMethod: ANY', "uri: 'https://example.com'"]],
    ]);
    const seen = diagnoseCodes(text, codes, { apiType: 'HTTP' });
    const integrationAt = (path: string) => text.indexOf('type:', text.indexOf(path));
    assert.deepEqual(
      seen,
      [
        ['/lambda', "'2.0'"],
        ['/computed', "'2.0'"],
        ['/url', "'1.0'"],
      ].map(([path, value]) => ({
        at: spanOf(text, 'x-amazon-apigateway-integration', text.indexOf(path)),
        severity: 'error',
        code: 'payload-format-version',
        message: `HTTP API integrations need 'payloadFormatVersion' ("2.0" for Lambda, "1.0" otherwise).`,
        data: { addField: { name: 'payloadFormatVersion', value, objectOffset: integrationAt(path) } },
      })),
    );
  });
});

describe('payload-format-lambda', () => {
  test('2.0 suits Lambda and targets that cannot be told; not an HTTP backend', () => {
    const text = api([
      ['/lambda', ['type: aws_proxy', `uri: ${fnArn}`, "payloadFormatVersion: '2.0'"]],
      ['/computed', ['type: aws_proxy', "uri: '${stageVariables.fn}'", "payloadFormatVersion: '2.0'"]],
      ['/url', ['type: http_proxy', 'httpMethod: ANY', "uri: 'https://example.com'", "payloadFormatVersion: '2.0'"]],
    ]);
    assert.deepEqual(diagnoseCodes(text, codes, { apiType: 'HTTP' }), [
      {
        at: spanOf(text, "'2.0'", text.indexOf('/url')),
        severity: 'error',
        code: 'payload-format-lambda',
        message: 'Payload format 2.0 is for Lambda proxy integrations only; use "1.0" here.',
        data: { replaceWith: ['1.0'] },
      },
    ]);
  });
});
