/**
 * A copy of an OpenAPI 3 definition that the moto emulator imports without crashing. The definition itself stays
 * what a user deploys to AWS; this copy exists for emulators only (`npm start`'s local endpoint), and each change is
 * listed so the user sees exactly what was altered. moto's import gaps (shared/reference/moto-facts.md, section 1):
 * - Swagger 2 is rejected: only OpenAPI 3 is accepted;
 * - a missing `info.description` crashes the import;
 * - any key of a path item is taken as an HTTP method, so path-level `parameters`, `summary`, … crash it;
 * - an integration without `uri` / `httpMethod` (MOCK) crashes it, so those get placeholders (the type stays).
 * Pure.
 */
import { scalarText } from '../../../common/scalarText';

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

export interface EmulatorCopy {
  /** The copy, as JSON text. */
  body: string;
  /** What was changed, in words, one line each (empty when nothing needed changing). */
  changes: string[];
}

export class NotOpenApi3Error extends Error {}

/** Throws NotOpenApi3Error for anything but an OpenAPI 3 definition. */
export function emulatorCopy(definition: unknown): EmulatorCopy {
  if (!isObject(definition) || typeof definition.openapi !== 'string' || !isObject(definition.paths)) {
    throw new NotOpenApi3Error('moto imports OpenAPI 3 definitions only; this one is not (Swagger 2 is rejected).');
  }
  const changes: string[] = [];
  const info = isObject(definition.info) ? { ...definition.info } : {};
  if (info.description === undefined) {
    info.description = scalarText(info.title) ?? 'API';
    changes.push('info.description set to the title');
  }
  const paths: Json = {};
  for (const [path, item] of Object.entries(definition.paths)) {
    if (!isObject(item)) continue;
    const operations: Json = {};
    for (const [key, operation] of Object.entries(item)) {
      if (!methodKeys.has(key.toLowerCase()) || !isObject(operation)) {
        changes.push(`${path}: path-level "${key}" left out`);
        continue;
      }
      operations[key] = withImportableIntegration(operation, `${key.toUpperCase()} ${path}`, changes);
    }
    paths[path] = operations;
  }
  return { body: JSON.stringify({ ...definition, info, paths }, null, 2), changes };
}

function withImportableIntegration(operation: Json, where: string, changes: string[]): Json {
  const integration = operation['x-amazon-apigateway-integration'];
  if (!isObject(integration) || (integration.uri !== undefined && integration.httpMethod !== undefined))
    return operation;
  changes.push(
    `${where}: placeholder uri/httpMethod added to its ${scalarText(integration.type) ?? ''} integration`.replace(
      / {2,}/g,
      ' ',
    ),
  );
  return {
    ...operation,
    'x-amazon-apigateway-integration': { httpMethod: 'POST', uri: 'http://placeholder.invalid/', ...integration },
  };
}
