import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { getLanguageService } from '../../../../server/src/service/languageService';

const service = getLanguageService({ host: {} });

/** The text `locate` points at for a path, or null. */
function located(text: string, path: (string | number)[], languageId = 'yaml'): string | null {
  const doc = service.parseDocument(`file:///l.${languageId}`, languageId, 1, text);
  const range = service.locate(doc, path);
  return range && `${range.start.line}:${doc.text.getText(range)}`;
}

const spec = `openapi: 3.0.1
paths:
  /pets:
    get:
      parameters:
        - {name: a, in: query}
        - name: b
          in: header
`;

describe('locate: a JSON path of a definition in the text', () => {
  test("a property's value is shown by its key", () => {
    assert.equal(located(spec, ['paths', '/pets', 'get']), '3:get');
    assert.equal(located(spec, ['paths', '/pets', 'get', 'parameters', 1, 'in']), '7:in');
  });

  test('an array item is shown whole; the root is the whole definition', () => {
    assert.equal(located(spec, ['paths', '/pets', 'get', 'parameters', 0]), '5:{name: a, in: query}');
    assert.equal(located(spec, ['paths', '/pets', 'get', 'parameters', 1]), '6:name: b\n          in: header');
    assert.equal(located(spec, []), `0:${spec.trimEnd()}`);
  });

  test('a path that is not there is null', () => {
    assert.equal(located(spec, ['paths', '/dogs']), null);
    assert.equal(located(spec, ['paths', '/pets', 'get', 'parameters', 2]), null);
    assert.equal(located('name: x\n', ['name']), null);
  });

  test("in a template: the path from a definition's root, in whichever definition has it", () => {
    const template = `Resources:
  One:
    Type: AWS::Serverless::Api
    Properties:
      DefinitionBody:
        openapi: 3.0.1
        paths: {/a: {get: {}}}
  Two:
    Type: AWS::Serverless::Api
    Properties:
      DefinitionBody:
        openapi: 3.0.1
        paths:
          /b:
            post: {}
`;
    assert.equal(located(template, ['paths', '/b', 'post']), '14:post');
    assert.equal(located(template, ['paths', '/a']), '6:/a');
    assert.equal(located(template, ['Resources']), null, 'not a path of a definition');
  });

  test('JSON: the quoted key', () => {
    assert.equal(located('{\n  "openapi": "3.0.1",\n  "paths": {"/a": {}}\n}', ['paths', '/a'], 'json'), '2:"/a"');
  });
});
