/**
 * Stage 4, integration request: what to send. Proxy integrations pass the request through (a Lambda event, or
 * the HTTP request itself); non-proxy ones map parameters and render the request template, under the
 * passthrough behaviour (DG "Set up an integration request", "Passthrough behaviors").
 */
import type { TemplateOverrides } from '../../service/velocity';
import { convertRequest, isBinaryType, type ContentHandling } from '../mapping/contentHandling';
import { chooseRequestTemplate, renderMapping } from '../mapping/templates';
import { proxyEvent } from '../lambda/proxyEvents';
import { javaMap } from '../log/executionLog';
import type { IntegrationSpec } from '../types';
import { Exchange, headerValue } from './exchange';
import { mappedValue } from './parameterMapping';
import type { Stage } from './stage';

/**
 * Hop-by-hop headers and those the HTTP client sets itself; `X-HTTP-Method-Override` reaches the backend only when
 * mapped (DG "Amazon API Gateway important notes").
 */
const notForwarded = new Set(['connection', 'keep-alive', 'transfer-encoding', 'upgrade', 'host', 'content-length', 'te', 'trailer', 'proxy-authorization', 'proxy-connection', 'x-http-method-override']);

export const integrationRequestStage: Stage = (ex) => {
  const integration = ex.route?.integration;
  if (!integration) return ex.gatewayResponse('API_CONFIGURATION_ERROR');
  if (integration.integrationSubtype) return serviceSubtypeAnswer(ex, integration);
  if (integration.connectionType === 'VPC_LINK' && !/^https?:\/\//i.test(integration.uri)) {
    const reason = `a private integration through a VPC link (${integration.uri}) cannot be reached from this machine`;
    ex.log(`Execution failed due to configuration error: ${reason}`);
    return ex.gatewayResponse('API_CONFIGURATION_ERROR', `Internal server error: ${reason}`);
  }
  const isLambda = integration.type === 'AWS_PROXY' || (integration.type === 'AWS' && /:lambda:path\//.test(integration.uri));
  // A Lambda function may be named through a stage variable (DG "Stage variables reference").
  const lambdaUri = withStageVariables(integration.uri, ex);
  if (integration.type === 'AWS_PROXY') {
    const event = proxyEvent(ex, integration.payloadFormatVersion);
    ex.integrationCall = { target: lambdaUri, method: 'POST', headers: lambdaHeaders(ex), body: Buffer.from(JSON.stringify(event)), event };
    logEndpointRequest(ex, lambdaEndpoint(lambdaUri));
    return undefined;
  }
  if (integration.type === 'HTTP_PROXY') {
    const headers: Record<string, string[]> = {};
    for (const [name, values] of Object.entries(ex.request.headers)) if (!notForwarded.has(name.toLowerCase())) headers[name] = values;
    applyParameters(ex, integration, headers, undefined);
    const url = endpointUrl(ex, integration, true);
    if (typeof url !== 'string') return url;
    ex.integrationCall = { target: url, method: integration.httpMethod === 'ANY' ? ex.request.method : integration.httpMethod, headers, body: ex.request.body };
    logEndpointRequest(ex, url);
    return undefined;
  }
  // Non-proxy: MOCK, HTTP, AWS. The body goes through the request template chosen by Content-Type.
  const choice = chooseRequestTemplate(integration.requestTemplates, headerValue(ex.request.headers, 'content-type'), integration.passthroughBehavior);
  if (choice.kind === 'reject') {
    ex.log('Request body does not match any mapping template and passthrough is not allowed: Unsupported Media Type');
    return ex.gatewayResponse('UNSUPPORTED_MEDIA_TYPE');
  }
  let body = ex.request.body;
  const headers: Record<string, string[]> = {};
  const query: Record<string, string[]> = {};
  let contentType = headerValue(ex.request.headers, 'content-type') ?? 'application/json';
  let overrides: TemplateOverrides['request'] | undefined;
  const binary = isBinaryType(ex.api.binaryMediaTypes, headerValue(ex.request.headers, 'content-type'));
  const handling = integration.contentHandling as ContentHandling;
  if (choice.kind === 'template') {
    // A request without a body shows `$input.body` as {} to request templates (runtime facts M17); a binary body
    // reaches a template only as base64 text (DG "Content type conversions"; facts M7).
    const input = body.length ? (binary ? body.toString('base64') : body.toString('utf8')) : '{}';
    const mapped = renderMapping(ex, choice.template, input);
    for (const problem of mapped.problems) ex.log(`Mapping template problem: ${problem}`);
    if (mapped.overrideAssignedTwice) {
      ex.log(`Execution failed due to configuration error: ${mapped.overrideAssignedTwice}`);
      return ex.gatewayResponse('API_CONFIGURATION_ERROR');
    }
    body = Buffer.from(mapped.output);
    contentType = choice.contentType;
    overrides = mapped.overrides.request;
  }
  const converted = choice.kind === 'template' ? convertRequest(body, false, handling === 'CONVERT_TO_BINARY' ? handling : undefined) : convertRequest(body, binary, handling);
  if (converted === 'invalid') {
    ex.log('Execution failed due to configuration error: Unable to base64-decode the request body for CONVERT_TO_BINARY');
    return ex.gatewayResponse('API_CONFIGURATION_ERROR');
  }
  body = converted;
  if (integration.type === 'MOCK') {
    const templated = choice.kind === 'template';
    const status = templated ? mockStatus(body.toString('utf8')) : undefined;
    if (templated && status === undefined) {
      ex.log('Execution failed due to configuration error: Unable to parse statusCode. It should be an integer that is defined in the request template.');
      return ex.gatewayResponse('API_CONFIGURATION_ERROR');
    }
    ex.integrationCall = { target: 'MOCK', method: ex.request.method, headers: {}, body, mockStatus: status };
    ex.log(`Endpoint request body after transformations: ${body.toString('utf8')}`);
    return undefined;
  }
  applyParameters(ex, integration, headers, query);
  if (overrides) {
    // `$context.requestOverride.*` has the last word over parameter mappings (DG "Override your API's request
    // and response parameters and status codes").
    for (const [k, v] of Object.entries(overrides.header)) {
      for (const name of Object.keys(headers)) if (name.toLowerCase() === k.toLowerCase()) delete headers[name];
      headers[k] = [v];
    }
    for (const [k, v] of Object.entries(overrides.querystring)) query[k] = [v];
    Object.assign((ex.integrationPath ??= {}), overrides.path);
  }
  headers['Content-Type'] ??= [contentType];
  if (isLambda) {
    let payload: unknown = null;
    try {
      payload = body.length ? JSON.parse(body.toString('utf8')) : {};
    } catch {
      payload = body.toString('utf8');
    }
    ex.integrationCall = { target: lambdaUri, method: 'POST', headers: { ...lambdaHeaders(ex), ...headers }, body, event: payload };
    logEndpointRequest(ex, lambdaEndpoint(lambdaUri));
    return undefined;
  }
  const url = endpointUrl(ex, integration, false, query);
  if (typeof url !== 'string') return url;
  ex.integrationCall = { target: url, method: integration.httpMethod, headers, body };
  logEndpointRequest(ex, url);
  return undefined;
};

/**
 * MOCK: the request template's output must hold an integer `statusCode`; AWS also reads loosely written JSON
 * such as `{statusCode: 200}` (DG "Set up mock integrations"; runtime facts M44, M46). Without a template there
 * is no status: the default integration response applies.
 */
function mockStatus(output: string): number | undefined {
  const m = /["']?statusCode["']?\s*:\s*["']?(\d{3})\b/.exec(output);
  return m ? Number(m[1]) : undefined;
}

function applyParameters(ex: Exchange, integration: IntegrationSpec, headers: Record<string, string[]>, query: Record<string, string[]> | undefined): void {
  for (const [target, source] of Object.entries(integration.requestParameters)) {
    const rest = /^integration\.request\.(header|querystring|path)\.(.+)$/.exec(target);
    const http = /^(append|overwrite|remove):(header|querystring|path)(?:\.(.+))?$/.exec(target);
    const where = rest?.[1] ?? http?.[2];
    const name = rest?.[2] ?? http?.[3] ?? '';
    if (!where) continue;
    if (http?.[1] === 'remove') {
      if (where === 'header') for (const k of Object.keys(headers)) if (k.toLowerCase() === name.toLowerCase()) delete headers[k];
      if (where === 'querystring' && query) delete query[name];
      continue;
    }
    const value = mappedValue(source, ex);
    if (value === undefined) continue;
    if (where === 'header') {
      for (const k of Object.keys(headers)) if (k.toLowerCase() === name.toLowerCase() && http?.[1] !== 'append') delete headers[k];
      headers[name] = [...(headers[name] ?? []), value];
    } else if (where === 'querystring') {
      if (query) query[name] = http?.[1] === 'append' ? [...(query[name] ?? []), value] : [value];
      else (ex.integrationQuery ??= {})[name] = [value];
    } else (ex.integrationPath ??= {})[name || 'path'] = value;
  }
}

/**
 * The endpoint URL: stage variables substituted (DG "Stage variables reference"), `{name}` path placeholders
 * filled from mapped path parameters, and for proxies the client's query string. An HTTP API's `$default` route
 * sends the full request path (DG "Working with routes for HTTP APIs"; facts R17).
 */
function endpointUrl(ex: Exchange, integration: IntegrationSpec, proxy: boolean, query: Record<string, string[]> = {}) {
  const mappedPath = ex.integrationPath ?? {};
  let text = withStageVariables(integration.uri, ex);
  text = text.replace(/\{([^}]+?)\+?\}/g, (whole, name: string) => {
    const value = mappedPath[name] ?? (proxy || ex.api.kind === 'HTTP' ? ex.pathParameters[name] : undefined);
    if (value === undefined) return whole;
    // Greedy values keep their slashes; the rest is encoded as one segment.
    return name === 'proxy' || ex.route?.path.includes(`{${name}+}`) ? value : encodeURIComponent(value);
  });
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    ex.log(`Execution failed due to configuration error: Invalid endpoint address: ${text}`);
    return ex.gatewayResponse('API_CONFIGURATION_ERROR');
  }
  if (ex.api.kind === 'HTTP' && ex.route?.path === '$default' && proxy) url.pathname = url.pathname.replace(/\/$/, '') + ex.request.path;
  if (mappedPath.path !== undefined && ex.api.kind === 'HTTP') url.pathname = mappedPath.path;
  const params = new URLSearchParams(url.search);
  if (proxy) for (const [k, values] of Object.entries(ex.request.query)) for (const v of values) params.append(k, v);
  for (const [k, values] of Object.entries({ ...query, ...(ex.integrationQuery ?? {}) })) {
    params.delete(k);
    for (const v of values) params.append(k, v);
  }
  url.search = params.toString();
  return url.toString();
}

