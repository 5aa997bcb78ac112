/**
 * `$context` for one request: the variables templates, gateway responses and Lambda events read
 * (DG "API Gateway mapping template and access logging variable reference"; runtime facts M31, M34, R4).
 */
import type { GatewayApi } from '../types';
import { LOCAL_ACCOUNT } from '../load/cfnValues';
import { headerValue, IncomingRequest } from './exchange';

const months = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** `dd/MMM/yyyy:HH:mm:ss +0000`, the CLF time `$context.requestTime` uses. */
function clfTime(date: Date): string {
  const p = (n: number) => String(n).padStart(2, '0');
  return `${p(date.getUTCDate())}/${months[date.getUTCMonth()]}/${date.getUTCFullYear()}:${p(date.getUTCHours())}:${p(date.getUTCMinutes())}:${p(date.getUTCSeconds())} +0000`;
}

export function buildContext(api: GatewayApi, stage: string, request: IncomingRequest, requestId: string, extendedRequestId: string, startedAt: number, port: number): Record<string, unknown> {
  const domainName = `127.0.0.1:${port}`;
  return {
    accountId: LOCAL_ACCOUNT,
    apiId: api.id,
    deploymentId: 'local',
    domainName,
    domainPrefix: '127',
    extendedRequestId,
    httpMethod: request.method,
    identity: {
      accessKey: null,
      accountId: null,
      apiKey: null,
      apiKeyId: null,
      caller: null,
      cognitoAuthenticationProvider: null,
      cognitoAuthenticationType: null,
      cognitoIdentityId: null,
      cognitoIdentityPoolId: null,
      principalOrgId: null,
      sourceIp: request.sourceIp,
      user: null,
      userAgent: headerValue(request.headers, 'user-agent') ?? null,
      userArn: null,
    },
    // `$context.path` includes the stage, `resourcePath` is the resource template (facts R4).
    path: request.fullPath,
    protocol: 'HTTP/1.1',
    requestId,
    requestTime: clfTime(new Date(startedAt)),
    requestTimeEpoch: startedAt,
    resourceId: 'local',
    resourcePath: request.path,
    stage,
  };
}
