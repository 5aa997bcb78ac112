/** The request parameters an operation declares, which `method.request.*` mappings may read. */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { indexDefinition } from '../../../../server/src/service/document/definitionIndex';
import { buildDocument } from '../../../../server/src/service/document/model';
import {
  declaredParameters,
  isDeclared,
  pathTemplateParameters,
  type DeclaredParameters,
} from '../../../../server/src/service/validation/parameters';

function declared(pathItem: string, operation: string, path = '/pets/{petId}'): DeclaredParameters {
  const text = `openapi: 3.0.1
info: {title: t, version: '1'}
paths:
  ${path}:
${pathItem}
    get:
${operation}
      responses: {'200': {description: ok}}
components:
  parameters:
    Limit: {name: limit, in: query}
    Nameless: {in: query}
`;
  const doc = buildDocument('file:///work/openapi.yaml', 'yaml', 1, text);
  const def = doc.definitions[0];
  const [op] = indexDefinition(def).operations;
  return declaredParameters(def.root, op);
}

const shown = (d: DeclaredParameters) => ({
  path: [...d.path],
  querystring: [...d.querystring],
  header: [...d.header],
  complete: d.complete,
});

describe('declaredParameters', () => {
  test('path template parameters, and those listed on the path and the operation', () => {
    const d = declared(
      '    parameters: [{name: X-Trace, in: header}]',
      "      parameters: [{name: q, in: query}, {$ref: '#/components/parameters/Limit'}, {name: s, in: cookie}, {name: owner, in: path}]",
    );
    assert.deepEqual(shown(d), {
      path: ['petId', 'owner'],
      querystring: ['q', 'limit'],
      header: ['x-trace'],
      complete: true,
    });
  });

  test('a parameter that cannot be read makes the list incomplete', () => {
    const incomplete = [
      ['    x-other: 1', '      parameters: {Ref: Params}'],
      ['    x-other: 1', '      parameters: [{in: query}]'],
      ['    x-other: 1', '      parameters: [{name: q}]'],
      ['    x-other: 1', "      parameters: [{$ref: '#/components/parameters/Missing'}]"],
      ['    x-other: 1', "      parameters: [{$ref: '#/components/parameters/Nameless'}]"],
      ['    parameters: {Ref: Params}', '      x-other: 1'],
    ];
    for (const [pathItem, operation] of incomplete)
      assert.equal(declared(pathItem, operation).complete, false, operation);
    const complete = declared('    x-other: 1', '      x-other: 1');
    assert.deepEqual(shown(complete), { path: ['petId'], querystring: [], header: [], complete: true });
  });

  test('headers by any letter case, other locations exactly', () => {
    const d = declared(
      '    x-other: 1',
      '      parameters: [{name: Accept-Language, in: header}, {name: Q, in: query}]',
    );
    assert.equal(isDeclared(d, 'header', 'accept-language'), true);
    assert.equal(isDeclared(d, 'header', 'ACCEPT-LANGUAGE'), true);
    assert.equal(isDeclared(d, 'querystring', 'Q'), true);
    assert.equal(isDeclared(d, 'querystring', 'q'), false);
    assert.equal(isDeclared(d, 'path', 'petId'), true);
    assert.equal(isDeclared(d, 'path', 'petid'), false);
  });
});

describe('pathTemplateParameters', () => {
  test('names in braces, a greedy one without its plus', () => {
    assert.deepEqual(pathTemplateParameters('/a/{id}/b/{proxy+}'), ['id', 'proxy']);
    assert.deepEqual(pathTemplateParameters('/a/{}/{{x}}'), ['x']);
  });
});
