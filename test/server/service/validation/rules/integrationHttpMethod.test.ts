/**
 * integration-http-method and lambda-post, as the user sees them: REST integrations other than mock need an
 * httpMethod (POST for Lambda, whose Invoke API is POST only: apigateway-facts.md §1.13), it must be a real method,
 * and the quick fixes offer what fits.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { diagnoseCodes, spanOf } from './integrationRulesSupport';

const codes = ['integration-http-method', 'lambda-post'];
const invocation =
  'arn:aws:apigateway:us-east-1:lambda:path/2015-03-31/functions/arn:aws:lambda:us-east-1:123456789012:function:pets/invocations';

function api(fields: string[]): string {
  return [
    'openapi: 3.0.1',
    "info: {title: t, version: '1'}",
    'paths:',
    '  /pets:',
    '    get:',
    "      responses: {'200': {description: ok}}",
    '      x-amazon-apigateway-integration:',
    ...fields.map((f) => `        ${f}`),
    '',
  ].join('\n');
}

describe('integration-http-method', () => {
  test('a missing method is added as POST for Lambda, GET otherwise', () => {
    for (const [uri, suffix, value] of [
      [invocation, ': POST for Lambda', 'POST'],
      ["'https://example.com/pets'", '', 'GET'],
    ]) {
      const type = uri === invocation ? 'aws_proxy' : 'http_proxy';
      const text = api([`type: ${type}`, `uri: ${uri}`]);
      assert.deepEqual(diagnoseCodes(text, codes, { apiType: 'REST' }), [
        {
          at: spanOf(text, 'x-amazon-apigateway-integration'),
          severity: 'error',
          code: 'integration-http-method',
          message: `A '${type}' integration needs 'httpMethod' (the method used to call the backend${suffix}).`,
          data: { addField: { name: 'httpMethod', value, objectOffset: text.indexOf('type:') } },
        },
      ]);
    }
  });

  test('a word that is no HTTP method and resembles none is offered POST', () => {
    const text = api(['type: http_proxy', 'httpMethod: XYZZY', "uri: 'https://example.com/pets'"]);
    assert.deepEqual(diagnoseCodes(text, codes, { apiType: 'REST' }), [
      {
        at: spanOf(text, 'XYZZY'),
        severity: 'error',
        code: 'integration-http-method',
        message: '"XYZZY" is not an HTTP method.',
        data: { replaceWith: ['POST'] },
      },
    ]);
  });

  test('a method that is not a scalar is left to the schema check, and the next integrations are still checked', () => {
    const text = [
      'openapi: 3.0.1',
      "info: {title: t, version: '1'}",
      'paths:',
      '  /a:',
      '    get:',
      "      responses: {'200': {description: ok}}",
      "      x-amazon-apigateway-integration: {type: http_proxy, httpMethod: [GET], uri: 'https://example.com/a'}",
      '  /b:',
      '    get:',
      "      responses: {'200': {description: ok}}",
      "      x-amazon-apigateway-integration: {type: http_proxy, httpMethod: XYZZY, uri: 'https://example.com/b'}",
      '',
    ].join('\n');
    assert.deepEqual(
      diagnoseCodes(text, codes, { apiType: 'REST' }).map((d) => [d.at, d.message]),
      [[spanOf(text, 'XYZZY'), '"XYZZY" is not an HTTP method.']],
    );
  });

  test('a method computed from a placeholder is left alone', () => {
    const text = api(['type: http_proxy', "httpMethod: '${stageVariables.verb}'", "uri: 'https://example.com/pets'"]);
    assert.deepEqual(diagnoseCodes(text, codes, { apiType: 'REST' }), []);
  });
});

describe('lambda-post', () => {
  test('a Lambda integration called with GET is offered POST', () => {
    const text = api(['type: aws_proxy', 'httpMethod: GET', `uri: ${invocation}`]);
    assert.deepEqual(diagnoseCodes(text, codes, { apiType: 'REST' }), [
      {
        at: spanOf(text, 'GET', text.indexOf('httpMethod')),
        severity: 'error',
        code: 'lambda-post',
        message: 'Lambda is always invoked with POST; httpMethod "GET" fails at request time.',
        data: { replaceWith: ['POST'] },
      },
    ]);
  });

  test('with an integrationSubtype the method is not checked against Lambda', () => {
    const text = api([
      'type: aws_proxy',
      'integrationSubtype: StepFunctions-StartExecution',
      'httpMethod: GET',
      `uri: ${invocation}`,
    ]);
    assert.deepEqual(diagnoseCodes(text, codes, { apiType: 'HTTP' }), []);
  });
});
