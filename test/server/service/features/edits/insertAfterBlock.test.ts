// A property added after a block scalar goes right after the scalar's text, before the blank lines that end it.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import type { Diagnostic } from 'vscode-languageserver-types';
import { getLanguageService } from '../../../../../server/src/service/languageService';
import { DIAGNOSTIC_SOURCE } from '../../../../../server/src/service/validation/validate';
import { parse } from '../../../../../server/src/service/parser/parse';
import { toJson } from '../../../../../server/src/service/document/toJson';
import { applyEdits } from '../helpers';

const service = getLanguageService({ host: {} });

describe('adding after a block scalar', () => {
  test('the new key follows the text; the scalar reads the same', () => {
    const text = 'openapi: 3.0.1\nx-obj:\n  a: 1\n  t: |\n    text\n\n\npaths: {}\n';
    const doc = service.parseDocument('file:///b.yaml', 'yaml', 1, text);
    const range = { start: doc.text.positionAt(0), end: doc.text.positionAt(1) };
    const diagnostic: Diagnostic = {
      range,
      message: 'm',
      source: DIAGNOSTIC_SOURCE,
      data: { addField: { name: 'b', value: '1', objectOffset: text.indexOf('a: 1') } },
    };
    const [action] = service.codeActions(doc, range, [diagnostic]);
    const result = applyEdits(text, action.edit!.changes![doc.uri]);
    assert.equal(result, 'openapi: 3.0.1\nx-obj:\n  a: 1\n  t: |\n    text\n  b: 1\n\n\npaths: {}\n');
    assert.deepEqual((toJson(parse(result, 'yaml').root) as { 'x-obj': unknown })['x-obj'], {
      a: 1,
      t: 'text\n',
      b: 1,
    });
  });
});
