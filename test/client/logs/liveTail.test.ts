// How one Live Tail session is read: what StartLiveTail is asked for, the events and the sampling flag handed on,
// and how the session ends (stopped, timed out, closed, broken, or never started), which decides what the tail
// does next. moto's StartLiveTail sends one snapshot and closes (tailSession.moto.test.ts drives it), so every
// stream here is an SDK stub standing in for the live one; the client points at a closed port and sends nothing.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import type { TailEvent } from '../../../client/src/logs/logEvent';
import { LiveTailStartError, LiveTailStreamError, runLiveTail } from '../../../client/src/logs/liveTail';
import { closedPortLogsClient, liveEvent, StubLiveStream, stubStartLiveTail } from './liveStreamStub';

const start = { sessionStart: { sessionId: 's', requestId: 'r', logGroupIdentifiers: [] } };
const arn = 'arn:aws:logs:us-east-1:123456789012:log-group:/aws/lambda/fn';

/** A session on a stubbed StartLiveTail whose answers are `sessions`. */
function session(sessions: (StubLiveStream | Error)[], filterPattern?: string, signal = new AbortController().signal) {
  const logs = closedPortLogsClient();
  const stub = stubStartLiveTail(logs, sessions);
  const updates: { events: TailEvent[]; sampled: boolean }[] = [];
  let started = 0;
  const end = runLiveTail({
    logs,
    logGroupArns: [arn],
    filterPattern,
    signal,
    onStart: () => started++,
    onUpdate: (events, sampled) => updates.push({ events, sampled }),
  }).finally(() => logs.destroy());
  return { stub, updates, started: () => started, end };
}

describe('a Live Tail session (SDK stub: moto has no live stream)', () => {
  test('asks for the group ARNs and the filter, hands on events with their group name and the sampling flag, ends "closed" when the stream ends', async () => {
    const stream = new StubLiveStream();
    const s = session([stream], 'ERROR');
    stream
      .push(start)
      .push({
        sessionUpdate: {
          sessionMetadata: { sampled: true },
          sessionResults: [liveEvent('/aws/lambda/fn', 'st', 1000, 'ERROR one')],
        },
      })
      .push({ sessionUpdate: { sessionResults: [{}] } })
      .push({ sessionUpdate: {} })
      .push('end');
    assert.equal(await s.end, 'closed');
    assert.deepEqual(s.stub.calls, [{ logGroupIdentifiers: [arn], logEventFilterPattern: 'ERROR' }]);
    assert.equal(s.started(), 1);
    assert.deepEqual(s.updates, [
      {
        events: [{ logGroupName: '/aws/lambda/fn', logStreamName: 'st', timestamp: 1000, message: 'ERROR one' }],
        sampled: true,
      },
      { events: [{ logGroupName: '', logStreamName: '', timestamp: 0, message: '' }], sampled: false },
      { events: [], sampled: false },
    ]);
  });

  test('no filter pattern: none is sent', async () => {
    for (const filter of [undefined, '']) {
      const stream = new StubLiveStream().push('end');
      const s = session([stream], filter);
      assert.equal(await s.end, 'closed');
      assert.deepEqual(s.stub.calls, [{ logGroupIdentifiers: [arn] }]);
      assert.equal(s.started(), 0);
    }
  });

  test('a SessionTimeoutException, as a member or thrown, ends the session as "timeout"', async () => {
    const member = new StubLiveStream().push(start).push({ SessionTimeoutException: { message: '3 hours' } } as never);
    assert.equal(await session([member]).end, 'timeout');
    const thrown = new StubLiveStream()
      .push(start)
      .push(Object.assign(new Error('session timed out'), { name: 'SessionTimeoutException' }));
    assert.equal(await session([thrown]).end, 'timeout');
  });

  test('a SessionStreamingException or a dropped connection breaks the session with a reason', async () => {
    const member = new StubLiveStream()
      .push(start)
      .push({ SessionStreamingException: { message: 'internal' } } as never);
    await assert.rejects(
      session([member]).end,
      (err: unknown) =>
        err instanceof LiveTailStreamError &&
        err.name === 'LiveTailStreamError' &&
        err.message === 'Live Tail session failed: internal',
    );
    const unnamed = new StubLiveStream().push({ SessionStreamingException: {} } as never);
    await assert.rejects(session([unnamed]).end, { message: 'Live Tail session failed: SessionStreamingException' });
    const reset = Object.assign(new Error('socket hang up'), { code: 'ECONNRESET' });
    await assert.rejects(
      session([new StubLiveStream().push(start).push(reset)]).end,
      (err: unknown) =>
        err instanceof LiveTailStreamError &&
        err.message === 'Live Tail connection lost: socket hang up' &&
        err.cause === reset,
    );
  });

  test('StartLiveTail failing, or answering without a stream, is a start error carrying the cause', async () => {
    const denied = Object.assign(new Error('not authorized'), { name: 'AccessDeniedException' });
    await assert.rejects(
      session([denied]).end,
      (err: unknown) =>
        err instanceof LiveTailStartError &&
        err.name === 'LiveTailStartError' &&
        err.message === 'StartLiveTail failed: not authorized' &&
        err.cause === denied,
    );
    const logs = closedPortLogsClient();
    logs.middlewareStack.add(() => async () => ({ response: {}, output: { $metadata: {} } }), { step: 'initialize' });
    await assert.rejects(
      runLiveTail({ logs, logGroupArns: [arn], signal: new AbortController().signal, onUpdate: () => undefined }),
      { message: 'StartLiveTail failed: the response has no event stream' },
    );
    logs.destroy();
  });

  test('stopping ends the session as "aborted", whether it is waiting for events or has not started', async () => {
    const controller = new AbortController();
    const stream = new StubLiveStream().push(start);
    const s = session([stream], undefined, controller.signal);
    while (s.started() === 0) await new Promise((r) => setImmediate(r));
    controller.abort();
    assert.equal(await s.end, 'aborted');
    assert.ok(stream.returned, 'the stream is closed');
    assert.equal(await session([new StubLiveStream()], undefined, AbortSignal.abort()).end, 'aborted');
  });
});
