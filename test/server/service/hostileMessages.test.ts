/**
 * Messages about input the checks cannot take say what is wrong in words: never "[object Object]" (what the old
 * schema check's swagger-parser said of a definition without paths), never "undefined".
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { getLanguageService } from '../../../server/src/service/languageService';
import { aliasBomb, deepJson, definitionWithRefs } from '../../support/hostile';

const service = getLanguageService();
const messages = (lang: string, text: string) =>
  service
    .validate(service.parseDocument(`file:///m.${lang}`, lang, 1, text), { openApiSchema: true })
    .map((d) => `${d.code}: ${String(d.message)}`);

describe('messages', () => {
  test('a definition without paths, and other odd ones, are described in words', () => {
    const noPaths = messages(
      'yaml',
      "openapi: 3.0.1\ninfo: {title: t, version: '1'}\nx-amazon-apigateway-api-key-source: HEADER\n",
    );
    assert.deepEqual(noPaths, ["openapi-schema: Missing 'paths': a OpenAPI document requires it."]);
    const odd = [
      ...messages('yaml', 'swagger: 2.0\ninfo: {}\npaths: []\n'),
      ...messages(
        'yaml',
        "openapi: 3.0.1\ninfo: {title: {a: 1}, version: [1]}\npaths: {/a: {get: {responses: {'200': {description: {a: 1}}}, x-amazon-apigateway-integration: {type: [mock], uri: {x: 1}}}}}\n",
      ),
      ...messages('yaml', aliasBomb(10)),
      ...messages('json', deepJson(10_000)),
      ...messages('yaml', definitionWithRefs(['./a%zz.yaml', '//host:1/x', '{}'])),
    ];
    assert.ok(odd.length > 5);
    for (const m of odd) assert.doesNotMatch(m, /\[object Object\]|\bundefined\b|\bNaN\b/, m);
  });
});
