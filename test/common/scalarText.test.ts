// How the local gateway turns values parsed from definitions, templates and Lambda answers into text: scalars as
// JSON writes them, objects never as "[object Object]" (a default instead, or their JSON where API Gateway prints
// JSON), and what that means for an integration whose fields hold CloudFormation intrinsics.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { integrationSpec } from '../../server/src/gateway/load/integrationSpec';
import { stringMap } from '../../server/src/gateway/load/refs';
import { jsonText, scalarText } from '../../common/scalarText';

describe('scalarText and jsonText', () => {
  it('give strings, numbers and booleans their JSON text', () => {
    assert.equal(scalarText('GET'), 'GET');
    assert.equal(scalarText(200), '200');
    assert.equal(scalarText(1.5), '1.5');
    assert.equal(scalarText(false), 'false');
    assert.equal(jsonText(''), '');
    assert.equal(jsonText(0), '0');
  });

  it('give nothing for null, undefined, objects and arrays; jsonText gives objects and arrays as JSON', () => {
    for (const value of [null, undefined, { Ref: 'Method' }, ['a']]) assert.equal(scalarText(value), undefined);
    assert.equal(jsonText(null), undefined);
    assert.equal(jsonText(undefined), undefined);
    assert.equal(jsonText({ sub: 'u1', groups: ['a'] }), '{"sub":"u1","groups":["a"]}');
    assert.equal(jsonText(['a', 1]), '["a",1]');
  });
});

describe('values the gateway reads from a definition', () => {
  it('an intrinsic where a string belongs falls back to the default, never to "[object Object]"', () => {
    const spec = integrationSpec(
      {
        type: 'http_proxy',
        uri: 'http://127.0.0.1:1/x',
        httpMethod: { 'Fn::If': ['IsProd', 'GET', 'POST'] },
        payloadFormatVersion: { Ref: 'Version' },
        responses: { default: { statusCode: { Ref: 'Status' } } },
      },
      'HTTP',
    );
    assert.ok(typeof spec !== 'string', String(spec));
    assert.equal(spec.httpMethod, 'POST');
    assert.equal(spec.payloadFormatVersion, '2.0');
    assert.equal(spec.responses[0].statusCode, '200');
  });

  it('an integration type that is not text is refused with the list of types', () => {
    const message = integrationSpec({ type: { Ref: 'Type' }, uri: 'http://127.0.0.1:1/x' }, 'REST');
    assert.equal(message, 'integration type "" is not one of mock, http, http_proxy, aws, aws_proxy');
  });

  it('string maps keep scalars as text and leave objects out', () => {
    assert.deepEqual(stringMap({ a: 'x', b: 2, c: true, d: { Ref: 'X' }, e: null, f: ['y'] }), {
      a: 'x',
      b: '2',
      c: 'true',
    });
  });
});
