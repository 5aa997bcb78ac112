import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import type { CodeAction, Diagnostic } from 'vscode-languageserver-types';
import { codeActions } from '../../../../server/src/service/features/codeActions';
import { validateDocument } from '../../../../server/src/service/validation/validate';
import { applyEdits, documentOf } from './helpers';

function diagnosticsOf(text: string, languageId: string): Diagnostic[] {
  return validateDocument(documentOf(text, languageId), {}, {});
}

/** Finds the diagnostic, applies the named fix, and checks the result parses and no longer has that diagnostic. */
function fix(text: string, code: string, title: string, languageId = 'yaml'): string {
  const doc = documentOf(text, languageId);
  const diagnostics = validateDocument(doc, {}, {});
  const diagnostic = diagnostics.find((d) => d.code === code);
  assert.ok(diagnostic, `no ${code} in ${diagnostics.map((d) => `${d.code}: ${d.message as string}`).join('\n')}`);
  const actions: CodeAction[] = codeActions(doc, diagnostic.range, [diagnostic]);
  const action = actions.find((a) => a.title === title);
  assert.ok(action, `no action '${title}' in ${actions.map((a) => a.title).join(', ')}`);
  assert.equal(action.kind, 'quickfix');
  const fixed = applyEdits(text, action.edit!.changes![doc.uri]);
  const after = diagnosticsOf(fixed, languageId);
  assert.deepEqual(
    after.filter((d) => d.code === 'syntax').map((d) => d.message),
    [],
    fixed,
  );
  const line = diagnostic.range.start.line;
  assert.ok(!after.some((d) => d.code === code && d.range.start.line === line), `${code} is still there:\n${fixed}`);
  return fixed;
}

const restOp = (integration: string) => `openapi: 3.0.1
info: {title: t, version: '1'}
paths:
  /pets:
    get:
      responses:
        "200": {description: ok}
${integration}`;

describe('quick fixes', () => {
  test('did you mean: a misspelt extension key (YAML)', () => {
    const fixed = fix(
      restOp('      x-amazon-apigateway-integratoin:\n        type: mock\n'),
      'unknown-extension',
      "Change to 'x-amazon-apigateway-integration'",
    );
    assert.match(fixed, /\n {6}x-amazon-apigateway-integration:\n {8}type: mock\n/);
  });

  test('enum letter case, keeping JSON quotes', () => {
    const text =
      '{\n  "openapi": "3.0.1",\n  "paths": {\n    "/a": {\n      "get": {\n        "x-amazon-apigateway-integration": {"type": "http_proxy", "httpMethod": "GET", "uri": "https://example.com", "connectionType": "internet"}\n      }\n    }\n  }\n}';
    const fixed = fix(text, 'enum-case', "Change to 'INTERNET'", 'json');
    assert.equal(JSON.parse(fixed).paths['/a'].get['x-amazon-apigateway-integration'].connectionType, 'INTERNET');
  });

  test('add a missing field to a YAML block mapping, at its indentation', () => {
    const http =
      'openapi: 3.0.1\nx-amazon-apigateway-cors: {allowOrigins: ["*"]}\npaths:\n  /a:\n    get:\n      x-amazon-apigateway-integration:\n        type: aws_proxy\n        httpMethod: POST\n        uri: arn:aws:lambda:us-east-1:123456789012:function:f\n\n      responses: {}\n';
    const fixed = fix(http, 'payload-format-version', "Add 'payloadFormatVersion'");
    assert.match(
      fixed,
      /\n {8}uri: arn:aws:lambda:us-east-1:123456789012:function:f\n {8}payloadFormatVersion: '2\.0'\n\n {6}responses/,
    );
  });

  test('add a missing field to a YAML flow mapping and to a JSON object', () => {
    const flow = restOp('      x-amazon-apigateway-integration: {httpMethod: GET, uri: "https://example.com"}\n');
    const fixedFlow = fix(flow, 'missing-field', "Add 'type'");
    assert.match(fixedFlow, /\{httpMethod: GET, uri: "https:\/\/example\.com", "type": "aws"\}/);
    const json =
      '{\n  "openapi": "3.0.1",\n  "x-amazon-apigateway-cors": {},\n  "paths": {\n    "/a": {\n      "get": {\n        "x-amazon-apigateway-integration": {\n          "type": "http_proxy",\n          "httpMethod": "GET",\n          "uri": "https://example.com"\n        }\n      }\n    }\n  }\n}';
    const fixed = fix(json, 'payload-format-version', "Add 'payloadFormatVersion'", 'json');
    assert.match(fixed, /"uri": "https:\/\/example\.com",\n {10}"payloadFormatVersion": "1\.0"\n/);
  });

  test('declare a missing request validator: creates the map at the root', () => {
    const text = restOp(
      '      x-amazon-apigateway-request-validator: params-only\n      x-amazon-apigateway-integration: {type: mock}\n',
    );
    const fixed = fix(text, 'request-validator-ref', "Declare request validator 'params-only'");
    assert.match(
      fixed,
      /\nx-amazon-apigateway-request-validators:\n {2}params-only:\n {4}validateRequestBody: false\n {4}validateRequestParameters: true\n$/,
    );
  });

  test('declare a missing request validator: adds to the existing map (JSON)', () => {
    const text =
      '{\n  "openapi": "3.0.1",\n  "x-amazon-apigateway-request-validators": {\n    "all": {"validateRequestBody": true, "validateRequestParameters": true}\n  },\n  "paths": {\n    "/a": {\n      "get": {\n        "x-amazon-apigateway-request-validator": "body",\n        "x-amazon-apigateway-integration": {"type": "mock"}\n      }\n    }\n  }\n}';
    const fixed = fix(text, 'request-validator-ref', "Declare request validator 'body'", 'json');
    assert.deepEqual(JSON.parse(fixed)['x-amazon-apigateway-request-validators'].body, {
      validateRequestBody: true,
      validateRequestParameters: false,
    });
  });

  test('add a MOCK integration to an operation without one', () => {
    const text = restOp(
      '      x-amazon-apigateway-integration: {type: mock}\n  /cats:\n    post:\n      responses:\n        "201": {description: created}\n',
    );
    const fixed = fix(text, 'integration-missing', 'Add a MOCK integration');
    assert.match(
      fixed,
      /"201": \{description: created\}\n {6}x-amazon-apigateway-integration:\n {8}type: mock\n {8}requestTemplates:\n {10}application\/json: '\{"statusCode": 200\}'\n {8}responses:\n {10}default:\n {12}statusCode: '201'\n/,
    );
  });

  test('add a MOCK integration in a SAM template (JSON)', () => {
    const text = JSON.stringify(
      {
        Resources: {
          Api: {
            Type: 'AWS::Serverless::Api',
            Properties: { DefinitionBody: { openapi: '3.0.1', paths: { '/a': { get: { responses: {} } } } } },
          },
        },
      },
      null,
      2,
    );
    const fixed = fix(text, 'integration-missing-all', 'Add a MOCK integration', 'json');
    assert.equal(
      JSON.parse(fixed).Resources.Api.Properties.DefinitionBody.paths['/a'].get['x-amazon-apigateway-integration'].type,
      'mock',
    );
  });

  test('diagnostics from other sources or without data get no actions', () => {
    const doc = documentOf(restOp(''));
    const range = { start: { line: 0, character: 0 }, end: { line: 0, character: 1 } };
    assert.deepEqual(
      codeActions(doc, range, [
        { range, message: 'x', source: 'other', data: { replaceWith: ['y'] } },
        { range, message: 'x', source: 'apigw' },
      ]),
      [],
    );
  });
});
