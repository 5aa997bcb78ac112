/**
 * The unsupported-feature hints (REST APIs drop these OpenAPI features on import, apigateway-facts.md §4): where in
 * a schema they are looked for, in Swagger 2 and OpenAPI 3, and the cap on how many are given.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { unsupportedFeaturesRule } from '../../../../../server/src/service/validation/rules/unsupportedFeatures';
import { diagnose } from './ruleDiagnostics';

const oas3 = (schemas: string, paths = '{}') =>
  `openapi: 3.0.1\ninfo: {title: t, version: '1'}\nx-amazon-apigateway-api-key-source: HEADER\npaths: ${paths}\ncomponents:\n  schemas:\n${schemas}`;
const rest = (text: string, options: { json?: boolean; errors?: string[] } = {}) =>
  diagnose(text, unsupportedFeaturesRule, { apiType: 'REST', ...options });
/** Only the underlined text of each hint, for the tests about where hints are looked for. */
const underlined = (lines: string[]) => lines.map((l) => /^\S+ \S+ \S+ ("(?:[^"\\]|\\.)*")/.exec(l)?.[1] ?? l);

const discriminator = "REST APIs do not support 'discriminator'; the import drops it.";

describe('unsupported features: messages and places', () => {
  test('each keyword says what REST does with it, on the keyword', () => {
    const text = oas3(
      '    Pet:\n      type: object\n      discriminator: {propertyName: kind}\n      properties:\n' +
        '        age: {type: integer, exclusiveMinimum: true, minimum: 0}\n' +
        '        id: {type: string, readOnly: true}\n' +
        '        price: {type: string, format: decimal}\n' +
        '        weight: {type: number, format: double, description: decimal}\n',
    );
    assert.deepEqual(rest(text), [
      `unsupported-feature information 9:7-9:20 "discriminator" ${discriminator}`,
      `unsupported-feature information 11:30-11:46 "exclusiveMinimum" REST APIs do not support 'exclusiveMinimum' in models.`,
      `unsupported-feature information 12:28-12:36 "readOnly" REST APIs do not support 'readOnly' in models.`,
      `unsupported-feature information 13:39-13:46 "decimal" REST APIs do not support format 'decimal'.`,
    ]);
  });

  test('HTTP APIs are not told about REST limits', () => {
    const text = oas3('    Pet:\n      discriminator: {propertyName: kind}\n');
    assert.deepEqual(diagnose(text, unsupportedFeaturesRule, { apiType: 'HTTP' }), []);
  });

  test('Swagger 2 models under definitions; deprecated operations', () => {
    const text =
      "swagger: '2.0'\ninfo: {title: t, version: '1'}\nx-amazon-apigateway-api-key-source: HEADER\n" +
      'paths:\n  /pets:\n    get:\n      deprecated: true\n      responses: {}\n' +
      'definitions:\n  Pet:\n    discriminator: kind\n';
    assert.deepEqual(rest(text), [
      `unsupported-feature information 11:5-11:18 "discriminator" ${discriminator}`,
      `unsupported-feature information 7:7-7:17 "deprecated" REST APIs do not support 'deprecated'; it is dropped on import and export.`,
    ]);
  });

  test('looked for in properties, items, allOf, anyOf, oneOf and additionalProperties, not in examples or property names', () => {
    const text = oas3(
      '    A:\n      properties:\n        readOnly: {type: boolean}\n        discriminator: {type: string}\n' +
        '        nested: {discriminator: {propertyName: p1}}\n' +
        '      items: {discriminator: {propertyName: p2}}\n' +
        '      allOf: [{discriminator: {propertyName: p3}}]\n' +
        '      anyOf: [{discriminator: {propertyName: p4}}]\n' +
        '      oneOf: [{discriminator: {propertyName: p5}}]\n' +
        '      additionalProperties: {discriminator: {propertyName: p6}}\n' +
        '      example: {discriminator: {propertyName: no}, readOnly: true}\n' +
        '      not: {discriminator: {propertyName: no}}\n',
    );
    assert.deepEqual(underlined(rest(text)), Array(6).fill('"discriminator"'));
    assert.deepEqual(
      rest(text).map((l) => l.split(' ')[2].split('-')[0]),
      ['11:18', '12:15', '13:16', '14:16', '15:16', '16:30'],
    );
  });

  test('values of the wrong kind are skipped and the rest is still checked', () => {
    const text = oas3(
      '    A:\n      properties: 5\n    B:\n      properties:\n        n: 5\n        m: [1]\n      items: [{readOnly: true}, 7]\n',
      '{/a: {get: {deprecated: true}}}',
    );
    const errors: string[] = [];
    assert.deepEqual(rest(text, { errors }), [
      `unsupported-feature information 13:16-13:24 "readOnly" REST APIs do not support 'readOnly' in models.`,
      `unsupported-feature information 4:20-4:30 "deprecated" REST APIs do not support 'deprecated'; it is dropped on import and export.`,
    ]);
    assert.deepEqual(errors, []);
  });

  test('a schema property without a value (a JSON syntax error) is skipped, the rest still checked', () => {
    const text =
      '{"openapi": "3.0.1", "info": {"title": "t", "version": "1"}, "x-amazon-apigateway-api-key-source": "HEADER",\n' +
      '"paths": {"/a": {"get": {"deprecated": true}}},\n' +
      '"components": {"schemas": {"A": {"items": },\n"B": {"readOnly": true}}}}\n';
    const errors: string[] = [];
    assert.deepEqual(rest(text, { json: true, errors }), [
      `unsupported-feature information 4:7-4:17 "\\"readOnly\\"" REST APIs do not support 'readOnly' in models.`,
      `unsupported-feature information 2:26-2:38 "\\"deprecated\\"" REST APIs do not support 'deprecated'; it is dropped on import and export.`,
    ]);
    assert.deepEqual(errors, []);
  });
});

