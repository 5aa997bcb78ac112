// The copy of a definition that `npm start` imports into moto: every HTTP method is kept as it is, only what moto
// trips over is changed (shared/reference/moto-facts.md, section 1), and the user is told each change. The body is
// checked as parsed JSON, as moto reads it.
import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import { emulatorCopy, NotOpenApi3Error } from '../../../client/src/deploy/emulatorCopy';

const ready = (integration: object = { type: 'http', httpMethod: 'GET', uri: 'https://example.com' }) => ({
  'x-amazon-apigateway-integration': integration,
});

describe('emulatorCopy', () => {
  test('every HTTP method, in any case, and any-method are kept untouched', () => {
    const methods = [
      'get',
      'put',
      'post',
      'delete',
      'options',
      'head',
      'patch',
      'trace',
      'x-amazon-apigateway-any-method',
      'GET',
    ];
    const definition = {
      openapi: '3.0.1',
      info: { title: 't', description: 'd', version: '1' },
      paths: { '/a': Object.fromEntries(methods.map((m) => [m, ready()])) },
      components: { schemas: { S: { type: 'string' } } },
      'x-amazon-apigateway-binary-media-types': ['image/png'],
    };
    const copy = emulatorCopy(definition);
    assert.deepEqual(copy.changes, []);
    assert.deepEqual(JSON.parse(copy.body), definition);
    assert.match(copy.body, /\n {2}"openapi"/, 'indented, so that a user reading the copy can follow it');
  });

  test('a missing description is set to the title, or "API" without one; an existing one stays', () => {
    const body = (info: object | undefined) =>
      JSON.parse(emulatorCopy({ openapi: '3.0.1', ...(info ? { info } : {}), paths: {} }).body).info;
    assert.deepEqual(body({ title: 'Pets', version: '1' }), { title: 'Pets', version: '1', description: 'Pets' });
    assert.deepEqual(body(undefined), { description: 'API' });
    assert.deepEqual(body({ title: 'T', description: '' }), { title: 'T', description: '' });
    assert.deepEqual(emulatorCopy({ openapi: '3.0.1', info: { description: 'x' }, paths: {} }).changes, []);
    assert.deepEqual(emulatorCopy({ openapi: '3.0.1', info: ['not', 'an', 'object'], paths: {} }).changes, [
      'info.description set to the title',
    ]);
  });

  test('path-level keys and non-object operations are left out and listed; non-object path items are dropped', () => {
    const copy = emulatorCopy({
      openapi: '3.0.1',
      info: { description: 'd' },
      paths: {
        '/a': { summary: 's', parameters: [{ name: 'id', in: 'path' }], get: ready(), post: null, put: ['x'] },
        '/b': 'not a path item',
        '/c': null,
      },
    });
    assert.deepEqual(copy.changes, [
      '/a: path-level "summary" left out',
      '/a: path-level "parameters" left out',
      '/a: path-level "post" left out',
      '/a: path-level "put" left out',
    ]);
    assert.deepEqual(JSON.parse(copy.body).paths, { '/a': { get: ready() } });
  });

  test('an integration without uri or httpMethod gets placeholders, keeping its own fields', () => {
    const copy = emulatorCopy({
      openapi: '3.0.1',
      info: { description: 'd' },
      paths: {
        '/mock': { get: ready({ type: 'mock', requestTemplates: { 'application/json': '{"statusCode": 200}' } }) },
        '/uri-only': { post: ready({ type: 'http_proxy', uri: 'https://example.com' }) },
        '/method-only': { put: ready({ type: 'aws_proxy', httpMethod: 'POST' }) },
        '/untyped': { delete: ready({}) },
        '/none': { get: { responses: {} } },
      },
    });
    assert.deepEqual(copy.changes, [
      'GET /mock: placeholder uri/httpMethod added to its mock integration',
      'POST /uri-only: placeholder uri/httpMethod added to its http_proxy integration',
      'PUT /method-only: placeholder uri/httpMethod added to its aws_proxy integration',
      'DELETE /untyped: placeholder uri/httpMethod added to its integration',
    ]);
    const paths = JSON.parse(copy.body).paths;
    assert.deepEqual(paths['/mock'].get['x-amazon-apigateway-integration'], {
      httpMethod: 'POST',
      uri: 'http://placeholder.invalid/',
      type: 'mock',
      requestTemplates: { 'application/json': '{"statusCode": 200}' },
    });
    assert.equal(paths['/uri-only'].post['x-amazon-apigateway-integration'].uri, 'https://example.com');
    assert.equal(paths['/method-only'].put['x-amazon-apigateway-integration'].httpMethod, 'POST');
    assert.equal(paths['/method-only'].put['x-amazon-apigateway-integration'].uri, 'http://placeholder.invalid/');
    assert.deepEqual(paths['/none'].get, { responses: {} });
  });

  test('anything but OpenAPI 3 with a paths object is refused with a message saying so', () => {
    for (const definition of [
      { swagger: '2.0', paths: {} },
      { openapi: 3, paths: {} },
      { openapi: '3.0.1' },
      { openapi: '3.0.1', paths: [] },
      { openapi: '3.0.1', paths: null },
      ['openapi'],
      null,
      'openapi: 3.0.1',
    ])
      assert.throws(
        () => emulatorCopy(definition),
        (e: unknown) =>
          e instanceof NotOpenApi3Error &&
          e.message === 'moto imports OpenAPI 3 definitions only; this one is not (Swagger 2 is rejected).',
        JSON.stringify(definition),
      );
  });
});
