// The shared CloudFormation evaluator's own parts: the `Res.Attr` split, `Fn::Base64` without Node, and what each
// source of values decides about a condition it cannot decide. Its functions against a stack are tested through
// the stack source (test/client/compare/stack/intrinsicResolver.test.ts), against local values through the gateway.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import {
  base64Utf8,
  resolveIntrinsics,
  splitGetAtt,
  unknown,
  type IntrinsicValues,
} from '../../../common/cloudFormation/intrinsics';

describe('the shared intrinsic evaluator', () => {
  test('Res.Attr splits at the first dot: attribute names may hold dots, logical ids may not', () => {
    assert.deepEqual(splitGetAtt('Fn.Arn'), ['Fn', 'Arn']);
    assert.deepEqual(splitGetAtt('Db.Endpoint.Address'), ['Db', 'Endpoint.Address']);
    assert.equal(splitGetAtt('NoAttribute'), undefined);
    assert.equal(splitGetAtt('.Arn'), undefined);
    assert.equal(splitGetAtt('Fn.'), undefined);
  });

  test('Fn::Base64 gives the base64 of the UTF-8 bytes, as Node encodes them', () => {
    const samples = [
      '',
      'a',
      'ab',
      'abc',
      'abcd',
      'héllo wörld',
      '€ 100',
      '日本語',
      'emoji 🎉 end',
      '\u0000\u007f\u0080',
    ];
    for (let i = 0; i < 200; i++)
      samples.push(
        String.fromCodePoint(
          ...Array.from({ length: i % 7 }, (_, j) => (i * 7919 + j * 104729) % 0x10ffff).filter(
            (c) => c < 0xd800 || c > 0xdfff,
          ),
        ),
      );
    for (const text of samples)
      assert.equal(base64Utf8(text), Buffer.from(text, 'utf8').toString('base64'), JSON.stringify(text));
  });

  const source = (undecidedIf: IntrinsicValues['undecidedIf']): IntrinsicValues => ({
    ref: (name, expression) => (name === 'Known' ? 'known-value' : unknown(expression, `${name} is not known here`)),
    attribute: (id, attribute) => `${id}/${attribute}`,
    template: {
      Conditions: {
        Open: { 'Fn::Equals': [{ Ref: 'Missing' }, 'x'] },
        Yes: { 'Fn::Equals': [{ Ref: 'Known' }, 'known-value'] },
      },
    },
    undecidedIf,
    sourceName: 'the test source',
  });

  test('a condition the source cannot decide: a placeholder naming the source, or the first value', () => {
    const value = { a: { 'Fn::If': ['Open', 'first', 'second'] }, b: { 'Fn::If': ['Yes', 'then', 'else'] } };
    const strict = resolveIntrinsics(value, source('unknown'));
    assert.deepEqual(strict.value, { a: '«unresolved: Fn::If Open»', b: 'then' });
    assert.deepEqual(strict.unresolved, [
      { path: '/a', expression: 'Fn::If Open', reason: 'the condition Open cannot be decided from the test source' },
    ]);
    const lenient = resolveIntrinsics(value, source('first'));
    assert.deepEqual(lenient.value, { a: 'first', b: 'then' });
    assert.deepEqual(lenient.unresolved, []);
  });

  test('GetAtt in both forms and in Sub reaches the source split at the first dot; unknown functions are named', () => {
    const { value, unresolved } = resolveIntrinsics(
      {
        short: { 'Fn::GetAtt': 'Db.Endpoint.Address' },
        long: { 'Fn::GetAtt': ['Db', 'Endpoint.Port'] },
        sub: { 'Fn::Sub': 'tcp://${Db.Endpoint.Address}:${Known}/${AWS::Region}' },
        other: { 'Fn::ImportValue': 'Shared' },
      },
      source('unknown'),
    );
    assert.deepEqual(value, {
      short: 'Db/Endpoint.Address',
      long: 'Db/Endpoint.Port',
      sub: 'tcp://Db/Endpoint.Address:known-value/«unresolved: ${AWS::Region}»',
      other: '«unresolved: Fn::ImportValue Shared»',
    });
    assert.deepEqual(
      unresolved.map((u) => `${u.path} ${u.reason}`),
      ['/sub AWS::Region is not known here', '/other Fn::ImportValue is not resolved from the test source'],
    );
  });
});
