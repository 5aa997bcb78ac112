// Quick fixes from the fix data a diagnostic carries (as the client sends them back): the text each edit writes,
// in the document's own style, and which fix is preferred. The rules' own fixes are in codeActions.test.ts.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import type { CodeAction, Diagnostic } from 'vscode-languageserver-types';
import { getLanguageService } from '../../../../server/src/service/languageService';
import type { FixData } from '../../../../server/src/service/validation/rule';
import { DIAGNOSTIC_SOURCE } from '../../../../server/src/service/validation/validate';
import { applyEdits } from './helpers';

const service = getLanguageService({ host: {} });

/** The quick fixes for a diagnostic on `target` (its first occurrence) carrying `data`, and each one applied. */
function fixes(text: string, target: string, data: FixData, languageId = 'yaml') {
  const doc = service.parseDocument(`file:///f.${languageId}`, languageId, 1, text);
  const at = text.indexOf(target);
  assert.ok(at >= 0, target);
  const range = { start: doc.text.positionAt(at), end: doc.text.positionAt(at + target.length) };
  const diagnostic: Diagnostic = { range, message: 'm', source: DIAGNOSTIC_SOURCE, data };
  const actions: CodeAction[] = service.codeActions(doc, range, [diagnostic]);
  for (const a of actions) {
    assert.equal(a.kind, 'quickfix');
    assert.deepEqual(a.diagnostics, [diagnostic]);
    assert.deepEqual(Object.keys(a.edit!.changes!), [doc.uri]);
  }
  return actions.map((a) => ({
    title: a.title,
    preferred: a.isPreferred === true,
    result: applyEdits(text, a.edit!.changes![doc.uri]),
  }));
}
const offsetOf = (text: string, needle: string) => text.indexOf(needle);

describe('quick fixes: replacements', () => {
  test('one replacement is preferred; several are not; only strings count', () => {
    const text = 'openapi: 3.0.1\nx-amazon-apigateway-api-key-source: header\npaths: {}\n';
    const one = fixes(text, 'header', { replaceWith: ['HEADER'] });
    assert.deepEqual(one, [
      { title: "Change to 'HEADER'", preferred: true, result: text.replace(': header', ': HEADER') },
    ]);
    const two = fixes(text, 'header', { replaceWith: ['HEADER', 7 as never, 'AUTHORIZER'] });
    assert.deepEqual(
      two.map((f) => [f.title, f.preferred]),
      [
        ["Change to 'HEADER'", false],
        ["Change to 'AUTHORIZER'", false],
      ],
    );
    assert.deepEqual(fixes(text, 'header', { replaceWith: 'HEADER' as never }), []);
  });

  test('written in the quoting of the replaced text', () => {
    const yaml = (value: string) => `openapi: 3.0.1\nx-amazon-apigateway-api-key-source: ${value}\npaths: {}\n`;
    assert.equal(fixes(yaml('"header"'), '"header"', { replaceWith: ['HEADER'] })[0].result, yaml('"HEADER"'));
    assert.equal(fixes(yaml("'header'"), "'header'", { replaceWith: ["it's"] })[0].result, yaml("'it''s'"));
    // Plain text that YAML would read as something else is quoted.
    assert.equal(fixes(yaml('header'), 'header', { replaceWith: ['true'] })[0].result, yaml("'true'"));
    assert.equal(fixes(yaml('header'), 'header', { replaceWith: ['a: b'] })[0].result, yaml("'a: b'"));
    const json = '{"openapi": "3.0.1", "x-amazon-apigateway-api-key-source": "header"}';
    assert.equal(
      fixes(json, '"header"', { replaceWith: ['HEADER'] }, 'json')[0].result,
      json.replace('"header"', '"HEADER"'),
    );
  });

  test('a number replacing a number stays a number; a text replacing a number is quoted as YAML needs', () => {
    const yaml = (value: string) =>
      `openapi: 3.0.1\nx-amazon-apigateway-minimum-compression-size: ${value}\npaths: {}\n`;
    assert.equal(fixes(yaml('-1'), '-1', { replaceWith: ['0'] })[0].result, yaml('0'));
    assert.equal(fixes(yaml('1.5'), '1.5', { replaceWith: ['2'] })[0].result, yaml('2'));
    assert.equal(fixes(yaml('1.5'), '1.5', { replaceWith: ['2.5'] })[0].result, yaml('2.5'));
    assert.equal(fixes(yaml('12'), '12', { replaceWith: ['1e3'] })[0].result, yaml("'1e3'"));
    assert.equal(fixes(yaml('abc'), 'abc', { replaceWith: ['10'] })[0].result, yaml("'10'"));
    const json = '{"openapi": "3.0.1", "x-amazon-apigateway-minimum-compression-size": 12}';
    assert.equal(fixes(json, '12', { replaceWith: ['34'] }, 'json')[0].result, json.replace('12', '34'));
    assert.equal(fixes(json, '12', { replaceWith: ['x'] }, 'json')[0].result, json.replace('12', '"x"'));
  });
});

