/**
 * Made-up but realistic log lines for the seeded APIs: what API Gateway writes to a REST stage's execution log,
 * the JSON access-log lines of the stage's format, and the Lambda function's own lines. moto writes no logs by
 * itself, so `npm start` puts these into its CloudWatch Logs to give the log tail something to show.
 */
import { randomUUID } from 'node:crypto';

export interface SampleRequest {
  method: string;
  path: string;
  status: number;
  latencyMs: number;
  /** The Lambda function behind the route, if any. */
  lambda?: string;
}

export interface LogLine {
  timestamp: number;
  message: string;
}

/** The requests the samples cycle through: mostly fine, one client error, one failing backend. */
export const sampleRequests: SampleRequest[] = [
  { method: 'GET', path: '/pets', status: 200, latencyMs: 42 },
  { method: 'POST', path: '/pets', status: 201, latencyMs: 180, lambda: 'add-pet' },
  { method: 'GET', path: '/pets/17', status: 404, latencyMs: 25 },
  { method: 'POST', path: '/pets', status: 502, latencyMs: 3012, lambda: 'add-pet' },
  { method: 'GET', path: '/health', status: 200, latencyMs: 3 },
];

/** The access-log format the seeded stages are given (JSON, one object per request). */
export const accessLogFormat =
  '{"requestId":"$context.requestId","ip":"$context.identity.sourceIp","requestTime":"$context.requestTime","httpMethod":"$context.httpMethod","path":"$context.path","status":"$context.status","responseLatency":"$context.responseLatency"}';

export interface RequestLogs {
  requestId: string;
  /** The X-Ray trace id the execution log names (seedMonitoring.ts writes that trace). */
  traceId: string;
  execution: LogLine[];
  access: LogLine;
  lambda: LogLine[];
}

/** All the lines one request leaves behind, starting at `start` (ms since the epoch). */
export function requestLogs(request: SampleRequest, start: number, apiId: string, stage: string): RequestLogs {
  const requestId = randomUUID();
  const traceId = `1-${Math.floor(start / 1000)
    .toString(16)
    .padStart(8, '0')}-${randomUUID().replace(/-/g, '').slice(0, 24)}`;
  const at = (offsetMs: number, message: string): LogLine => ({
    timestamp: start + offsetMs,
    message: `(${requestId}) ${message}`,
  });
  const end = request.latencyMs;
  const execution = [
    at(0, `Extended Request Id: ${requestId.slice(0, 8).toUpperCase()}=`),
    at(1, `Verifying Usage Plan for request: ${requestId}. API Key:  API Stage: ${apiId}/${stage}`),
    at(2, `Starting execution for request: ${requestId}`),
    at(2, `HTTP Method: ${request.method}, Resource Path: ${request.path}`),
    at(2, `X-ray Tracing ID : ${traceId}`),
    ...(request.status >= 500
      ? [
          at(end - 1, 'Execution failed due to a timeout error'),
          at(end, `Method completed with status: ${request.status}`),
        ]
      : [
          at(end - 1, `Method response body after transformations: {"ok":${request.status < 400}}`),
          at(end, `Method completed with status: ${request.status}`),
        ]),
  ];
  const access: LogLine = {
    timestamp: start + end,
    message: JSON.stringify({
      requestId,
      ip: '203.0.113.7',
      requestTime: new Date(start).toUTCString(),
      httpMethod: request.method,
      path: `/${stage}${request.path}`,
      status: String(request.status),
      responseLatency: String(request.latencyMs),
    }),
  };
  const lambdaId = randomUUID();
  const lambda = request.lambda
    ? [
        { timestamp: start + 5, message: `START RequestId: ${lambdaId} Version: $LATEST` },
        request.status >= 500
          ? {
              timestamp: start + end - 2,
              message: `${new Date(start + end - 2).toISOString()}\t${lambdaId}\tERROR\tTask timed out after 3.00 seconds`,
            }
          : {
              timestamp: start + end - 2,
              message: `${new Date(start + end - 2).toISOString()}\t${lambdaId}\tINFO\tstored pet for request ${requestId}`,
            },
        { timestamp: start + end - 1, message: `END RequestId: ${lambdaId}` },
        {
          timestamp: start + end,
          message: `REPORT RequestId: ${lambdaId}\tDuration: ${end - 6} ms\tBilled Duration: ${end - 5} ms\tMemory Size: 128 MB\tMax Memory Used: 71 MB`,
        },
      ]
    : [];
  return { requestId, traceId, execution, access, lambda };
}
