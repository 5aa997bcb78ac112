/**
 * Gateway responses: the answers API Gateway gives itself, without (or instead of) the integration. REST APIs
 * may customize them with `x-amazon-apigateway-gateway-responses`; HTTP APIs cannot (DG "Gateway responses in
 * API Gateway", "Choose between REST APIs and HTTP APIs"; runtime facts G1–G24).
 */
import type { GatewayHttpResponse, GatewayResponseSpec } from '../types';
import { headerValue } from './exchange';
import type { Exchange } from './exchange';
import { jsonText } from '../../../../common/scalarText';

export type GatewayResponseType =
  | 'ACCESS_DENIED'
  | 'API_CONFIGURATION_ERROR'
  | 'AUTHORIZER_CONFIGURATION_ERROR'
  | 'AUTHORIZER_FAILURE'
  | 'BAD_REQUEST_PARAMETERS'
  | 'BAD_REQUEST_BODY'
  | 'DEFAULT_4XX'
  | 'DEFAULT_5XX'
  | 'EXPIRED_TOKEN'
  | 'INTEGRATION_FAILURE'
  | 'INTEGRATION_TIMEOUT'
  | 'INVALID_API_KEY'
  | 'INVALID_SIGNATURE'
  | 'MISSING_AUTHENTICATION_TOKEN'
  | 'QUOTA_EXCEEDED'
  | 'REQUEST_TOO_LARGE'
  | 'RESOURCE_NOT_FOUND'
  | 'THROTTLED'
  | 'UNAUTHORIZED'
  | 'UNSUPPORTED_MEDIA_TYPE'
  | 'WAF_FILTERED';

interface DefaultResponse {
  status: number;
  message: string | null;
  errorType?: string;
}

// Default status codes: DG "Gateway response types" (supported-gateway-response-types). Messages and
// x-amzn-ErrorType values as the runtime facts §1.3 record them, each with its evidence there.
const defaults: Record<GatewayResponseType, DefaultResponse> = {
  ACCESS_DENIED: {
    status: 403,
    message: 'User is not authorized to access this resource',
    errorType: 'AccessDeniedException',
  },
  API_CONFIGURATION_ERROR: { status: 500, message: 'Internal server error' },
  AUTHORIZER_CONFIGURATION_ERROR: { status: 500, message: null, errorType: 'AuthorizerConfigurationException' },
  AUTHORIZER_FAILURE: { status: 500, message: 'Internal server error' },
  BAD_REQUEST_PARAMETERS: { status: 400, message: 'Bad request parameters', errorType: 'BadRequestException' },
  BAD_REQUEST_BODY: { status: 400, message: 'Invalid request body', errorType: 'BadRequestException' },
  DEFAULT_4XX: { status: 400, message: 'Bad request' },
  DEFAULT_5XX: { status: 500, message: 'Internal server error' },
  EXPIRED_TOKEN: { status: 403, message: 'Signature expired', errorType: 'InvalidSignatureException' },
  INTEGRATION_FAILURE: { status: 504, message: 'Internal server error', errorType: 'InternalServerErrorException' },
  INTEGRATION_TIMEOUT: {
    status: 504,
    message: 'Endpoint request timed out',
    errorType: 'InternalServerErrorException',
  },
  INVALID_API_KEY: { status: 403, message: 'Forbidden', errorType: 'ForbiddenException' },
  INVALID_SIGNATURE: {
    status: 403,
    message: 'The request signature we calculated does not match the signature you provided',
    errorType: 'InvalidSignatureException',
  },
  MISSING_AUTHENTICATION_TOKEN: {
    status: 403,
    message: 'Missing Authentication Token',
    errorType: 'MissingAuthenticationTokenException',
  },
  QUOTA_EXCEEDED: { status: 429, message: 'Limit Exceeded', errorType: 'LimitExceededException' },
  REQUEST_TOO_LARGE: { status: 413, message: 'Request Too Long' },
  RESOURCE_NOT_FOUND: { status: 404, message: 'Not Found', errorType: 'ResourceNotFoundException' },
  THROTTLED: { status: 429, message: 'Too Many Requests', errorType: 'TooManyRequestsException' },
  UNAUTHORIZED: { status: 401, message: 'Unauthorized', errorType: 'UnauthorizedException' },
  UNSUPPORTED_MEDIA_TYPE: { status: 415, message: 'Unsupported Media Type', errorType: 'BadRequestException' },
  WAF_FILTERED: { status: 403, message: 'Forbidden' },
};

export interface GatewayResponseOptions {
  /** A status other than the type's default (Lambda failures answer 502 under INTEGRATION_FAILURE). */
  status?: number;
  /**
   * The body AWS sends when nothing is customized, where it differs from the template's output: the Lambda 502
   * and the 504 timeout bodies have a space after the colon on the wire (runtime facts G10).
   */
  uncustomizedBody?: string;
  validationError?: string;
}

export function isGatewayResponseType(type: string): type is GatewayResponseType {
  return type in defaults;
}

