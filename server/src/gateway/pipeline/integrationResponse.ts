/**
 * Stage 6, integration response: what the client will get from what the endpoint answered. Proxies pass it on
 * (a Lambda proxy result must have the documented shape, else 502). Non-proxy integrations select an
 * integration response by regex — on the status code for HTTP and MOCK, on a failed Lambda's `errorMessage` —
 * then map headers and render the response template (DG "Set up an integration response", "Handle Lambda errors";
 * runtime facts M37–M43).
 */
import { convertResponse, isBinaryType, type ContentHandling } from '../mapping/contentHandling';
import { chooseResponseTemplate, renderMapping } from '../mapping/templates';
import { proxyResponse } from '../lambda/proxyResponse';
import type { GatewayHttpResponse, IntegrationResponseSpec } from '../types';
import { Exchange, headerValue } from './exchange';
import { mappedValue } from './parameterMapping';
import type { Stage } from './stage';

const LAMBDA_FAILURE_BODY = '{"message": "Internal server error"}';

export const integrationResponseStage: Stage = (ex) => {
  const integration = ex.route?.integration;
  const response = ex.endpointResponse;
  if (!integration || !response) return ex.gatewayResponse('API_CONFIGURATION_ERROR');
  if (integration.type === 'HTTP_PROXY') {
    const headers: Record<string, string[]> = {};
    for (const [k, v] of Object.entries(response.headers)) if (!/^(connection|keep-alive|transfer-encoding|content-length)$/i.test(k)) headers[k] = v;
    return { statusCode: response.statusCode, headers, body: response.body };
  }
  if (integration.type === 'AWS_PROXY') return lambdaProxy(ex);
  return selectAndMap(ex);
};

function lambdaProxy(ex: Exchange): GatewayHttpResponse {
  const outcome = ex.endpointResponse?.lambda;
  const http = ex.api.kind === 'HTTP';
  if (!outcome || outcome.kind === 'error') {
    if (outcome?.kind === 'error') {
      // Function errors: 502 on REST (facts L15, L16), 500 "Internal Server Error" on HTTP APIs (facts G20).
      ex.log(`Lambda execution failed with status 200 due to customer function error: ${outcome.errorMessage}. Lambda request id: ${outcome.requestId}`);
      for (const line of outcome.stack) ex.log(`    ${line}`);
    }
    return http ? ex.gatewayResponse('INTEGRATION_FAILURE', 'Internal Server Error', { status: 500 })
      : ex.gatewayResponse('INTEGRATION_FAILURE', 'Internal server error', { status: 502, uncustomizedBody: LAMBDA_FAILURE_BODY });
  }
  if (outcome.kind !== 'result') return ex.gatewayResponse('API_CONFIGURATION_ERROR');
  const format = !http ? 'rest' : ex.route?.integration?.payloadFormatVersion === '1.0' ? 'http1' : 'http2';
  const answer = proxyResponse(outcome.payload, format, format === 'rest' && acceptsBinary(ex));
  if (answer === 'malformed') {
    ex.log('Execution failed due to configuration error: Malformed Lambda proxy response');
    return http ? ex.gatewayResponse('INTEGRATION_FAILURE', 'Internal Server Error', { status: 500 })
      : ex.gatewayResponse('INTEGRATION_FAILURE', 'Internal server error', { status: 502, uncustomizedBody: LAMBDA_FAILURE_BODY });
  }
  return answer;
}

function acceptsBinary(ex: Exchange): boolean {
  return isBinaryType(ex.api.binaryMediaTypes, headerValue(ex.request.headers, 'accept'));
}

/** Java's Pattern.matches: the whole text must match (facts M39). */
function matchesWhole(pattern: string, text: string): boolean {
  try {
    return new RegExp(`^(?:${pattern})$`).test(text);
  } catch {
    return false;
  }
}

