// The `apigw.apiType.overrides` setting as buildDocument reads it: every API type it can name (any case), matched
// against the document's path (the URI without its scheme, decoded), whatever the URI looks like: a remote
// workspace's scheme, an absolute glob, a URI whose percent-escapes are broken and a glob whose braces are not
// balanced, neither of which may crash the service.
import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import { buildDocument } from '../../../../server/src/service/document/model';

// Written for an HTTP API (CORS is an HTTP API extension): what the setting says must win over that.
const definition = 'openapi: 3.0.1\nx-amazon-apigateway-cors: {allowOrigins: ["*"]}\npaths: {}\n';
const typeOf = (uri: string, overrides: Record<string, string>) => {
  const def = buildDocument(uri, 'yaml', 1, definition, { apiTypeOverrides: overrides }).definitions[0];
  return `${def.apiType} ${def.apiTypeSource}`;
};

describe('API type setting', () => {
  test('REST, HTTP and WEBSOCKET in any case; anything else is ignored', () => {
    assert.equal(typeOf('file:///w/a.yaml', { '**/a.yaml': 'rest' }), 'REST setting');
    assert.equal(typeOf('file:///w/a.yaml', { '**/a.yaml': 'Rest' }), 'REST setting');
    assert.equal(typeOf('file:///w/a.yaml', { '**/a.yaml': 'HTTP' }), 'HTTP setting');
    assert.equal(typeOf('file:///w/a.yaml', { '**/a.yaml': 'websocket' }), 'WEBSOCKET setting');
    assert.equal(typeOf('file:///w/a.yaml', { '**/a.yaml': 'SOAP' }), 'HTTP document');
  });

  test('the glob is matched against the path: an absolute glob matches, one naming the scheme does not', () => {
    assert.equal(typeOf('file:///w/a.yaml', { '/w/a.yaml': 'REST' }), 'REST setting');
    assert.equal(typeOf('file:///w/a.yaml', { '/w/*.yaml': 'REST' }), 'REST setting');
    assert.equal(typeOf('file:///w/a.yaml', { '/x/*.yaml': 'REST' }), 'HTTP document');
    assert.equal(typeOf('file:///w/a.yaml', { 'file:**': 'REST' }), 'HTTP document');
    assert.equal(typeOf('untitled://w/a.yaml', { 'untitled:**': 'REST' }), 'HTTP document');
  });

  test('a remote workspace file (a scheme with a dash) matches on its folders', () => {
    assert.equal(typeOf('vscode-vfs://github/org/repo/api.yaml', { 'github/org/**': 'REST' }), 'REST setting');
    assert.equal(typeOf('vscode-vfs://github/org/repo/api.yaml', { 'org/repo/*.yaml': 'REST' }), 'REST setting');
  });

  test('a URI with a broken percent-escape is matched as written instead of failing', () => {
    // decodeURIComponent throws on "%.y": the document must still be read, with the setting applied.
    assert.equal(typeOf('file:///w/50%.yaml', { '**/50%.yaml': 'REST' }), 'REST setting');
    assert.equal(typeOf('file:///w/50%.yaml', { '**/other.yaml': 'REST' }), 'HTTP document');
    const list = buildDocument('file:///w/50%.json', 'json', 1, '["openapi"]', { apiTypeOverrides: { '**': 'REST' } });
    assert.deepEqual(list.definitions, []);
  });

  test('a glob with a brace left open or unopened (a setting being typed) applies to nothing, and fails nothing', () => {
    // Both made an invalid regular expression that failed every document the setting was matched against.
    assert.equal(typeOf('file:///w/a.yaml', { '**/{a,b.yaml': 'REST' }), 'HTTP document');
    assert.equal(typeOf('file:///w/a.yaml', { '**/a}.yaml': 'REST' }), 'HTTP document');
    assert.equal(typeOf('file:///w/a.yaml', { '**/{a,b.yaml': 'REST', '**/a.yaml': 'WEBSOCKET' }), 'WEBSOCKET setting');
    // Written as the path is, it is that path.
    assert.equal(typeOf('file:///w/%7Ba.yaml', { '/w/{a.yaml': 'REST' }), 'REST setting');
    assert.equal(typeOf('file:///w/a.yaml', { '**/{a,b}.yaml': 'REST' }), 'REST setting');
  });
});
