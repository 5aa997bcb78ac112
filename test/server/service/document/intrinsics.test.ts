// CloudFormation intrinsics as the rules see them: every short form (YAML tag) means its long form, a one-key object
// `Ref` / `Condition` / `Fn::*` is an intrinsic and nothing else is, and `Fn::Sub` / `Fn::If` / `AWS::NoValue` are
// taken apart as CloudFormation reads them. Nodes come from the real parsers.
import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import type { AstNode, ObjectNode } from '../../../../server/src/service/parser/ast';
import { parse } from '../../../../server/src/service/parser/parse';
import {
  asIntrinsic,
  ifBranches,
  isIntrinsic,
  isNoValue,
  maskPlaceholders,
  PLACEHOLDER,
  subTemplate,
} from '../../../../server/src/service/document/intrinsics';

/** The value of key `v` in a one-line YAML or JSON document. */
function value(text: string, syntax: 'yaml' | 'json' = 'yaml'): AstNode {
  const root = parse(text, syntax).root as ObjectNode;
  return root.properties.find((p) => p.key.value === 'v')!.value!;
}

describe('asIntrinsic', () => {
  test('every short form names its long form, with the tagged node as argument', () => {
    const forms: Record<string, string> = {
      '!Ref': 'Ref',
      '!Sub': 'Fn::Sub',
      '!GetAtt': 'Fn::GetAtt',
      '!If': 'Fn::If',
      '!Join': 'Fn::Join',
      '!Select': 'Fn::Select',
      '!Split': 'Fn::Split',
      '!FindInMap': 'Fn::FindInMap',
      '!ImportValue': 'Fn::ImportValue',
      '!Base64': 'Fn::Base64',
      '!GetAZs': 'Fn::GetAZs',
      '!Cidr': 'Fn::Cidr',
      '!Equals': 'Fn::Equals',
      '!And': 'Fn::And',
      '!Or': 'Fn::Or',
      '!Not': 'Fn::Not',
      '!Condition': 'Condition',
      '!Transform': 'Fn::Transform',
      '!ToJsonString': 'Fn::ToJsonString',
      '!Length': 'Fn::Length',
    };
    for (const [tag, name] of Object.entries(forms)) {
      const node = value(`v: ${tag} x\n`);
      assert.deepEqual(asIntrinsic(node), { name, argument: node }, tag);
    }
    // An unknown tag is kept as it is written.
    const other = value('v: !Custom x\n');
    assert.deepEqual(asIntrinsic(other), { name: '!Custom', argument: other });
  });

  test('a one-key object Ref, Condition or Fn::* is an intrinsic, its argument the value', () => {
    for (const key of ['Ref', 'Condition', 'Fn::Sub', 'Fn::GetAtt']) {
      const node = value(`{"v": {"${key}": "x"}}`, 'json') as ObjectNode;
      const fn = asIntrinsic(node);
      assert.equal(fn?.name, key);
      assert.equal(fn?.argument, node.properties[0].value);
      assert.equal(isIntrinsic(node), true);
    }
    for (const text of [
      '{"v": {"Ref": "x", "Other": 1}}',
      '{"v": {"Reference": "x"}}',
      '{"v": {"Fn:Sub": "x"}}',
      '{"v": {}}',
      '{"v": "Ref"}',
      '{"v": ["Ref"]}',
    ])
      assert.equal(asIntrinsic(value(text, 'json')), undefined, text);
    assert.equal(asIntrinsic(undefined), undefined);
    assert.equal(isIntrinsic(undefined), false);
  });
});

describe('subTemplate', () => {
  test('the template string of Fn::Sub, plain or with a variables map', () => {
    const plain = value('v: !Sub "arn:${AWS::Region}"\n');
    assert.deepEqual(subTemplate(plain), { text: 'arn:${AWS::Region}', node: plain });
    const withMap = value('v:\n  Fn::Sub:\n    - "${A}-x"\n    - A: 1\n');
    const sub = subTemplate(withMap);
    assert.equal(sub?.text, '${A}-x');
    assert.equal(sub?.node.type, 'string');
    assert.equal(subTemplate(value('v: !Sub [1, 2]\n')), undefined);
    assert.equal(subTemplate(value('v: !Sub\n  a: 1\n')), undefined);
    assert.equal(subTemplate(value('v: !Ref x\n')), undefined);
    assert.equal(subTemplate(value('v: plain\n')), undefined);
    assert.equal(subTemplate(undefined), undefined);
  });
});

describe('ifBranches', () => {
  test('the two value branches of Fn::If, and nothing for a malformed one', () => {
    const branches = ifBranches(value('v: !If [Cond, yes, no]\n'));
    assert.deepEqual(
      branches?.map((b) => (b as { value: unknown }).value),
      ['yes', 'no'],
    );
    assert.deepEqual(
      ifBranches(value('{"v": {"Fn::If": ["C", 1, 2]}}', 'json'))?.map((b) => (b as { value: unknown }).value),
      [1, 2],
    );
    assert.equal(ifBranches(value('v: !If [Cond, yes]\n')), undefined);
    assert.equal(ifBranches(value('v: !If [Cond, a, b, c]\n')), undefined);
    assert.equal(ifBranches(value('v: !If Cond\n')), undefined);
    assert.equal(ifBranches(value('v: !Ref x\n')), undefined);
    assert.equal(ifBranches(undefined), undefined);
  });
});

describe('isNoValue', () => {
  test('only a Ref to AWS::NoValue removes the property', () => {
    assert.equal(isNoValue(value('v: !Ref AWS::NoValue\n')), true);
    assert.equal(isNoValue(value('{"v": {"Ref": "AWS::NoValue"}}', 'json')), true);
    assert.equal(isNoValue(value('v: !Ref AWS::Region\n')), false);
    assert.equal(isNoValue(value('v: !Sub AWS::NoValue\n')), false);
    assert.equal(isNoValue(value('{"v": {"Ref": ["AWS::NoValue"]}}', 'json')), false);
    assert.equal(isNoValue(value('v: AWS::NoValue\n')), false);
  });
});

describe('maskPlaceholders', () => {
  test('each ${...} becomes one marker character; text without one is unchanged', () => {
    assert.equal(
      maskPlaceholders('arn:${AWS::Partition}:lambda:${AWS::Region}:x'),
      `arn:${PLACEHOLDER}:lambda:${PLACEHOLDER}:x`,
    );
    assert.equal(maskPlaceholders('${}'), PLACEHOLDER);
    assert.equal(maskPlaceholders('no placeholder $ {x}'), 'no placeholder $ {x}');
    assert.equal(maskPlaceholders('open ${ only'), 'open ${ only');
  });
});
