// Quick fixes over ranges the client sends back as they are: spaces around a number, quotes only at one end,
// values a rule wrote with quotes inside, diagnostics before a definition or at its very end.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import type { Diagnostic, Range } from 'vscode-languageserver-types';
import { getLanguageService } from '../../../../server/src/service/languageService';
import type { FixData } from '../../../../server/src/service/validation/rule';
import { DIAGNOSTIC_SOURCE } from '../../../../server/src/service/validation/validate';
import { applyEdits } from './helpers';

const service = getLanguageService({ host: {} });

function fixAt(text: string, start: number, end: number, data: FixData): string[] {
  const doc = service.parseDocument('file:///r.yaml', 'yaml', 1, text);
  const range: Range = { start: doc.text.positionAt(start), end: doc.text.positionAt(end) };
  const diagnostic: Diagnostic = { range, message: 'm', source: DIAGNOSTIC_SOURCE, data };
  return service.codeActions(doc, range, [diagnostic]).map((a) => applyEdits(text, a.edit!.changes![doc.uri]));
}
const around = (text: string, needle: string) => [text.indexOf(needle), text.indexOf(needle) + needle.length] as const;

describe('replacement ranges', () => {
  test('a number with spaces around it stays a number', () => {
    const text = 'openapi: 3.0.1\nx-amazon-apigateway-minimum-compression-size:  12\npaths: {}\n';
    const [s, e] = around(text, ' 12');
    assert.deepEqual(fixAt(text, s, e, { replaceWith: ['34'] }), [text.replace(' 12', '34')]);
  });

  test('a quote only at the end is no quoting', () => {
    const text = `openapi: 3.0.1\nx-a: b"\nx-c: d'\npaths: {}\n`;
    const [s1, e1] = around(text, 'b"');
    assert.deepEqual(fixAt(text, s1, e1, { replaceWith: ['z'] }), [text.replace('b"', 'z')]);
    const [s2, e2] = around(text, "d'");
    assert.deepEqual(fixAt(text, s2, e2, { replaceWith: ['z'] }), [text.replace("d'", 'z')]);
  });
});

describe('field values with quotes inside', () => {
  const text = 'openapi: 3.0.1\nx-obj:\n  a: 1\npaths: {}\n';
  const add = (value: string) =>
    fixAt(text, 0, 1, { addField: { name: 'b', value, objectOffset: text.indexOf('a: 1') } })[0];

  test('only a whole quoted text is unquoted', () => {
    assert.match(add("x'a'"), /\n {2}b: x'a'\n/);
    assert.match(add("'a'x"), /\n {2}b: '''a''x'\n/);
    assert.match(add('x"a"'), /\n {2}b: x"a"\n/);
    assert.match(add('"a"x'), /\n {2}b: '"a"x'\n/);
  });
});

describe('which definition a diagnostic is in', () => {
  test('none before the first definition of a template; the standalone one up to its last character', () => {
    const template = `Resources:\n  One:\n    Type: AWS::Serverless::Api\n    Properties:\n      DefinitionBody:\n        openapi: 3.0.1\n        paths: {}\n`;
    assert.deepEqual(fixAt(template, 0, 9, { addValidator: 'v' }), []);
    const standalone = 'openapi: 3.0.1\npaths: {}';
    assert.equal(fixAt(standalone, standalone.length, standalone.length, { addValidator: 'v' }).length, 1);
  });
});
