/**
 * Request models as API Gateway checks them: JSON Schema draft 4 (DG "Amazon API Gateway important notes",
 * "Use request validation"; runtime facts V6). Ajv with its draft-04 dialect (`ajv-draft-04`) compiles them: the
 * most used JSON Schema validator for JavaScript, kept up, and one that implements draft 4's own meanings
 * (boolean `exclusiveMaximum`, `id`) instead of reading old models as a newer draft.
 */
import Ajv from 'ajv-draft-04';
import type { ValidateFunction } from 'ajv';
import type { GatewayApi } from '../types';
import { isObject } from '../load/refs';

const compiled = new WeakMap<GatewayApi, Map<unknown, ValidateFunction | string>>();

/** A validator for the model, or a message when the model cannot be compiled. */
export function modelValidator(api: GatewayApi, model: unknown): ValidateFunction | string {
  let cache = compiled.get(api);
  if (!cache) compiled.set(api, (cache = new Map<unknown, string | ValidateFunction>()));
  let validator = cache.get(model);
  if (!validator) {
    try {
      const ajv = new Ajv({ strict: false, allErrors: false, validateSchema: false, logger: false });
      validator = ajv.compile(selfContained(api, model) as object);
    } catch (e) {
      validator = `the model cannot be used: ${(e as Error).message}`;
    }
    cache.set(model, validator);
  }
  return validator;
}

/**
 * The model with every model it references under `definitions`, `$ref`s rewritten to point there
 * (`#/components/schemas/X` in OpenAPI 3, `#/definitions/X` in Swagger 2).
 */
function selfContained(api: GatewayApi, model: unknown): unknown {
  const def = api.definition;
  const components = isObject(def.components) && isObject(def.components.schemas) ? def.components.schemas : {};
  const definitions = { ...(isObject(def.definitions) ? def.definitions : {}), ...components };
  const root = rewrite(model, 0);
  return isObject(root) ? { ...root, definitions: rewrite(definitions, 0) } : root;
}

function rewrite(value: unknown, depth: number): unknown {
  if (depth > 100) return {};
  if (Array.isArray(value)) return value.map((v) => rewrite(v, depth + 1));
  if (!isObject(value)) return value;
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(value)) {
    if (k === '$ref' && typeof v === 'string') out[k] = v.replace(/^#\/components\/schemas\//, '#/definitions/');
    else out[k] = rewrite(v, depth + 1);
  }
  return out;
}
