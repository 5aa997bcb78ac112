/**
 * The refs rule as the user sees it: local targets and models, references into other files (read once each, through
 * the host), and references that cannot be checked.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { refsRule } from '../../../../../server/src/service/validation/rules/refs';
import { diagnose, type DiagnoseOptions } from './ruleDiagnostics';

const head = "openapi: 3.0.1\ninfo: {title: t, version: '1'}\nx-amazon-apigateway-api-key-source: HEADER\n";
/** A definition whose one schema `A` has properties with the given `$ref`s. */
const withRefs = (...refs: string[]) =>
  head +
  'paths: {}\ncomponents:\n  schemas:\n    Pet: {type: object}\n    A:\n      properties:\n' +
  refs.map((r, i) => `        p${i}: {$ref: '${r}'}\n`).join('');
const check = (text: string, options: DiagnoseOptions = {}) =>
  diagnose(text, refsRule, { apiType: 'REST', ...options });

describe('refs: local references', () => {
  test('only a schema directly under the models is a missing model; anything else is a missing target', () => {
    assert.deepEqual(
      check(withRefs('#/components/schemas/Pet', '#/components/schemas/Missing/properties/a', '#/x#/definitions/Pet')),
      [
        `ref-missing error 11:20-11:63 "'#/components/schemas/Missing/properties/a'" '#/components/schemas/Missing/properties/a' points at nothing in this definition.`,
        `ref-missing error 12:20-12:42 "'#/x#/definitions/Pet'" '#/x#/definitions/Pet' points at nothing in this definition.`,
      ],
    );
  });

  test('a model name with a broken escape is read as written: missing, it is a missing model like any other', () => {
    // It was an error ("could not be checked: URI malformed") where any other missing model is a warning.
    assert.deepEqual(check(withRefs('#/components/schemas/100%', '#/components/schemas/Cat')), [
      `ref-missing-model warning 10:20-10:47 "'#/components/schemas/100%'" No model '100%' is declared: API Gateway's import ignores this reference ("Reference to model not found. Ignoring.") and the method gets no model. Declare the schema or fix the name.`,
      `ref-missing-model warning 11:20-11:46 "'#/components/schemas/Cat'" No model 'Cat' is declared: API Gateway's import ignores this reference ("Reference to model not found. Ignoring.") and the method gets no model. Declare the schema or fix the name.`,
    ]);
    assert.deepEqual(check(withRefs('#/components/schemas/100%').replace('    Pet:', "    '100%':")), []);
  });
});

describe('refs: references to other files', () => {
  test('a missing file, an unparsable one, a fragment that points at nothing, each file read once', () => {
    const reads: string[] = [];
    const files = {
      '/test/defs.yaml': 'Pet: {type: object}\n',
      '/test/empty.yaml': '',
      '/test/defs.json.yaml': 'Dog: {type: object}\n',
    };
    const text = withRefs(
      'defs.yaml#/Pet',
      'defs.yaml#/Cat',
      'defs.yaml#/Pet',
      'gone.yaml#/Pet',
      'empty.yaml#/Pet',
      'defs.json.yaml#/Dog',
    );
    assert.deepEqual(check(text, { files, reads }), [
      `ref-missing error 11:20-11:36 "'defs.yaml#/Cat'" '#/Cat' points at nothing in 'defs.yaml'.`,
      `ref-missing error 13:20-13:36 "'gone.yaml#/Pet'" The file 'gone.yaml' does not exist (looked for /test/gone.yaml).`,
      `ref-unchecked information 14:20-14:37 "'empty.yaml#/Pet'" 'empty.yaml' could not be parsed, so 'empty.yaml#/Pet' is not checked.`,
    ]);
    assert.deepEqual(reads, ['/test/defs.yaml', '/test/gone.yaml', '/test/empty.yaml', '/test/defs.json.yaml']);
  });

  test('a host that fails while reading a file: that reference says why, and the next ones are still checked', () => {
    const files = {
      get '/test/locked.yaml'(): string {
        throw new Error('EACCES: permission denied');
      },
      '/test/defs.yaml': 'Pet: {type: object}\n',
    };
    assert.deepEqual(check(withRefs('locked.yaml#/Pet', 'defs.yaml#/Cat'), { files }), [
      `ref-unchecked information 10:20-10:38 "'locked.yaml#/Pet'" 'locked.yaml#/Pet' could not be checked: EACCES: permission denied`,
      `ref-missing error 11:20-11:36 "'defs.yaml#/Cat'" '#/Cat' points at nothing in 'defs.yaml'.`,
    ]);
  });

  test('nothing is said about files when the host cannot read any', () => {
    assert.deepEqual(check(withRefs('gone.yaml#/Pet'), { files: null }), []);
  });

  test('references computed at deploy time, or from a document that is not a file, are not checked', () => {
    assert.deepEqual(check(withRefs('./${Stage}.yaml#/Pet'), { files: {} }), []);
    assert.deepEqual(check(withRefs('gone.yaml#/Pet'), { files: {}, uri: 'untitled:Untitled-1' }), []);
  });

  test('a reference that is not a valid relative URI says so', () => {
    assert.deepEqual(check(withRefs('//[oops/x.yaml'), { files: {} }), [
      `ref-missing error 10:20-10:36 "'//[oops/x.yaml'" '//[oops/x.yaml' is not a valid relative URI.`,
    ]);
  });
});
