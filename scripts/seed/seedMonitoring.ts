/**
 * Gives the emulator what the stage dashboard and the trace view show under `npm start`: three hours of the
 * CloudWatch metrics API Gateway publishes for a stage (per route too, where detailed metrics are on), and an
 * X-Ray trace for each sample request, shaped as API Gateway and Lambda write them. Deterministic: the same
 * minute always gets the same numbers.
 */
import { PutMetricDataCommand, type CloudWatchClient, type MetricDatum } from '@aws-sdk/client-cloudwatch';
import { PutTraceSegmentsCommand, type XRayClient } from '@aws-sdk/client-xray';
import { metricApiName, NAMESPACE, type StageRef } from '../../client/src/metrics/stageMetrics';
import type { RequestLogs, SampleRequest } from './sampleLogs';

export interface SeedRoute {
  /** REST / HTTP: "GET /pets"; WebSocket: the route key. */
  route: string;
  /** Share of the stage's requests. */
  share: number;
  /** Typical latency in ms. */
  latencyMs: number;
}

/** A small deterministic wave with noise, so charts look like traffic and tests can predict nothing from it. */
function requestsAt(minute: number): number {
  const wave = 24 + 14 * Math.sin(minute / 23) + 6 * Math.sin(minute / 7);
  const noise = ((minute * 2654435761) % 97) / 97;
  return Math.max(1, Math.round(wave + 8 * noise));
}

/**
 * A minute's latency as CloudWatch statistic sets (count, sum, min, max): what a minute of API Gateway data sums
 * to. Statistic sets, not one value per request: moto expands value lists and slows to minutes per query.
 */
function latencySample(typical: number, minute: number, requests: number): StatisticSet {
  const jitter = 1 + 0.18 * Math.sin(minute / 9) + (((minute * 40503) % 31) - 15) / 400;
  const average = Math.max(1, Math.round(typical * jitter));
  const n = Math.max(1, requests);
  return { SampleCount: n, Sum: average * n, Minimum: Math.max(1, Math.round(average * 0.4)), Maximum: average * 6 };
}

type StatisticSet = { SampleCount: number; Sum: number; Minimum: number; Maximum: number };

function datum(
  name: string,
  dims: { Name: string; Value: string }[],
  at: Date,
  value: number | StatisticSet,
  unit: 'Count' | 'Milliseconds' | 'Bytes',
): MetricDatum {
  const base = { MetricName: name, Dimensions: dims, Timestamp: at, Unit: unit };
  return typeof value === 'number' ? { ...base, Value: value } : { ...base, StatisticValues: value };
}

/** The metrics of one minute for one set of dimensions (a stage or one of its routes). */
function minuteOfMetrics(
  ref: StageRef,
  dims: { Name: string; Value: string }[],
  at: Date,
  minute: number,
  requests: number,
  latencyMs: number,
): MetricDatum[] {
  const clientErrors = Math.round(requests * (0.04 + ((minute % 11) / 11) * 0.04));
  const serverErrors = minute % 37 === 0 ? Math.max(1, Math.round(requests * 0.1)) : minute % 5 === 0 ? 1 : 0;
  const latency = latencySample(latencyMs, minute, requests);
  const integration = {
    ...latency,
    Sum: Math.max(latency.SampleCount, latency.Sum - 9 * latency.SampleCount),
    Minimum: Math.max(1, latency.Minimum - 9),
    Maximum: latency.Maximum - 9,
  };
  // One sample per request: REST reads Count with SampleCount, HTTP with Sum; both hold here.
  const count: StatisticSet = { SampleCount: Math.max(1, requests), Sum: requests, Minimum: 1, Maximum: 1 };
  if (ref.apiType === 'REST') {
    return [
      datum('Count', dims, at, count, 'Count'),
      datum('4XXError', dims, at, clientErrors, 'Count'),
      datum('5XXError', dims, at, serverErrors, 'Count'),
      datum('Latency', dims, at, latency, 'Milliseconds'),
      datum('IntegrationLatency', dims, at, integration, 'Milliseconds'),
    ];
  }
  if (ref.apiType === 'HTTP') {
    return [
      datum('Count', dims, at, count, 'Count'),
      datum('4xx', dims, at, clientErrors, 'Count'),
      datum('5xx', dims, at, serverErrors, 'Count'),
      datum('Latency', dims, at, latency, 'Milliseconds'),
      datum('IntegrationLatency', dims, at, integration, 'Milliseconds'),
      datum('DataProcessed', dims, at, requests * 740, 'Bytes'),
    ];
  }
  return [
    datum('ConnectCount', dims, at, Math.max(1, Math.round(requests / 6)), 'Count'),
    datum('MessageCount', dims, at, requests, 'Count'),
    datum('ClientError', dims, at, clientErrors, 'Count'),
    datum('ExecutionError', dims, at, serverErrors, 'Count'),
    datum('IntegrationLatency', dims, at, integration, 'Milliseconds'),
  ];
}

