/** Local `$ref` resolution: JSON pointers as RFC 6901 writes them, and chains of references followed a few hops. */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { getValue, scalarText, type AstNode } from '../../../../server/src/service/parser/ast';
import { parse } from '../../../../server/src/service/parser/parse';
import { decodePointer, derefObject, refOf, resolveLocalRef } from '../../../../server/src/service/validation/refs';

const tree = (yaml: string): AstNode => parse(yaml, 'yaml').root as AstNode;

describe('decodePointer', () => {
  test('the root is no segment at all', () => {
    assert.deepEqual(decodePointer(''), []);
    assert.deepEqual(decodePointer('/'), []);
  });

  test('segments with their escapes and percent-encoding undone, in that order', () => {
    assert.deepEqual(decodePointer('/paths/~1pets~1{id}/get'), ['paths', '/pets/{id}', 'get']);
    assert.deepEqual(decodePointer('/a~0b/~01'), ['a~b', '~1']);
    assert.deepEqual(decodePointer('/my%20schema'), ['my schema']);
    assert.deepEqual(decodePointer('/100%'), ['100%']);
  });

  test('a pointer written without its leading slash', () => {
    assert.deepEqual(decodePointer('definitions/Pet'), ['definitions', 'Pet']);
  });
});

describe('resolveLocalRef', () => {
  const root = tree(`components:
  schemas:
    Pet: {type: object}
    a/b: {type: string}
tags:
  - name: first
  - name: second
`);
  const text = (node: AstNode | undefined) => scalarText(getValue(node, 'type') ?? getValue(node, 'name'));

  test('follows keys and list indexes from the root', () => {
    assert.equal(text(resolveLocalRef(root, '#/components/schemas/Pet')), 'object');
    assert.equal(text(resolveLocalRef(root, '#/components/schemas/a~1b')), 'string');
    assert.equal(text(resolveLocalRef(root, '#/tags/1')), 'second');
    assert.equal(resolveLocalRef(root, '#'), root);
  });

  test('nothing for a missing target, a path through a scalar, or another file', () => {
    assert.equal(resolveLocalRef(root, '#/components/schemas/Dog'), undefined);
    assert.equal(resolveLocalRef(root, '#/components/schemas/Pet/type/deeper/still'), undefined);
    assert.equal(resolveLocalRef(root, 'other.yaml#/components/schemas/Pet'), undefined);
    assert.equal(resolveLocalRef(root, '/components/schemas/Pet'), undefined);
  });
});

describe('refOf and derefObject', () => {
  const chain = (refs: number) => {
    const lines = ['start: {$ref: "#/r1"}'];
    for (let i = 1; i < refs; i++) lines.push(`r${i}: {$ref: "#/r${i + 1}"}`);
    lines.push(`r${refs}: {found: yes}`);
    return tree(lines.join('\n'));
  };

  test("an object's $ref", () => {
    assert.equal(refOf(tree('{$ref: "#/a", b: 1}')), '#/a');
    assert.equal(refOf(tree('{b: 1}')), undefined);
  });

  test('follows a reference to the object it names', () => {
    const root = chain(1);
    const target = derefObject(root, getValue(root, 'start'));
    assert.equal(scalarText(getValue(target, 'found')), 'yes');
    assert.equal(derefObject(root, getValue(root, 'r1')), getValue(root, 'r1'));
  });

  test('follows seven hops, gives up at eight and on cycles', () => {
    const seven = chain(7);
    assert.equal(scalarText(getValue(derefObject(seven, getValue(seven, 'start')), 'found')), 'yes');
    const eight = chain(8);
    assert.equal(derefObject(eight, getValue(eight, 'start')), undefined);
    const cycle = tree('a: {$ref: "#/b"}\nb: {$ref: "#/a"}\n');
    assert.equal(derefObject(cycle, getValue(cycle, 'a')), undefined);
  });

  test('a reference to a scalar or to nothing names no object', () => {
    const root = tree('a: {$ref: "#/b"}\nb: text\nc: {$ref: "#/missing"}\n');
    assert.equal(derefObject(root, getValue(root, 'a')), undefined);
    assert.equal(derefObject(root, getValue(root, 'c')), undefined);
  });
});
