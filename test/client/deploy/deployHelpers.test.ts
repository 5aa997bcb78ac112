import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import type { OperationsResult } from '../../../contract/messages';
import { definitionInfo } from '../../../client/src/deploy/definitionInfo';
import { protectedStageMatcher, validateStageName } from '../../../client/src/deploy/stageRules';
import { locateByText, warningPath } from '../../../client/src/deploy/importWarnings';
import { DeployBindings } from '../../../client/src/deploy/bindings';

describe('deploy helpers', () => {
  test('the API type comes from the language server; its REST default and WebSocket leave the choice open', () => {
    const answer: OperationsResult = {
      apiType: 'HTTP',
      apiTypeSource: 'document',
      version: 'openapi3',
      title: 'Orders',
      operations: [],
    };
    assert.deepEqual(definitionInfo(answer), { apiType: 'HTTP', swagger2: false, title: 'Orders' });
    assert.deepEqual(definitionInfo({ ...answer, apiType: 'REST', apiTypeSource: 'setting', version: 'swagger2' }), {
      apiType: 'REST',
      swagger2: true,
      title: 'Orders',
    });
    assert.equal(definitionInfo({ ...answer, apiType: 'REST', apiTypeSource: 'default' }).apiType, undefined);
    assert.equal(definitionInfo({ ...answer, apiType: 'WEBSOCKET', apiTypeSource: 'setting' }).apiType, undefined);
    assert.deepEqual(definitionInfo(undefined), { swagger2: false });
  });

  test('stage names follow API Gateway rules; $default only for HTTP APIs', () => {
    assert.equal(validateStageName('dev_1-a', 'REST'), undefined);
    assert.equal(validateStageName('$default', 'HTTP'), undefined);
    assert.match(validateStageName('$default', 'REST')!, /only letters, digits/);
    assert.match(validateStageName('my stage', 'HTTP')!, /or be "\$default"/);
    assert.match(validateStageName('', 'REST')!, /Enter a stage name/);
    assert.match(validateStageName('a'.repeat(129), 'REST')!, /at most 128/);
  });

  test('protected stages match the glob, case-insensitively, with alternatives', () => {
    const prod = protectedStageMatcher('prod*');
    assert.deepEqual(['prod', 'production', 'Prod-eu', 'dev', 'preprod'].map(prod), [true, true, true, false, false]);
    const several = protectedStageMatcher('{prod,live}*, release-?');
    assert.deepEqual(['live', 'prod1', 'release-1', 'release-10', 'dev'].map(several), [
      true,
      true,
      true,
      false,
      false,
    ]);
    assert.equal(protectedStageMatcher('')('prod'), false);
    assert.equal(protectedStageMatcher('v1.0')('v1x0'), false);
  });

  test('import warnings point at paths, methods, models and authorizers', () => {
    assert.deepEqual(warningPath("Parse issue: attribute paths.'/pets'(get).responses.'200'.content is unexpected"), [
      'paths',
      '/pets',
      'get',
      'responses',
      '200',
      'content',
    ]);
    assert.deepEqual(
      warningPath("Unable to put method 'POST' on resource at path '/pets/{id}': Invalid mapping expression"),
      ['paths', '/pets/{id}', 'post'],
    );
    assert.deepEqual(warningPath("Unable to put integration on 'ANY' for resource at path '/proxy': x"), [
      'paths',
      '/proxy',
      'x-amazon-apigateway-any-method',
    ]);
    assert.deepEqual(warningPath("Ignoring response for GET /orders: path '/orders' has no schema"), [
      'paths',
      '/orders',
      'get',
    ]);
    assert.deepEqual(warningPath("Unable to create model for 'Pet': Invalid model specified"), [
      'components',
      'schemas',
      'Pet',
    ]);
    assert.deepEqual(warningPath("Unable to create model for 'Pet': x", { swagger2: true }), ['definitions', 'Pet']);
    assert.deepEqual(warningPath("Unable to create authorizer 'jwt': x"), ['components', 'securitySchemes', 'jwt']);
    assert.equal(warningPath('Something general happened'), undefined);
  });

  test('the text fallback finds nested keys in YAML and JSON', () => {
    const yaml =
      'openapi: 3.0.1\npaths:\n  /orders:\n    get: {}\n  /pets:\n    post: {}\n    get:\n      summary: x\n';
    assert.deepEqual(locateByText(yaml, ['paths', '/pets', 'get']), {
      start: { line: 6, character: 4 },
      end: { line: 6, character: 7 },
    });
    const json = '{\n  "paths": {\n    "/pets": {\n      "get": {}\n    }\n  }\n}';
    assert.deepEqual(locateByText(json, ['paths', '/pets', 'get']), {
      start: { line: 3, character: 7 },
      end: { line: 3, character: 10 },
    });
    assert.deepEqual(locateByText(yaml, ['paths', '/pets', 'delete']), {
      start: { line: 4, character: 2 },
      end: { line: 4, character: 7 },
    });
    assert.equal(locateByText(yaml, ['components']), undefined);
  });

  test('bindings are remembered per document and offered only for the same region and endpoint', async () => {
    const data = new Map<string, unknown>();
    const bindings = new DeployBindings({
      get: <T>(k: string) => data.get(k) as T | undefined,
      update: async (k, v) => void data.set(k, v),
    });
    await bindings.set('file:///a.yaml', {
      apiId: 'abc',
      apiType: 'REST',
      stage: 'dev',
      mode: 'merge',
      region: 'us-east-1',
    });
    await bindings.set('file:///b.yaml', {
      apiId: 'def',
      apiType: 'HTTP',
      stage: '$default',
      region: 'eu-west-1',
      endpoint: 'http://127.0.0.1:5000',
    });
    assert.equal(bindings.getFor('file:///a.yaml', { region: 'us-east-1' })?.apiId, 'abc');
    assert.equal(bindings.getFor('file:///a.yaml', { region: 'eu-west-1' }), undefined);
    assert.equal(bindings.getFor('file:///b.yaml', { region: 'eu-west-1' }), undefined);
    assert.equal(
      bindings.getFor('file:///b.yaml', { region: 'eu-west-1', endpoint: 'http://127.0.0.1:5000' })?.stage,
      '$default',
    );
    await bindings.forget('file:///a.yaml');
    assert.equal(bindings.get('file:///a.yaml'), undefined);
    assert.equal(bindings.get('file:///b.yaml')?.apiId, 'def');
  });
});
