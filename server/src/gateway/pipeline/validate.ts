/**
 * Stage 3, validate (REST only, with a declared request validator): required parameters must be present and not
 * blank, then the body must match its model for the request's content type (DG "Use request validation in API
 * Gateway", "Test basic request validation"; runtime facts V1–V10).
 */
import { headerValue } from './exchange';
import { modelValidator } from './bodySchema';
import type { Stage } from './stage';

export const validateStage: Stage = (ex) => {
  const route = ex.route;
  if (!route || ex.api.kind !== 'REST') return undefined;
  if (route.validator.parameters) {
    const missing = route.requiredParameters.filter((p) => {
      const value = p.location === 'path' ? ex.pathParameters[p.name]
        : p.location === 'querystring' ? ex.request.query[p.name]?.at(-1)
        : headerValue(ex.request.headers, p.name);
      // A blank value fails like an absent one (facts V2).
      return value === undefined || value.trim() === '';
    });
    if (missing.length) {
      // All missing names in one message, in the order of their full keys (facts V4, V5).
      const names = missing.map((p) => ({ key: `method.request.${p.location}.${p.name}`, name: p.name })).sort((a, b) => (a.key < b.key ? -1 : 1)).map((p) => p.name);
      const message = `Missing required request parameters: [${names.join(', ')}]`;
      ex.log(`Request validation failed: ${message}`);
      return ex.gatewayResponse('BAD_REQUEST_PARAMETERS', message);
    }
  }
  if (route.validator.body) {
    // A missing Content-Type counts as application/json; no model for the type skips the check unless a
    // `$default` model exists (DG "Use request validation"; facts M2, V7).
    const type = (headerValue(ex.request.headers, 'content-type') ?? 'application/json').split(';')[0].trim().toLowerCase();
    const model = route.bodyModels[type] ?? route.bodyModels['$default'];
    if (model === undefined) return undefined;
    const failure = bodyFailure(ex.request.body, model, ex);
    if (failure) {
      // The detail goes to the log only; the client always gets "Invalid request body" (facts V8, V9).
      ex.log(`Request body does not match model schema for content type ${type}: [${failure}]`);
      return ex.gatewayResponse('BAD_REQUEST_BODY', 'Invalid request body', { validationError: failure });
    }
  }
  return undefined;
};

function bodyFailure(body: Buffer, model: unknown, ex: Parameters<Stage>[0]): string | undefined {
  if (body.length === 0) return 'Unknown error parsing request body';
  let value: unknown;
  try {
    value = JSON.parse(body.toString('utf8'));
  } catch (e) {
    return `Invalid JSON: ${(e as Error).message}`;
  }
  const validator = modelValidator(ex.api, model);
  if (typeof validator === 'string') return validator;
  if (validator(value)) return undefined;
  const error = validator.errors?.[0];
  if (!error) return 'instance does not match the model';
  if (error.keyword === 'required') return `object has missing required properties (["${String((error.params as { missingProperty?: string }).missingProperty)}"])`;
  return `${error.instancePath || '/'} ${error.message ?? 'does not match the model'}`;
}
