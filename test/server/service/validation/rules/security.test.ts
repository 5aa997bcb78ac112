/**
 * The security rule as the user sees it: requirements naming undeclared schemes (with SAM's own authorizer names),
 * REST ignoring top-level security, and HTTP APIs' one authorization kind per operation.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { securityRule } from '../../../../../server/src/service/validation/rules/security';
import { diagnose } from './ruleDiagnostics';

const head = "openapi: 3.0.1\ninfo: {title: t, version: '1'}\nx-amazon-apigateway-api-key-source: HEADER\n";
const schemes =
  'components:\n  securitySchemes:\n    key: {type: apiKey, name: x-api-key, in: header}\n' +
  '    jwt: {type: oauth2, flows: {}}\n';
const restSchemes = 'components:\n  securitySchemes:\n    key: {type: apiKey, name: x-api-key, in: header}\n';
const rootIgnored =
  'root-security-ignored information 4:1-4:9 "security" REST APIs ignore top-level security: set `security` on each operation.';

describe('security: top-level security', () => {
  test('REST: reported when it lists requirements, not when it is empty or not a list', () => {
    assert.deepEqual(
      diagnose(`${head}security: [{key: []}]\npaths: {}\n${restSchemes}`, securityRule, { apiType: 'REST' }),
      [rootIgnored],
    );
    assert.deepEqual(diagnose(`${head}security: []\npaths: {}\n${restSchemes}`, securityRule, { apiType: 'REST' }), []);
    const errors: string[] = [];
    const notAList = `${head}security: {key: []}\npaths:\n  /a: {get: {security: [{nokey: []}]}}\n${restSchemes}`;
    assert.deepEqual(diagnose(notAList, securityRule, { apiType: 'REST', errors }), [
      `security-ref error 6:26-6:31 "nokey" No security scheme 'nokey' is declared. Did you mean 'key'?`,
      '  fix {"replaceWith":["key"]}',
    ]);
    assert.deepEqual(errors, []);
  });

  test('REST: a top-level security without a value (a JSON syntax error) is skipped, the operations still checked', () => {
    const text =
      '{"openapi": "3.0.1", "info": {"title": "t", "version": "1"}, "x-amazon-apigateway-api-key-source": "HEADER",\n' +
      '"security": ,\n"paths": {"/a": {"get": {"security": [{"nokey": []}]}}},\n' +
      '"components": {"securitySchemes": {"key": {"type": "apiKey", "name": "x-api-key", "in": "header"}}}}\n';
    const errors: string[] = [];
    assert.deepEqual(diagnose(text, securityRule, { apiType: 'REST', json: true, errors }), [
      `security-ref error 3:40-3:47 "\\"nokey\\"" No security scheme 'nokey' is declared. Did you mean 'key'?`,
      '  fix {"replaceWith":["key"]}',
    ]);
    assert.deepEqual(errors, []);
  });

  test('HTTP APIs read top-level security', () => {
    assert.deepEqual(
      diagnose(`${head}security: [{jwt: []}]\npaths: {}\n${schemes}`, securityRule, { apiType: 'HTTP' }),
      [],
    );
  });
});

describe('security: HTTP operations', () => {
  test('one requirement, or one plus an empty one, is fine; two kinds are refused', () => {
    const text =
      `${head}paths:\n  /a:\n    get: {security: [{jwt: []}]}\n    put: {security: [{}, {jwt: []}]}\n` +
      `    post: {security: [{jwt: []}, {key: []}]}\n${schemes}`;
    assert.deepEqual(diagnose(text, securityRule, { apiType: 'HTTP' }), [
      'http-multiple-security error 8:12-8:20 "security" HTTP APIs allow only one of IAM, a Lambda authorizer or a JWT authorizer per operation; the import fails with several security requirements.',
    ]);
  });

  test('a requirement that is not an object is skipped, and the next operations are still checked', () => {
    const text = `${head}paths:\n  /a:\n    get: {security: [jwt, {}]}\n    put: {security: [{nokey: []}]}\n${schemes}`;
    const errors: string[] = [];
    assert.deepEqual(diagnose(text, securityRule, { apiType: 'HTTP', errors }), [
      `security-ref error 7:23-7:28 "nokey" No security scheme 'nokey' is declared. Did you mean 'key'?`,
      '  fix {"replaceWith":["key"]}',
    ]);
    assert.deepEqual(errors, []);
  });
});

describe('security: SAM definitions', () => {
  test("the API's Auth authorizers and SAM's built-in AWS_IAM and NONE count as declared", () => {
    const text =
      "AWSTemplateFormatVersion: '2010-09-09'\nTransform: AWS::Serverless-2016-10-31\nResources:\n" +
      '  Api:\n    Type: AWS::Serverless::Api\n    Properties:\n      StageName: prod\n' +
      '      Auth:\n        Authorizers:\n          MyAuth:\n            FunctionArn: arn:aws:lambda:us-east-1:123456789012:function:f\n' +
      '      DefinitionBody:\n        openapi: 3.0.1\n        info: {title: t, version: "1"}\n' +
      '        security: [{MyAuth: []}]\n' +
      '        paths:\n          /a:\n            get:\n              security: [{AWS_IAM: []}, {NONE: []}, {Other: []}]\n' +
      '              x-amazon-apigateway-integration: {type: mock}\n';
    assert.deepEqual(diagnose(text, securityRule, { uri: 'file:///test/template.yaml' }), [
      'security-ref error 19:54-19:59 "Other" No security scheme \'Other\' is declared.',
    ]);
  });
});