describe('quick fixes: adding a field', () => {
  const integration = (fields: string) =>
    `openapi: 3.0.1\npaths:\n  /a:\n    get:\n      x-amazon-apigateway-integration:\n${fields}      responses: {}\n`;
  const base = integration('        type: http\n        uri: https://example.com\n');
  const add = (name: string, value: string, text = base) =>
    fixes(text, 'type', { addField: { name, value, objectOffset: offsetOf(text, 'type: http') } });

  test('the value as the rule wrote it: a quoted text, a boolean, an integer, a plain text', () => {
    assert.deepEqual(add('httpMethod', "'it''s'"), [
      {
        title: "Add 'httpMethod'",
        preferred: true,
        result: integration("        type: http\n        uri: https://example.com\n        httpMethod: it's\n"),
      },
    ]);
    assert.match(add('httpMethod', '"a\\u0062"')[0].result, /\n {8}httpMethod: ab\n/);
    assert.match(add('x', 'true')[0].result, /\n {8}x: true\n/);
    assert.match(add('x', 'false')[0].result, /\n {8}x: false\n/);
    assert.match(add('x', '-12')[0].result, /\n {8}x: -12\n/);
    assert.match(add('x', ' GET ')[0].result, /\n {8}x: GET\n/);
    assert.match(add('x', '1.5')[0].result, /\n {8}x: '1\.5'\n/);
  });

  test('no value written: a start from the catalogue by the field’s type', () => {
    assert.match(add('passthroughBehavior', '')[0].result, /\n {8}passthroughBehavior: when_no_match\n/);
    assert.match(add('timeoutInMillis', ' ')[0].result, /\n {8}timeoutInMillis: 50\n/);
    assert.match(add('requestTemplates', '')[0].result, /\n {8}requestTemplates: \{\}\n/);
    assert.match(add('cacheKeyParameters', '')[0].result, /\n {8}cacheKeyParameters: \[\]\n/);
    assert.match(add('uri2', '')[0].result, /\n {8}uri2: ''\n/);
    const tls = integration('        type: http\n        tlsConfig:\n          serverNameToVerify: x\n');
    const fixed = fixes(tls, 'serverNameToVerify', {
      addField: { name: 'insecureSkipVerification', value: '', objectOffset: offsetOf(tls, 'serverNameToVerify') },
    });
    assert.match(fixed[0].result, /\n {10}insecureSkipVerification: false\n/);
  });

  test('an integer field without a minimum starts at 0', () => {
    const plan = `Resources:\n  Plan:\n    Type: AWS::ApiGateway::UsagePlan\n    Properties:\n      Quota:\n        Period: DAY\n`;
    const fixed = fixes(plan, 'Period', {
      addField: { name: 'Offset', value: '', objectOffset: offsetOf(plan, 'Period') },
    });
    assert.equal(fixed.length, 1);
    assert.match(fixed[0].result, /\n {8}Offset: 0\n$/);
  });

  test('nothing when the field is there already or no object starts at the offset', () => {
    assert.deepEqual(add('uri', "'x'"), []);
    assert.deepEqual(
      fixes(base, 'type', { addField: { name: 'x', value: '1', objectOffset: offsetOf(base, 'http') } }),
      [],
    );
    assert.deepEqual(fixes(base, 'type', { addField: { name: 7 as never, value: '1', objectOffset: 0 } }), []);
  });
});

