/**
 * Every numeric limit in the extension catalogue, at the limit, one below and one above, for every API type that
 * reads it: the value itself gets a `value-range` diagnostic exactly when it is outside the range. Documents are
 * built from the catalogue's own places and field paths, so a limit added to the catalogue is covered at once; a
 * check that moved a bound by one (`>` for `>=`) fails here.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { EXTENSIONS, type ApiType, type ExtensionSpec, type Schema } from '../../../../server/src/service/catalogue';
import { TEMPLATE_RESOURCES } from '../../../../server/src/service/catalogue/samSettings';
import { getLanguageService } from '../../../../server/src/service/languageService';

interface Limit {
  /** An extension, or a SAM/CloudFormation resource type (places: ['template']). */
  extension: Pick<ExtensionSpec, 'name' | 'places'>;
  /** Keys from the extension's value to the number ('*' stands for a map key or an array item). */
  path: string[];
  apiType: ApiType;
  minimum?: number;
  maximum?: number;
  integer: boolean;
}

function effective(schema: Schema, apiType: ApiType): Schema {
  return { ...schema, ...(schema.byApiType?.[apiType] ?? {}) };
}

function collect(
  extension: Limit['extension'],
  schema: Schema,
  path: string[],
  apiType: ApiType,
  out: Limit[],
  depth = 0,
): void {
  if (depth > 8) return;
  const s = effective(schema, apiType);
  if ((s.kind === 'integer' || s.kind === 'number') && (s.minimum !== undefined || s.maximum !== undefined)) {
    out.push({ extension, path, apiType, minimum: s.minimum, maximum: s.maximum, integer: s.kind === 'integer' });
  }
  for (const [name, field] of Object.entries(s.fields ?? {})) {
    if (field.apiTypes && !field.apiTypes.includes(apiType)) continue;
    collect(extension, field, [...path, name], apiType, out, depth + 1);
  }
  if (s.values) collect(extension, s.values, [...path, 'k1'], apiType, out, depth + 1);
  if (s.items) collect(extension, s.items, [...path, '*'], apiType, out, depth + 1);
}

const limits: Limit[] = [];
for (const extension of EXTENSIONS) {
  for (const apiType of extension.apiTypes) collect(extension, extension.schema, [], apiType, limits);
}
for (const resource of TEMPLATE_RESOURCES) {
  collect({ name: resource.type, places: ['template' as never] }, resource.properties, [], resource.apiType, limits);
}

/** The value at `path`, as nested YAML flow text. */
function valueAt(path: string[], leaf: number): string {
  if (path.length === 0) return String(leaf);
  const [head, ...rest] = path;
  return head === '*' ? `[${valueAt(rest, leaf)}]` : `{ ${JSON.stringify(head)}: ${valueAt(rest, leaf)} }`;
}

function documentFor(limit: Limit, value: number): string | undefined {
  if ((limit.extension.places[0] as string) === 'template') {
    return `AWSTemplateFormatVersion: "2010-09-09"\nTransform: AWS::Serverless-2016-10-31\nResources:\n  R:\n    Type: ${limit.extension.name}\n    Properties: ${valueAt(limit.path, value)}\n`;
  }
  const ext = `${limit.extension.name}: ${valueAt(limit.path, value)}`;
  const head =
    limit.apiType === 'WEBSOCKET'
      ? 'openapi: 3.0.1\ninfo: { title: t, version: "1" }\nx-amazon-apigateway-api-key-source: HEADER\n'
      : 'openapi: 3.0.1\ninfo: { title: t, version: "1" }\n';
  const place = limit.extension.places[0];
  if (place === 'root') return `${head}${ext}\npaths: {}\n`;
  if (place === 'operation')
    return `${head}paths:\n  /a:\n    get:\n      responses: { "200": { description: ok } }\n      ${ext}\n`;
  if (place === 'pathItem') return `${head}paths:\n  /a:\n    ${ext}\n`;
  if (place === 'components') return `${head}paths: {}\ncomponents:\n  ${ext}\n`;
  if (place === 'securityScheme')
    return `${head}paths: {}\ncomponents:\n  securitySchemes:\n    s:\n      type: apiKey\n      name: Authorization\n      in: header\n      ${ext}\n`;
  return undefined;
}

const service = getLanguageService();

function rangeDiagnosticOnValue(limit: Limit, value: number): boolean | undefined {
  const text = documentFor(limit, value);
  if (!text) return undefined;
  const settings =
    (limit.extension.places[0] as string) === 'template' ? {} : { apiTypeOverrides: { '**': limit.apiType } };
  const doc = service.parseDocument('file:///limits.yaml', 'yaml', 1, text, settings);
  const literal = String(value);
  return service.validate(doc, settings).some((d) => {
    if (d.code !== 'value-range') return false;
    const line = text.split('\n')[d.range.start.line];
    return line.slice(d.range.start.character, d.range.end.character) === literal;
  });
}

describe('every numeric limit in the catalogue: at the limit, one below, one above', () => {
  test('each limit can be put in a document (a new place in the catalogue needs a builder here)', () => {
    assert.deepEqual(
      limits.filter((l) => !documentFor(l, 0)).map((l) => `${l.extension.name} at ${l.extension.places.join(', ')}`),
      [],
    );
  });

  test('the catalogue has limits to check (timeouts, TTLs, CORS maxAge, compression size…)', () => {
    const names = new Set(limits.map((l) => `${l.extension.name}${l.path.length ? '.' + l.path.join('.') : ''}`));
    for (const expected of [
      'x-amazon-apigateway-integration.timeoutInMillis',
      'x-amazon-apigateway-minimum-compression-size',
      'x-amazon-apigateway-cors.maxAge',
      'AWS::Serverless::Api.MethodSettings.*.CacheTtlInSeconds',
    ]) {
      assert.ok(names.has(expected), `${expected} among ${[...names].join(', ')}`);
    }
  });

  for (const limit of limits) {
    const where = `${limit.extension.name}${limit.path.length ? '.' + limit.path.join('.') : ''} (${limit.apiType})`;
    const step = limit.integer ? 1 : 0.5;
    test(where, () => {
      if (limit.minimum !== undefined) {
        assert.equal(rangeDiagnosticOnValue(limit, limit.minimum), false, `${limit.minimum} (the minimum) is allowed`);
        assert.equal(
          rangeDiagnosticOnValue(limit, limit.minimum - step),
          true,
          `${limit.minimum - step} (below the minimum) is reported`,
        );
      }
      if (limit.maximum !== undefined) {
        assert.equal(rangeDiagnosticOnValue(limit, limit.maximum), false, `${limit.maximum} (the maximum) is allowed`);
        assert.equal(
          rangeDiagnosticOnValue(limit, limit.maximum + step),
          true,
          `${limit.maximum + step} (above the maximum) is reported`,
        );
      }
    });
  }
});
