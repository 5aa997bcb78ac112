// definitionJson over unusual shapes: keys with ~ in pointers, $ref with no text, empty values.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { getLanguageService } from '../../../../server/src/service/languageService';

const service = getLanguageService({ host: {} });
const definitionJson = (text: string) =>
  service.definitionJson(service.parseDocument('file:///d.yaml', 'yaml', 1, text));

describe('definitionJson shapes', () => {
  test('a ~ in a key is escaped as ~0 in the pointer', () => {
    assert.deepEqual(definitionJson('openapi: 3.0.1\npaths: {}\nx-a~b:\n  c: !Ref R\n')!.intrinsics, [
      { name: 'Ref', path: '/x-a~0b/c' },
    ]);
  });

  test('a $ref that is no text, or empty, and keys without a value are walked over', () => {
    const result = definitionJson(
      'openapi: 3.0.1\npaths: {}\nx-a:\n  $ref: {b: 1}\nx-b:\n  $ref:\nx-c:\nx-d: [1, null]\n',
    )!;
    assert.deepEqual(result.externalRefs, []);
    assert.deepEqual(result.intrinsics, []);
  });
});
