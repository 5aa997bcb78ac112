/**
 * CORS for HTTP APIs (`x-amazon-apigateway-cors` / `CorsConfiguration`), as pure functions over headers.
 * Once a CORS configuration exists, API Gateway answers preflight requests itself (even without an OPTIONS
 * route), adds the configured headers to integration responses, and ignores CORS headers from the backend.
 * Headers are returned only when the request has an Origin; a preflight also needs Access-Control-Request-Method.
 * https://docs.aws.amazon.com/apigateway/latest/developerguide/http-api-cors.html
 */

export interface CorsConfig {
  allowOrigins: string[];
  allowMethods: string[];
  allowHeaders: string[];
  exposeHeaders: string[];
  allowCredentials: boolean;
  /** Seconds; undefined sends no Access-Control-Max-Age. */
  maxAge?: number;
}

/** Lower-case header names to values, as Node gives them. */
export type RequestHeaders = Record<string, string | string[] | undefined>;

const corsResponseHeaders = [
  'access-control-allow-origin',
  'access-control-allow-credentials',
  'access-control-allow-methods',
  'access-control-allow-headers',
  'access-control-expose-headers',
  'access-control-max-age',
];

/** Reads the extension's value (camelCase in OpenAPI, PascalCase in CloudFormation `CorsConfiguration`). */
export function corsConfigFrom(raw: unknown): CorsConfig | undefined {
  if (!raw || typeof raw !== 'object' || Array.isArray(raw)) return undefined;
  const r = raw as Record<string, unknown>;
  const pick = (camel: string) => r[camel] ?? r[camel[0].toUpperCase() + camel.slice(1)];
  const list = (v: unknown) => (Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : []);
  const maxAge = Number(pick('maxAge'));
  return {
    allowOrigins: list(pick('allowOrigins')),
    allowMethods: list(pick('allowMethods')).map((m) => m.toUpperCase()),
    allowHeaders: list(pick('allowHeaders')),
    exposeHeaders: list(pick('exposeHeaders')),
    allowCredentials: pick('allowCredentials') === true || pick('allowCredentials') === 'true',
    ...(pick('maxAge') !== undefined && Number.isFinite(maxAge) ? { maxAge } : {}),
  };
}

function header(headers: RequestHeaders, name: string): string | undefined {
  const v = headers[name];
  return Array.isArray(v) ? v[0] : v;
}

export function isPreflight(method: string, headers: RequestHeaders): boolean {
  return method.toUpperCase() === 'OPTIONS' && !!header(headers, 'origin') && !!header(headers, 'access-control-request-method');
}

/**
 * Whether an origin is allowed: an exact origin (scheme and host compare without case), `*`, or the scheme
 * wildcards `https://*` and `http://*` that the documentation lists.
 */
export function originAllowed(config: CorsConfig, origin: string): boolean {
  const o = origin.toLowerCase().replace(/\/+$/, '');
  return config.allowOrigins.some((allowed) => {
    const a = allowed.toLowerCase().replace(/\/+$/, '');
    if (a === '*') return true;
    if (a === 'https://*' || a === 'http://*') return o.startsWith(a.slice(0, -1)) && o.length > a.length - 1;
    return a === o;
  });
}

/** The origin header value to send back: `*` when everything is allowed without credentials, else the origin. */
function allowOriginValue(config: CorsConfig, origin: string): string {
  return config.allowOrigins.includes('*') && !config.allowCredentials ? '*' : origin;
}

/**
 * The answer to a preflight request. A disallowed origin or method gets no CORS headers, so the browser
 * refuses the real request (the status, 204, is what is commonly reported: runtime facts C5).
 */
export function preflightResponse(config: CorsConfig, headers: RequestHeaders): { statusCode: number; headers: Record<string, string> } {
  const origin = header(headers, 'origin') ?? '';
  const requested = (header(headers, 'access-control-request-method') ?? '').toUpperCase();
  const out: Record<string, string> = {};
  const methodOk = config.allowMethods.includes('*') || config.allowMethods.includes(requested);
  if (originAllowed(config, origin) && methodOk) {
    out['access-control-allow-origin'] = allowOriginValue(config, origin);
    if (config.allowMethods.length) out['access-control-allow-methods'] = config.allowMethods.join(',');
    if (config.allowHeaders.length) out['access-control-allow-headers'] = config.allowHeaders.join(',');
    if (config.allowCredentials) out['access-control-allow-credentials'] = 'true';
    if (config.maxAge !== undefined) out['access-control-max-age'] = String(config.maxAge);
  }
  return { statusCode: 204, headers: out };
}

/**
 * The integration's response headers with the backend's CORS headers removed and the configured ones added
 * (only when the request came with an allowed Origin).
 */
export function applyCorsHeaders(config: CorsConfig, requestHeaders: RequestHeaders, responseHeaders: Record<string, string>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [name, value] of Object.entries(responseHeaders)) if (!corsResponseHeaders.includes(name.toLowerCase())) out[name] = value;
  const origin = header(requestHeaders, 'origin');
  if (!origin || !originAllowed(config, origin)) return out;
  out['access-control-allow-origin'] = allowOriginValue(config, origin);
  if (config.allowCredentials) out['access-control-allow-credentials'] = 'true';
  if (config.exposeHeaders.length) out['access-control-expose-headers'] = config.exposeHeaders.join(',');
  return out;
}
