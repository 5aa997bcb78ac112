import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import {
  PutMetricDataCommand,
  type CloudWatchClient,
  type GetMetricDataCommandInput,
} from '@aws-sdk/client-cloudwatch';
import { loadStageDashboard } from '../../../client/src/metrics/dashboardData';
import type { StageRef } from '../../../client/src/metrics/stageMetrics';
import { seedStageMetrics } from '../../../scripts/seed/seedMonitoring';
import { motoConnection } from '../../support/moto';

const minute = 60_000;
/** A fixed "now" on a minute boundary, so every point falls in a known period. */
const now = Math.floor(Date.now() / minute) * minute - 30_000;

describe('stage dashboard data, against moto', () => {
  const aws = motoConnection();
  const cw = () => aws.connection.cloudWatch();

  test('charts hold what API Gateway published for the stage, per minute, and nothing of other stages', async () => {
    const ref: StageRef = { apiId: 'a1', apiName: 'orders', apiType: 'REST', stage: 'dev' };
    const dims = [
      { Name: 'ApiName', Value: 'orders' },
      { Name: 'Stage', Value: 'dev' },
    ];
    const client = await cw();
    const at = (m: number) => new Date(now - m * minute);
    await client.send(
      new PutMetricDataCommand({
        Namespace: 'AWS/ApiGateway',
        MetricData: [
          { MetricName: 'Count', Dimensions: dims, Timestamp: at(10), Values: [1], Counts: [7] },
          { MetricName: 'Count', Dimensions: dims, Timestamp: at(5), Values: [1], Counts: [3] },
          { MetricName: '5XXError', Dimensions: dims, Timestamp: at(5), Value: 2 },
          { MetricName: 'Latency', Dimensions: dims, Timestamp: at(5), Values: [10, 30], Counts: [1, 1] },
          // Another stage of the same API: must not show.
          {
            MetricName: 'Count',
            Dimensions: [
              { Name: 'ApiName', Value: 'orders' },
              { Name: 'Stage', Value: 'prod' },
            ],
            Timestamp: at(5),
            Values: [1],
            Counts: [99],
          },
        ],
      }),
    );
    const model = await loadStageDashboard(client, ref, '1h', { now });
    assert.ok(model.hasTraffic);
    const chart = (id: string) => model.charts.find((c) => c.id === id)!;
    assert.deepEqual(
      chart('Count').series[0].points.map(([, v]) => v),
      [7, 3],
    );
    assert.deepEqual(
      chart('5XXError').series[0].points.map(([, v]) => v),
      [2],
    );
    assert.deepEqual(
      chart('Latency').series[0].points.map(([, v]) => v),
      [20],
    );
    assert.equal(chart('CacheHitCount').series[0].points.length, 0);
    assert.equal(model.periodSeconds, 60);
    // moto cannot compute percentiles (its whole GetMetricData call fails): the dashboard says so and keeps the rest.
    assert.ok(
      model.notes.some((n) => n.startsWith('Latency percentiles are not available')),
      model.notes.join('\n'),
    );
    // No per-route metrics were published: detailed metrics are off, and the hint says how to turn them on.
    assert.equal(model.routesState, 'detailed-metrics-off');
    assert.match(model.detailedMetricsHint, /metricsEnabled/);
  });

  test('routes with detailed metrics: busiest by requests and slowest by latency, with error rates', async () => {
    const ref: StageRef = { apiId: 'h1', apiName: 'shop', apiType: 'HTTP', stage: 'prod' };
    await seedStageMetrics(await cw(), ref, now, {
      minutes: 30,
      routes: [
        { route: 'GET /items', share: 0.7, latencyMs: 20 },
        { route: 'POST /items', share: 0.2, latencyMs: 300 },
        { route: 'GET /health', share: 0.1, latencyMs: 2 },
      ],
    });
    const model = await loadStageDashboard(await cw(), ref, '1h', { now });
    assert.equal(model.routesState, 'ok');
    assert.deepEqual(
      model.busiest.map((r) => r.route),
      ['GET /items', 'POST /items', 'GET /health'],
    );
    assert.deepEqual(
      model.slowest.map((r) => r.route),
      ['POST /items', 'GET /items', 'GET /health'],
    );
    const items = model.busiest[0];
    assert.ok(items.requests > 0);
    assert.ok(items.errorRate !== null && items.errorRate > 0 && items.errorRate < 1, `error rate ${items.errorRate}`);
    const total = model.charts.find((c) => c.id === 'Count')!.series[0].points.reduce((t, [, v]) => t + v, 0);
    assert.ok(
      Math.abs(model.busiest.reduce((t, r) => t + r.requests, 0) - total) <= 3 * 30,
      'route requests add up to the stage (rounding aside)',
    );
  });

  test('the charts can be narrowed to one route', async () => {
    const ref: StageRef = { apiId: 'h1', apiName: 'shop', apiType: 'HTTP', stage: 'prod' };
    const whole = await loadStageDashboard(await cw(), ref, '1h', { now });
    const one = await loadStageDashboard(await cw(), ref, '1h', { now, route: 'POST /items' });
    assert.deepEqual(whole.routes, ['GET /health', 'GET /items', 'POST /items']);
    assert.equal(one.route, 'POST /items');
    assert.match(one.title, /· POST \/items$/);
    const sum = (m: typeof whole) =>
      m.charts.find((c) => c.id === 'Count')!.series[0].points.reduce((t, [, v]) => t + v, 0);
    assert.ok(sum(one) > 0 && sum(one) < sum(whole) / 2, `${sum(one)} of ${sum(whole)}`);
    const missing = await loadStageDashboard(await cw(), ref, '1h', { now, route: 'GET /nothing' });
    assert.equal(missing.route, undefined);
    assert.ok(missing.notes.some((n) => n.includes('GET /nothing')));
  });

  test('a stage without traffic gets the empty state, not empty charts', async () => {
    const model = await loadStageDashboard(
      await cw(),
      { apiId: 'q1', apiName: 'quiet', apiType: 'REST', stage: 'dev' },
      '24h',
      { now },
    );
    assert.equal(model.hasTraffic, false);
    assert.equal(model.routesState, 'no-traffic');
    assert.equal(model.periodSeconds, 300);
  });
});

