/**
 * The event a Lambda proxy integration sends: REST payload 1.0, HTTP API payload 1.0 and 2.0
 * (DG "Set up Lambda proxy integrations", "Create AWS Lambda proxy integrations for HTTP APIs"; runtime facts
 * L1–L8, L17–L22).
 */
import type { Exchange } from '../pipeline/exchange';
import { headerValue, lastValues } from '../pipeline/exchange';

export function proxyEvent(ex: Exchange, version: '1.0' | '2.0'): Record<string, unknown> {
  if (ex.api.kind === 'HTTP' && version === '2.0') return httpEventV2(ex);
  const event = restEventV1(ex);
  return ex.api.kind === 'HTTP' ? { version: '1.0', ...event } : event;
}

function isBinary(ex: Exchange): boolean {
  const type = headerValue(ex.request.headers, 'content-type')?.split(';')[0].trim().toLowerCase();
  // Binary bodies are base64-encoded when the content type is a binary media type (facts L7); HTTP APIs encode
  // anything that is not text.
  if (ex.api.kind === 'HTTP') return !!type && !/^(text\/|application\/(json|xml|javascript|x-www-form-urlencoded)|.*\+(json|xml))/.test(type);
  return !!type && ex.api.binaryMediaTypes.some((m) => m === '*/*' || m.toLowerCase() === type || (m.endsWith('/*') && type.startsWith(m.slice(0, -1).toLowerCase())));
}

function bodyOf(ex: Exchange): { body: string | null; isBase64Encoded: boolean } {
  if (ex.request.body.length === 0) return { body: null, isBase64Encoded: false };
  return isBinary(ex) ? { body: ex.request.body.toString('base64'), isBase64Encoded: true } : { body: ex.request.body.toString('utf8'), isBase64Encoded: false };
}

function orNull<T extends object>(value: T): T | null {
  return Object.keys(value).length ? value : null;
}

/** REST (and HTTP 1.0): absent collections are null, not {} (facts L2); the last query value wins (L6). */
function restEventV1(ex: Exchange): Record<string, unknown> {
  const lower = ex.api.kind === 'HTTP';
  const headers: Record<string, string> = {};
  const multiHeaders: Record<string, string[]> = {};
  for (const [name, values] of Object.entries(ex.request.headers)) {
    // Connection-level headers never reach the event (AWS-recorded REST events; facts L5).
    if (/^(content-length|connection)$/i.test(name)) continue;
    // REST keeps the client's header case; HTTP APIs lowercase names in both payload versions (facts L5, L17).
    const key = lower ? name.toLowerCase() : name;
    headers[key] = values[values.length - 1];
    multiHeaders[key] = [...(multiHeaders[key] ?? []), ...values];
  }
  const { body, isBase64Encoded } = bodyOf(ex);
  const ctx = ex.context;
  return {
    resource: ex.route?.path ?? ex.request.path,
    path: ex.request.path,
    httpMethod: ex.request.method,
    headers: orNull(headers),
    multiValueHeaders: orNull(multiHeaders),
    queryStringParameters: orNull(lastValues(ex.request.query)),
    multiValueQueryStringParameters: orNull(ex.request.query),
    pathParameters: orNull(ex.pathParameters),
    stageVariables: orNull(ex.stageVariables),
    requestContext: {
      resourceId: ctx.resourceId,
      resourcePath: ctx.resourcePath,
      httpMethod: ctx.httpMethod,
      extendedRequestId: ctx.extendedRequestId,
      requestTime: ctx.requestTime,
      path: ctx.path,
      accountId: ctx.accountId,
      protocol: ctx.protocol,
      stage: ctx.stage,
      domainPrefix: ctx.domainPrefix,
      requestTimeEpoch: ctx.requestTimeEpoch,
      requestId: ctx.requestId,
      identity: ctx.identity,
      domainName: ctx.domainName,
      deploymentId: ctx.deploymentId,
      apiId: ctx.apiId,
      ...(ctx.authorizer !== undefined ? { authorizer: ctx.authorizer } : {}),
    },
    body,
    isBase64Encoded,
  };
}

/** HTTP API 2.0: absent things are omitted (facts L21); duplicates comma-joined; cookies split out (L20). */
function httpEventV2(ex: Exchange): Record<string, unknown> {
  const headers: Record<string, string> = {};
  const cookies: string[] = [];
  for (const [name, values] of Object.entries(ex.request.headers)) {
    const key = name.toLowerCase();
    if (key === 'cookie') {
      for (const v of values) cookies.push(...v.split(';').map((c) => c.trim()).filter(Boolean));
      continue;
    }
    headers[key] = headers[key] ? `${headers[key]},${values.join(',')}` : values.join(',');
  }
  const query: Record<string, string> = {};
  for (const [k, v] of Object.entries(ex.request.query)) query[k] = v.join(',');
  const { body, isBase64Encoded } = bodyOf(ex);
  const ctx = ex.context;
  const identity = (ctx.identity ?? {}) as Record<string, unknown>;
  const event: Record<string, unknown> = {
    version: '2.0',
    routeKey: ex.route?.routeKey ?? '$default',
    // rawPath keeps the stage prefix of a named stage (facts L22).
    rawPath: ex.request.fullPath,
    rawQueryString: ex.request.rawQuery,
  };
  if (cookies.length) event.cookies = cookies;
  event.headers = headers;
  if (Object.keys(query).length) event.queryStringParameters = query;
  event.requestContext = {
    accountId: ctx.accountId,
    apiId: ctx.apiId,
    ...(ctx.authorizer !== undefined ? { authorizer: ctx.authorizer } : {}),
    domainName: ctx.domainName,
    domainPrefix: ctx.domainPrefix,
    http: {
      method: ex.request.method,
      path: ex.request.fullPath,
      protocol: ctx.protocol,
      sourceIp: identity.sourceIp,
      userAgent: identity.userAgent,
    },
    requestId: ctx.requestId,
    routeKey: ex.route?.routeKey ?? '$default',
    stage: ctx.stage,
    time: ctx.requestTime,
    timeEpoch: ctx.requestTimeEpoch,
  };
  if (body !== null) event.body = body;
  if (Object.keys(ex.pathParameters).length) event.pathParameters = ex.pathParameters;
  event.isBase64Encoded = isBinary(ex) && body !== null ? isBase64Encoded : false;
  if (Object.keys(ex.stageVariables).length) event.stageVariables = ex.stageVariables;
  return event;
}