function stageDims(ref: StageRef): { Name: string; Value: string }[] {
  return [
    ref.apiType === 'REST'
      ? { Name: 'ApiName', Value: metricApiName(ref.apiName, ref.apiId) }
      : { Name: 'ApiId', Value: ref.apiId },
    { Name: 'Stage', Value: ref.stage },
  ];
}

function routeDims(ref: StageRef, route: string): { Name: string; Value: string }[] {
  if (ref.apiType === 'WEBSOCKET') return [...stageDims(ref), { Name: 'Route', Value: route }];
  const [method, resource] = route.split(' ');
  return [...stageDims(ref), { Name: 'Method', Value: method }, { Name: 'Resource', Value: resource }];
}

/** Writes `minutes` minutes of metrics ending at `now`; with routes, the per-route metrics of detailed metrics too. */
export async function seedStageMetrics(
  cw: Pick<CloudWatchClient, 'send'>,
  ref: StageRef,
  now: number,
  options: { minutes?: number; routes?: SeedRoute[]; latencyMs?: number } = {},
): Promise<number> {
  const minutes = options.minutes ?? 180;
  const data: MetricDatum[] = [];
  const end = Math.floor(now / 60_000);
  for (let m = end - minutes + 1; m <= end; m++) {
    const at = new Date(m * 60_000);
    const requests = requestsAt(m);
    data.push(...minuteOfMetrics(ref, stageDims(ref), at, m, requests, options.latencyMs ?? 45));
    for (const r of options.routes ?? []) {
      data.push(
        ...minuteOfMetrics(
          ref,
          routeDims(ref, r.route),
          at,
          m,
          Math.max(0, Math.round(requests * r.share)),
          r.latencyMs,
        ),
      );
    }
  }
  // Small calls: the SDK gzips PutMetricData bodies over 10 kB, and moto fails to read those (BadGzipFile).
  for (let i = 0; i < data.length; i += 30) {
    await cw.send(new PutMetricDataCommand({ Namespace: NAMESPACE, MetricData: data.slice(i, i + 30) }));
  }
  return data.length;
}

const hex = (n: number) => n.toString(16).padStart(16, '0').slice(-16);

/**
 * The segments X-Ray would hold for one request through API Gateway to a Lambda function: the stage's segment
 * with the integration as a subsegment, and the function's segment under it.
 */
export function requestTraceSegments(
  request: SampleRequest,
  logs: RequestLogs,
  ref: StageRef,
  start: number,
): string[] {
  const t0 = start / 1000;
  const total = request.latencyMs / 1000;
  const seed = parseInt(logs.requestId.replace(/-/g, '').slice(0, 12), 16);
  const gatewayId = hex(seed);
  const integrationId = hex(seed + 1);
  const lambda = request.lambda ?? 'pets-handler';
  const status = request.status;
  const gateway = {
    id: gatewayId,
    trace_id: logs.traceId,
    name: `${ref.apiName}/${ref.stage}`,
    origin: 'AWS::ApiGateway::Stage',
    start_time: t0,
    end_time: t0 + total,
    http: {
      request: {
        method: request.method,
        url: `https://${ref.apiId}.execute-api.us-east-1.amazonaws.com/${ref.stage}${request.path}`,
      },
      response: { status },
    },
    annotations: { 'aws:api_id': ref.apiId, 'aws:api_stage': ref.stage },
    aws: {
      api_gateway: { account_id: '123456789012', rest_api_id: ref.apiId, stage: ref.stage, request_id: logs.requestId },
    },
    metadata: { default: { request_id: logs.requestId } },
    error: status >= 400 && status < 500,
    fault: status >= 500,
    subsegments: [
      {
        id: integrationId,
        name: 'Lambda',
        namespace: 'aws',
        start_time: t0 + 0.004,
        end_time: t0 + total - 0.002,
        http: { response: { status: status >= 500 ? 504 : 200 } },
        fault: status >= 500,
        aws: { function_name: lambda, operation: 'Invoke' },
      },
    ],
  };
  const fn = {
    id: hex(seed + 2),
    trace_id: logs.traceId,
    parent_id: integrationId,
    name: lambda,
    origin: 'AWS::Lambda::Function',
    start_time: t0 + 0.01,
    end_time: t0 + total - 0.006,
    fault: status >= 500,
    subsegments: [
      {
        id: hex(seed + 3),
        name: 'Initialization',
        start_time: t0 + 0.01,
        end_time: t0 + 0.01 + Math.min(0.05, total / 4),
      },
      {
        id: hex(seed + 4),
        name: 'DynamoDB',
        namespace: 'aws',
        start_time: t0 + total / 3,
        end_time: t0 + total / 3 + total / 4,
        http: { response: { status: 200 } },
      },
    ],
  };
  return [JSON.stringify(gateway), JSON.stringify(fn)];
}

export async function writeTrace(xray: Pick<XRayClient, 'send'>, documents: string[]): Promise<void> {
  await xray.send(new PutTraceSegmentsCommand({ TraceSegmentDocuments: documents }));
}
