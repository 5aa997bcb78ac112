/** The sample request file of a rendered template: its stable name, its first text, and reading it back. */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import {
  initialRequestText,
  readRequestText,
  requestFileName,
} from '../../../../client/src/templates/core/requestFile';

describe('template request files', () => {
  test('one readable file name per template of a document', () => {
    assert.equal(
      requestFileName('/w/api/openapi.yaml', 'POST /pets/{id} · request · application/json'),
      'openapi-post-pets-id-request-application-json.json',
    );
    assert.equal(requestFileName('/w/mapping.vtl', 'mapping.vtl'), 'mapping-mapping-vtl.json');
    assert.ok(requestFileName('/w/x.yaml', 'y'.repeat(500)).length <= 125);
  });

  test('a JSON body is written as a JSON value and read back as compact text', () => {
    const text = initialRequestText({ body: '{\n  "a": 1\n}', headers: { 'Content-Type': 'application/json' } });
    assert.deepEqual(JSON.parse(text).body, { a: 1 });
    assert.deepEqual(readRequestText(text).request, {
      body: '{"a":1}',
      headers: { 'Content-Type': 'application/json' },
    });
    assert.equal(
      JSON.parse(initialRequestText({ body: 'a=1&b=2' })).body,
      'a=1&b=2',
      'a body that is not JSON stays text',
    );
  });

  test('a broken request file says why', () => {
    assert.match(readRequestText('{"body": ').error!, /not valid JSON/);
    assert.deepEqual(readRequestText('{"query": {"a": [1]}}').notes, ['query.a must be a string; it is ignored.']);
  });
});
