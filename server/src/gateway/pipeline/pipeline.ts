/**
 * The request pipeline, in API Gateway's order: route → authorize → validate → integration request →
 * integration → integration response, then the method response on whatever answer came out. A stage that
 * answers (a gateway response) ends the run; the method response still runs.
 */
import { javaMap } from '../log/executionLog';
import type { GatewayHttpResponse } from '../types';
import { authorizeStage } from './authorize';
import type { Exchange } from './exchange';
import { integrationStage } from './integration';
import { integrationRequestStage } from './integrationRequest';
import { integrationResponseStage } from './integrationResponse';
import { methodResponseStage } from './methodResponse';
import { routeStage } from './route';
import type { PipelineEnv, Stage } from './stage';
import { validateStage } from './validate';

/** The stages with their names, so that logs and errors can say where a request stopped. */
export const STAGES: readonly { name: string; run: Stage }[] = [
  { name: 'route', run: routeStage },
  { name: 'authorize', run: authorizeStage },
  { name: 'validate', run: validateStage },
  { name: 'integration request', run: integrationRequestStage },
  { name: 'integration', run: integrationStage },
  { name: 'integration response', run: integrationResponseStage },
];

export async function runPipeline(ex: Exchange, env: PipelineEnv): Promise<GatewayHttpResponse> {
  ex.log(`Starting execution for request: ${ex.requestId}`);
  for (const plugin of env.plugins) {
    const early = await plugin.beforeRoute?.(ex);
    if (early) return methodResponseStage(ex, env, early, false);
  }
  for (const stage of STAGES) {
    let answer: GatewayHttpResponse | undefined;
    try {
      answer = await stage.run(ex, env);
    } catch (e) {
      ex.log(`Execution failed in the ${stage.name} stage: ${(e as Error).stack ?? String(e)}`);
      answer = ex.gatewayResponse('DEFAULT_5XX', 'Internal server error');
    }
    if (stage.name === 'route' && !answer) logMethodRequest(ex);
    // Only an answer from the integration response is a completed execution; the others are gateway responses.
    if (answer) return methodResponseStage(ex, env, answer, stage.name === 'integration response');
  }
  return methodResponseStage(ex, env, ex.gatewayResponse('API_CONFIGURATION_ERROR'), false);
}

function logMethodRequest(ex: Exchange): void {
  ex.log(`Method request path: ${javaMap(ex.pathParameters)}`);
  const query: Record<string, string> = {};
  for (const [k, v] of Object.entries(ex.request.query)) query[k] = v.join(',');
  ex.log(`Method request query string: ${javaMap(query)}`);
  ex.log(`Method request headers: ${javaMap(ex.request.headers)}`);
  ex.log(`Method request body before transformations: ${ex.request.body.toString('utf8')}`);
}
