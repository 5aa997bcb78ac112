/**
 * The request-validator-ref rule as the user sees it: a REST method naming an undeclared validator is imported
 * without one (a warning, with fixes that pick a declared name or declare the validator).
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { requestValidatorRefRule } from '../../../../../server/src/service/validation/rules/requestValidatorRef';
import { diagnose, type DiagnoseOptions } from './ruleDiagnostics';

const head = "openapi: 3.0.1\ninfo: {title: t, version: '1'}\n";
const op = (validator: string) =>
  `  /a:\n    get:\n      x-amazon-apigateway-request-validator: ${validator}\n      x-amazon-apigateway-integration: {type: mock}\n`;
const check = (text: string, options: DiagnoseOptions = {}) =>
  diagnose(text, requestValidatorRefRule, { apiType: 'REST', ...options });

test('an undeclared name among declared ones: the closest declared name and declaring it are offered', () => {
  const text = `${head}x-amazon-apigateway-request-validators: {all: {validateRequestBody: true}}\npaths:\n${op('al')}`;
  assert.deepEqual(check(text), [
    `request-validator-ref warning 7:46-7:48 "al" No request validator 'al' is declared in 'x-amazon-apigateway-request-validators': API Gateway imports the API without it and validates nothing here. Did you mean 'all'?`,
    '  fix {"replaceWith":["all"],"addValidator":"al"}',
  ]);
});

test('a computed name, a name that is not text, validators not written as a map, or an HTTP API: nothing to say', () => {
  const cases: [string, DiagnoseOptions][] = [
    [`${head}paths:\n${op('${Validator}')}`, {}],
    [`${head}paths:\n${op('[all]')}`, {}],
    [`${head}x-amazon-apigateway-request-validators: [all]\npaths:\n${op('all')}`, {}],
    [`${head}paths:\n${op('all')}`, { apiType: 'HTTP' }],
  ];
  for (const [text, options] of cases) {
    const errors: string[] = [];
    assert.deepEqual(check(text, { ...options, errors }), [], text);
    assert.deepEqual(errors, [], text);
  }
});
