/**
 * The extensions rule as the user sees it: where each extension belongs (and the advice on where to put it instead),
 * which values are checked, and how a proxy integration's ignored fields turn value errors into warnings.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { extensionsRule } from '../../../../../server/src/service/validation/rules/extensions';
import { diagnose } from './ruleDiagnostics';

const head = "openapi: 3.0.1\ninfo: {title: t, version: '1'}\n";
const rest = (text: string) => diagnose(text, extensionsRule, { apiType: 'REST' });
const http = (text: string) => diagnose(text, extensionsRule, { apiType: 'HTTP' });
const lambdaUri =
  'arn:aws:apigateway:us-east-1:lambda:path/2015-03-31/functions/arn:aws:lambda:us-east-1:123456789012:function:f/invocations';

describe('extensions: placement', () => {
  test('each place is named in the message, both where the key is and where it belongs', () => {
    const text =
      head +
      'x-amazon-apigateway-any-method: {}\n' +
      'x-amazon-apigateway-integrations: {}\n' +
      'x-amazon-apigateway-tag-value: v\n' +
      'servers:\n  - url: https://example.com\n    x-amazon-apigateway-cors: {allowOrigins: [a]}\n' +
      'tags:\n  - name: t\n    x-amazon-apigateway-cors: {allowOrigins: [a]}\n' +
      'paths:\n  /a:\n    x-amazon-apigateway-integration: {type: mock}\n' +
      'components:\n  x-amazon-apigateway-integration: {type: mock}\n' +
      '  securitySchemes:\n    key:\n      type: apiKey\n      name: x-api-key\n      in: header\n' +
      '      x-amazon-apigateway-cors: {allowOrigins: [a]}\n';
    assert.deepEqual(http(text), [
      `extension-placement warning 3:1-3:31 "x-amazon-apigateway-any-method" 'x-amazon-apigateway-any-method' does not belong at the top level; put it in a path item. API Gateway ignores it here.`,
      `extension-placement warning 4:1-4:33 "x-amazon-apigateway-integrations" 'x-amazon-apigateway-integrations' does not belong at the top level; put it in components. API Gateway ignores it here.`,
      `extension-placement warning 5:1-5:30 "x-amazon-apigateway-tag-value" 'x-amazon-apigateway-tag-value' does not belong at the top level; put it in a top-level tags entry. API Gateway ignores it here.`,
      `extension-placement warning 8:5-8:29 "x-amazon-apigateway-cors" 'x-amazon-apigateway-cors' does not belong in a servers entry; put it at the top level. API Gateway ignores it here.`,
      `extension-placement warning 11:5-11:29 "x-amazon-apigateway-cors" 'x-amazon-apigateway-cors' does not belong in a top-level tags entry; put it at the top level. API Gateway ignores it here.`,
      `extension-placement warning 14:5-14:36 "x-amazon-apigateway-integration" 'x-amazon-apigateway-integration' does not belong in a path item; put it in an operation. API Gateway ignores it here.`,
      `extension-placement warning 16:3-16:34 "x-amazon-apigateway-integration" 'x-amazon-apigateway-integration' does not belong in components; put it in an operation. API Gateway ignores it here.`,
      `extension-placement warning 22:7-22:31 "x-amazon-apigateway-cors" 'x-amazon-apigateway-cors' does not belong in a security scheme; put it at the top level. API Gateway ignores it here.`,
    ]);
  });

  test('the endpoint configuration goes in a servers entry in OpenAPI 3 and at the top level in Swagger 2', () => {
    const authorizer = 'x-amazon-apigateway-authorizer: {type: token}\n';
    assert.deepEqual(rest(head + authorizer + 'paths: {}\n'), [
      `extension-placement warning 3:1-3:31 "x-amazon-apigateway-authorizer" 'x-amazon-apigateway-authorizer' does not belong at the top level; put it in a security scheme. API Gateway ignores it here.`,
    ]);
    const config = 'x-amazon-apigateway-endpoint-configuration: {disableExecuteApiEndpoint: true}\n';
    assert.deepEqual(rest(head + config + 'paths: {}\n'), [
      `extension-placement warning 3:1-3:43 "x-amazon-apigateway-endpoint-configuration" 'x-amazon-apigateway-endpoint-configuration' does not belong at the top level; put it in a servers entry. API Gateway ignores it here.`,
    ]);
    assert.deepEqual(rest("swagger: '2.0'\ninfo: {title: t, version: '1'}\n" + config + 'paths: {}\n'), []);
  });
});

describe('extensions: values', () => {
  test("an integration's value is checked, unless it is a $ref to a reusable integration", () => {
    const text =
      head +
      'paths:\n  /a:\n    get:\n      x-amazon-apigateway-integration:\n        $ref: "#/components/x-amazon-apigateway-integrations/f"\n' +
      '  /b:\n    get:\n      x-amazon-apigateway-integration: {type: lambda, httpMethod: POST}\n' +
      `components:\n  x-amazon-apigateway-integrations:\n    f: {type: aws_proxy, httpMethod: POST, uri: '${lambdaUri}', payloadFormatVersion: '2.0'}\n`;
    assert.deepEqual(http(text), [
      `enum-value error 10:47-10:53 "lambda" "lambda" is not a valid 'type'. Use "aws", "aws_proxy", "http", "http_proxy" or "mock".`,
      '  fix {"replaceWith":["aws","aws_proxy","http","http_proxy","mock"]}',
    ]);
  });

  test('the entries of reusable integrations are integrations, whatever their names', () => {
    const text =
      head +
      'paths: {}\ncomponents:\n  x-amazon-apigateway-integrations:\n    type: aws_proxy\n    requestTemplates: 5\n';
    assert.deepEqual(http(text), [
      `value-type error 6:11-6:20 "aws_proxy" 'type' must be an object, not "aws_proxy".`,
      `value-type error 7:23-7:24 "5" 'requestTemplates' must be an object, not 5.`,
    ]);
  });
});

describe('extensions: the ANY operation', () => {
  test('an ANY operation that is not an object is reported like any extension of the wrong type', () => {
    const text =
      head +
      'paths:\n  /a:\n    x-amazon-apigateway-any-method: 5\n  /b:\n    x-amazon-apigateway-any-method: [get]\n' +
      '  /c:\n    x-amazon-apigateway-any-method:\n';
    assert.deepEqual(rest(text), [
      `value-type error 5:37-5:38 "5" 'x-amazon-apigateway-any-method' must be an object, not 5.`,
      `value-type error 7:37-7:42 "[get]" 'x-amazon-apigateway-any-method' must be an object, not a list.`,
      // An empty value is marked where it is missing: from the colon to the end of the line.
      `value-type error 9:36-10:1 "\\n" 'x-amazon-apigateway-any-method' must be an object, not nothing.`,
    ]);
  });

  test("an ANY operation's own fields are an operation's: the extension check adds nothing to them", () => {
    const text =
      head +
      'paths:\n  /a:\n    x-amazon-apigateway-any-method:\n      summary: 5\n      isDefaultRoute: true\n' +
      '      x-amazon-apigateway-integration: {type: mock}\n';
    assert.deepEqual(rest(text), []);
  });
});

describe('extensions: $ref values', () => {
  test('only integrations are read through a $ref: any other extension given as one is checked as it is', () => {
    const text =
      head +
      'paths: {}\ncomponents:\n  securitySchemes:\n    key:\n      type: apiKey\n      name: x-api-key\n      in: header\n' +
      "      x-amazon-apigateway-authorizer: {$ref: '#/components/x-authorizers/key'}\n";
    // AWS documents the $ref form for integrations only (apigateway-facts.md §1.13, §1.14): this authorizer has no type.
    assert.deepEqual(rest(text), [
      `missing-field error 10:7-10:37 "x-amazon-apigateway-authorizer" 'x-amazon-apigateway-authorizer' needs 'type'.`,
      `  fix {"addField":{"name":"type","value":"","objectOffset":${text.indexOf('{$ref')}}}`,
    ]);
  });
});

describe('extensions: fields a proxy integration ignores', () => {
  const op = (integration: string) =>
    head + `paths:\n  /a:\n    get:\n      x-amazon-apigateway-integration:\n${integration}`;

  test('aws_proxy and http_proxy: a bad passthrough behaviour or template is a warning that says so', () => {
    const fields =
      '        passthroughBehavior: SOMETIMES\n        requestTemplates:\n          application/json: [1]\n';
    const text =
      op(`        type: AWS_PROXY\n        httpMethod: POST\n        uri: ${lambdaUri}\n${fields}`) +
      `  /b:\n    get:\n      x-amazon-apigateway-integration:\n        type: http_proxy\n        httpMethod: GET\n        uri: https://example.com\n${fields}`;
    assert.deepEqual(rest(text), [
      `proxy-ignored-value warning 10:30-10:39 "SOMETIMES" An aws_proxy integration ignores 'passthroughBehavior', so API Gateway deploys this as it is: "SOMETIMES" is not a valid 'passthroughBehavior'. Use "when_no_match", "when_no_templates" or "never".`,
      `proxy-ignored-value warning 12:29-12:32 "[1]" An aws_proxy integration ignores 'requestTemplates', so API Gateway deploys this as it is: 'application/json' must be a string, not a list.`,
      `proxy-ignored-value warning 19:30-19:39 "SOMETIMES" An http_proxy integration ignores 'passthroughBehavior', so API Gateway deploys this as it is: "SOMETIMES" is not a valid 'passthroughBehavior'. Use "when_no_match", "when_no_templates" or "never".`,
      `proxy-ignored-value warning 21:29-21:32 "[1]" An http_proxy integration ignores 'requestTemplates', so API Gateway deploys this as it is: 'application/json' must be a string, not a list.`,
    ]);
  });

  test('outside the ignored fields, and in other integration types, a bad value stays an error', () => {
    const text =
      op(
        `        type: aws_proxy\n        httpMethod: POST\n        uri: ${lambdaUri}\n        timeoutInMillis: soon\n` +
          '        requestTemplates: {}\n        contentHandling: CONVERT_TO_NOTHING\n',
      ) +
      '  /b:\n    get:\n      x-amazon-apigateway-integration:\n        type: mock\n        passthroughBehavior: SOMETIMES\n';
    assert.deepEqual(rest(text), [
      `value-type error 10:26-10:30 "soon" 'timeoutInMillis' must be an integer, not "soon".`,
      `enum-value error 12:26-12:44 "CONVERT_TO_NOTHING" "CONVERT_TO_NOTHING" is not a valid 'contentHandling'. Use "CONVERT_TO_BINARY" or "CONVERT_TO_TEXT". Did you mean 'CONVERT_TO_TEXT'?`,
      '  fix {"replaceWith":["CONVERT_TO_TEXT"]}',
      `enum-value error 17:30-17:39 "SOMETIMES" "SOMETIMES" is not a valid 'passthroughBehavior'. Use "when_no_match", "when_no_templates" or "never".`,
      '  fix {"replaceWith":["when_no_match","when_no_templates","never"]}',
    ]);
  });
});