function selectAndMap(ex: Exchange): GatewayHttpResponse {
  const integration = ex.route!.integration!;
  const response = ex.endpointResponse!;
  const lambda = response.lambda;
  // Lambda: patterns see a failed invocation's errorMessage; a success always takes the default (facts M37, M42).
  // HTTP, MOCK: patterns see the status code.
  const untemplatedMock = integration.type === 'MOCK' && ex.integrationCall?.mockStatus === undefined;
  const subject = lambda ? (lambda.kind === 'error' ? lambda.errorMessage : undefined) : untemplatedMock ? undefined : String(response.statusCode);
  const defaults = integration.responses.filter((r) => r.pattern === '');
  let chosen: IntegrationResponseSpec | undefined;
  if (subject !== undefined) chosen = integration.responses.find((r) => r.pattern !== '' && matchesWhole(r.pattern, subject));
  chosen ??= defaults[0];
  if (!chosen && lambda?.kind === 'error') {
    // An unmapped Lambda error is still a 200 with the error as the body (DG "Handle Lambda errors"; facts M41).
    ex.log(`Lambda execution failed with status 200 due to customer function error: ${lambda.errorMessage}. Lambda request id: ${lambda.requestId}`);
  }
  if (!chosen) {
    // No match and no default: an API configuration error (facts M40).
    ex.log('Execution failed due to configuration error: No match for output mapping and no default output mapping configured. Endpoint Response Status Code: ' + response.statusCode);
    return ex.gatewayResponse('API_CONFIGURATION_ERROR');
  }
  let status = Number(chosen.statusCode);
  const declared = ex.route!.methodResponses;
  if (Object.keys(declared).length && !declared[chosen.statusCode] && !declared.default) {
    ex.log(`Execution failed due to configuration error: Output mapping refers to an invalid method response: ${chosen.statusCode}`);
    return ex.gatewayResponse('API_CONFIGURATION_ERROR');
  }
  const headers: Record<string, string[]> = {};
  for (const [target, source] of Object.entries(chosen.responseParameters)) {
    const name = /^method\.response\.header\.(.+)$/.exec(target)?.[1];
    const value = name ? mappedValue(source, ex, response) : undefined;
    if (name && value !== undefined) headers[name] = [value];
  }
  let body = response.body;
  let binary = isBinaryType(ex.api.binaryMediaTypes, headerValue(response.headers, 'content-type'));
  const template = chooseResponseTemplate(chosen.responseTemplates, headerValue(ex.request.headers, 'accept'));
  if (template) {
    binary = false;
    const mapped = renderMapping(ex, template.template, body.toString('utf8'));
    for (const problem of mapped.problems) ex.log(`Mapping template problem: ${problem}`);
    if (mapped.overrideAssignedTwice) {
      ex.log(`Execution failed due to configuration error: ${mapped.overrideAssignedTwice}`);
      return ex.gatewayResponse('API_CONFIGURATION_ERROR');
    }
    body = Buffer.from(mapped.output);
    headers['Content-Type'] ??= [template.contentType];
    const override = mapped.overrides.response;
    // A status override outside 100–599 is ignored (facts M36).
    if (override.status !== undefined && Number.isInteger(override.status) && override.status >= 100 && override.status <= 599) status = override.status;
    for (const [k, v] of Object.entries(override.header)) headers[k] = [v];
  }
  const converted = convertResponse(body, binary, acceptsBinary(ex), ex.api.binaryMediaTypes.length > 0, chosen.contentHandling as ContentHandling);
  if (converted === 'invalid') {
    ex.log('Execution failed due to configuration error: Unable to base64-decode the response body');
    return ex.gatewayResponse('API_CONFIGURATION_ERROR');
  }
  body = converted;
  // API Gateway adds a Content-Type to every integration response, application/json by default (facts M43).
  if (!Object.keys(headers).some((k) => k.toLowerCase() === 'content-type')) headers['Content-Type'] = [headerValue(response.headers, 'content-type') ?? 'application/json'];
  return { statusCode: Number.isInteger(status) ? status : 200, headers, body };
}