describe('stage dashboard data: percentiles (SDK-level stub: moto cannot compute percentile statistics)', () => {
  test('p50/p90/p99 become series of the latency chart and columns of the route table', async () => {
    const calls: GetMetricDataCommandInput[] = [];
    const stub = {
      async send(command: { input: GetMetricDataCommandInput & { MetricName?: string } }) {
        const input = command.input;
        if (!('MetricDataQueries' in input)) {
          // ListMetrics: one route.
          return {
            Metrics: [
              {
                MetricName: 'Count',
                Dimensions: [
                  { Name: 'ApiName', Value: 'orders' },
                  { Name: 'Stage', Value: 'dev' },
                  { Name: 'Method', Value: 'GET' },
                  { Name: 'Resource', Value: '/a' },
                ],
              },
            ],
          };
        }
        calls.push(input);
        return {
          MetricDataResults: input.MetricDataQueries!.map((q) => {
            const stat = q.MetricStat!.Stat!;
            const value = stat === 'p50' ? 10 : stat === 'p90' ? 40 : stat === 'p99' ? 90 : stat === 'Average' ? 15 : 5;
            return { Id: q.Id, StatusCode: 'Complete', Timestamps: [new Date(now - minute)], Values: [value] };
          }),
        };
      },
    } as unknown as CloudWatchClient;
    const model = await loadStageDashboard(
      stub,
      { apiId: 'a1', apiName: 'orders', apiType: 'REST', stage: 'dev' },
      '1h',
      { now },
    );
    const latency = model.charts.find((c) => c.id === 'Latency')!;
    assert.deepEqual(
      latency.series.map((s) => s.label),
      ['Average', 'p50', 'p90', 'p99'],
    );
    assert.deepEqual(
      model.busiest.map((r) => [r.route, r.p50, r.p90, r.p99]),
      [['GET /a', 10, 40, 90]],
    );
    assert.equal(model.notes.length, 0);
    // Percentiles travel in calls of their own, so an endpoint without them costs only those lines.
    assert.ok(calls.some((c) => c.MetricDataQueries!.every((q) => /^p\d\d$/.test(q.MetricStat!.Stat!))));
  });
});