export function renderGatewayResponse(
  ex: Exchange,
  type: GatewayResponseType,
  message?: string | null,
  options: GatewayResponseOptions = {},
): GatewayHttpResponse {
  const base = defaults[type];
  const text = message === undefined ? base.message : message;
  const headers: Record<string, string[]> = { 'Content-Type': ['application/json'] };
  if (ex.api.kind === 'HTTP') {
    // HTTP APIs answer with fixed bodies and cannot customize them; their 500 says "Internal Server Error"
    // (runtime facts G7, G19, G20).
    const httpText = text === 'Internal server error' ? 'Internal Server Error' : text;
    return {
      statusCode: options.status ?? base.status,
      headers,
      body: Buffer.from(JSON.stringify({ message: httpText })),
    };
  }
  if (base.errorType) headers['x-amzn-ErrorType'] = [base.errorType];
  const status = options.status ?? base.status;
  const family: GatewayResponseType = status >= 500 ? 'DEFAULT_5XX' : 'DEFAULT_4XX';
  const own = ex.api.gatewayResponses[type];
  // Every type but UNAUTHORIZED falls back to DEFAULT_4XX / DEFAULT_5XX; a status set on the default applies to
  // all types of its family that have none of their own (DG "Gateway response types").
  const fallback = type === 'UNAUTHORIZED' ? undefined : ex.api.gatewayResponses[family];
  const spec: GatewayResponseSpec | undefined = own ?? fallback;
  const statusCode = own?.statusCode ?? fallback?.statusCode ?? status;
  if (!spec && options.uncustomizedBody !== undefined)
    return { statusCode, headers, body: Buffer.from(options.uncustomizedBody) };
  const errorContext = {
    message: text,
    messageString: JSON.stringify(text),
    responseType: type,
    validationErrorString: JSON.stringify(options.validationError ?? ''),
  };
  const template = spec ? pickTemplate(spec.responseTemplates, headerValue(ex.request.headers, 'accept')) : undefined;
  // The default template of every type is {"message":$context.error.messageString} (runtime facts G8).
  const body = substitute(template ?? '{"message":$context.error.messageString}', ex, errorContext);
  for (const [key, value] of Object.entries(spec?.responseParameters ?? {})) {
    const name = /^gatewayresponse\.header\.(.+)$/i.exec(key)?.[1];
    const resolved = name ? parameterValue(value, ex) : undefined;
    if (name && resolved !== undefined) headers[name] = [resolved];
  }
  return { statusCode, headers, body: Buffer.from(body) };
}

function pickTemplate(templates: Record<string, string>, accept: string | undefined): string | undefined {
  const keys = Object.keys(templates);
  if (keys.length === 0) return undefined;
  const wanted = accept?.split(',')[0].split(';')[0].trim().toLowerCase();
  return (
    templates[keys.find((k) => k.toLowerCase() === wanted) ?? ''] ?? templates['application/json'] ?? templates[keys[0]]
  );
}

/**
 * Gateway-response templates are not Velocity: only `$context.*`, `$stageVariables.*` and method request
 * parameters are substituted (DG "Set up gateway responses", x-amazon-apigateway-gateway-responses.responseTemplates).
 */
function substitute(template: string, ex: Exchange, error: Record<string, unknown>): string {
  return template.replace(
    /\$(context|stageVariables|method\.request\.(?:path|querystring|header))\.([A-Za-z0-9_.-]+)/g,
    (whole, root: string, name: string) => {
      if (root === 'context') {
        const value = name.startsWith('error.') ? error[name.slice(6)] : lookup(ex.context, name);
        return jsonText(value) ?? (name.startsWith('error.') ? 'null' : '');
      }
      if (root === 'stageVariables') return ex.stageVariables[name] ?? '';
      return parameterValue(`method.request.${root.split('.')[2]}.${name}`, ex) ?? '';
    },
  );
}

function lookup(object: Record<string, unknown>, dotted: string): unknown {
  let node: unknown = object;
  for (const part of dotted.split('.')) {
    if (typeof node !== 'object' || node === null) return undefined;
    node = (node as Record<string, unknown>)[part];
  }
  return node;
}

/** `'static'` or `method.request.{header|path|querystring}.name` (DG x-amazon-apigateway-gateway-responses.responseParameters). */
function parameterValue(source: string, ex: Exchange): string | undefined {
  const quoted = /^'(.*)'$/s.exec(source);
  if (quoted) return quoted[1];
  const m = /^method\.(?:request|input\.params)\.(?:(header|path|querystring)\.)?(.+)$/.exec(source);
  if (!m) return undefined;
  const [, where, name] = m;
  if (where === 'header' || !where) {
    const h = headerValue(ex.request.headers, name);
    if (h !== undefined || where) return h;
  }
  if (where === 'path' || !where) {
    if (ex.pathParameters[name] !== undefined || where) return ex.pathParameters[name];
  }
  const q = ex.request.query[name];
  return q?.[q.length - 1];
}
