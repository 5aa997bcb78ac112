import assert from 'node:assert/strict';
import net from 'node:net';
import { after, before, describe, test } from 'node:test';
import type { CloudWatchLogsClient } from '@aws-sdk/client-cloudwatch-logs';
import { followLogGroup, SeenEvents, TailError, type PollProblem } from '../../../client/src/logs/poller';
import type { TailEvent } from '../../../client/src/logs/logEvent';
import { startMoto, type MotoServer } from '../../support/moto';
import { countCalls, createGroup, logsClient, putEvents, waitFor } from './logFixtures';

const fast = { minIntervalMs: 30, maxIdleIntervalMs: 120, maxRetryIntervalMs: 200, lookbackMs: 0 };

describe('FilterLogEvents follower against moto', () => {
  let moto: MotoServer;
  let logs: CloudWatchLogsClient;
  let n = 0;
  const group = () => `/test/poller-${++n}`;

  before(async () => {
    moto = await startMoto();
    logs = logsClient(moto.endpoint);
  });
  after(async () => {
    logs?.destroy();
    await moto?.stop();
  });

  function follow(logGroupName: string, extra: Partial<Parameters<typeof followLogGroup>[0]> = {}) {
    const events: TailEvent[] = [];
    const problems: PollProblem[] = [];
    const controller = new AbortController();
    const done = followLogGroup({
      logs,
      logGroupName,
      startTime: Date.now() - 60_000,
      signal: controller.signal,
      onEvents: (e) => events.push(...e),
      onProblem: (p) => problems.push(p),
      ...fast,
      ...extra,
    });
    return { events, problems, done, stop: () => (controller.abort(), done) };
  }

  test('events written while tailing appear exactly once, in order', async () => {
    const g = group();
    await createGroup(logs, g, ['a', 'b']);
    const t0 = Date.now() - 5000;
    await putEvents(logs, g, 'a', [
      { timestamp: t0, message: 'before-1' },
      { timestamp: t0 + 1, message: 'before-2' },
    ]);
    const polls = countCalls(logs, 'FilterLogEventsCommand');
    const tail = follow(g);
    await waitFor(() => tail.events.length === 2, 'the existing events');
    await putEvents(logs, g, 'b', [{ timestamp: Date.now() - 100, message: 'during-1' }]);
    await putEvents(logs, g, 'a', [{ timestamp: Date.now() - 50, message: 'during-2' }]);
    await waitFor(() => tail.events.length >= 4, 'the events written while tailing');
    const seenPolls = polls.count;
    await waitFor(() => polls.count >= seenPolls + 3, 'three more polls');
    await tail.stop();
    assert.deepEqual(
      tail.events.map((e) => e.message),
      ['before-1', 'before-2', 'during-1', 'during-2'],
    );
    assert.deepEqual(
      tail.events.map((e) => e.logStreamName),
      ['a', 'a', 'b', 'a'],
    );
    assert.equal(tail.events[0].logGroupName, g);
  });

  test('events with the same timestamp as the last one shown are not lost (re-query is inclusive)', async () => {
    const g = group();
    await createGroup(logs, g, ['s1', 's2']);
    const ts = Date.now() - 2000;
    await putEvents(logs, g, 's1', [
      { timestamp: ts, message: 'same-1' },
      { timestamp: ts, message: 'same-2' },
    ]);
    const polls = countCalls(logs, 'FilterLogEventsCommand');
    const tail = follow(g);
    await waitFor(() => tail.events.length === 2, 'the first two events');
    // Written after the follower has already moved past `ts` once.
    await putEvents(logs, g, 's2', [{ timestamp: ts, message: 'same-3' }]);
    await putEvents(logs, g, 's1', [{ timestamp: ts, message: 'same-4' }]);
    await waitFor(() => tail.events.length >= 4, 'the late events with the same timestamp');
    const seenPolls = polls.count;
    await waitFor(() => polls.count >= seenPolls + 3, 'three more polls');
    await tail.stop();
    assert.deepEqual(tail.events.map((e) => e.message).sort(), ['same-1', 'same-2', 'same-3', 'same-4']);
  });

  test('follows nextToken through many small pages without losing or repeating events', async () => {
    const g = group();
    await createGroup(logs, g);
    const t0 = Date.now() - 60_000;
    const written = Array.from({ length: 57 }, (_, i) => ({
      timestamp: t0 + Math.floor(i / 3),
      message: `event ${String(i).padStart(2, '0')}`,
    }));
    await putEvents(logs, g, 's1', written);
    const polls = countCalls(logs, 'FilterLogEventsCommand');
    const tail = follow(g, { pageLimit: 5, startTime: t0 });
    await waitFor(() => tail.events.length >= 57, 'all 57 events');
    assert.ok(polls.count >= 12, `57 events in pages of 5 take at least 12 calls, saw ${polls.count}`);
    const seenPolls = polls.count;
    await waitFor(() => polls.count >= seenPolls + 12, 'one more full pass');
    await tail.stop();
    assert.deepEqual(
      tail.events.map((e) => e.message),
      written.map((e) => e.message),
    );
  });

  test('a filter pattern is passed on (moto supports simple terms)', async () => {
    const g = group();
    await createGroup(logs, g);
    const t0 = Date.now() - 1000;
    await putEvents(logs, g, 's1', [
      { timestamp: t0, message: 'INFO all good' },
      { timestamp: t0 + 1, message: 'ERROR request failed' },
      { timestamp: t0 + 2, message: 'INFO still good' },
      { timestamp: t0 + 3, message: 'ERROR timeout' },
    ]);
    const tail = follow(g, { filterPattern: 'ERROR' });
    await waitFor(() => tail.events.length >= 2, 'the matching events');
    await tail.stop();
    assert.deepEqual(
      tail.events.map((e) => e.message),
      ['ERROR request failed', 'ERROR timeout'],
    );
  });

  test('events older than the start time are not shown', async () => {
    const g = group();
    await createGroup(logs, g);
    const now = Date.now();
    await putEvents(logs, g, 's1', [
      { timestamp: now - 120_000, message: 'too old' },
      { timestamp: now - 1000, message: 'recent' },
    ]);
    const tail = follow(g, { startTime: now - 60_000 });
    await waitFor(() => tail.events.length >= 1, 'the recent event');
    await tail.stop();
    assert.deepEqual(
      tail.events.map((e) => e.message),
      ['recent'],
    );
  });

  test('a log group that does not exist yet is retried, and followed once it appears', async () => {
    const g = group();
    const tail = follow(g);
    await waitFor(() => tail.problems.length >= 1, 'a problem report');
    assert.equal(tail.problems[0].kind, 'notFound');
    assert.match(tail.problems[0].message, /does not exist/);
    await createGroup(logs, g);
    await putEvents(logs, g, 's1', [{ timestamp: Date.now(), message: 'first' }]);
    await waitFor(() => tail.events.length === 1, 'the first event of the new group');
    await tail.stop();
  });

  // The follower waits up to a minute between idle polls; stop must abort that wait, not sit it out. The test's own
  // time-out (far below the minute) is what fails a stop that waits: no wall-clock assertion.
  test('stopping aborts the idle wait and the promise resolves; no poll follows', { timeout: 20_000 }, async () => {
    const g = group();
    await createGroup(logs, g);
    const polls = countCalls(logs, 'FilterLogEventsCommand');
    const tail = follow(g, { maxIdleIntervalMs: 60_000 });
    // Idle passes double the delay each time: after four, the follower waits for seconds.
    await waitFor(() => polls.count >= 4, 'the follower to go idle');
    await tail.stop();
    const after = polls.count;
    await putEvents(logs, g, 's1', [{ timestamp: Date.now(), message: 'after stop' }]);
    await new Promise((r) => setImmediate(r));
    assert.equal(polls.count, after, 'no poll after stop');
    assert.ok(!tail.events.some((e) => e.message === 'after stop'));
  });

  test('survives a dropped connection: reports it, retries with backoff and resumes without gaps or repeats', async () => {
    const g = group();
    await createGroup(logs, g);
    const proxy = await startProxy(moto.port);
    const flaky = logsClient(`http://127.0.0.1:${proxy.port}`, 1);
    const events: TailEvent[] = [];
    const problems: PollProblem[] = [];
    let recovered = 0;
    const controller = new AbortController();
    const done = followLogGroup({
      logs: flaky,
      logGroupName: g,
      startTime: Date.now() - 60_000,
      signal: controller.signal,
      onEvents: (e) => events.push(...e),
      onProblem: (p) => problems.push(p),
      onRecovered: () => recovered++,
      ...fast,
    });
    try {
      await putEvents(logs, g, 's1', [{ timestamp: Date.now() - 10, message: 'before the drop' }]);
      await waitFor(() => events.length === 1, 'the first event');
      await proxy.close();
      await waitFor(() => problems.length >= 2, 'two failed passes');
      assert.equal(problems[0].kind, 'connection');
      assert.ok(problems[1].retryInMs >= problems[0].retryInMs, 'the delay grows');
      await putEvents(logs, g, 's1', [{ timestamp: Date.now() - 10, message: 'during the drop' }]);
      await proxy.reopen();
      await waitFor(() => events.length === 2, 'the event written during the drop');
      assert.equal(recovered, 1);
      assert.deepEqual(
        events.map((e) => e.message),
        ['before the drop', 'during the drop'],
      );
    } finally {
      controller.abort();
      await done;
      flaky.destroy();
      await proxy.close();
    }
  });

  test('a missing permission ends the follower with a clear message (SDK stub: moto does not enforce IAM)', async () => {
    const g = group();
    const denied = logsClient(moto.endpoint);
    denied.middlewareStack.add(
      () => async () => {
        throw Object.assign(
          new Error('User: arn:aws:iam::123456789012:user/dev is not authorized to perform: logs:FilterLogEvents'),
          {
            name: 'AccessDeniedException',
            $metadata: { httpStatusCode: 400 },
          },
        );
      },
      { step: 'initialize' },
    );
    await assert.rejects(
      followLogGroup({
        logs: denied,
        logGroupName: g,
        startTime: 0,
        signal: new AbortController().signal,
        onEvents: () => undefined,
        ...fast,
      }),
      (err: unknown) =>
        err instanceof TailError &&
        err.kind === 'denied' &&
        /Permission logs:FilterLogEvents is missing on \/test\/poller-/.test(err.message),
    );
    denied.destroy();
  });
});

