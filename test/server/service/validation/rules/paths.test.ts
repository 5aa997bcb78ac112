/**
 * The path-template rule as the user sees it: REST's path characters, whole-segment variables, the greedy variable
 * last, and the HTTP `$default` route.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { pathsRule } from '../../../../../server/src/service/validation/rules/paths';
import { diagnose, type DiagnoseOptions } from './ruleDiagnostics';

const head = "openapi: 3.0.1\ninfo: {title: t, version: '1'}\n";
const integration =
  '{x-amazon-apigateway-integration: {type: http_proxy, httpMethod: ANY, uri: "https://example.com"}}';
/** A definition with a GET (and, with `methods`, more) on each path. */
const withPaths = (paths: string[], methods = ['get']) =>
  head +
  'paths:\n' +
  paths.map((p) => `  '${p}':\n${methods.map((m) => `    ${m}: ${integration}\n`).join('')}`).join('');
const check = (text: string, options: DiagnoseOptions = {}) => diagnose(text, pathsRule, options);

describe('path templates', () => {
  test('a path is reported once, however many methods it has; paths computed at deploy time are skipped', () => {
    assert.deepEqual(check(withPaths(['/a b', '/${Prefix}/a b'], ['get', 'put']), { apiType: 'REST' }), [
      `path-template error 4:3-4:9 "'/a b'" REST path segments may contain only letters, digits and _ - . , : { }; 'a b' does not qualify.`,
    ]);
  });

  test('the $default route needs no leading slash and no REST characters, even where REST is only the default guess', () => {
    const text = withPaths(['/$default', '$default', 'pets']);
    assert.deepEqual(check(text), [
      `path-leading-slash warning 8:3-8:9 "'pets'" API Gateway deploys this path, but OpenAPI paths start with '/': write '/pets'.`,
      '  fix {"replaceWith":["/pets"]}',
    ]);
  });

  test('HTTP APIs are not held to REST path characters, but variables must still be whole segments', () => {
    assert.deepEqual(check(withPaths(['/pets@home', '/a/{id}x']), { apiType: 'HTTP' }), [
      `path-template error 6:3-6:13 "'/a/{id}x'" A path variable must be a whole segment: '{id}x' mixes it with text.`,
    ]);
  });

  test('REST: a variable followed by text in its segment, a greedy variable before the end', () => {
    assert.deepEqual(check(withPaths(['/a/{id}x', '/{proxy+}/a', '/a/{proxy+}']), { apiType: 'REST' }), [
      `path-template error 4:3-4:13 "'/a/{id}x'" A path variable must be a whole segment: '{id}x' mixes it with text.`,
      `path-template error 6:3-6:16 "'/{proxy+}/a'" The greedy variable '{proxy+}' must be the last segment of the path.`,
    ]);
  });
});