describe('quick fixes: request validators and MOCK integrations', () => {
  test('a validator is added to an existing map, in YAML; nothing when it is declared already', () => {
    const text = `openapi: 3.0.1\nx-amazon-apigateway-request-validators:\n  all:\n    validateRequestBody: true\n    validateRequestParameters: true\npaths:\n  /a:\n    get:\n      x-amazon-apigateway-request-validator: body\n`;
    const fixed = fixes(text, 'body', { addValidator: 'body' });
    assert.deepEqual(fixed, [
      {
        title: "Declare request validator 'body'",
        preferred: true,
        result: text.replace(
          '    validateRequestParameters: true\n',
          '    validateRequestParameters: true\n  body:\n    validateRequestBody: true\n    validateRequestParameters: false\n',
        ),
      },
    ]);
    assert.deepEqual(fixes(text, 'body', { addValidator: 'all' }), []);
    assert.deepEqual(fixes(text, 'body', { addValidator: 7 as never }), []);
  });

  test('a validator fix beside replacements is not the preferred one', () => {
    const text = `openapi: 3.0.1\nx-amazon-apigateway-request-validators:\n  all: {}\npaths:\n  /a:\n    get:\n      x-amazon-apigateway-request-validator: al\n`;
    const fixed = fixes(text, 'al\n', { replaceWith: ['all'], addValidator: 'al' });
    assert.deepEqual(
      fixed.map((f) => [f.title, f.preferred]),
      [
        ["Change to 'all'", true],
        ["Declare request validator 'al'", false],
      ],
    );
    assert.equal(
      fixed[1].result,
      text.replace(
        '  all: {}\n',
        '  all: {}\n  al:\n    validateRequestBody: true\n    validateRequestParameters: true\n',
      ),
    );
  });

  test('no validator fix outside a definition', () => {
    const text = 'name: x\nother: y\n';
    assert.deepEqual(fixes(text, 'y', { addValidator: 'v' }), []);
  });

  test("the MOCK integration answers with the operation's first 2xx response; 200 without one", () => {
    const text = `openapi: 3.0.1\npaths:\n  /a:\n    post:\n      responses:\n        "400": {description: bad}\n        "202": {description: accepted}\n        "201": {description: created}\n  /b:\n    get: {}\n`;
    const post = fixes(text, 'post', { addMockIntegration: { operationOffset: offsetOf(text, 'responses') } });
    assert.equal(post[0].title, 'Add a MOCK integration');
    assert.equal(post[0].preferred, true);
    assert.match(post[0].result, /x-amazon-apigateway-integration:\n {8}type: mock\n[\s\S]*statusCode: '202'\n/);
    const get = fixes(text, 'get', { addMockIntegration: { operationOffset: offsetOf(text, '{}') } });
    assert.match(
      get[0].result,
      /get: \{"x-amazon-apigateway-integration": \{"type":"mock"[^\n]*"statusCode":"200"[^\n]*\}\}\n$/,
    );
    const withOne = text.replace(
      '        "400": {description: bad}\n',
      '        "400": {description: bad}\n      x-amazon-apigateway-integration: {type: mock}\n',
    );
    assert.deepEqual(
      fixes(withOne, 'post', { addMockIntegration: { operationOffset: offsetOf(withOne, 'responses') } }),
      [],
    );
  });
});