describe('SeenEvents', () => {
  test('remembers ids, forgets those older than the query window, and stays within its cap', () => {
    const seen = new SeenEvents(3);
    assert.equal(seen.add('a', 1), true);
    assert.equal(seen.add('a', 1), false);
    seen.add('b', 2);
    seen.add('c', 3);
    seen.add('d', 4);
    assert.equal(seen.size, 3);
    assert.equal(seen.add('a', 1), true, 'the oldest id was dropped to respect the cap');
    seen.forgetBefore(4);
    assert.equal(seen.size, 1);
  });
});

/** A TCP proxy in front of moto that can drop every connection and refuse new ones, then come back. */
async function startProxy(
  targetPort: number,
): Promise<{ port: number; close(): Promise<void>; reopen(): Promise<void> }> {
  const sockets = new Set<net.Socket>();
  let server: net.Server | undefined;
  let port = 0;
  const listen = () =>
    new Promise<void>((resolve, reject) => {
      const s = net.createServer((client) => {
        const upstream = net.connect(targetPort, '127.0.0.1');
        for (const sock of [client, upstream]) {
          sockets.add(sock);
          sock.on('close', () => sockets.delete(sock));
          sock.on('error', () => undefined);
        }
        client.pipe(upstream).pipe(client);
      });
      s.once('error', reject);
      s.listen(port, '127.0.0.1', () => {
        port = (s.address() as net.AddressInfo).port;
        server = s;
        resolve();
      });
    });
  await listen();
  return {
    get port() {
      return port;
    },
    close: () =>
      new Promise<void>((resolve) => {
        for (const s of sockets) s.destroy();
        if (!server) return resolve();
        server.close(() => resolve());
        server = undefined;
      }),
    reopen: listen,
  };
}
