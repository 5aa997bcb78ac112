import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { compareDefinitions } from '../../../../client/src/compare/compareCore';
import { placeholder, resolveIntrinsics } from '../../../../client/src/compare/stack/intrinsicResolver';
import { stackStatusVerdict } from '../../../../client/src/compare/stack/stackLookup';

/** A template's definition resolved against a stack, and the REST export (with extensions) AWS gives of it. */
const context = {
  stackName: 'pets',
  stackId: 'arn:aws:cloudformation:us-east-1:123456789012:stack/pets/1',
  region: 'us-east-1',
  accountId: '123456789012',
  partition: 'aws',
  parameters: {},
  resources: { Fn: { physicalId: 'pets-Fn-1', type: 'AWS::Lambda::Function' } },
};
const lambdaUri =
  'arn:aws:apigateway:us-east-1:lambda:path/2015-03-31/functions/arn:aws:lambda:us-east-1:123456789012:function:pets-Fn-1/invocations';
const written = {
  openapi: '3.0.1',
  info: { title: 'Pets', version: '1' },
  paths: {
    '/pets': {
      get: {
        responses: { '200': { description: 'ok' } },
        'x-amazon-apigateway-integration': {
          type: 'aws_proxy',
          httpMethod: 'POST',
          uri: {
            'Fn::Sub': 'arn:aws:apigateway:${AWS::Region}:lambda:path/2015-03-31/functions/${Fn.Arn}/invocations',
          },
          credentials: { 'Fn::ImportValue': 'invoke-role' },
        },
      },
    },
  },
};
const exported = (credentials: string, uri = lambdaUri) => ({
  openapi: '3.0.1',
  info: { title: 'Pets', version: '2026-11-28T12:00:00Z' },
  servers: [{ url: 'https://abc.execute-api.us-east-1.amazonaws.com/{basePath}' }],
  paths: {
    '/pets': {
      get: {
        responses: { '200': { description: 'ok' } },
        'x-amazon-apigateway-integration': {
          type: 'aws_proxy',
          httpMethod: 'POST',
          uri,
          credentials,
          passthroughBehavior: 'when_no_match',
          timeoutInMillis: 29000,
        },
      },
    },
  },
});

describe('unresolved intrinsics in a comparison: shown as placeholders, listed, never drift', () => {
  test('the placeholder stays in the diff, the drift takes the stage value, the summary lists it', () => {
    const { value, unresolved } = resolveIntrinsics(written, context);
    const comparison = compareDefinitions(value, exported('arn:aws:iam::123456789012:role/invoke'), { unresolved });
    assert.deepEqual(comparison.drift, []);
    assert.match(comparison.local, new RegExp(placeholder('Fn::ImportValue invoke-role')));
    assert.deepEqual(
      comparison.unresolved.map((u) => [u.path, u.expression]),
      [['/paths/~1pets/get/x-amazon-apigateway-integration/credentials', 'Fn::ImportValue invoke-role']],
    );
    assert.ok(comparison.notes.some((n) => /1 value could not be resolved/.test(n)));
  });

  test('what was resolved is still compared: another function on the stage is drift', () => {
    const { value, unresolved } = resolveIntrinsics(written, context);
    const comparison = compareDefinitions(value, exported('x', lambdaUri.replace('pets-Fn-1', 'other')), {
      unresolved,
    });
    assert.deepEqual(comparison.drift, [{ operation: 'GET /pets', change: 'changed', aspects: ['integration'] }]);
  });
});

describe('stack status: which states can be compared', () => {
  test('failed creates, rollbacks of a create and deletes are refused; failed updates are a note', () => {
    for (const status of ['CREATE_FAILED', 'ROLLBACK_COMPLETE', 'ROLLBACK_IN_PROGRESS', 'DELETE_IN_PROGRESS'])
      assert.match(stackStatusVerdict('s', status).refuse ?? '', new RegExp(`s is in ${status}`), status);
    assert.match(stackStatusVerdict('s', 'UPDATE_ROLLBACK_COMPLETE').note ?? '', /last update did not complete/);
    assert.match(stackStatusVerdict('s', 'UPDATE_IN_PROGRESS').note ?? '', /may change/);
    assert.deepEqual(stackStatusVerdict('s', 'UPDATE_COMPLETE'), {});
  });
});
