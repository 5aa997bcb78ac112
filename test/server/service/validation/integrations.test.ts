/** An operation's integrations (through `Fn::If` and `$ref`), and whether an integration calls Lambda. */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { indexDefinition } from '../../../../server/src/service/document/definitionIndex';
import { buildDocument } from '../../../../server/src/service/document/model';
import { asObject, getValue, scalarText, type AstNode } from '../../../../server/src/service/parser/ast';
import { parse } from '../../../../server/src/service/parser/parse';
import { integrationsOf, lambdaTarget, literalOrSub } from '../../../../server/src/service/validation/integrations';

function sites(operation: string) {
  const text = `openapi: 3.0.1
info: {title: t, version: '1'}
paths:
  /a:
    get:
${operation}
x-shared:
  mock: {type: MOCK}
`;
  const def = buildDocument('file:///work/openapi.yaml', 'yaml', 1, text).definitions[0];
  const [op] = indexDefinition(def).operations;
  return integrationsOf(def.root, op).map((s) => ({
    type: s.type,
    uri: scalarText(getValue(s.node, 'uri')),
    key: s.property.key.value,
  }));
}

describe('integrationsOf', () => {
  test('none without an integration', () => {
    assert.deepEqual(sites('      responses: {}'), []);
  });

  test('the integration, its type in lower case', () => {
    assert.deepEqual(sites('      x-amazon-apigateway-integration: {type: AWS_PROXY, uri: u}'), [
      { type: 'aws_proxy', uri: 'u', key: 'x-amazon-apigateway-integration' },
    ]);
  });

  test('both branches of an Fn::If, and the target of a $ref', () => {
    assert.deepEqual(
      sites(
        '      x-amazon-apigateway-integration: {"Fn::If": [IsProd, {type: HTTP, uri: p}, {$ref: "#/x-shared/mock"}]}',
      ),
      [
        { type: 'http', uri: 'p', key: 'x-amazon-apigateway-integration' },
        { type: 'mock', uri: undefined, key: 'x-amazon-apigateway-integration' },
      ],
    );
  });

  test('a computed integration is one of unknown type; an unresolved $ref or a scalar is none', () => {
    assert.deepEqual(sites('      x-amazon-apigateway-integration: {Ref: Integration}'), [
      { type: undefined, uri: undefined, key: 'x-amazon-apigateway-integration' },
    ]);
    assert.deepEqual(sites('      x-amazon-apigateway-integration: {$ref: "#/x-shared/none"}'), []);
    assert.deepEqual(sites('      x-amazon-apigateway-integration: text'), []);
  });
});

const integration = (yaml: string) => asObject(parse(yaml, 'yaml').root) as NonNullable<ReturnType<typeof asObject>>;

describe('lambdaTarget', () => {
  const invocation =
    'arn:aws:apigateway:us-east-1:lambda:path/2015-03-31/functions/arn:aws:lambda:us-east-1:123456789012:function:fn/invocations';

  test('a Lambda invocation URI or function ARN, written or in an Fn::Sub, also with blanks around it', () => {
    assert.equal(lambdaTarget(integration(`uri: ${invocation}`)), 'lambda');
    assert.equal(lambdaTarget(integration(`uri: "  ${invocation}  "`)), 'lambda');
    assert.equal(lambdaTarget(integration('uri: arn:aws:lambda:us-east-1:123456789012:function:fn')), 'lambda');
    assert.equal(
      lambdaTarget(
        integration(
          'uri: !Sub "arn:aws:apigateway:${AWS::Region}:lambda:path/2015-03-31/functions/${Fn.Arn}/invocations"',
        ),
      ),
      'lambda',
    );
  });

  test('another URI is not Lambda', () => {
    assert.equal(lambdaTarget(integration('uri: https://example.com')), 'other');
    assert.equal(lambdaTarget(integration('uri: !Sub "https://${Host}/x"')), 'other');
  });

  test('unknown when the URI is computed, missing, or starts with a placeholder', () => {
    assert.equal(lambdaTarget(integration('uri: !GetAtt Fn.Arn')), 'unknown');
    assert.equal(lambdaTarget(integration('uri: {"Fn::Join": ["", [a, b]]}')), 'unknown');
    assert.equal(lambdaTarget(integration('type: aws')), 'unknown');
    assert.equal(lambdaTarget(integration('uri: !Sub "${Uri}"')), 'unknown');
    assert.equal(lambdaTarget(integration('uri: !Sub "${Base}/invocations"')), 'unknown');
  });
});

describe('literalOrSub', () => {
  const value = (yaml: string): AstNode | undefined => getValue(parse(`v: ${yaml}`, 'yaml').root, 'v');

  test('a written scalar, or the template of an Fn::Sub', () => {
    assert.equal(literalOrSub(value('abc'))?.text, 'abc');
    assert.equal(literalOrSub(value('42'))?.text, '42');
    assert.equal(literalOrSub(value('!Sub "a-${B}"'))?.text, 'a-${B}');
    assert.equal(literalOrSub(value('{"Fn::Sub": ["a-${B}", {B: x}]}'))?.text, 'a-${B}');
  });

  test('nothing for other intrinsics, objects and a missing value', () => {
    assert.equal(literalOrSub(value('!Ref Param')), undefined);
    assert.equal(literalOrSub(value('!GetAtt Fn.Arn')), undefined);
    assert.equal(literalOrSub(value('{a: 1}')), undefined);
    assert.equal(literalOrSub(undefined), undefined);
  });
});
