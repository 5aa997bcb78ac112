// The definition index of a document that is being typed or is wrongly shaped: `servers` or `tags` that are not a
// list, and properties without a value (a JSON syntax error leaves them empty) anywhere the walk goes. The index
// still lists every operation and every extension it can place, and never fails: rules, completion and symbols all
// read it on every keystroke.
import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import { buildDocument } from '../../../../server/src/service/document/model';
import { indexDefinition } from '../../../../server/src/service/document/definitionIndex';

const index = (uri: string, text: string) => {
  const doc = buildDocument(uri, uri.endsWith('.json') ? 'json' : 'yaml', 1, text);
  assert.equal(doc.definitions.length, 1, 'a definition');
  const idx = indexDefinition(doc.definitions[0]);
  return {
    operations: idx.operations.map((o) => `${o.method} ${o.path}`),
    extensions: idx.extensions.map((e) => `${e.place} ${e.name}`),
  };
};

describe('index of an incomplete definition', () => {
  test('servers or tags that are not a list are passed over', () => {
    for (const key of ['servers', 'tags']) {
      for (const value of ['{url: "https://example.com", name: a}', 'https://example.com', 'null']) {
        const text = `openapi: 3.0.1\n${key}: ${value}\nx-amazon-apigateway-api-key-source: HEADER\npaths:\n  /a:\n    get: {}\n`;
        assert.deepEqual(
          index('file:///a.yaml', text),
          { operations: ['GET /a'], extensions: ['root x-amazon-apigateway-api-key-source'] },
          `${key}: ${value}`,
        );
      }
    }
  });

  test('a key without its value yet, at the top, under servers, in info, or in a schema, is skipped', () => {
    const texts = [
      '{"openapi": "3.0.1", "servers": , "x-amazon-apigateway-api-key-source": "HEADER", "paths": {"/a": {"get": {}}}}',
      '{"openapi": "3.0.1", "tags": , "x-amazon-apigateway-api-key-source": "HEADER", "paths": {"/a": {"get": {}}}}',
      '{"openapi": "3.0.1", "info": {"title": }, "x-amazon-apigateway-api-key-source": "HEADER", "paths": {"/a": {"get": {}}}}',
      '{"openapi": "3.0.1", "x-amazon-apigateway-api-key-source": "HEADER", "paths": {"/a": {"get": {"responses": {"200": }}}}}',
    ];
    for (const text of texts)
      assert.deepEqual(
        index('file:///a.json', text),
        { operations: ['GET /a'], extensions: ['root x-amazon-apigateway-api-key-source'] },
        text,
      );
  });

  test('a misplaced extension after an empty value is still found', () => {
    const text =
      '{"openapi": "3.0.1", "info": {"title": , "x-amazon-apigateway-misplaced": 1}, "paths": {"/a": {"get": {}}}}';
    assert.deepEqual(index('file:///a.json', text), {
      operations: ['GET /a'],
      extensions: ['other x-amazon-apigateway-misplaced'],
    });
  });
});
