// The depth limit of toJson for objects, as toJson.test.ts checks it for lists: a value deeper than 500 levels of
// objects (or of objects and lists mixed) is cut to null instead of being followed down without end. And every key
// is kept as JSON.parse keeps it, `__proto__` included (the deploy and the YAML-to-JSON conversion send this value).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parse } from '../../../../server/src/service/parser/parse';
import { toJson } from '../../../../server/src/service/document/toJson';
import { getLanguageService } from '../../../../server/src/service/languageService';
import type { AstNode } from '../../../../server/src/service/parser/ast';

// Built by hand: the parsers stop nesting far earlier than 500 levels.
const leaf = { type: 'string', value: 'leaf' } as unknown as AstNode;
const inObject = (node: AstNode) =>
  ({
    type: 'object',
    properties: [{ type: 'property', key: { type: 'string', value: 'a' }, value: node }],
  }) as unknown as AstNode;
const inArray = (node: AstNode) => ({ type: 'array', items: [node] }) as unknown as AstNode;

function nested(levels: number, wrap: (node: AstNode, level: number) => AstNode): AstNode {
  let node = leaf;
  for (let i = 0; i < levels; i++) node = wrap(node, i);
  return node;
}

/** How many levels the JSON value goes down, and what is at the bottom. */
function bottom(value: unknown): { levels: number; leaf: unknown } {
  let levels = 0;
  for (;;) {
    if (Array.isArray(value)) value = value[0];
    else if (value && typeof value === 'object') value = (value as Record<string, unknown>).a;
    else return { levels, leaf: value };
    levels++;
  }
}

test('objects are followed to 500 levels and cut below', () => {
  assert.deepEqual(bottom(toJson(nested(500, inObject))), { levels: 500, leaf: 'leaf' });
  assert.deepEqual(bottom(toJson(nested(501, inObject))), { levels: 501, leaf: null });
  assert.deepEqual(bottom(toJson(nested(2000, inObject))), { levels: 501, leaf: null });
});

test('objects and lists mixed count as one depth', () => {
  const mixed = (levels: number) => nested(levels, (node, i) => (i % 2 ? inObject(node) : inArray(node)));
  assert.deepEqual(bottom(toJson(mixed(500))), { levels: 500, leaf: 'leaf' });
  assert.deepEqual(bottom(toJson(mixed(501))), { levels: 501, leaf: null });
});

test('a __proto__ key is a key like any other, as JSON.parse reads it', () => {
  const text = '{"a": {"__proto__": {"x": 1}, "b": 2}, "__proto__": []}';
  for (const syntax of ['json', 'yaml'] as const) {
    const value = toJson(parse(text, syntax).root) as Record<string, Record<string, unknown>>;
    assert.equal(JSON.stringify(value), JSON.stringify(JSON.parse(text)), syntax);
    assert.deepEqual(Object.keys(value.a), ['__proto__', 'b'], syntax);
    // Not a prototype: nothing is inherited from it.
    assert.equal(Object.getPrototypeOf(value.a), Object.prototype, syntax);
    assert.equal(value.a.x, undefined, syntax);
    // A value like JSON.parse's: its caller may change the key...
    value.a.__proto__ = { y: 2 };
    assert.deepEqual(value.a.__proto__, { y: 2 }, syntax);
    assert.deepEqual(Object.keys(value.a), ['__proto__', 'b'], syntax);
    assert.equal(value.a.y, undefined, syntax);
    // ... or remove it.
    assert.equal(Reflect.deleteProperty(value.a, '__proto__'), true, syntax);
    assert.deepEqual(Object.keys(value.a), ['b'], syntax);
  }
});

test('of a key written twice the last value wins, __proto__ included, as JSON.parse has it', () => {
  const text = '{"__proto__": 1, "a": 2, "__proto__": {"x": 3}, "a": 4}';
  const value = toJson(parse(text, 'json').root);
  assert.equal(JSON.stringify(value), JSON.stringify(JSON.parse(text)));
  assert.equal(JSON.stringify(value), '{"__proto__":{"x":3},"a":4}');
});

test('the definition sent to deploy keeps a schema property named __proto__', () => {
  const service = getLanguageService();
  const text = [
    'openapi: 3.0.1',
    'info: {title: t, version: "1"}',
    'paths: {}',
    'components:',
    '  schemas:',
    '    Obj:',
    '      type: object',
    '      properties:',
    '        __proto__: {type: string}',
    '        name: {type: string}',
  ].join('\n');
  const json = service.definitionJson(service.parseDocument('file:///w/a.yaml', 'yaml', 1, text))!.json;
  assert.deepEqual(Object.keys(JSON.parse(json).components.schemas.Obj.properties), ['__proto__', 'name']);
});
