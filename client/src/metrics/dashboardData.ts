/**
 * Reads a stage's CloudWatch metrics into the dashboard's model: one chart per metric over the chosen range, and a
 * table of the busiest and slowest routes where detailed (per-route) metrics are on. Pure AWS logic, no `vscode`:
 * tested against a real moto server.
 *
 * Percentiles are asked for in calls of their own: an endpoint that cannot compute them (moto fails the whole
 * call) then costs the dashboard its p50/p90/p99 lines, not its charts.
 */
import type { CloudWatchClient, Dimension, MetricDataQuery, MetricDataResult } from '@aws-sdk/client-cloudwatch';
import { awsErrorMessage } from '../aws/errors';
import {
  chunk,
  MAX_QUERIES_PER_CALL,
  metricQuery,
  NAMESPACE,
  PERCENTILES,
  routeDimensionNames,
  routeLabel,
  routeMetricNames,
  stageDimensions,
  stageMetricSpecs,
  TIME_RANGES,
  type StageRef,
  type TimeRange,
  type Unit,
} from './stageMetrics';

export interface Series {
  label: string;
  /** [epoch ms, value], oldest first. */
  points: [number, number][];
}

export interface ChartModel {
  id: string;
  label: string;
  unit: Unit;
  series: Series[];
}

export interface RouteRow {
  route: string;
  requests: number;
  /** 4XX and 5XX responses over requests, 0..1; null without requests. */
  errorRate: number | null;
  averageLatency?: number;
  p50?: number;
  p90?: number;
  p99?: number;
}

export type RoutesState = 'ok' | 'detailed-metrics-off' | 'no-traffic';

export interface DashboardModel {
  title: string;
  apiType: StageRef['apiType'];
  range: TimeRange;
  rangeLabel: string;
  periodSeconds: number;
  from: number;
  to: number;
  charts: ChartModel[];
  /** False when no metric has a single data point in the range. */
  hasTraffic: boolean;
  busiest: RouteRow[];
  slowest: RouteRow[];
  routesState: RoutesState;
  /** How to turn on per-route metrics for this kind of API, shown when they are off. */
  detailedMetricsHint: string;
  /** Things the user should know about what is shown (an endpoint without percentiles, a cut-off list). */
  notes: string[];
  /** Routes with detailed metrics, which the charts can be narrowed to. */
  routes: string[];
  /** The route the charts show; undefined for the whole stage. */
  route?: string;
}

type CloudWatch = Pick<CloudWatchClient, 'send'>;

const ROUTE_LIMIT = 100;
const LIST_PAGES = 10;
const TABLE_ROWS = 10;

export function detailedMetricsHint(type: StageRef['apiType']): string {
  if (type === 'REST')
    return 'Turn on detailed CloudWatch metrics for the stage (method settings: metricsEnabled, "*/*/metrics/enabled" = true).';
  if (type === 'HTTP')
    return "Turn on detailed metrics for the stage (DetailedMetricsEnabled in the stage's default route settings).";
  return "Turn on detailed metrics for the stage (DetailedMetricsEnabled in the stage's default route settings).";
}

async function getMetricData(
  cw: CloudWatch,
  queries: MetricDataQuery[],
  from: number,
  to: number,
  signal?: AbortSignal,
): Promise<Map<string, MetricDataResult>> {
  const { GetMetricDataCommand } = await import('@aws-sdk/client-cloudwatch');
  const results = new Map<string, MetricDataResult>();
  for (const batch of chunk(queries, MAX_QUERIES_PER_CALL)) {
    let nextToken: string | undefined;
    let pages = 0;
    do {
      const out = await cw.send(
        new GetMetricDataCommand({
          MetricDataQueries: batch,
          StartTime: new Date(from),
          EndTime: new Date(to),
          ScanBy: 'TimestampAscending',
          NextToken: nextToken,
        }),
        { abortSignal: signal },
      );
      for (const r of out.MetricDataResults ?? []) {
        if (!r.Id) continue;
        const known = results.get(r.Id);
        if (known) {
          known.Timestamps = [...(known.Timestamps ?? []), ...(r.Timestamps ?? [])];
          known.Values = [...(known.Values ?? []), ...(r.Values ?? [])];
        } else results.set(r.Id, { ...r });
      }
      nextToken = out.NextToken;
    } while (nextToken && ++pages < 20);
  }
  return results;
}

