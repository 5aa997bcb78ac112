/**
 * Stage 5, integration: send the prepared request and keep what comes back. MOCK answers with the status its
 * request template chose; HTTP goes to the endpoint; Lambda runs the function locally (or at its mapped URL);
 * AWS service integrations are shown, not executed. A timeout is API Gateway's 504 "Endpoint request timed out"
 * (runtime facts T3, G10).
 */
import { awsServiceAnswer } from '../integrations/awsService';
import { httpCall } from '../integrations/httpCall';
import { javaMap } from '../log/executionLog';
import type { Exchange } from './exchange';
import type { Stage } from './stage';

const TIMEOUT_BODY = '{"message": "Endpoint request timed out"}';

export const integrationStage: Stage = async (ex) => {
  const integration = ex.route?.integration;
  const call = ex.integrationCall;
  if (!integration || !call) return ex.gatewayResponse('API_CONFIGURATION_ERROR');
  const started = Date.now();
  if (integration.type === 'MOCK') {
    ex.endpointResponse = { statusCode: call.mockStatus ?? 200, headers: {}, body: Buffer.alloc(0) };
    return undefined;
  }
  if (integration.type === 'AWS_PROXY' || (integration.type === 'AWS' && /:lambda:path\//.test(integration.uri))) {
    const outcome = await ex.invokeFunction(call.target, call.event, integration.timeoutMs);
    if (outcome.kind === 'timeout') return timedOut(ex);
    if (outcome.kind === 'unavailable') {
      ex.log(`Execution failed due to configuration error: ${outcome.reason}`);
      return ex.gatewayResponse('API_CONFIGURATION_ERROR', `Internal server error: ${outcome.reason}`);
    }
    const error = outcome.kind === 'error';
    ex.log(`Received response. Status: 200, Integration latency: ${Date.now() - started} ms`);
    ex.endpointResponse = {
      statusCode: 200,
      headers: { 'Content-Type': ['application/json'], 'x-amzn-RequestId': [outcome.requestId], ...(error ? { 'X-Amz-Function-Error': ['Unhandled'] } : {}) },
      body: Buffer.from(outcome.payload),
      lambda: outcome,
    };
    logEndpointResponse(ex);
    return undefined;
  }
  if (integration.type === 'AWS') {
    ex.log('AWS service integrations are not executed locally; answering with the signed request');
    return awsServiceAnswer(integration.uri, call.method, call.headers, call.body);
  }
  const result = await httpCall(call.target, call.method, call.headers, call.body, integration.timeoutMs);
  if (result.kind === 'timeout') return timedOut(ex);
  if (result.kind === 'failed') {
    ex.log(`Execution failed due to configuration error: Invalid endpoint address (${result.reason})`);
    return ex.gatewayResponse('API_CONFIGURATION_ERROR');
  }
  ex.log(`Received response. Status: ${result.response.statusCode}, Integration latency: ${Date.now() - started} ms`);
  ex.endpointResponse = result.response;
  logEndpointResponse(ex);
  return undefined;
};

function timedOut(ex: Exchange) {
  ex.log('Execution failed due to a timeout error');
  // HTTP APIs: 503 "Service Unavailable" is what users commonly report (runtime facts G23; unconfirmed by AWS).
  return ex.api.kind === 'HTTP'
    ? ex.gatewayResponse('INTEGRATION_TIMEOUT', 'Service Unavailable', { status: 503 })
    : ex.gatewayResponse('INTEGRATION_TIMEOUT', undefined, { uncustomizedBody: TIMEOUT_BODY });
}

function logEndpointResponse(ex: Exchange): void {
  const response = ex.endpointResponse;
  if (!response) return;
  ex.log(`Endpoint response headers: ${javaMap(response.headers)}`);
  ex.log(`Endpoint response body before transformations: ${response.body.toString('utf8')}`);
}
