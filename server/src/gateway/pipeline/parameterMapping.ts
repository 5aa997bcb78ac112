/**
 * Request and response parameter mapping: where a mapped value comes from. REST sources are
 * `method.request.{path|querystring|header|multivaluequerystring|multivalueheader}.NAME`, `method.request.body`
 * (with a JSONPath), `integration.response.{header|multivalueheader}.NAME`, `integration.response.body`,
 * `context.NAME`, `stageVariables.NAME` and `'static'` values (DG "Parameter mapping source reference for REST
 * APIs"). HTTP API sources are `$request.{header|querystring|path}.NAME`, `$request.body.NAME`, `$context.NAME`,
 * `$stageVariables.NAME` and plain text (DG "Transform API requests and responses for HTTP APIs").
 */
import type { EndpointResponse, Exchange } from './exchange';
import { headerValue } from './exchange';
import { jsonText } from '../../../../common/scalarText';

export function mappedValue(source: string, ex: Exchange, response?: EndpointResponse): string | undefined {
  const quoted = /^'(.*)'$/s.exec(source);
  if (quoted) return quoted[1];
  if (ex.api.kind === 'HTTP') {
    // HTTP API values mix text and expressions, e.g. `/$request.path.proxy` (DG "Transform API requests and
    // responses for HTTP APIs").
    let missing = false;
    const value = source.replace(
      /\$(request|context|stageVariables|response)\.([A-Za-z0-9_.-]+)/g,
      (_w, root: string, name: string) => {
        const v = httpApiSource(root, name, ex, response);
        if (v === undefined) missing = true;
        return v ?? '';
      },
    );
    return missing && value === '' ? undefined : value;
  }
  const m =
    /^(method\.request|integration\.response)\.(path|querystring|header|multivaluequerystring|multivalueheader|body)(?:\.(.+))?$/.exec(
      source,
    );
  if (m) {
    const [, owner, where, name] = m;
    if (owner === 'integration.response') {
      if (!response) return undefined;
      if (where === 'body')
        return name ? jsonPath(response.body.toString('utf8'), name) : response.body.toString('utf8');
      const values = Object.entries(response.headers).find(
        ([k]) => k.toLowerCase() === (name ?? '').toLowerCase(),
      )?.[1];
      return where === 'multivalueheader' ? values?.join(',') : values?.[0];
    }
    switch (where) {
      case 'path':
        return ex.pathParameters[name ?? ''];
      case 'querystring':
        return ex.request.query[name ?? '']?.at(-1);
      case 'multivaluequerystring':
        return ex.request.query[name ?? '']?.join(',');
      case 'header':
        return headerValue(ex.request.headers, name ?? '');
      case 'multivalueheader':
        return Object.entries(ex.request.headers)
          .find(([k]) => k.toLowerCase() === (name ?? '').toLowerCase())?.[1]
          .join(',');
      case 'body':
        return name ? jsonPath(ex.request.body.toString('utf8'), name) : ex.request.body.toString('utf8');
    }
  }
  const ctx = /^context\.(.+)$/.exec(source);
  if (ctx) return contextValue(ex, ctx[1]);
  const stage = /^stageVariables\.(.+)$/.exec(source);
  if (stage) return ex.stageVariables[stage[1]];
  return undefined;
}

function httpApiSource(root: string, name: string, ex: Exchange, response?: EndpointResponse): string | undefined {
  if (root === 'context') return contextValue(ex, name);
  if (root === 'stageVariables') return ex.stageVariables[name];
  const m = /^(header|querystring|path|body|statuscode)(?:\.(.+))?$/.exec(name);
  if (!m) return undefined;
  const [, where, key] = m;
  if (root === 'response') {
    if (!response) return undefined;
    if (where === 'statuscode') return String(response.statusCode);
    if (where === 'header') return headerValue(response.headers, key ?? '');
    if (where === 'body')
      return key ? jsonPath(response.body.toString('utf8'), `$.${key}`) : response.body.toString('utf8');
    return undefined;
  }
  if (where === 'header') return headerValue(ex.request.headers, key ?? '');
  if (where === 'querystring') return ex.request.query[key ?? '']?.join(',');
  if (where === 'path') return key ? ex.pathParameters[key] : ex.request.path;
  if (where === 'body')
    return key ? jsonPath(ex.request.body.toString('utf8'), `$.${key}`) : ex.request.body.toString('utf8');
  return undefined;
}

function contextValue(ex: Exchange, dotted: string): string | undefined {
  let node: unknown = ex.context;
  for (const part of dotted.split('.')) {
    if (typeof node !== 'object' || node === null) return undefined;
    node = (node as Record<string, unknown>)[part];
  }
  return jsonText(node);
}

/** A dotted JSONPath (`$.a.b[0]`) into a JSON text; objects come back as JSON. */
function jsonPath(text: string, path: string): string | undefined {
  let node: unknown;
  try {
    node = JSON.parse(text);
  } catch {
    return undefined;
  }
  const parts = path
    .replace(/^\$\.?/, '')
    .split(/\.|\[(\d+)\]/)
    .filter((p) => p !== undefined && p !== '');
  for (const part of parts) {
    if (typeof node !== 'object' || node === null) return undefined;
    node = (node as Record<string, unknown>)[part];
  }
  return jsonText(node);
}