function toPoints(result: MetricDataResult | undefined): [number, number][] {
  if (!result) return [];
  const times = result.Timestamps ?? [];
  const values = result.Values ?? [];
  const points: [number, number][] = [];
  for (let i = 0; i < Math.min(times.length, values.length); i++)
    points.push([new Date(times[i]).getTime(), values[i]]);
  return points.sort((a, b) => a[0] - b[0]);
}

const sum = (points: [number, number][]) => points.reduce((total, [, v]) => total + v, 0);

export interface LoadOptions {
  now?: number;
  signal?: AbortSignal;
  /** The custom endpoint (an emulator), named in messages about what it cannot do. */
  endpoint?: string;
  /** Chart one route ("GET /pets", or a WebSocket route key) instead of the whole stage. */
  route?: string;
}

function percentilesNote(err: unknown, endpoint: string | undefined): string {
  return `Latency percentiles are not available (${awsErrorMessage(err, { endpoint, operation: 'GetMetricData' })}); averages are shown.`;
}

export async function loadStageDashboard(
  cw: CloudWatch,
  ref: StageRef,
  range: TimeRange,
  options: LoadOptions = {},
): Promise<DashboardModel> {
  const spec = TIME_RANGES[range];
  const to = options.now ?? Date.now();
  const from = to - spec.ms;
  const notes: string[] = [];
  // The route's own dimensions, as ListMetrics gave them; a route without metrics falls back to the stage.
  const routeDims = options.route
    ? (await listRoutes(cw, ref, routeMetricNames(ref.apiType).count.name, options.signal)).get(options.route)
    : undefined;
  if (options.route && !routeDims)
    notes.push(`No metrics for ${options.route} in CloudWatch: the whole stage is shown.`);
  const dims = routeDims ?? stageDimensions(ref);
  const specs = stageMetricSpecs(ref.apiType);

  const main = await getMetricData(
    cw,
    specs.map((m, i) => metricQuery(`m${i}`, m.name, dims, spec.period, m.stat)),
    from,
    to,
    options.signal,
  );
  const percentileQueries = specs.flatMap((m, i) =>
    m.percentiles ? PERCENTILES.map((p) => metricQuery(`m${i}${p}`, m.name, dims, spec.period, p)) : [],
  );
  let percentiles = new Map<string, MetricDataResult>();
  if (percentileQueries.length > 0) {
    try {
      percentiles = await getMetricData(cw, percentileQueries, from, to, options.signal);
    } catch (err) {
      if (options.signal?.aborted) throw err;
      notes.push(percentilesNote(err, options.endpoint));
    }
  }

  const charts: ChartModel[] = specs.map((m, i) => {
    const series: Series[] = [
      {
        label: m.stat === 'Average' ? 'Average' : m.stat === 'SampleCount' ? 'Count' : 'Sum',
        points: toPoints(main.get(`m${i}`)),
      },
    ];
    if (m.percentiles) {
      for (const p of PERCENTILES) {
        const points = toPoints(percentiles.get(`m${i}${p}`));
        if (points.length > 0) series.push({ label: p, points });
      }
    }
    return { id: m.name, label: m.label, unit: m.unit, series };
  });
  const hasTraffic = charts.some((c) => c.series.some((s) => s.points.length > 0));

  const percentilesFailed = notes.some((n) => n.startsWith('Latency percentiles'));
  const routes = hasTraffic
    ? await loadRoutes(cw, ref, from, to, notes, !percentilesFailed, options)
    : { rows: [], state: 'no-traffic' as RoutesState };
  const byLatency = (r: RouteRow) => r.p99 ?? r.p90 ?? r.p50 ?? r.averageLatency ?? -1;
  return {
    title: `${ref.apiName} · ${ref.stage}${routeDims ? ` · ${options.route}` : ''}`,
    apiType: ref.apiType,
    range,
    rangeLabel: spec.label,
    periodSeconds: spec.period,
    from,
    to,
    charts,
    hasTraffic,
    busiest: [...routes.rows]
      .sort((a, b) => b.requests - a.requests || a.route.localeCompare(b.route))
      .slice(0, TABLE_ROWS),
    slowest: routes.rows
      .filter((r) => byLatency(r) >= 0)
      .sort((a, b) => byLatency(b) - byLatency(a) || a.route.localeCompare(b.route))
      .slice(0, TABLE_ROWS),
    routesState: routes.state,
    routes: routes.rows.map((r) => r.route).sort(),
    route: routeDims ? options.route : undefined,
    detailedMetricsHint: detailedMetricsHint(ref.apiType),
    notes,
  };
}

