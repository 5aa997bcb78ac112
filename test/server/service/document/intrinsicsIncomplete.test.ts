// Intrinsics that are not (yet) what CloudFormation needs, as a user types them: a long form without its value
// (a JSON syntax error leaves the property empty), an `Fn::Sub` with an empty list, and three-item functions other
// than `Fn::If`, whose items are not branches. None of them is a template string, a pair of branches or a NoValue.
import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import type { AstNode, ObjectNode } from '../../../../server/src/service/parser/ast';
import { parse } from '../../../../server/src/service/parser/parse';
import {
  asIntrinsic,
  ifBranches,
  isNoValue,
  maskPlaceholders,
  subTemplate,
} from '../../../../server/src/service/document/intrinsics';

/** The value of key `v`, which may be missing while the text is being typed. */
function value(text: string, syntax: 'yaml' | 'json' = 'yaml'): AstNode | undefined {
  const root = parse(text, syntax).root as ObjectNode;
  return root.properties.find((p) => p.key.value === 'v')!.value;
}

describe('incomplete intrinsics', () => {
  test('a long form without its value yet is that function with no argument, and nothing more', () => {
    for (const name of ['Fn::Sub', 'Fn::If', 'Ref']) {
      const node = value(`{"v": {"${name}": }}`, 'json');
      assert.deepEqual(asIntrinsic(node), { name, argument: undefined }, name);
      assert.equal(subTemplate(node), undefined, name);
      assert.equal(ifBranches(node), undefined, name);
      assert.equal(isNoValue(node), false, name);
    }
  });

  test('Fn::Sub with an empty list, or a list that starts with no string, has no template string', () => {
    assert.equal(subTemplate(value('v: {Fn::Sub: []}')), undefined);
    assert.equal(subTemplate(value('v: !Sub []')), undefined);
    assert.equal(subTemplate(value('v: {Fn::Sub: [{a: b}]}')), undefined);
    assert.equal(subTemplate(value('v: {Fn::Sub: ["${A}", {A: b}]}'))?.text, '${A}');
  });

  test('only Fn::If has branches: other three-item functions do not', () => {
    for (const text of [
      'v: {Fn::FindInMap: [Map, {a: 1}, {b: 2}]}',
      'v: !FindInMap [Map, {a: 1}, {b: 2}]',
      'v: !Cidr [10.0.0.0/16, 2, 8]',
      'v: {Fn::Select: [0, [a], b]}',
    ])
      assert.equal(ifBranches(value(text)), undefined, text);
    assert.equal(ifBranches(value('v: {Fn::If: [C, {a: 1}, {b: 2}]}'))?.length, 2);
  });

  test('Ref to something other than a name is not NoValue', () => {
    assert.equal(isNoValue(value('v: {Ref: [AWS::NoValue]}')), false);
    assert.equal(isNoValue(value('v: {Ref: {AWS::NoValue: 1}}')), false);
    assert.equal(isNoValue(value('v: {Ref: AWS::NoValue}')), true);
  });

  test('text without placeholders is unchanged', () => {
    for (const text of ['', 'plain', '$notAPlaceholder', '{A}', '$ {A}']) assert.equal(maskPlaceholders(text), text);
  });
});
