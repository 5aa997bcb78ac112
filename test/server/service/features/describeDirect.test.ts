// The description functions called directly with schemas of every shape they accept: types, ranges, keys, API
// types, value docs for some values only, extensions without a description or with unconfirmed API types.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import {
  describeEnumValue,
  describeExtension,
  describeField,
  schemaFacts,
  typeText,
} from '../../../../server/src/service/features/describe';
import { ALL_API_TYPES } from '../../../../server/src/service/catalogue/types';
import type { ExtensionSpec } from '../../../../server/src/service/catalogue/types';

describe('typeText and schemaFacts', () => {
  test('types: a list with or without its items', () => {
    assert.equal(typeText({ kind: 'array', items: { kind: 'string' } }), 'list of string');
    assert.equal(typeText({ kind: 'array' }), 'list');
    assert.equal(typeText({ kind: 'string' }), 'string');
  });

  test('ranges: both ends, one end, none', () => {
    assert.deepEqual(schemaFacts({ kind: 'integer', minimum: 1, maximum: 5 }), ['Type: integer', 'Range: 1 to 5']);
    assert.deepEqual(schemaFacts({ kind: 'integer', minimum: 1 }), ['Type: integer', 'Range: at least 1']);
    assert.deepEqual(schemaFacts({ kind: 'integer', maximum: 5 }), ['Type: integer', 'Range: at most 5']);
    assert.deepEqual(schemaFacts({ kind: 'integer' }), ['Type: integer']);
  });

  test('keys: only a map with described keys has a Keys line', () => {
    assert.deepEqual(schemaFacts({ kind: 'map', keys: { description: 'A name.' }, values: { kind: 'string' } }), [
      'Type: map (object with named entries)',
      'Keys: A name.',
    ]);
    assert.deepEqual(schemaFacts({ kind: 'map', values: { kind: 'string' } }), [
      'Type: map (object with named entries)',
    ]);
    assert.deepEqual(schemaFacts({ kind: 'string' }), ['Type: string']);
  });

  test('API types: listed only when some are left out', () => {
    assert.deepEqual(schemaFacts({ kind: 'string' }, ALL_API_TYPES), ['Type: string']);
    assert.deepEqual(schemaFacts({ kind: 'string' }, ['REST']), ['Type: string', 'API types: REST']);
  });
});

describe('describeField', () => {
  test('value docs for the values that have one; no link without a page', () => {
    assert.equal(
      describeField('mode', { kind: 'string', enum: ['A', 'B'], enumDocs: { B: 'The B mode.' } }),
      '**mode**\n\n- Type: string\n- Allowed: `A`, `B`\n\n- `B`: The B mode.',
    );
  });
});

describe('describeExtension', () => {
  const spec = (over: Partial<ExtensionSpec>): ExtensionSpec => ({
    name: 'x-amazon-apigateway-test',
    places: ['root'],
    apiTypes: ['REST'],
    schema: { kind: 'string' },
    docUrl: 'https://docs.example/test',
    ...over,
  });

  test('without a description: no blank lines left behind', () => {
    assert.equal(
      describeExtension(spec({})),
      '**x-amazon-apigateway-test**\n\n- Type: string\n- Goes in: the top level\n- API types: REST\n\n[AWS documentation](https://docs.example/test)',
    );
  });

  test('unconfirmed API types named; value docs only for values that have one; values without docs', () => {
    const text = describeExtension(
      spec({
        apiTypes: ['REST', 'HTTP'],
        unconfirmedApiTypes: ['HTTP', 'WEBSOCKET'],
        schema: { kind: 'string', description: 'Does things.', enum: ['A', 'B'], enumDocs: { A: 'The A way.' } },
      }),
    );
    assert.match(text, /\n- API types: REST, HTTP \(HTTP, WEBSOCKET: not confirmed\)\n/);
    assert.match(text, /\n\n- `A`: The A way\.\n\n\[AWS/);
    assert.doesNotMatch(text, /`B`:/);
    assert.doesNotMatch(describeExtension(spec({ schema: { kind: 'string', enum: ['A'] } })), /`A`:/);
  });
});

describe('describeEnumValue', () => {
  test('value docs without a list of values; a single value has no others', () => {
    assert.equal(
      describeEnumValue('A', { kind: 'string', enumDocs: { A: 'The A way.' } }, 'mode'),
      '**A** (mode)\n\nThe A way.',
    );
    assert.equal(describeEnumValue('b', { kind: 'string', enumDocs: { A: 'The A way.' } }, 'mode'), undefined);
    assert.equal(
      describeEnumValue('A', { kind: 'string', enum: ['A'], enumDocs: { A: 'The A way.' } }, 'mode'),
      '**A** (mode)\n\nThe A way.',
    );
  });
});
