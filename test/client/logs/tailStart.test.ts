// What a tail decides before it reads anything: no group is an error; Live Tail is skipped, with the reason told,
// when it is switched off, when there are more groups than a session takes, or when a group has no ARN (it does not
// exist yet). The tails here are stopped before they start, so nothing is sent: the client points at a closed port.
// Reading events is tested against moto (tailSession.moto.test.ts).
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { CloudWatchLogsClient } from '@aws-sdk/client-cloudwatch-logs';
import { TailError } from '../../../client/src/logs/poller';
import { runTail, type TailGroup, type TailStatus } from '../../../client/src/logs/tailSession';

const logs = new CloudWatchLogsClient({
  endpoint: 'http://127.0.0.1:9',
  region: 'us-east-1',
  credentials: { accessKeyId: 'test', secretAccessKey: 'test' },
  maxAttempts: 1,
});
const group = (i: number, arn = true): TailGroup => ({
  name: `/g/${i}`,
  ...(arn ? { arn: `arn:aws:logs:us-east-1:123456789012:log-group:/g/${i}` } : {}),
});

/** A tail whose signal has already fired: it decides how it would tail, says so, and returns. */
async function stoppedTail(groups: TailGroup[], liveTail: boolean) {
  const notices: string[] = [];
  const statuses: TailStatus[] = [];
  const events: unknown[] = [];
  await runTail({
    logs,
    groups,
    startTime: 0,
    signal: AbortSignal.abort(),
    liveTail,
    onEvents: (e) => events.push(...e),
    onNotice: (t) => notices.push(t),
    onStatus: (s) => statuses.push(s),
  });
  return { notices, statuses, events };
}

describe('how a tail starts', () => {
  test('no log group is refused as invalid', async () => {
    await assert.rejects(
      runTail({
        logs,
        groups: [],
        startTime: 0,
        signal: new AbortController().signal,
        liveTail: true,
        onEvents: () => undefined,
        onNotice: () => undefined,
      }),
      (err: unknown) => err instanceof TailError && err.kind === 'invalid' && err.message === 'No log group to tail.',
    );
  });

  test('more than 10 groups: Live Tail is skipped, and the user is told why', async () => {
    const many = Array.from({ length: 11 }, (_, i) => group(i));
    assert.deepEqual((await stoppedTail(many, true)).notices, [
      'Live Tail takes at most 10 log groups; polling instead',
    ]);
  });

  test('exactly 10 groups with ARNs: Live Tail is tried, with no notice', async () => {
    const ten = Array.from({ length: 10 }, (_, i) => group(i));
    const t = await stoppedTail(ten, true);
    assert.deepEqual(t.notices, []);
    assert.deepEqual(t.statuses, []);
  });

  test('a group without an ARN (not created yet) is named as the reason to poll', async () => {
    const t = await stoppedTail([group(1), group(2, false), group(3, false)], true);
    assert.deepEqual(t.notices, ['log group /g/2 was not found, so Live Tail cannot include it; polling instead']);
  });

  test('Live Tail switched off: polling without a notice', async () => {
    const t = await stoppedTail([group(1)], false);
    assert.deepEqual(t.notices, []);
    assert.deepEqual(t.events, []);
  });
});
