/**
 * gateway-response-parameters, as the user sees it: the header values PutGatewayResponse accepts (a method request
 * parameter, a stage or context variable, or a quoted static value; apigateway-facts.md §1.9), and the quick fix
 * that quotes anything else.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { diagnoseCodes, spanOf } from './integrationRulesSupport';

const codes = ['gateway-response-parameters'];

function api(params: [string, string][]): string {
  return [
    'openapi: 3.0.1',
    "info: {title: t, version: '1'}",
    'x-amazon-apigateway-gateway-responses:',
    '  DEFAULT_4XX:',
    '    responseParameters:',
    ...params.map(([k, v]) => `      ${k}: ${v}`),
    'paths:',
    '  /pets:',
    '    get:',
    "      responses: {'200': {description: ok}}",
    '      x-amazon-apigateway-integration: {type: mock}',
    '',
  ].join('\n');
}

describe('gateway-response-parameters', () => {
  test('every documented source is accepted', () => {
    const text = api([
      ['gatewayresponse.header.A', 'method.request.header.Origin'],
      ['gatewayresponse.header.B', 'method.request.multivaluequerystring.tag'],
      ['gatewayresponse.header.C', 'stageVariables.origin'],
      ['gatewayresponse.header.D', '$stageVariables.origin'],
      ['gatewayresponse.header.E', 'context.requestId'],
      ['gatewayresponse.header.F', '$context.error.messageString'],
      ['gatewayresponse.header.G', '"\'https://example.com\'"'],
    ]);
    assert.deepEqual(diagnoseCodes(text, codes, { apiType: 'REST' }), []);
  });

  test('a value must be one expression from start to end, or it is offered in quotes', () => {
    for (const value of [
      'header.method.request.header.Origin',
      "'method.request.header.Origin method.request.header.Host'",
      'https://example.com',
    ]) {
      const text = api([['gatewayresponse.header.Access-Control-Allow-Origin', value]]);
      const bare = value.startsWith("'") ? value.slice(1, -1) : value;
      assert.deepEqual(diagnoseCodes(text, codes, { apiType: 'REST' }), [
        {
          at: spanOf(text, value),
          severity: 'error',
          code: 'gateway-response-parameters',
          message: `Invalid value "${bare}": static values must be in single quotes ('${bare}'), or use method.request.header.<name>, context.<name> or stageVariables.<name>.`,
          data: { replaceWith: [`'${bare}'`] },
        },
      ]);
    }
  });

  test('values that are not plain strings, or hold a placeholder, are left to other rules', () => {
    const text = api([
      ['gatewayresponse.header.A', '5'],
      ['gatewayresponse.header.B', "'${stageVariables.origin}'"],
    ]);
    assert.deepEqual(diagnoseCodes(text, codes, { apiType: 'REST' }), []);
  });

  test('HTTP APIs have no gateway responses to check', () => {
    assert.deepEqual(
      diagnoseCodes(api([['gatewayresponse.header.A', 'https://example.com']]), codes, { apiType: 'HTTP' }),
      [],
    );
  });
});
