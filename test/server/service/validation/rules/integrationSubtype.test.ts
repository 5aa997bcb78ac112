/**
 * subtype-parameters and subtype-parameter-unknown, as the user sees them: an HTTP API AWS service integration
 * names every parameter its subtype requires and none it does not know (apigateway-facts.md §2.5).
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { diagnoseCodes, spanOf } from './integrationRulesSupport';

const codes = ['subtype-parameters', 'subtype-parameter-unknown'];

/** One POST operation per [path, subtype, parameters or undefined for none]. */
function api(ops: [string, string, string[] | undefined][]): string {
  return [
    'openapi: 3.0.1',
    "info: {title: t, version: '1'}",
    'paths:',
    ...ops.flatMap(([path, subtype, params]) => [
      `  ${path}:`,
      '    post:',
      "      responses: {'200': {description: ok}}",
      '      x-amazon-apigateway-integration:',
      '        type: aws_proxy',
      `        integrationSubtype: ${subtype}`,
      '        credentials: arn:aws:iam::123456789012:role/r',
      "        payloadFormatVersion: '1.0'",
      ...(params ? ['        requestParameters:', ...params.map((p) => `          ${p}`)] : []),
    ]),
    '',
  ].join('\n');
}

const queue = 'https://sqs.us-east-1.amazonaws.com/123456789012/q';

describe('subtype-parameters', () => {
  test('without requestParameters, every required one is missing, said on the subtype', () => {
    const text = api([
      ['/purge', 'SQS-PurgeQueue', undefined],
      ['/delete', 'SQS-DeleteMessage', undefined],
      ['/config', 'AppConfig-GetConfiguration', undefined],
    ]);
    assert.deepEqual(diagnoseCodes(text, codes, { apiType: 'HTTP' }), [
      {
        at: spanOf(text, 'SQS-PurgeQueue'),
        severity: 'error',
        code: 'subtype-parameters',
        message: "SQS-PurgeQueue needs request parameter 'QueueUrl'.",
      },
      {
        at: spanOf(text, 'SQS-DeleteMessage'),
        severity: 'error',
        code: 'subtype-parameters',
        message: "SQS-DeleteMessage needs request parameters 'ReceiptHandle' and 'QueueUrl'.",
      },
      {
        at: spanOf(text, 'AppConfig-GetConfiguration'),
        severity: 'error',
        code: 'subtype-parameters',
        message:
          "AppConfig-GetConfiguration needs request parameters 'Application', 'Environment', 'Configuration' and 'ClientId'.",
      },
    ]);
  });

  test('a complete set of parameters, optional ones included, is accepted', () => {
    const text = api([
      ['/send', 'SQS-SendMessage', [`QueueUrl: ${queue}`, 'MessageBody: $request.body', 'DelaySeconds: "5"']],
    ]);
    assert.deepEqual(diagnoseCodes(text, codes, { apiType: 'HTTP' }), []);
  });

  test('REST APIs have no subtypes to check', () => {
    assert.deepEqual(diagnoseCodes(api([['/purge', 'SQS-PurgeQueue', ['Queue: x']]]), codes, { apiType: 'REST' }), []);
  });
});
