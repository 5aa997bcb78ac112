/**
 * The validation entry point: which documents are checked and by which rules, the opt-in OpenAPI schema check,
 * the user's severity settings, and how findings become the diagnostics a user sees.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { DiagnosticSeverity, type Diagnostic } from 'vscode-languageserver-types';
import { buildDocument, type ApiDocument } from '../../../../server/src/service/document/model';
import { getValue } from '../../../../server/src/service/parser/ast';
import type { Finding, RuleId } from '../../../../server/src/service/validation/rule';
import {
  DIAGNOSTIC_SOURCE,
  severityOf,
  toDiagnostics,
  validateDefinition,
  validateDocument,
  validateTemplate,
  type ValidationSettings,
} from '../../../../server/src/service/validation/validate';

const openApi = `openapi: 3.0.1
info: {title: t, version: '1'}
foo: 1
paths:
  /a:
    get:
      responses: {'200': {description: ok}}
`;

const doc = (name: string, text: string, languageId = 'yaml'): ApiDocument =>
  buildDocument(`file:///work/${name}`, languageId, 1, text);

/** Diagnostics as `line code` (1-based lines), with whatever the validation logged. */
function diagnose(d: ApiDocument, settings: ValidationSettings = {}): { seen: string[]; logged: string[] } {
  const logged: string[] = [];
  const seen = validateDocument(d, settings, {}, { error: (m) => logged.push(m) }).map(
    (x) => `${x.range.start.line + 1} ${String(x.code)}`,
  );
  return { seen, logged };
}

describe('validateDocument: which documents and rules', () => {
  test('validation switched off reports nothing; switched on, it reports', () => {
    const broken = doc('broken.yaml', `${openApi}x-amazon-apigateway-integration: {type: nope}\n`);
    assert.deepEqual(validateDocument(broken, { enable: false }, {}), []);
    assert.notDeepEqual(validateDocument(broken, { enable: true }, {}), []);
  });

  test('a plain OpenAPI file gets no API Gateway rules until it has an extension', () => {
    assert.deepEqual(diagnose(doc('plain.yaml', openApi)), { seen: [], logged: [] });
    const mentions = openApi.replace('info:', 'description: x-amazon-apigateway-integration comes later\ninfo:');
    assert.deepEqual(diagnose(doc('mentions.yaml', mentions)).seen, []);
    const extended = `${openApi}x-amazon-apigateway-binary-media-types: [image/png]\n`;
    assert.deepEqual(diagnose(doc('extended.yaml', extended)).seen, ['6 integration-missing-all']);
  });

  test('an extension whose quoted key is spelt with escapes makes an API Gateway definition too', () => {
    const json = JSON.stringify({
      openapi: '3.0.1',
      info: { title: 't', version: '1' },
      'x-amazon-apigateway-binary-media-types': ['image/png'],
      paths: { '/a': { get: { responses: {} } } },
    }).replace('apigateway-binary', 'apigateway\\u002dbinary');
    assert.match(json, /"x-amazon-apigateway\\u002dbinary-media-types"/);
    assert.deepEqual(diagnose(doc('escaped.json', json, 'json')).seen, ['1 integration-missing-all']);
    const yaml = `${openApi}"x-amazon-apigateway\\x2dbinary-media-types": [image/png]\n`;
    assert.deepEqual(diagnose(doc('escaped.yaml', yaml)).seen, ['6 integration-missing-all']);
    const escapedElsewhere = openApi.replace('info:', 'description: "a \\"plain\\" file"\ninfo:');
    assert.deepEqual(diagnose(doc('plain.yaml', escapedElsewhere)).seen, []);
  });

  test('a Velocity file is checked as one mapping template; other files are not checked', () => {
    assert.deepEqual(diagnose(doc('t.vtl', '#if($a)\n', 'velocity')).seen, ['1 template-syntax']);
    assert.deepEqual(diagnose(doc('notes.yaml', 'just: [broken\n')), { seen: [], logged: [] });
    assert.deepEqual(diagnose(doc('notes.txt', '#if($a)\n', 'plaintext')), { seen: [], logged: [] });
  });

  test('validateTemplate on a document without a template finds nothing', () => {
    const logged: string[] = [];
    assert.deepEqual(validateTemplate(doc('plain.yaml', openApi), {}, { error: (m) => logged.push(m) }), []);
    assert.deepEqual(logged, []);
  });
});

describe('validateDocument: the OpenAPI schema check', () => {
  test('runs only when asked', () => {
    assert.deepEqual(diagnose(doc('a.yaml', openApi), { openApiSchema: true }).seen, ['3 openapi-schema']);
    assert.deepEqual(diagnose(doc('a.yaml', openApi), { openApiSchema: false }).seen, []);
  });

  test('not on a document with syntax errors, whose tree is partial', () => {
    assert.deepEqual(diagnose(doc('a.yaml', `${openApi}x: 'abc\n`), { openApiSchema: true }).seen, ['9 syntax']);
    const midway = openApi.replace('foo: 1', 'foo: 1\nbar: @x');
    assert.deepEqual(diagnose(doc('a.yaml', midway), { openApiSchema: true }).seen, [
      '4 syntax',
      '5 syntax',
      '4 syntax',
    ]);
  });

  test('other parser findings (a duplicate key) do not stop it', () => {
    assert.deepEqual(
      diagnose(doc('a.yaml', openApi.replace('foo: 1', 'foo: 1\nfoo: 2')), { openApiSchema: true }).seen,
      ['4 duplicate-key', '3 openapi-schema', '4 openapi-schema'],
    );
  });

  test('checks each definition embedded in a template', () => {
    const template = `AWSTemplateFormatVersion: '2010-09-09'
Resources:
  Api:
    Type: AWS::ApiGateway::RestApi
    Properties:
      Body:
        openapi: 3.0.1
        info: {title: t, version: '1'}
        bar: 1
        paths: {}
  Api2:
    Type: AWS::ApiGateway::RestApi
    Properties:
      Body:
        openapi: 3.0.1
        info: {title: t, version: '1'}
        baz: 1
        paths: {}
`;
    assert.deepEqual(diagnose(doc('template.yaml', template), { openApiSchema: true }), {
      seen: ['9 openapi-schema', '17 openapi-schema'],
      logged: [],
    });
    const one = template.slice(0, template.indexOf('  Api2:'));
    assert.deepEqual(diagnose(doc('template.yaml', one), { openApiSchema: true }).seen, ['9 openapi-schema']);
  });
});

