/**
 * Stage 7, method response: the last touches on every answer, gateway responses included. REST answers carry
 * `x-amzn-RequestId` and `x-amz-apigw-id` (DG "Set up CloudWatch logging"; facts G18), HTTP APIs
 * `apigw-requestid`. Plugins (CORS) have the last word; the log closes with the method's status.
 */
import { javaMap } from '../log/executionLog';
import type { GatewayHttpResponse } from '../types';
import type { Exchange } from './exchange';
import type { PipelineEnv } from './stage';

export function methodResponseStage(ex: Exchange, env: PipelineEnv, response: GatewayHttpResponse, completed: boolean): GatewayHttpResponse {
  if (ex.api.kind === 'REST') {
    response.headers['x-amzn-RequestId'] = [ex.requestId];
    response.headers['x-amz-apigw-id'] = [String(ex.context.extendedRequestId)];
  } else response.headers['apigw-requestid'] = [ex.requestId];
  for (const plugin of env.plugins) {
    try {
      plugin.finishResponse?.(ex, response);
    } catch (e) {
      ex.log(`Plugin ${plugin.name} failed: ${(e as Error).message}`);
    }
  }
  if (completed) {
    ex.log(`Method response body after transformations: ${response.body.toString('utf8')}`);
    ex.log(`Method response headers: ${javaMap(response.headers)}`);
    ex.log('Successfully completed execution');
  }
  ex.log(`Method completed with status: ${response.statusCode}`);
  const lambda = ex.endpointResponse?.lambda;
  // CloudWatch adds the Lambda request id after the completion line (runtime facts §10.2 #22).
  if (lambda && (lambda.kind === 'result' || lambda.kind === 'error')) ex.log(`AWS Integration Endpoint RequestId : ${lambda.requestId}`);
  return response;
}
