import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { DescribeLogGroupsCommand, type CloudWatchLogsClient } from '@aws-sdk/client-cloudwatch-logs';
import type { TailEvent } from '../../../client/src/logs/logEvent';
import { runTail, type TailGroup, type TailOptions, type TailStatus } from '../../../client/src/logs/tailSession';
import { startMoto, type MotoServer } from '../../support/moto';
import {
  countCalls,
  createGroup,
  liveEvent,
  logsClient,
  putEvents,
  StubLiveStream,
  stubStartLiveTail,
  waitFor,
} from './logFixtures';

const polling = { minIntervalMs: 30, maxIdleIntervalMs: 120, maxRetryIntervalMs: 200, lookbackMs: 0 };
const start = { sessionStart: { sessionId: 's', requestId: 'r', logGroupIdentifiers: [] } };

describe('tail session', () => {
  let moto: MotoServer;
  let n = 0;
  const clients: CloudWatchLogsClient[] = [];

  before(async () => {
    moto = await startMoto();
  });
  after(async () => {
    for (const c of clients) c.destroy();
    await moto?.stop();
  });

  /** A fresh client (stubs are per client) and a fresh group holding one older event. */
  async function setup(): Promise<{ logs: CloudWatchLogsClient; group: TailGroup; t0: number }> {
    const logs = logsClient(moto.endpoint, 1);
    clients.push(logs);
    const name = `/test/session-${++n}`;
    await createGroup(logs, name);
    const t0 = Date.now() - 30_000;
    await putEvents(logs, name, 's1', [{ timestamp: t0, message: 'older event' }]);
    const described = await logs.send(new DescribeLogGroupsCommand({ logGroupNamePrefix: name }));
    return { logs, group: { name, arn: described.logGroups?.[0]?.logGroupArn }, t0 };
  }

  function tail(options: Pick<TailOptions, 'logs' | 'groups'> & Partial<TailOptions>) {
    const events: TailEvent[] = [];
    const notices: string[] = [];
    const statuses: TailStatus[] = [];
    const controller = new AbortController();
    const done = runTail({
      startTime: Date.now() - 60_000,
      signal: controller.signal,
      liveTail: true,
      onEvents: (e) => events.push(...e),
      onNotice: (t) => notices.push(t),
      onStatus: (s) => statuses.push(s),
      polling,
      reconnectBaseMs: 50,
      reconnectMaxMs: 200,
      ...options,
    });
    const messages = () => events.map((e) => e.message);
    return { events, notices, statuses, messages, done, stop: () => (controller.abort(), done) };
  }

  test("Live Tail: backfills from the start time, then shows live events and the sampling flag (SDK stub: moto's StartLiveTail is a one-shot snapshot)", async () => {
    const { logs, group } = await setup();
    const stream = new StubLiveStream();
    const stub = stubStartLiveTail(logs, [stream]);
    const t = tail({ logs, groups: [group], filterPattern: 'event' });
    await waitFor(() => stub.calls.length === 1, 'StartLiveTail');
    assert.deepEqual(stub.calls[0].logGroupIdentifiers, [group.arn]);
    assert.equal(stub.calls[0].logEventFilterPattern, 'event');
    stream.push(start);
    await waitFor(() => t.messages().includes('older event'), 'the backfilled event');
    const now = Date.now();
    stream.push({
      sessionUpdate: {
        sessionMetadata: { sampled: false },
        sessionResults: [liveEvent(group.name, 's1', now, 'live event 1')],
      },
    });
    await waitFor(() => t.events.length === 2, 'the first live event');
    assert.equal(t.events[1].logGroupName, group.name, 'the group name is taken from the ARN');
    stream.push({
      sessionUpdate: {
        sessionMetadata: { sampled: true },
        sessionResults: [liveEvent(group.name, 's1', now + 1, 'live event 2')],
      },
    });
    await waitFor(() => t.statuses.at(-1)?.sampled === true, 'the sampling flag');
    assert.equal(t.statuses.at(-1)?.mode, 'live');
    await waitFor(() => t.events.length === 3, 'the second live event');
    await t.stop();
    assert.ok(stream.returned, 'the stream is closed on stop');
    assert.deepEqual(t.messages(), ['older event', 'live event 1', 'live event 2']);
  });

  test('Live Tail: a stream that ends by itself means "not live": falls back to polling, nothing shown twice (SDK stub: moto\'s StartLiveTail is a one-shot snapshot)', async () => {
    const { logs, group, t0 } = await setup();
    const stream = new StubLiveStream();
    stubStartLiveTail(logs, [stream]);
    const polls = countCalls(logs, 'FilterLogEventsCommand');
    const t = tail({ logs, groups: [group] });
    // Like moto: a snapshot of existing events, then the end of the stream.
    stream
      .push(start)
      .push({ sessionUpdate: { sessionResults: [liveEvent(group.name, 's1', t0, 'older event')] } })
      .push('end');
    await waitFor(() => t.statuses.some((s) => s.mode === 'polling'), 'the switch to polling');
    assert.ok(
      t.notices.some((x) => /ended by itself.*polling/.test(x)),
      t.notices.join('\n'),
    );
    await putEvents(logs, group.name, 's1', [{ timestamp: Date.now(), message: 'after the switch' }]);
    await waitFor(() => t.messages().includes('after the switch'), 'an event found by polling');
    const seen = polls.count;
    await waitFor(() => polls.count >= seen + 3, 'three more polls');
    await t.stop();
    assert.deepEqual(t.messages(), ['older event', 'after the switch']);
  });

  test("Live Tail: a SessionStreamingException reconnects with backoff and catches up on the gap (SDK stub: moto's StartLiveTail is a one-shot snapshot)", async () => {
    const { logs, group } = await setup();
    const first = new StubLiveStream();
    const second = new StubLiveStream();
    const stub = stubStartLiveTail(logs, [first, second]);
    const t = tail({ logs, groups: [group] });
    first.push(start);
    await waitFor(() => t.messages().includes('older event'), 'the backfill');
    first.push({
      SessionStreamingException: { name: 'SessionStreamingException', message: 'internal error' } as never,
    });
    await waitFor(() => t.notices.some((x) => /connection lost, retrying in 0\.05 s/.test(x)), 'the reconnect notice');
    assert.ok(t.statuses.some((s) => s.mode === 'reconnecting'));
    // Written while disconnected: the new session's backfill must find it.
    await putEvents(logs, group.name, 's1', [{ timestamp: Date.now(), message: 'during the gap' }]);
    await waitFor(() => stub.calls.length === 2, 'the second StartLiveTail');
    second.push(start);
    await waitFor(() => t.messages().includes('during the gap'), 'the gap backfilled');
    second.push({ sessionUpdate: { sessionResults: [liveEvent(group.name, 's1', Date.now(), 'after reconnect')] } });
    await waitFor(() => t.messages().includes('after reconnect'), 'live events after reconnecting');
    assert.equal(t.statuses.at(-1)?.mode, 'live');
    await t.stop();
    assert.deepEqual(t.messages(), ['older event', 'during the gap', 'after reconnect']);
  });

  test("Live Tail: an error thrown by the stream (dropped connection) also reconnects (SDK stub: moto's StartLiveTail is a one-shot snapshot)", async () => {
    const { logs, group } = await setup();
    const first = new StubLiveStream();
    const second = new StubLiveStream();
    const stub = stubStartLiveTail(logs, [first, second]);
    const t = tail({ logs, groups: [group] });
    first.push(start).push(Object.assign(new Error('socket hang up'), { code: 'ECONNRESET' }));
    await waitFor(() => stub.calls.length === 2, 'the reconnect');
    second.push(start).push({ sessionUpdate: { sessionResults: [liveEvent(group.name, 's1', Date.now(), 'back')] } });
    await waitFor(() => t.messages().includes('back'), 'events after reconnecting');
    await t.stop();
    assert.ok(t.notices.some((x) => x.startsWith('connection lost, retrying in')));
    assert.equal(
      t.messages().filter((m) => m === 'older event').length,
      1,
      'the backfill after reconnecting does not repeat events',
    );
  });

  test("Live Tail: AccessDenied on start falls back to polling with a clear notice (SDK stub: moto's StartLiveTail is a one-shot snapshot)", async () => {
    const { logs, group } = await setup();
    const denied = Object.assign(new Error('not authorized to perform: logs:StartLiveTail'), {
      name: 'AccessDeniedException',
      $metadata: { httpStatusCode: 400 },
    });
    stubStartLiveTail(logs, [denied]);
    const t = tail({ logs, groups: [group] });
    await waitFor(() => t.messages().includes('older event'), 'events by polling');
    await t.stop();
    assert.ok(
      t.notices.some((x) => /Live Tail is not available here \(Permission logs:StartLiveTail is missing/.test(x)),
      t.notices.join('\n'),
    );
    assert.equal(t.statuses.at(-1)?.mode, 'polling');
  });

  test("against moto's real StartLiveTail (snapshot, then the stream closes): falls back to polling and shows each event once", async () => {
    const { logs, group } = await setup();
    const t = tail({ logs, groups: [group] });
    await waitFor(() => t.statuses.some((s) => s.mode === 'polling'), 'the fallback to polling');
    await putEvents(logs, group.name, 's1', [{ timestamp: Date.now(), message: 'new one' }]);
    await waitFor(() => t.messages().includes('new one'), 'the new event');
    await t.stop();
    assert.deepEqual(t.messages(), ['older event', 'new one']);
  });

  test('more than 10 log groups: polls without trying Live Tail', async () => {
    const { logs, group } = await setup();
    const stub = stubStartLiveTail(logs, []);
    const others = Array.from({ length: 10 }, (_, i) => ({
      name: `/test/other-${i}`,
      arn: `arn:aws:logs:us-east-1:123456789012:log-group:/test/other-${i}`,
    }));
    const t = tail({ logs, groups: [group, ...others] });
    await waitFor(() => t.messages().includes('older event'), 'events by polling');
    await t.stop();
    assert.equal(stub.calls.length, 0);
    assert.equal(t.notices[0], 'Live Tail takes at most 10 log groups; polling instead');
  });

  test('a group that does not exist: polls without trying Live Tail', async () => {
    const { logs, group } = await setup();
    const stub = stubStartLiveTail(logs, []);
    const t = tail({ logs, groups: [group, { name: '/test/not-there' }] });
    await waitFor(() => t.messages().includes('older event'), 'events by polling');
    await waitFor(() => t.notices.some((x) => /\/test\/not-there does not exist/.test(x)), 'the missing group notice');
    await t.stop();
    assert.equal(stub.calls.length, 0);
    assert.ok(t.notices[0].includes('/test/not-there was not found'), t.notices[0]);
  });

  test("a bad filter pattern in every group ends the tail with the service's message (SDK stub: moto accepts any pattern)", async () => {
    const { logs, group } = await setup();
    logs.middlewareStack.add(
      (next, context) => async (args) => {
        if (context.commandName !== 'FilterLogEventsCommand') return next(args);
        throw Object.assign(new Error('Invalid filter pattern'), {
          name: 'InvalidParameterException',
          $metadata: { httpStatusCode: 400 },
        });
      },
      { step: 'initialize' },
    );
    const t = tail({ logs, groups: [group], liveTail: false, filterPattern: '{ $.x = ' });
    await assert.rejects(t.done, /rejected on \/test\/session-\d+: Invalid filter pattern/);
  });
});
