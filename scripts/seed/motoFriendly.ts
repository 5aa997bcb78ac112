/**
 * Turns one of the examples' OpenAPI definitions into a variant the moto emulator imports without crashing, for
 * seeding `npm start`'s local endpoint. The examples themselves stay what a user would deploy to AWS; moto's gaps
 * (see /work/shared/reference/moto-facts.md, section 1) are worked around here only:
 * - Swagger 2 is rejected, so only OpenAPI 3 is accepted here;
 * - a missing `info.description` crashes the import;
 * - any key of a path item is taken as an HTTP method, so path-level `parameters`, `summary`, … crash it;
 * - an integration without `uri`/`httpMethod` (MOCK) crashes it, so those get placeholders (the type stays).
 */
import { parse } from '../../server/src/service/parser/parse';
import { toJson } from '../../server/src/service/document/toJson';

type Json = Record<string, unknown>;

const methodKeys = new Set([
  'get',
  'put',
  'post',
  'delete',
  'options',
  'head',
  'patch',
  'trace',
  'x-amazon-apigateway-any-method',
]);
const isObject = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);

/** The variant as JSON text. Throws on text that is not an OpenAPI 3 definition. */
export function motoFriendlyDefinition(text: string, syntax: 'yaml' | 'json'): string {
  const parsed = parse(text, syntax);
  const doc = toJson(parsed.root);
  if (!isObject(doc) || typeof doc.openapi !== 'string' || !isObject(doc.paths))
    throw new Error('not an OpenAPI 3 definition (moto imports OpenAPI 3 only)');
  const info = isObject(doc.info) ? { ...doc.info } : {};
  info.description ??= typeof info.title === 'string' ? info.title : 'Example API';
  const paths: Json = {};
  for (const [path, item] of Object.entries(doc.paths)) {
    if (!isObject(item)) continue;
    const operations: Json = {};
    for (const [key, operation] of Object.entries(item)) {
      if (!methodKeys.has(key.toLowerCase()) || !isObject(operation)) continue;
      operations[key] = withImportableIntegration(operation);
    }
    paths[path] = operations;
  }
  return JSON.stringify({ ...doc, info, paths }, null, 2);
}

function withImportableIntegration(operation: Json): Json {
  const integration = operation['x-amazon-apigateway-integration'];
  if (!isObject(integration)) return operation;
  return {
    ...operation,
    'x-amazon-apigateway-integration': { httpMethod: 'POST', uri: 'http://placeholder.invalid/', ...integration },
  };
}
