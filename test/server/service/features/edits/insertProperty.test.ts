// A property added by a quick fix, written the way its object is: YAML block or flow (on one line or several),
// JSON on one line or one property a line, empty objects; the result parses to the object with the property.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import type { Diagnostic } from 'vscode-languageserver-types';
import { getLanguageService } from '../../../../../server/src/service/languageService';
import { DIAGNOSTIC_SOURCE } from '../../../../../server/src/service/validation/validate';
import { parse } from '../../../../../server/src/service/parser/parse';
import { toJson } from '../../../../../server/src/service/document/toJson';
import { applyEdits } from '../helpers';

const service = getLanguageService({ host: {} });

/** The document after the "Add 'name'" fix on the object that starts at `objectStart`. */
function added(text: string, objectStart: string, name: string, value: string, languageId = 'yaml'): string {
  const doc = service.parseDocument(`file:///e.${languageId}`, languageId, 1, text);
  const objectOffset = text.indexOf(objectStart);
  assert.ok(objectOffset >= 0, objectStart);
  const range = { start: doc.text.positionAt(0), end: doc.text.positionAt(1) };
  const diagnostic: Diagnostic = {
    range,
    message: 'm',
    source: DIAGNOSTIC_SOURCE,
    data: { addField: { name, value, objectOffset } },
  };
  const [action] = service.codeActions(doc, range, [diagnostic]);
  assert.ok(action, 'no fix');
  const result = applyEdits(text, action.edit!.changes![doc.uri]);
  assert.deepEqual(parse(result, languageId === 'json' ? 'json' : 'yaml').problems, [], result);
  return result;
}
const read = (text: string, languageId = 'yaml') => toJson(parse(text, languageId === 'json' ? 'json' : 'yaml').root);

describe('adding a property', () => {
  test('YAML block: after the last property, before trailing blank lines and comments', () => {
    const text = 'openapi: 3.0.1\nx-a:\n  b: 1   \n\n  # note\n\npaths: {}\n';
    assert.equal(added(text, 'b: 1', 'c', "'x'"), 'openapi: 3.0.1\nx-a:\n  b: 1\n  c: x   \n\n  # note\n\npaths: {}\n');
  });

  test('YAML block: a nested value takes the column of the object', () => {
    const text = 'openapi: 3.0.1\nx-a:\n    b: 1\npaths: {}\n';
    assert.equal(added(text, 'b: 1', 'c', ''), "openapi: 3.0.1\nx-a:\n    b: 1\n    c: ''\npaths: {}\n");
  });

  test('YAML flow on one line, and over several lines', () => {
    assert.equal(
      added('openapi: 3.0.1\nx-a: {b: 1}\npaths: {}\n', '{b', 'c', '2'),
      'openapi: 3.0.1\nx-a: {b: 1, "c": 2}\npaths: {}\n',
    );
    const multi = 'openapi: 3.0.1\nx-a: {\n    b: 1\n  }\npaths: {}\n';
    assert.equal(
      added(multi, '{\n', 'c', 'true'),
      'openapi: 3.0.1\nx-a: {\n    b: 1,\n    "c": true\n  }\npaths: {}\n',
    );
  });

  test('an empty flow object', () => {
    const result = added('openapi: 3.0.1\nx-a: {}\npaths: {}\n', '{}', 'c', "'it''s'");
    assert.equal(result, 'openapi: 3.0.1\nx-a: {"c": "it\'s"}\npaths: {}\n');
  });

  test('JSON: one line, one property a line (nested values indented from the property), empty', () => {
    const one = '{"openapi": "3.0.1", "x-a": {"b": 1}, "paths": {}}';
    assert.equal(added(one, '{"b"', 'c', '2', 'json'), '{"openapi": "3.0.1", "x-a": {"b": 1, "c": 2}, "paths": {}}');
    const lines = '{\n  "openapi": "3.0.1",\n  "x-a": {\n      "b": 1\n  },\n  "paths": {}\n}';
    assert.equal(
      added(lines, '{\n      "b"', 'c', "'x'", 'json'),
      '{\n  "openapi": "3.0.1",\n  "x-a": {\n      "b": 1,\n      "c": "x"\n  },\n  "paths": {}\n}',
    );
    const empty = '{"openapi": "3.0.1", "x-a": {}, "paths": {}}';
    assert.deepEqual((read(added(empty, '{}', 'c', '', 'json'), 'json') as Record<string, unknown>)['x-a'], { c: '' });
  });

  test('JSON: an object value, one property a line, indented from the new property', () => {
    const lines =
      '{\n  "openapi": "3.0.1",\n  "paths": {\n    "/a": {\n      "get": {\n        "responses": {}\n      }\n    }\n  }\n}';
    const doc = service.parseDocument('file:///e.json', 'json', 1, lines);
    const range = { start: doc.text.positionAt(0), end: doc.text.positionAt(1) };
    const [action] = service.codeActions(doc, range, [
      {
        range,
        message: 'm',
        source: DIAGNOSTIC_SOURCE,
        data: { addMockIntegration: { operationOffset: lines.indexOf('{\n        "responses"') } },
      },
    ]);
    const result = applyEdits(lines, action.edit!.changes![doc.uri]);
    assert.match(result, /\n {8}"responses": \{\},\n {8}"x-amazon-apigateway-integration": \{\n {10}"type": "mock",\n/);
    assert.match(result, /\n {8}\}\n {6}\}\n/);
  });
});