/** The routes (or resources and methods) that have per-route metrics for this stage. */
async function listRoutes(
  cw: CloudWatch,
  ref: StageRef,
  countMetric: string,
  signal?: AbortSignal,
): Promise<Map<string, Dimension[]>> {
  const { ListMetricsCommand } = await import('@aws-sdk/client-cloudwatch');
  const wanted = routeDimensionNames(ref.apiType);
  const stageDims = stageDimensions(ref);
  const routes = new Map<string, Dimension[]>();
  let nextToken: string | undefined;
  let pages = 0;
  do {
    const out = await cw.send(
      new ListMetricsCommand({
        Namespace: NAMESPACE,
        MetricName: countMetric,
        Dimensions: stageDims.map((d) => ({ Name: d.Name, Value: d.Value })),
        NextToken: nextToken,
      }),
      { abortSignal: signal },
    );
    for (const metric of out.Metrics ?? []) {
      const dims = metric.Dimensions ?? [];
      const names = new Set(dims.map((d) => d.Name));
      // Only the exact route-level combination: the stage's own dimensions plus the route's.
      if (dims.length !== stageDims.length + wanted.length || !wanted.every((n) => names.has(n))) continue;
      if (!stageDims.every((s) => dims.some((d) => d.Name === s.Name && d.Value === s.Value))) continue;
      const label = routeLabel(ref.apiType, dims);
      if (label && !routes.has(label)) routes.set(label, dims);
    }
    nextToken = out.NextToken;
  } while (nextToken && ++pages < LIST_PAGES);
  return routes;
}

async function loadRoutes(
  cw: CloudWatch,
  ref: StageRef,
  from: number,
  to: number,
  notes: string[],
  askPercentiles: boolean,
  options: LoadOptions,
): Promise<{ rows: RouteRow[]; state: RoutesState }> {
  const { signal } = options;
  const names = routeMetricNames(ref.apiType);
  const found = await listRoutes(cw, ref, names.count.name, signal);
  if (found.size === 0) return { rows: [], state: 'detailed-metrics-off' };
  let routes = [...found.entries()];
  if (routes.length > ROUTE_LIMIT) {
    notes.push(`Only the first ${ROUTE_LIMIT} of ${routes.length} routes are read.`);
    routes = routes.slice(0, ROUTE_LIMIT);
  }
  // One data point for the whole range (CloudWatch periods are multiples of 60 seconds).
  const period = Math.max(60, Math.ceil((to - from) / 60_000) * 60);
  const queries = routes.flatMap(([, dims], i) => [
    metricQuery(`r${i}n`, names.count.name, dims, period, names.count.stat),
    metricQuery(`r${i}c`, names.clientErrors, dims, period, 'Sum'),
    metricQuery(`r${i}s`, names.serverErrors, dims, period, 'Sum'),
    metricQuery(`r${i}a`, names.latency, dims, period, 'Average'),
  ]);
  const data = await getMetricData(cw, queries, from, to, signal);
  let percentiles = new Map<string, MetricDataResult>();
  // An endpoint that just failed on the stage's percentiles is not asked again (each failure costs its retries).
  if (askPercentiles)
    try {
      percentiles = await getMetricData(
        cw,
        routes.flatMap(([, dims], i) =>
          PERCENTILES.map((p) => metricQuery(`r${i}${p}`, names.latency, dims, period, p)),
        ),
        from,
        to,
        signal,
      );
    } catch (err) {
      if (signal?.aborted) throw err;
      notes.push(percentilesNote(err, options.endpoint));
    }
  // A range can straddle two periods: counts add up; for latencies the highest value is the honest summary.
  const max = (id: string, source: Map<string, MetricDataResult>) => {
    const values = source.get(id)?.Values ?? [];
    return values.length ? Math.max(...values) : undefined;
  };
  const rows = routes.map(([route], i): RouteRow => {
    const requests = sum(toPoints(data.get(`r${i}n`)));
    const errors = sum(toPoints(data.get(`r${i}c`))) + sum(toPoints(data.get(`r${i}s`)));
    return {
      route,
      requests,
      errorRate: requests > 0 ? Math.min(1, errors / requests) : null,
      averageLatency: max(`r${i}a`, data),
      p50: max(`r${i}p50`, percentiles),
      p90: max(`r${i}p90`, percentiles),
      p99: max(`r${i}p99`, percentiles),
    };
  });
  return { rows, state: rows.some((r) => r.requests > 0) ? 'ok' : 'no-traffic' };
}
