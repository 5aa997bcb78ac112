/**
 * The routes of one OpenAPI 3 / Swagger 2 definition: each operation with its integration, the parameters it
 * declares required, its body models and the request validator that applies to it.
 */
import type { ApiKind, ParameterLocation, RouteSpec } from '../types';
import { integrationSpec } from './integrationSpec';
import { isObject, resolveRef } from './refs';

const methods = ['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'x-amazon-apigateway-any-method'];
const locations: Record<string, ParameterLocation> = { path: 'path', query: 'querystring', header: 'header' };

export function openApiRoutes(def: Record<string, unknown>, kind: ApiKind): RouteSpec[] {
  const routes: RouteSpec[] = [];
  const paths = isObject(def.paths) ? def.paths : {};
  for (const [path, rawItem] of Object.entries(paths)) {
    const item = resolveRef(def, rawItem);
    if (!isObject(item)) continue;
    for (const key of methods) {
      const op = resolveRef(def, item[key]);
      if (!isObject(op)) continue;
      routes.push(routeOf(def, kind, path, key, item, op));
    }
  }
  return routes;
}

function routeOf(def: Record<string, unknown>, kind: ApiKind, path: string, key: string, item: Record<string, unknown>, op: Record<string, unknown>): RouteSpec {
  const method = key === 'x-amazon-apigateway-any-method' ? 'ANY' : key.toUpperCase();
  // HTTP APIs export their default route as the path `/$default` (DG: "Working with routes for HTTP APIs").
  const isDefault = kind === 'HTTP' && path === '/$default';
  const routePath = isDefault ? '$default' : path;
  const route: RouteSpec = {
    method,
    path: routePath,
    routeKey: isDefault ? '$default' : `${method} ${path}`,
    operation: op,
    requiredParameters: [],
    bodyModels: {},
    validator: { parameters: false, body: false },
    methodResponses: methodResponses(def, op),
    source: `paths.${path}.${key}`,
  };
  const rawIntegration = resolveRef(def, op['x-amazon-apigateway-integration']);
  if (rawIntegration === undefined) route.broken = `${method} ${path} has no x-amazon-apigateway-integration, so API Gateway would not import it`;
  else {
    const spec = integrationSpec(rawIntegration, kind);
    if (typeof spec === 'string') route.broken = `${method} ${path}: ${spec}`;
    else route.integration = spec;
  }
  collectParameters(def, route, [item.parameters, op.parameters]);
  collectBodyModels(def, route, op);
  if (kind === 'REST') applyValidator(def, route, op);
  return route;
}

function collectParameters(def: Record<string, unknown>, route: RouteSpec, lists: unknown[]): void {
  const seen = new Map<string, { location: ParameterLocation; name: string }>();
  for (const list of lists) {
    if (!Array.isArray(list)) continue;
    for (const raw of list) {
      const p = resolveRef(def, raw);
      if (!isObject(p) || typeof p.name !== 'string') continue;
      const location = locations[String(p.in)];
      // Path parameters are always required; others when they say so (how the OpenAPI import sets
      // `method.request.<location>.<name>: true`; DG "Set up request validation using OpenAPI").
      if (!location || (location !== 'path' && p.required !== true)) {
        if (location) seen.delete(`${location}.${p.name}`);
        continue;
      }
      seen.set(`${location}.${p.name}`, { location, name: p.name });
    }
  }
  route.requiredParameters = [...seen.values()];
}

function collectBodyModels(def: Record<string, unknown>, route: RouteSpec, op: Record<string, unknown>): void {
  const body = resolveRef(def, op.requestBody);
  if (isObject(body) && isObject(body.content)) {
    for (const [type, media] of Object.entries(body.content)) {
      if (isObject(media) && media.schema !== undefined) route.bodyModels[type.toLowerCase()] = media.schema;
    }
    return;
  }
  // Swagger 2: the `in: body` parameter, for each media type the operation consumes.
  const params = Array.isArray(op.parameters) ? op.parameters.map((p) => resolveRef(def, p)) : [];
  const bodyParam = params.find((p) => isObject(p) && p.in === 'body') as Record<string, unknown> | undefined;
  if (!bodyParam || bodyParam.schema === undefined) return;
  const consumes = Array.isArray(op.consumes) ? op.consumes : Array.isArray(def.consumes) ? def.consumes : ['application/json'];
  for (const type of consumes) route.bodyModels[String(type).toLowerCase()] = bodyParam.schema;
}

/** The operation's validator, else the definition's default (DG: x-amazon-apigateway-request-validator). */
function applyValidator(def: Record<string, unknown>, route: RouteSpec, op: Record<string, unknown>): void {
  const name = op['x-amazon-apigateway-request-validator'] ?? def['x-amazon-apigateway-request-validator'];
  if (typeof name !== 'string') return;
  const all = isObject(def['x-amazon-apigateway-request-validators']) ? def['x-amazon-apigateway-request-validators'] : {};
  const validator = all[name];
  if (!isObject(validator)) {
    route.broken ??= `${route.routeKey} names the request validator "${name}", which x-amazon-apigateway-request-validators does not declare`;
    return;
  }
  route.validator = { parameters: validator.validateRequestParameters === true, body: validator.validateRequestBody === true };
}

function methodResponses(def: Record<string, unknown>, op: Record<string, unknown>): RouteSpec['methodResponses'] {
  const out: RouteSpec['methodResponses'] = {};
  const responses = isObject(op.responses) ? op.responses : {};
  for (const [code, raw] of Object.entries(responses)) {
    const response = resolveRef(def, raw);
    out[code] = { headers: isObject(response) && isObject(response.headers) ? Object.keys(response.headers) : [] };
  }
  return out;
}
