// Definitions of $refs that point into the document at something that is no component: a list item is shown
// whole, a property by its key.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { getLanguageService } from '../../../../../server/src/service/languageService';

const service = getLanguageService({ host: {} });

function definitionOf(text: string, needle: string, within: number): string[] {
  const doc = service.parseDocument('file:///r.yaml', 'yaml', 1, text);
  const at = text.indexOf(needle);
  assert.ok(at >= 0, needle);
  return service
    .definition(doc, doc.text.positionAt(at + within))
    .map((l) => `${l.range.start.line}:${doc.text.getText(l.range)}`);
}

const spec = `openapi: 3.0.1
paths:
  /a:
    get:
      parameters:
        - {name: id, in: query}
      responses:
        '200': {description: ok}
  /b:
    get:
      parameters:
        - $ref: '#/paths/~1a/get/parameters/0'
      responses:
        '200':
          $ref: '#/paths/~1a/get/responses/200'
`;

describe('navigation: $refs into the paths', () => {
  test('a list item is the whole item; a property is its key', () => {
    assert.deepEqual(definitionOf(spec, "'#/paths/~1a/get/parameters/0'", 3), ['5:{name: id, in: query}']);
    assert.deepEqual(definitionOf(spec, "'#/paths/~1a/get/responses/200'", 3), ["7:'200'"]);
  });

  test('a $ref key itself, or a $ref to another file, is no symbol', () => {
    assert.deepEqual(definitionOf(spec, "$ref: '#/paths/~1a/get/parameters", 1), []);
    assert.deepEqual(
      definitionOf(spec.replace("'#/paths/~1a/get/parameters/0'", "'other.yaml#/X'"), "'other.yaml", 3),
      [],
    );
  });
});
