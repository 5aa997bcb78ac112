/**
 * The one API-type inference (document/model.ts), as deploy and test invoke receive it over `apigw/operations`:
 * it reads the catalogue, so an extension both REST and HTTP APIs read says nothing, and one only a single type
 * reads says that type. The override setting is matched by the same glob engine the server uses everywhere.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { EXTENSIONS } from '../../../../server/src/service/catalogue/index';
import { getLanguageService } from '../../../../server/src/service/languageService';

const service = getLanguageService();
const describeDoc = (text: string, uri = 'file:///w/api.yaml', settings = {}) => {
  const doc = service.parseDocument(uri, uri.endsWith('.json') ? 'json' : 'yaml', 1, text, settings);
  const result = service.operations(doc);
  return (
    result && { apiType: result.apiType, source: result.apiTypeSource, version: result.version, title: result.title }
  );
};
const openapi = (root: string) => `openapi: 3.0.1\ninfo:\n  title: t\n  version: "1"\n${root}paths: {}\n`;

describe('API-type inference', () => {
  test('HTTP-only and REST-only markers decide; nothing else leaves the REST default, marked as such', () => {
    assert.deepEqual(
      describeDoc('openapi: 3.0.1\nx-amazon-apigateway-cors:\n  allowOrigins: ["*"]\npaths: {}\n')?.apiType,
      'HTTP',
    );
    assert.deepEqual(
      describeDoc('{"openapi":"3.0.1","x-amazon-apigateway-importexport-version":"1.0","paths":{}}', 'file:///w/a.json')
        ?.apiType,
      'HTTP',
    );
    const payload = describeDoc(
      'openapi: 3.0.1\npaths:\n  /a:\n    get:\n      x-amazon-apigateway-integration:\n        payloadFormatVersion: "2.0"\n',
    );
    assert.deepEqual([payload?.apiType, payload?.source], ['HTTP', 'document']);
    assert.equal(
      describeDoc('openapi: 3.0.1\nx-amazon-apigateway-request-validators: {}\npaths: {}\n')?.apiType,
      'REST',
    );
    const swagger = describeDoc(
      'swagger: "2.0"\ninfo:\n  title: "Old \\"one\\""\n  version: "1"\npaths: {}\nx-amazon-apigateway-binary-media-types: []\n',
    );
    assert.deepEqual(swagger, { apiType: 'REST', source: 'document', version: 'swagger2', title: 'Old "one"' });
    const plain = describeDoc('openapi: 3.0.1\ninfo:\n  title: Pet store # the name\n  version: "1"\npaths: {}\n');
    assert.deepEqual(plain, { apiType: 'REST', source: 'default', version: 'openapi3', title: 'Pet store' });
    assert.equal(
      describeDoc('{"openapi":"3.0.0","info":{"title":"JSON API","version":"1"},"paths":{}}', 'file:///w/a.json')
        ?.title,
      'JSON API',
    );
  });

  test('extensions both REST and HTTP APIs read (any-method, endpoint-configuration) infer nothing', () => {
    const anyMethod = describeDoc(
      'openapi: 3.0.1\npaths:\n  /a:\n    x-amazon-apigateway-any-method:\n      responses: {}\n',
    );
    assert.equal(anyMethod?.source, 'default');
    const endpoint = describeDoc(
      openapi('x-amazon-apigateway-endpoint-configuration:\n  disableExecuteApiEndpoint: true\n'),
    );
    assert.equal(endpoint?.source, 'default');
  });

  test('every root extension that only REST APIs read (endpoint-access-mode, security-policy among them) infers REST', () => {
    const restOnly = EXTENSIONS.filter(
      (e) => e.places.includes('root') && e.apiTypes.join() === 'REST' && !e.unconfirmedApiTypes?.length,
    );
    assert.ok(restOnly.some((e) => e.name === 'x-amazon-apigateway-endpoint-access-mode'));
    assert.ok(restOnly.some((e) => e.name === 'x-amazon-apigateway-security-policy'));
    for (const e of restOnly) assert.deepEqual(describeDoc(openapi(`${e.name}: {}\n`))?.apiType, 'REST', e.name);
    const httpOnly = EXTENSIONS.filter((e) => e.places.includes('root') && e.apiTypes.join() === 'HTTP');
    for (const e of httpOnly) assert.deepEqual(describeDoc(openapi(`${e.name}: {}\n`))?.apiType, 'HTTP', e.name);
  });

  test("the apigw.apiType.overrides setting wins, matched by the server's glob engine", () => {
    const settings = { apiTypeOverrides: { '**/http-*.yaml': 'HTTP' } };
    const text = openapi('x-amazon-apigateway-request-validators: {}\n');
    assert.deepEqual(describeDoc(text, 'file:///w/specs/http-orders.yaml', settings)?.source, 'setting');
    assert.deepEqual(describeDoc(text, 'file:///w/specs/http-orders.yaml', settings)?.apiType, 'HTTP');
    assert.deepEqual(describeDoc(text, 'file:///w/specs/orders.yaml', settings)?.apiType, 'REST');
  });
});
