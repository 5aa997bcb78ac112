/**
 * Brings a local definition and API Gateway's export of a stage into one shape, so that a diff shows only real drift:
 * keys sorted, method names lower case, documentation-only fields left out (they change nothing a stage runs), and
 * what API Gateway adds on export removed (servers, the export's version stamps, integration defaults, its Empty and
 * Error models). Sources: "Export a REST API from API Gateway" and the x-amazon-apigateway-integration object's
 * defaults in the Developer Guide. Pure.
 */
import { jsonText } from '../../../common/scalarText';

export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type JsonObject = { [key: string]: Json };

const isObject = (v: unknown): v is JsonObject => typeof v === 'object' && v !== null && !Array.isArray(v);

const methods = new Set([
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
/** Fields that document an API without changing what it does. */
const documentation = new Set([
  'summary',
  'description',
  'tags',
  'externalDocs',
  'example',
  'examples',
  'x-amazon-apigateway-documentation',
]);
/** Values API Gateway fills in when an integration leaves them out. */
const integrationDefaults: Record<string, Json> = {
  passthroughBehavior: 'when_no_match',
  timeoutInMillis: 29000,
  connectionType: 'INTERNET',
};
/** Models every REST export carries, whether the definition had them or not. */
const builtInModels = ['Empty', 'Error'];

export function normalizeDefinition(doc: unknown): Json {
  if (!isObject(doc)) return (doc ?? null) as Json;
  const out: JsonObject = {};
  for (const [key, value] of Object.entries(doc)) {
    if (
      key === 'servers' ||
      key === 'x-amazon-apigateway-importexport-version' ||
      key === 'openapi' ||
      key === 'swagger' ||
      key === 'host' ||
      key === 'basePath' ||
      key === 'schemes'
    )
      continue;
    if (key === 'info') {
      if (isObject(value) && typeof value.title === 'string') out.info = { title: value.title };
      continue;
    }
    if (key === 'paths' && isObject(value)) {
      out.paths = normalizePaths(value);
      continue;
    }
    // Swagger 2 keeps its models under `definitions`; the built-in ones are aligned like OpenAPI 3's.
    if (key === 'definitions' && isObject(value)) {
      out.components = { ...(isObject(out.components) ? out.components : {}), schemas: clean(value, 0) };
      continue;
    }
    out[key] = clean(value, 0);
  }
  return sortKeys(out);
}

function normalizePaths(paths: JsonObject): Json {
  const out: JsonObject = {};
  for (const [path, item] of Object.entries(paths)) {
    // Every REST API has a root resource; an export lists it even when it has no method.
    if (!isObject(item) || Object.keys(item).length === 0) continue;
    const operations: JsonObject = {};
    for (const [key, operation] of Object.entries(item)) {
      const lower = key.toLowerCase();
      if (methods.has(lower)) operations[lower] = normalizeOperation(operation);
      else if (!documentation.has(key)) operations[key] = clean(operation, 0);
    }
    out[path] = operations;
  }
  return out;
}

function normalizeOperation(operation: Json): Json {
  if (!isObject(operation)) return operation;
  const out: JsonObject = {};
  for (const [key, value] of Object.entries(operation)) {
    if (documentation.has(key) || key === 'operationId') continue;
    if (key === 'x-amazon-apigateway-integration' && isObject(value)) out[key] = normalizeIntegration(value);
    else if (key === 'parameters' && Array.isArray(value))
      out[key] = [...value].map((p) => clean(p, 0)).sort((a, b) => paramKey(a).localeCompare(paramKey(b)));
    else out[key] = clean(value, 0);
  }
  return out;
}

const paramKey = (p: Json) => (isObject(p) ? `${jsonText(p.in) ?? ''}:${jsonText(p.name) ?? ''}` : JSON.stringify(p));

function normalizeIntegration(integration: JsonObject): Json {
  const out: JsonObject = {};
  for (const [key, value] of Object.entries(integration)) {
    if (key in integrationDefaults && value === integrationDefaults[key]) continue;
    // API Gateway names a cache namespace after the resource id, and exports empty key lists.
    if (key === 'cacheNamespace' || (key === 'cacheKeyParameters' && Array.isArray(value) && value.length === 0))
      continue;
    if (key === 'type' && typeof value === 'string') out.type = value.toLowerCase();
    else if (key === 'httpMethod' && typeof value === 'string') out.httpMethod = value.toUpperCase();
    else out[key] = clean(value, 0);
  }
  return out;
}

function clean(value: Json, depth: number): Json {
  if (depth > 200) return null;
  if (Array.isArray(value)) return value.map((v) => clean(v, depth + 1));
  if (!isObject(value)) return value;
  const out: JsonObject = {};
  for (const [k, v] of Object.entries(value)) if (!documentation.has(k)) out[k] = clean(v, depth + 1);
  return out;
}

/** Leaves out the models API Gateway adds to every export when the local side does not define them. */
export function alignBuiltInModels(local: Json, deployed: Json): Json {
  if (!isObject(deployed) || !isObject(deployed.components) || !isObject(deployed.components.schemas)) return deployed;
  const localSchemas =
    isObject(local) && isObject(local.components) && isObject(local.components.schemas) ? local.components.schemas : {};
  const schemas = { ...deployed.components.schemas };
  for (const name of builtInModels) if (!(name in localSchemas)) delete schemas[name];
  const components: JsonObject = { ...deployed.components, schemas };
  if (Object.keys(schemas).length === 0) delete components.schemas;
  const out: JsonObject = { ...deployed, components };
  if (Object.keys(components).length === 0) delete out.components;
  return out;
}

export function sortKeys(value: Json): Json {
  if (Array.isArray(value)) return value.map(sortKeys);
  if (!isObject(value)) return value;
  const out: JsonObject = {};
  for (const key of Object.keys(value).sort()) out[key] = sortKeys(value[key]);
  return out;
}
