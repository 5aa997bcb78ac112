import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { buildTraceModel, findTraceId } from '../../../client/src/traces/traceModel';

const id = '1-5f84c7a1-0123456789abcdef01234567';
const doc = (value: unknown) => ({ Document: JSON.stringify(value) });

describe('X-Ray trace to waterfall', () => {
  test('trace ids are found in headers, log lines and bare text', () => {
    assert.equal(findTraceId(`Root=${id};Parent=53995c3f42cd8ad8;Sampled=1`), id);
    assert.equal(findTraceId(`(abc) X-ray Tracing ID : ${id.toUpperCase()}`), id);
    assert.equal(findTraceId('no trace here 1-123-456'), undefined);
  });

  test("API Gateway's segment, its subsegments, and a Lambda segment under the integration subsegment, in order", () => {
    const t0 = 1_600_000_000;
    const model = buildTraceModel(id, [
      doc({
        id: 'lambda1',
        name: 'pets-fn',
        trace_id: id,
        parent_id: 'integ',
        start_time: t0 + 0.1,
        end_time: t0 + 0.4,
        origin: 'AWS::Lambda::Function',
        error: true,
      }),
      doc({
        id: 'gw',
        name: 'pets/dev',
        trace_id: id,
        start_time: t0,
        end_time: t0 + 0.5,
        origin: 'AWS::ApiGateway::Stage',
        http: { request: { method: 'GET', url: 'https://x/dev/pets' }, response: { status: 502 } },
        annotations: { 'aws:api_id': 'a1', 'aws:api_stage': 'dev' },
        aws: { api_gateway: { rest_api_id: 'a1', stage: 'dev', request_id: '11111111-2222-3333-4444-555555555555' } },
        subsegments: [
          { id: 'auth', name: 'Authorizer', start_time: t0 + 0.01, end_time: t0 + 0.05 },
          {
            id: 'integ',
            name: 'Lambda',
            start_time: t0 + 0.06,
            end_time: t0 + 0.45,
            fault: true,
            cause: { exceptions: [{ message: 'boom' }] },
          },
        ],
      }),
    ]);
    assert.deepEqual(
      model.rows.map((r) => [r.name, r.depth, r.kind]),
      [
        ['pets/dev', 0, 'segment'],
        ['Authorizer', 1, 'subsegment'],
        ['Lambda', 1, 'subsegment'],
        ['pets-fn', 2, 'segment'],
      ],
    );
    assert.equal(model.durationMs.toFixed(0), '500');
    assert.equal(model.rows[3].startMs.toFixed(0), '100');
    assert.equal(model.rows[3].durationMs.toFixed(0), '300');
    assert.equal(model.rows[0].httpStatus, 502);
    assert.equal(model.rows[2].exception, 'boom');
    assert.deepEqual(model.requestIds, ['11111111-2222-3333-4444-555555555555']);
    assert.deepEqual(model.api, { apiId: 'a1', stage: 'dev' });
    assert.ok(model.hasError && model.hasFault);
  });

  test('broken, hostile and parentless documents: skipped or shown at the top, never thrown on', () => {
    const deep: Record<string, unknown> = { id: 'root', name: 'deep', start_time: 1, end_time: 2 };
    let cursor = deep;
    for (let i = 0; i < 500; i++) {
      const next = { id: `s${i}`, name: `s${i}`, start_time: 1, end_time: 2 };
      cursor.subsegments = [next];
      cursor = next;
    }
    const model = buildTraceModel(id, [
      { Document: '{not json' },
      { Document: undefined },
      doc([1, 2]),
      doc({ id: 'orphan', parent_id: 'gone', name: 'orphan', start_time: 1, end_time: 1.5 }),
      doc(deep),
    ]);
    assert.ok(model.rows.some((r) => r.name === 'orphan' && r.depth === 0));
    assert.ok(model.rows.length <= 40, `deep nesting is cut: ${model.rows.length} rows`);
    assert.equal(buildTraceModel(id, []).rows.length, 0);
  });

  test('a segment still in progress runs to the end of the trace', () => {
    const model = buildTraceModel(id, [
      doc({ id: 'a', name: 'a', start_time: 10, end_time: 12 }),
      doc({ id: 'b', name: 'b', start_time: 11, in_progress: true }),
    ]);
    const b = model.rows.find((r) => r.name === 'b')!;
    assert.ok(b.inProgress);
    assert.equal(b.durationMs, 1000);
  });
});
