import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { compareDefinitions } from '../../../client/src/compare/compareCore';
import { describeDrift } from '../../../client/src/compare/operationDiff';

/** A local definition, and what API Gateway's REST export of the same API deployed gives back (shape as in AWS's docs). */
const local = {
  openapi: '3.0.1',
  info: { title: 'Pets', version: '1.0', description: 'Our pets' },
  paths: {
    '/pets': {
      get: {
        summary: 'List pets',
        operationId: 'listPets',
        parameters: [
          { name: 'type', in: 'query', schema: { type: 'string' } },
          { name: 'limit', in: 'query', schema: { type: 'integer' } },
        ],
        responses: { '200': { description: 'ok' } },
        'x-amazon-apigateway-integration': {
          type: 'http_proxy',
          httpMethod: 'GET',
          uri: 'https://backend.example.com/pets',
        },
      },
      post: {
        security: [{ TokenAuthorizer: [] }],
        responses: { '201': { description: 'created' } },
        'x-amazon-apigateway-integration': {
          type: 'aws_proxy',
          httpMethod: 'POST',
          uri: 'arn:aws:apigateway:us-east-1:lambda:path/2015-03-31/functions/arn:aws:lambda:us-east-1:123456789012:function:add-pet/invocations',
        },
      },
    },
    '/health': {
      get: { responses: { '200': { description: 'ok' } }, 'x-amazon-apigateway-integration': { type: 'mock' } },
    },
  },
};

const exported = {
  openapi: '3.0.1',
  info: { title: 'Pets', version: '2026-11-28T09:00:00Z' },
  servers: [
    {
      url: 'https://abc123.execute-api.us-east-1.amazonaws.com/{basePath}',
      variables: { basePath: { default: 'dev' } },
    },
  ],
  paths: {
    '/pets': {
      GET: {
        parameters: [
          { name: 'limit', in: 'query', schema: { type: 'integer' } },
          { name: 'type', in: 'query', schema: { type: 'string' } },
        ],
        responses: { '200': { description: '200 response' } },
        'x-amazon-apigateway-integration': {
          type: 'HTTP_PROXY',
          httpMethod: 'GET',
          uri: 'https://backend.example.com/pets',
          passthroughBehavior: 'when_no_match',
          timeoutInMillis: 29000,
          connectionType: 'INTERNET',
          cacheNamespace: 'r1a2b3',
          cacheKeyParameters: [],
        },
      },
      // Edited in the console: another function.
      post: {
        security: [{ TokenAuthorizer: [] }],
        responses: { '201': { description: 'created' } },
        'x-amazon-apigateway-integration': {
          type: 'aws_proxy',
          httpMethod: 'POST',
          uri: 'arn:aws:apigateway:us-east-1:lambda:path/2015-03-31/functions/arn:aws:lambda:us-east-1:123456789012:function:add-pet-v2/invocations',
        },
      },
    },
    '/legacy': { get: { responses: { '200': { description: 'ok' } } } },
  },
  components: {
    schemas: {
      Empty: { title: 'Empty Schema', type: 'object' },
      Error: { title: 'Error Schema', type: 'object', properties: { message: { type: 'string' } } },
    },
  },
  'x-amazon-apigateway-importexport-version': '1.0',
};

describe('compare with deployed: only real drift shows', () => {
  test('what API Gateway adds on export (servers, version stamps, defaults, cache namespace, Empty/Error, upper-case methods, documentation) is no drift', () => {
    const same = compareDefinitions(local, {
      ...exported,
      paths: {
        ...exported.paths,
        '/pets': { ...exported.paths['/pets'], post: local.paths['/pets'].post },
        '/health': local.paths['/health'],
      },
    });
    const legacyOnly = same.drift.filter((d) => d.operation !== 'GET /legacy');
    assert.deepEqual(legacyOnly, [], describeDrift(same.drift));
  });

  test('drift by operation: added, removed, and what changed in the others', () => {
    const { drift, local: left, deployed: right } = compareDefinitions(local, exported);
    assert.deepEqual(drift, [
      { operation: 'GET /health', change: 'added', aspects: [] },
      { operation: 'GET /legacy', change: 'removed', aspects: [] },
      { operation: 'POST /pets', change: 'changed', aspects: ['integration'] },
    ]);
    assert.equal(
      describeDrift(drift),
      '+ GET /health (only in the definition)\n− GET /legacy (only on the stage)\n~ POST /pets (integration)',
    );
    // Both sides are shown with sorted keys and without what was normalized away.
    assert.ok(!right.includes('servers') && !right.includes('Empty Schema') && !right.includes('cacheNamespace'));
    assert.ok(!left.includes('List pets') && left.indexOf('"info"') < left.indexOf('"paths"'));
  });

  test('an export without integrations (emulators) is said, not passed off as drift only', () => {
    const moto = {
      swagger: '2.0',
      info: { title: 'Pets' },
      paths: { '/pets': { GET: { responses: { '200': { description: 'ok' } } } } },
    };
    const result = compareDefinitions(local, moto);
    assert.ok(result.notes.some((n) => n.includes('no x-amazon-apigateway-integration')));
    assert.ok(result.notes.some((n) => n.includes('Swagger 2.0')));
  });
});