describe('severities', () => {
  test("the user's setting, else the registry's default; off hides the rule", () => {
    assert.equal(severityOf('lambda-post', {}), DiagnosticSeverity.Error);
    assert.equal(severityOf('lambda-post', { severity: { 'lambda-post': 'hint' } }), DiagnosticSeverity.Hint);
    assert.equal(severityOf('lambda-post', { severity: { 'lambda-post': 'off' } }), undefined);
    assert.equal(severityOf('response-status', {}), DiagnosticSeverity.Information);
  });

  test('a setting that is no severity is ignored', () => {
    const settings = { severity: { 'lambda-post': 'loud' } } as unknown as ValidationSettings;
    assert.equal(severityOf('lambda-post', settings), DiagnosticSeverity.Error);
  });

  test('an id the registry does not know is a warning', () => {
    assert.equal(severityOf('no-such-rule' as RuleId, {}), DiagnosticSeverity.Warning);
  });
});

describe('toDiagnostics', () => {
  const d = doc('a.yaml', openApi);
  const finding = (rule: RuleId, offset: number, length: number, message = 'm'): Finding => ({
    rule,
    offset,
    length,
    message,
  });

  test('a finding becomes a diagnostic with its range, severity, code and source; no data unless it has some', () => {
    const expected: Diagnostic = {
      range: { start: { line: 2, character: 0 }, end: { line: 2, character: 3 } },
      severity: DiagnosticSeverity.Error,
      code: 'lambda-post',
      source: DIAGNOSTIC_SOURCE,
      message: 'm',
    };
    assert.deepEqual(toDiagnostics(d, [finding('lambda-post', openApi.indexOf('foo'), 3)], {}), [expected]);
    assert.deepEqual(
      toDiagnostics(d, [{ ...finding('lambda-post', openApi.indexOf('foo'), 3), data: { replaceWith: ['bar'] } }], {}),
      [{ ...expected, data: { replaceWith: ['bar'] } }],
    );
  });

  test('an empty finding still covers one character', () => {
    const [diagnostic] = toDiagnostics(d, [finding('lambda-post', 0, 0)], {});
    assert.deepEqual(diagnostic.range, { start: { line: 0, character: 0 }, end: { line: 0, character: 1 } });
  });

  test('the same finding twice is shown once; the same place with another message is kept', () => {
    const out = toDiagnostics(
      d,
      [finding('lambda-post', 5, 2), finding('lambda-post', 5, 2), finding('lambda-post', 5, 2, 'other')],
      {},
    );
    assert.deepEqual(
      out.map((x) => x.message),
      ['m', 'other'],
    );
  });

  test('findings of a rule switched off are dropped', () => {
    assert.deepEqual(
      toDiagnostics(d, [finding('lambda-post', 0, 1), finding('cors-credentials', 0, 1)], {
        severity: { 'lambda-post': 'off' },
      }).map((x) => x.code),
      ['cors-credentials'],
    );
  });
});

describe('a check that fails', () => {
  test('is logged with its stack; the other checks and the parser findings still reach the user', () => {
    const text = openApi.replace('foo: 1', "info: {title: t, version: '1'}");
    const d = buildDocument('file:///work/a.yaml', 'yaml', 1, text, { apiTypeOverrides: { '**': 'REST' } });
    // A tree node that throws when read: a stand-in for a bug in one rule.
    const operation = getValue(getValue(getValue(d.definitions[0].root, 'paths'), '/a'), 'get');
    Object.defineProperty(operation, 'properties', {
      get() {
        throw new Error('boom');
      },
    });
    const { seen, logged } = diagnose(d, { openApiSchema: true });
    assert.deepEqual(seen, ['3 duplicate-key']);
    const failed = (what: string) =>
      logged.some((m) => m.startsWith(`${what} failed on file:///work/a.yaml: Error: boom\n    at `));
    assert.ok(failed('rule extensions'), logged.join('\n'));
    assert.ok(failed('rule integration-missing'), logged.join('\n'));
    assert.ok(failed('OpenAPI schema check'), logged.join('\n'));
    assert.deepEqual(
      validateDocument(d, { openApiSchema: true }, {}).map((x) => x.code),
      ['duplicate-key'],
    );
  });

  test('validateDefinition does not index a plain OpenAPI file for extensions it cannot have', () => {
    const d = doc('plain.yaml', openApi);
    const operation = getValue(getValue(getValue(d.definitions[0].root, 'paths'), '/a'), 'get');
    Object.defineProperty(operation, 'properties', {
      get() {
        throw new Error('read');
      },
    });
    assert.deepEqual(validateDefinition(d, d.definitions[0], {}), []);
  });
});
