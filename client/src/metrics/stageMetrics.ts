/**
 * What CloudWatch metrics API Gateway publishes for a stage, and the GetMetricData queries that read them.
 * Pure: no SDK, no `vscode`. Sources: "Amazon API Gateway dimensions and metrics" (REST),
 * "Monitor CloudWatch metrics for HTTP APIs", and "Monitor WebSocket API execution with CloudWatch metrics"
 * in the API Gateway Developer Guide.
 */
import type { MetricDataQuery, Dimension } from '@aws-sdk/client-cloudwatch';

export const NAMESPACE = 'AWS/ApiGateway';
export type ApiKind = 'REST' | 'HTTP' | 'WEBSOCKET';
export type TimeRange = '1h' | '3h' | '24h' | '7d';

export interface RangeSpec {
  label: string;
  ms: number;
  /**
   * Seconds per data point. CloudWatch keeps 1-minute data for 15 days, so one minute is allowed everywhere; the
   * longer ranges use coarser periods to keep charts readable (a few hundred points at most).
   */
  period: number;
}

export const TIME_RANGES: Record<TimeRange, RangeSpec> = {
  '1h': { label: 'Last hour', ms: 3_600_000, period: 60 },
  '3h': { label: 'Last 3 hours', ms: 3 * 3_600_000, period: 60 },
  '24h': { label: 'Last 24 hours', ms: 24 * 3_600_000, period: 300 },
  '7d': { label: 'Last 7 days', ms: 7 * 24 * 3_600_000, period: 3600 },
};

export function isTimeRange(value: unknown): value is TimeRange {
  return typeof value === 'string' && Object.prototype.hasOwnProperty.call(TIME_RANGES, value);
}

export type Unit = 'count' | 'ms' | 'bytes';
export type Statistic = 'Sum' | 'Average' | 'SampleCount';

export interface MetricSpec {
  /** The CloudWatch metric name. */
  name: string;
  /** What the chart is called. */
  label: string;
  stat: Statistic;
  unit: Unit;
  /** Latency metrics also get percentile series (p50, p90, p99). */
  percentiles?: boolean;
}

// REST: the Count metric is represented by SampleCount (AWS's wording); the error metrics by Sum.
const restMetrics: MetricSpec[] = [
  { name: 'Count', label: 'Requests', stat: 'SampleCount', unit: 'count' },
  { name: '4XXError', label: '4XX errors', stat: 'Sum', unit: 'count' },
  { name: '5XXError', label: '5XX errors', stat: 'Sum', unit: 'count' },
  { name: 'Latency', label: 'Latency', stat: 'Average', unit: 'ms', percentiles: true },
  { name: 'IntegrationLatency', label: 'Integration latency', stat: 'Average', unit: 'ms', percentiles: true },
  { name: 'CacheHitCount', label: 'Cache hits', stat: 'Sum', unit: 'count' },
  { name: 'CacheMissCount', label: 'Cache misses', stat: 'Sum', unit: 'count' },
];

const httpMetrics: MetricSpec[] = [
  { name: 'Count', label: 'Requests', stat: 'Sum', unit: 'count' },
  { name: '4xx', label: '4xx errors', stat: 'Sum', unit: 'count' },
  { name: '5xx', label: '5xx errors', stat: 'Sum', unit: 'count' },
  { name: 'Latency', label: 'Latency', stat: 'Average', unit: 'ms', percentiles: true },
  { name: 'IntegrationLatency', label: 'Integration latency', stat: 'Average', unit: 'ms', percentiles: true },
  { name: 'DataProcessed', label: 'Data processed', stat: 'Sum', unit: 'bytes' },
];

const webSocketMetrics: MetricSpec[] = [
  { name: 'ConnectCount', label: 'Connections', stat: 'Sum', unit: 'count' },
  { name: 'MessageCount', label: 'Messages', stat: 'Sum', unit: 'count' },
  { name: 'ClientError', label: 'Client errors', stat: 'Sum', unit: 'count' },
  { name: 'ExecutionError', label: 'Execution errors', stat: 'Sum', unit: 'count' },
  { name: 'IntegrationError', label: 'Integration errors', stat: 'Sum', unit: 'count' },
  { name: 'IntegrationLatency', label: 'Integration latency', stat: 'Average', unit: 'ms', percentiles: true },
];

export function stageMetricSpecs(type: ApiKind): MetricSpec[] {
  return type === 'REST' ? restMetrics : type === 'HTTP' ? httpMetrics : webSocketMetrics;
}

export const PERCENTILES = ['p50', 'p90', 'p99'] as const;
export type Percentile = (typeof PERCENTILES)[number];

/** The metric names a route table reads: requests, client errors, server errors, latency. */
export function routeMetricNames(type: ApiKind): {
  count: MetricSpec;
  clientErrors: string;
  serverErrors: string;
  latency: string;
} {
  if (type === 'REST')
    return { count: restMetrics[0], clientErrors: '4XXError', serverErrors: '5XXError', latency: 'Latency' };
  if (type === 'HTTP') return { count: httpMetrics[0], clientErrors: '4xx', serverErrors: '5xx', latency: 'Latency' };
  return {
    count: webSocketMetrics[1],
    clientErrors: 'ClientError',
    serverErrors: 'ExecutionError',
    latency: 'IntegrationLatency',
  };
}

export interface StageRef {
  apiId: string;
  apiName: string;
  apiType: ApiKind;
  stage: string;
}

/**
 * REST metrics are keyed by the API's name with non-ASCII characters removed; a name with no ASCII character left
 * is replaced by the API id (AWS's note on the ApiName dimension).
 */
export function metricApiName(name: string, id: string): string {
  const ascii = name.replace(/[^\x00-\x7f]/g, '');
  return ascii.length > 0 ? ascii : id;
}

export function stageDimensions(ref: StageRef): Dimension[] {
  const api =
    ref.apiType === 'REST'
      ? { Name: 'ApiName', Value: metricApiName(ref.apiName, ref.apiId) }
      : { Name: 'ApiId', Value: ref.apiId };
  return [api, { Name: 'Stage', Value: ref.stage }];
}

/** The dimension names that single out a route (HTTP, WebSocket) or a resource and method (REST). */
export function routeDimensionNames(type: ApiKind): string[] {
  return type === 'WEBSOCKET' ? ['Route'] : ['Method', 'Resource'];
}

/** A stable label for a route's dimensions: "GET /pets/{id}" or the WebSocket route key. */
export function routeLabel(type: ApiKind, dims: Dimension[]): string | undefined {
  const get = (name: string) => dims.find((d) => d.Name === name)?.Value;
  if (type === 'WEBSOCKET') return get('Route');
  const method = get('Method');
  const resource = get('Resource');
  return method && resource ? `${method} ${resource}` : undefined;
}

/** GetMetricData takes at most 500 queries per call. */
export const MAX_QUERIES_PER_CALL = 500;

export function chunk<T>(items: T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}

export function metricQuery(
  id: string,
  name: string,
  dims: Dimension[],
  period: number,
  stat: string,
  label?: string,
): MetricDataQuery {
  return {
    Id: id,
    Label: label,
    MetricStat: { Metric: { Namespace: NAMESPACE, MetricName: name, Dimensions: dims }, Period: period, Stat: stat },
    ReturnData: true,
  };
}
