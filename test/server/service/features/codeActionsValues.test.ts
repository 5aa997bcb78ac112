// More of what quick fixes write: numbers kept as numbers only when both sides are numbers, the start value of
// each kind of field, validators where the map is no map, the document's first offset, success statuses.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import type { Diagnostic } from 'vscode-languageserver-types';
import { getLanguageService } from '../../../../server/src/service/languageService';
import type { FixData } from '../../../../server/src/service/validation/rule';
import { DIAGNOSTIC_SOURCE } from '../../../../server/src/service/validation/validate';
import { applyEdits } from './helpers';

const service = getLanguageService({ host: {} });

/** Each fix (title and resulting text) for a diagnostic on the first `target` carrying `data`. */
function fixes(text: string, target: string, data: FixData, languageId = 'yaml'): [string, string][] {
  const doc = service.parseDocument(`file:///v.${languageId}`, languageId, 1, text);
  const at = text.indexOf(target);
  assert.ok(at >= 0, target);
  const range = { start: doc.text.positionAt(at), end: doc.text.positionAt(at + target.length) };
  const diagnostic: Diagnostic = { range, message: 'm', source: DIAGNOSTIC_SOURCE, data };
  return service
    .codeActions(doc, range, [diagnostic])
    .map((a) => [a.title, applyEdits(text, a.edit!.changes![doc.uri])]);
}

describe('replacing numbers', () => {
  const yaml = (value: string) => `openapi: 3.0.1\nx-amazon-apigateway-minimum-compression-size: ${value}\npaths: {}\n`;
  const replaced = (original: string, value: string) => fixes(yaml(original), original, { replaceWith: [value] })[0][1];

  test('only a whole number (with a sign or decimals) counts as a number, on either side', () => {
    assert.equal(replaced('1.25', '2.75'), yaml('2.75'));
    assert.equal(replaced('v1', '2'), yaml("'2'"));
    assert.equal(replaced('1a', '2'), yaml("'2'"));
    assert.equal(replaced('1.', '2'), yaml("'2'"));
    assert.equal(replaced('12', '2a'), yaml("'2a'"));
    assert.equal(replaced('12', 'a2'), yaml('a2'));
    assert.equal(replaced('12', '-'), yaml("'-'"));
  });
});

describe('start values of added fields', () => {
  test('a number field starts at its minimum, an object field empty', () => {
    const stage =
      'Resources:\n  S:\n    Type: AWS::ApiGateway::Stage\n    Properties:\n      MethodSettings:\n        - ResourcePath: /a\n';
    const [[, rate]] = fixes(stage, 'ResourcePath', {
      addField: { name: 'ThrottlingRateLimit', value: '', objectOffset: stage.indexOf('ResourcePath') },
    });
    assert.match(rate, /\n {10}ThrottlingRateLimit: 0\n$/);
    const op = 'openapi: 3.0.1\npaths:\n  /a:\n    get:\n      x-amazon-apigateway-integration:\n        type: http\n';
    const [[, tls]] = fixes(op, 'type', {
      addField: { name: 'tlsConfig', value: '', objectOffset: op.indexOf('type') },
    });
    assert.match(tls, /\n {8}tlsConfig: \{\}\n$/);
  });
});

describe('request validators', () => {
  test('a validators value that is no map gets no fix', () => {
    const text = 'openapi: 3.0.1\nx-amazon-apigateway-request-validators: []\npaths: {}\n';
    assert.deepEqual(fixes(text, 'paths', { addValidator: 'v' }), []);
  });

  test('a diagnostic at the very start of the definition still finds it', () => {
    const text = 'openapi: 3.0.1\npaths: {}\n';
    assert.deepEqual(fixes(text, 'openapi', { addValidator: 'v' }), [
      [
        "Declare request validator 'v'",
        'openapi: 3.0.1\npaths: {}\nx-amazon-apigateway-request-validators:\n  v:\n    validateRequestBody: true\n    validateRequestParameters: true\n',
      ],
    ]);
  });

  test('in a template, the definition the diagnostic is in', () => {
    const text = `Resources:
  One:
    Type: AWS::Serverless::Api
    Properties:
      DefinitionBody:
        openapi: 3.0.1
        paths: {}
  Two:
    Type: AWS::Serverless::Api
    Properties:
      DefinitionBody:
        openapi: 3.0.1
        x-amazon-apigateway-request-validators:
          all: {}
        paths: {}
`;
    const [[, fixed]] = fixes(text, 'paths: {}\n  Two', { addValidator: 'v' });
    assert.match(fixed, /\n {8}paths: \{\}\n {8}x-amazon-apigateway-request-validators:\n {10}v:\n/);
    const [[, second]] = fixes(text, 'all', { addValidator: 'v' });
    assert.match(second, /\n {10}all: \{\}\n {10}v:\n/);
  });
});

describe('the MOCK integration status', () => {
  test('only a three-digit 2xx key counts', () => {
    const text = `openapi: 3.0.1\npaths:\n  /a:\n    post:\n      responses:\n        "1200": {description: x}\n        "2000": {description: x}\n        "204": {description: x}\n`;
    const [[, fixed]] = fixes(text, 'post', { addMockIntegration: { operationOffset: text.indexOf('responses') } });
    assert.match(fixed, /statusCode: '204'\n/);
  });
});