describe('unsupported features: depth and count limits', () => {
  /** A schema whose keyword sits `depth` levels down, each level written with `step` (`{}` marks the next level). */
  const nested = (depth: number, step: string) => {
    let schema = '{readOnly: true}';
    for (let i = 0; i < depth; i++) schema = step.replace('{}', schema);
    return schema;
  };

  test('a keyword is looked for 40 levels down, not deeper, however the levels are written', () => {
    const text = oas3(
      `    P40: ${nested(40, '{properties: {p: {}}}')}\n` +
        `    P41: ${nested(41, '{properties: {p: {}}}')}\n` +
        `    I40: ${nested(40, '{items: {}}')}\n` +
        `    I41: ${nested(41, '{items: {}}')}\n` +
        `    A40: ${nested(20, '{allOf: [{}]}')}\n` +
        `    A41: {items: ${nested(20, '{allOf: [{}]}')}}\n`,
    );
    assert.deepEqual(
      rest(text).map((l) => l.split(' ')[2].split(':')[0]),
      ['7', '9', '11'],
    );
  });

  test('twenty hints at most, schema keywords first', () => {
    const many = Array.from({ length: 21 }, (_, i) => `        p${i}: {type: string, format: decimal}\n`).join('');
    const ops = Array.from({ length: 3 }, (_, i) => `/p${i}: {get: {deprecated: true}}`).join(', ');
    const text = oas3(`    A:\n      properties:\n${many}`, `{${ops}}`);
    const hints = rest(text);
    assert.equal(hints.length, 20);
    assert.ok(hints.every((h) => h.includes("format 'decimal'")));
  });

  test('twenty hints at most for readOnly, exclusiveMinimum and discriminator too', () => {
    const many = Array.from({ length: 21 }, (_, i) => `        p${i}: {readOnly: true}\n`).join('');
    assert.equal(rest(oas3(`    A:\n      properties:\n${many}`)).length, 20);
  });

  test('the cap holds inside one schema too: the twentieth hint is the last, whatever keyword comes next', () => {
    const many = Array.from({ length: 19 }, (_, i) => `        p${i}: {type: string, format: decimal}\n`).join('');
    const hints = rest(
      oas3(`    A:\n      properties:\n${many}        last: {readOnly: true, type: string, format: decimal}\n`),
    );
    assert.equal(hints.length, 20);
    assert.match(hints[19], /'readOnly' in models/);
  });

  test('the same with the keywords the other way round: once the twentieth is given, a readOnly after it is not', () => {
    const many = Array.from({ length: 19 }, (_, i) => `        p${i}: {type: string, format: decimal}\n`).join('');
    const hints = rest(
      oas3(`    A:\n      properties:\n${many}        last: {type: string, format: decimal, readOnly: true}\n`),
    );
    assert.equal(hints.length, 20);
    assert.match(hints[19], /format 'decimal'/);
  });

  test('twenty hints at most for deprecated operations', () => {
    const ops = Array.from({ length: 21 }, (_, i) => `/p${i}: {get: {deprecated: true}}`).join(', ');
    const hints = rest(oas3('    A: {}\n', `{${ops}}`));
    assert.equal(hints.length, 20);
    assert.ok(hints.every((h) => h.includes("'deprecated'")));
  });
});
