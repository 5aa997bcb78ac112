/**
 * integration-timeout, as the user sees it: a REST timeout above 29,000 ms is a warning (it needs a quota increase,
 * or response streaming, which allows up to 900,000 ms: apigateway-facts.md §1.13.1); above that the value-range rule
 * speaks instead.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { diagnoseCodes, spanOf } from './integrationRulesSupport';

const codes = ['integration-timeout'];

function api(timeout: string): string {
  return [
    'openapi: 3.0.1',
    "info: {title: t, version: '1'}",
    'paths:',
    '  /pets:',
    '    get:',
    "      responses: {'200': {description: ok}}",
    '      x-amazon-apigateway-integration:',
    '        type: http_proxy',
    '        httpMethod: GET',
    "        uri: 'https://example.com/pets'",
    `        timeoutInMillis: ${timeout}`,
    '',
  ].join('\n');
}

const warning = (text: string, written: string, value: number) => ({
  at: spanOf(text, written, text.indexOf('timeoutInMillis')),
  severity: 'warning',
  code: 'integration-timeout',
  message: `${value} ms is above REST's default 29,000 ms limit: it works only for Regional or private APIs after a quota increase, or with responseTransferMode STREAM.`,
});

describe('integration-timeout', () => {
  test('a timeout written as a string is read as its number', () => {
    const text = api("'60000'");
    assert.deepEqual(diagnoseCodes(text, codes, { apiType: 'REST' }), [warning(text, "'60000'", 60000)]);
  });

  test('up to 900,000 ms is warned about; above it is out of range, not this rule', () => {
    const text = api('900000');
    assert.deepEqual(diagnoseCodes(text, codes, { apiType: 'REST' }), [warning(text, '900000', 900000)]);
    assert.deepEqual(diagnoseCodes(api('900001'), codes, { apiType: 'REST' }), []);
  });
});
