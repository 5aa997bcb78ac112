import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import {
  chunk,
  metricApiName,
  routeLabel,
  stageDimensions,
  stageMetricSpecs,
  TIME_RANGES,
} from '../../../client/src/metrics/stageMetrics';

describe('stage metrics: what API Gateway publishes and how it is keyed', () => {
  test('REST stages are keyed by API name and stage; HTTP and WebSocket stages by API id and stage', () => {
    assert.deepEqual(stageDimensions({ apiId: 'a1', apiName: 'pets', apiType: 'REST', stage: 'dev' }), [
      { Name: 'ApiName', Value: 'pets' },
      { Name: 'Stage', Value: 'dev' },
    ]);
    assert.deepEqual(stageDimensions({ apiId: 'a1', apiName: 'pets', apiType: 'HTTP', stage: '$default' }), [
      { Name: 'ApiId', Value: 'a1' },
      { Name: 'Stage', Value: '$default' },
    ]);
  });

  test('the ApiName dimension drops non-ASCII characters, and falls back to the id when none is left', () => {
    assert.equal(metricApiName('café-api', 'x1'), 'caf-api');
    assert.equal(metricApiName('ペット', 'x1'), 'x1');
  });

  test('each API type charts its own metrics', () => {
    assert.deepEqual(
      stageMetricSpecs('REST').map((m) => m.name),
      ['Count', '4XXError', '5XXError', 'Latency', 'IntegrationLatency', 'CacheHitCount', 'CacheMissCount'],
    );
    assert.deepEqual(
      stageMetricSpecs('HTTP').map((m) => m.name),
      ['Count', '4xx', '5xx', 'Latency', 'IntegrationLatency', 'DataProcessed'],
    );
    assert.ok(stageMetricSpecs('WEBSOCKET').some((m) => m.name === 'ConnectCount'));
    // AWS documents REST's Count through the SampleCount statistic.
    assert.equal(stageMetricSpecs('REST')[0].stat, 'SampleCount');
  });

  test('routes are labelled by method and resource (WebSocket: the route key)', () => {
    assert.equal(
      routeLabel('REST', [
        { Name: 'Method', Value: 'GET' },
        { Name: 'Resource', Value: '/pets/{id}' },
      ]),
      'GET /pets/{id}',
    );
    assert.equal(routeLabel('WEBSOCKET', [{ Name: 'Route', Value: 'sendMessage' }]), 'sendMessage');
    assert.equal(routeLabel('HTTP', [{ Name: 'Method', Value: 'GET' }]), undefined);
  });

  test('periods keep each range to a few hundred points, in whole minutes', () => {
    for (const spec of Object.values(TIME_RANGES)) {
      assert.equal(spec.period % 60, 0);
      assert.ok(spec.ms / 1000 / spec.period <= 300, `${spec.label}: ${spec.ms / 1000 / spec.period} points`);
    }
  });

  test('queries are sent in batches of at most 500', () => {
    const batches = chunk(
      Array.from({ length: 1201 }, (_, i) => i),
      500,
    );
    assert.deepEqual(
      batches.map((b) => b.length),
      [500, 500, 201],
    );
  });
});