/**
 * HTTP API AWS service integrations (`integrationSubtype`, e.g. `SQS-SendMessage`) are not executed: the answer
 * names the action and the parameters it would get (DG "Integration subtype reference").
 */
function serviceSubtypeAnswer(ex: Exchange, integration: IntegrationSpec) {
  const parameters: Record<string, string | null> = {};
  for (const [name, source] of Object.entries(integration.requestParameters)) parameters[name] = mappedValue(source, ex) ?? null;
  ex.log(`AWS service integration ${integration.integrationSubtype} is not executed locally`);
  const body = { message: 'AWS service integrations are not executed by the local gateway; this is what API Gateway would ask the service', integrationSubtype: integration.integrationSubtype, parameters };
  return { statusCode: 501, headers: { 'Content-Type': ['application/json'] }, body: Buffer.from(JSON.stringify(body, null, 2)) };
}

/** The headers API Gateway sends to Lambda's Invoke API, as its execution log shows them (runtime facts §10.2 #12). */
function lambdaHeaders(ex: Exchange): Record<string, string[]> {
  const account = String(ex.context.accountId);
  return {
    'x-amzn-lambda-integration-tag': [ex.requestId],
    'X-Amz-Date': [new Date(ex.startedAt).toISOString().replace(/[-:]|\.\d{3}/g, '')],
    'x-amzn-apigateway-api-id': [ex.api.id],
    'X-Amz-Source-Arn': [`arn:aws:execute-api:us-east-1:${account}:${ex.api.id}/${ex.stage}/${ex.request.method}${ex.route?.path === '$default' ? '' : ex.route?.path ?? ex.request.path}`],
    Accept: ['application/json'],
    'User-Agent': [`AmazonAPIGateway_${ex.api.id}`],
  };
}

function withStageVariables(text: string, ex: Exchange): string {
  return text.replace(/\$\{stageVariables\.([A-Za-z0-9_]+)\}/g, (_w, name: string) => ex.stageVariables[name] ?? '');
}

function lambdaEndpoint(uri: string): string {
  const m = /^arn:aws:apigateway:([^:]+):lambda:path(\/.+)$/.exec(uri);
  return m ? `https://lambda.${m[1]}.amazonaws.com${m[2]}` : uri;
}

function logEndpointRequest(ex: Exchange, uri: string): void {
  const call = ex.integrationCall;
  if (!call) return;
  ex.log(`Endpoint request URI: ${uri}`);
  ex.log(`Endpoint request headers: ${javaMap(call.headers)}`);
  ex.log(`Endpoint request body after transformations: ${call.body.toString('utf8')}`);
  ex.log(`Sending request to ${uri}`);
}
