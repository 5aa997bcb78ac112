import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { buildHttpRequest, methodAllowsBody } from '../../../../client/src/invoke/core/buildRequest';
import { headerMap, isValidHeaderName, recordOf } from '../../../../client/src/invoke/core/keyValues';
import { invokeUrl, isLoopbackHttpUrl, queryString } from '../../../../client/src/invoke/core/invokeUrl';
import { fillPathTemplate, MissingPathParameterError } from '../../../../client/src/invoke/core/pathTemplate';
import type { InvokeForm } from '../../../../client/src/invoke/core/types';

/** The request the panel sends, from what the user typed: each rule that changes what goes on the wire. */

const form = (over: Partial<InvokeForm> = {}): InvokeForm => ({
  method: 'GET',
  stage: 'prod',
  mode: 'http',
  pathParams: {},
  query: [],
  headers: [],
  body: '',
  stageVariables: [],
  sign: false,
  apiKey: '',
  ...over,
});
const location = { apiId: 'abc', region: 'us-east-1', stage: 'prod' };

describe('the HTTP request from the form', () => {
  test('GET and HEAD carry no body; every other method does, with a content type guessed from it', () => {
    assert.deepEqual([methodAllowsBody('GET'), methodAllowsBody('HEAD')], [false, false]);
    for (const method of ['POST', 'PUT', 'PATCH', 'DELETE', 'OPTIONS']) assert.equal(methodAllowsBody(method), true);
    const head = buildHttpRequest(location, '/p', form({ method: 'head', body: 'x' }));
    assert.deepEqual(head, {
      method: 'HEAD',
      url: 'https://abc.execute-api.us-east-1.amazonaws.com/prod/p',
      headers: {},
    });
    assert.deepEqual(buildHttpRequest(location, '/p', form({ method: 'DELETE', body: 'plain words' })).headers, {
      'content-type': 'text/plain; charset=utf-8',
    });
    assert.deepEqual(buildHttpRequest(location, '/p', form({ method: 'PUT', body: '[1]' })).headers, {
      'content-type': 'application/json',
    });
    const empty = buildHttpRequest(location, '/p', form({ method: 'POST', body: '' }));
    assert.deepEqual([empty.headers, 'body' in empty], [{}, false], 'an empty body is not sent');
  });

  test('the API key is trimmed and sent only when there is one; blank header rows are skipped', () => {
    const request = buildHttpRequest(
      location,
      '/p',
      form({
        apiKey: '  key1  ',
        headers: [
          ['   ', 'no name'],
          [' Accept ', 'a'],
        ],
      }),
    );
    assert.deepEqual(request.headers, { 'x-api-key': 'key1', accept: 'a' });
    assert.deepEqual(buildHttpRequest(location, '/p', form({ apiKey: '   ' })).headers, {});
    assert.throws(
      () => buildHttpRequest(location, '/p', form({ headers: [[' bad name ', 'v']] })),
      (e: unknown) => e instanceof Error && e.message === '" bad name " is not a valid header name.',
    );
    assert.deepEqual(buildHttpRequest(location, '/p', form({ headers: [[' ok ', 'v']] })).headers, { ok: 'v' });
  });

  test('key/value rows: names trimmed, blank ones ignored, later rows win', () => {
    assert.deepEqual(
      headerMap([
        ['A', '1'],
        ['a', '2'],
        ['', '3'],
      ]),
      { a: '2' },
    );
    assert.deepEqual(
      recordOf([
        [' env ', 'dev'],
        ['  ', 'x'],
        ['Env', 'prod'],
      ]),
      { env: 'dev', Env: 'prod' },
    );
    assert.equal(isValidHeaderName("x-!#$%&'*+.^_`|~09AZ"), true);
    for (const bad of ['', 'a b', 'a:b', 'a\nb', 'é']) assert.equal(isValidHeaderName(bad), false, JSON.stringify(bad));
  });
});

describe('URLs and paths', () => {
  test('a path without a leading slash gets one; a query only when it has named rows', () => {
    assert.equal(invokeUrl(location, 'p/q'), 'https://abc.execute-api.us-east-1.amazonaws.com/prod/p/q');
    assert.equal(invokeUrl(location, '/p', [['', 'x']]), 'https://abc.execute-api.us-east-1.amazonaws.com/prod/p');
    assert.equal(queryString([]), '');
    assert.equal(
      queryString([
        ['a', '1'],
        ['b c', '&'],
      ]),
      '?a=1&b%20c=%26',
    );
    assert.throws(() => invokeUrl({ ...location, stage: 'prod\n' }, '/'), /not a valid stage name/);
    assert.throws(() => invokeUrl({ ...location, stage: 'prod/x' }, '/'), /not a valid stage name/);
    assert.equal(
      invokeUrl({ ...location, baseUrl: 'http://127.0.0.1:1/base//' }, '/p'),
      'http://127.0.0.1:1/base/prod/p',
      'every trailing slash of the base URL is dropped',
    );
    assert.equal(isLoopbackHttpUrl({ toString: () => 'http://127.0.0.1' }), false, 'only text');
  });

  test('the catch-all $default route takes its path from the "path" parameter', () => {
    assert.equal(fillPathTemplate('$default', {}), '/');
    assert.equal(fillPathTemplate('$default', { path: '   ' }), '/');
    assert.equal(fillPathTemplate('/$default', { path: ' a b/c ' }), '/a%20b/c');
    assert.equal(fillPathTemplate('$default', { path: '/x/' }), '/x/');
    assert.equal(fillPathTemplate('{id}', { id: '1' }), '/1', 'a template without a leading slash gets one');
  });

  test('a missing parameter is named in the error, in the singular or the plural', () => {
    assert.throws(
      () => fillPathTemplate('/a/{x}', {}),
      (e: unknown) => e instanceof MissingPathParameterError && e.message === 'Fill in the path parameter {x}.',
    );
    assert.throws(
      () => fillPathTemplate('/a/{x}/{y+}', { x: '' }),
      (e: unknown) =>
        e instanceof MissingPathParameterError &&
        e.message === 'Fill in the path parameters {x}, {y}.' &&
        e.names.join() === 'x,y',
    );
  });
});
