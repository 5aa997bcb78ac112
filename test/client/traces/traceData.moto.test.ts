import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { findTraceForRequest, loadTrace, recentTraces, TraceNotFoundError } from '../../../client/src/traces/traceData';
import { requestLogs } from '../../../scripts/seed/sampleLogs';
import { requestTraceSegments, writeTrace } from '../../../scripts/seed/seedMonitoring';
import type { StageRef } from '../../../client/src/metrics/stageMetrics';
import { motoConnection } from '../../support/moto';

const pets: StageRef = { apiId: 'p1', apiName: 'pets', apiType: 'REST', stage: 'dev' };
const other: StageRef = { apiId: 'o1', apiName: 'other', apiType: 'REST', stage: 'dev' };

describe('X-Ray traces of a stage, against moto', () => {
  const aws = motoConnection();
  const now = Date.now();
  const sent: { requestId: string; traceId: string; latencyMs: number; stage: StageRef }[] = [];

  test("recent traces: only the stage's own, slowest first (moto cannot filter by service: the list is narrowed by reading each trace)", async () => {
    const xray = await aws.connection.xray();
    const requests = [
      { method: 'GET', path: '/pets', status: 200, latencyMs: 40, stage: pets },
      { method: 'POST', path: '/pets', status: 201, latencyMs: 900, lambda: 'add-pet', stage: pets },
      { method: 'GET', path: '/pets/9', status: 502, latencyMs: 300, stage: pets },
      { method: 'GET', path: '/x', status: 200, latencyMs: 5000, stage: other },
    ];
    for (const [i, r] of requests.entries()) {
      const start = now - 60_000 + i * 1000;
      const logs = requestLogs(r, start, r.stage.apiId, r.stage.stage);
      await writeTrace(xray, requestTraceSegments(r, logs, r.stage, start));
      sent.push({ requestId: logs.requestId, traceId: logs.traceId, latencyMs: r.latencyMs, stage: r.stage });
    }
    const list = await recentTraces(xray, pets, { now: now + 60_000, emulator: true });
    assert.ok(list.note, 'the roundabout way is said');
    const expected = sent.filter((s) => s.stage === pets).sort((a, b) => b.latencyMs - a.latencyMs);
    assert.deepEqual(
      list.traces.map((t) => t.id),
      expected.map((s) => s.traceId),
    );
    assert.ok(list.traces[0].durationMs > list.traces[1].durationMs);
  });

  test('without the emulator fallback, an endpoint that cannot filter is an error, not a list of everything', async () => {
    await assert.rejects(recentTraces(await aws.connection.xray(), pets, { now: now + 60_000, emulator: false }));
  });

  test('a trace as a waterfall: API Gateway, the integration, the Lambda function and its calls; the request id for its log lines', async () => {
    const slow = sent.find((s) => s.latencyMs === 900)!;
    const trace = await loadTrace(await aws.connection.xray(), slow.traceId);
    assert.deepEqual(
      trace.rows.map((r) => [r.name, r.depth]),
      [
        ['pets/dev', 0],
        ['Lambda', 1],
        ['add-pet', 2],
        ['Initialization', 3],
        ['DynamoDB', 3],
      ],
    );
    assert.equal(Math.round(trace.durationMs), 900);
    assert.deepEqual(trace.requestIds, [slow.requestId]);
    assert.deepEqual(trace.api, { apiId: 'p1', stage: 'dev' });
    const failed = await loadTrace(await aws.connection.xray(), sent.find((s) => s.latencyMs === 300)!.traceId);
    assert.ok(failed.hasFault);
  });

  test('the trace of a request id: from the execution log line when there is one, else found among recent traces', async () => {
    const xray = await aws.connection.xray();
    const target = sent[0];
    assert.equal(
      await findTraceForRequest(xray, target.requestId, {
        text: `(${target.requestId}) X-ray Tracing ID : ${target.traceId}`,
      }),
      target.traceId,
    );
    assert.equal(await findTraceForRequest(xray, target.requestId, { around: now }), target.traceId);
    assert.equal(await findTraceForRequest(xray, '00000000-0000-4000-8000-000000000000', { around: now }), undefined);
  });

  test('an unknown trace id says so', async () => {
    await assert.rejects(
      loadTrace(await aws.connection.xray(), '1-00000000-000000000000000000000000'),
      TraceNotFoundError,
    );
  });
});
