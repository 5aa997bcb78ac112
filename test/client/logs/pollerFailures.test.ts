// What a FilterLogEvents follower does when reading fails: permissions and bad filters end it with a message;
// an unreachable endpoint and throttling are reported and retried with a growing delay, up to the longest. The
// endpoint is a closed port on 127.0.0.1 (a real refused connection); denials, rejected filters and throttling are
// SDK stubs, because moto neither enforces IAM, nor checks filter patterns, nor throttles. Reading events is tested
// against moto (poller.moto.test.ts).
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { followLogGroup, TailError, type PollProblem } from '../../../client/src/logs/poller';
import { closedPortLogsClient } from './liveStreamStub';

const timing = { minIntervalMs: 5, maxIdleIntervalMs: 20, maxRetryIntervalMs: 20, lookbackMs: 0 };

/** A client on a closed port whose first answers are the `stubbed` errors; later calls really go to the port. */
function failingClient(stubbed: Error[]) {
  const logs = closedPortLogsClient();
  logs.middlewareStack.add(
    (next) => async (args) => {
      const err = stubbed.shift();
      if (err) throw err;
      return next(args);
    },
    { step: 'initialize' },
  );
  return logs;
}

const awsError = (name: string, message: string, httpStatusCode = 400) =>
  Object.assign(new Error(message), { name, $metadata: { httpStatusCode } });

/** Follows until `count` problems were reported, then stops. */
async function problemsUntil(logs: ReturnType<typeof closedPortLogsClient>, count: number) {
  const problems: PollProblem[] = [];
  const controller = new AbortController();
  let recovered = 0;
  await followLogGroup({
    logs,
    logGroupName: '/g',
    startTime: 0,
    signal: controller.signal,
    onEvents: () => assert.fail('no events can arrive'),
    onProblem: (p) => {
      problems.push(p);
      if (problems.length === count) controller.abort();
    },
    onRecovered: () => recovered++,
    ...timing,
  });
  logs.destroy();
  assert.equal(recovered, 0);
  return problems;
}

describe('a follower whose reads fail', () => {
  test('a missing permission ends it, naming the action and the group (SDK stub: moto does not enforce IAM)', async () => {
    const logs = failingClient([awsError('AccessDeniedException', 'not authorized')]);
    const problems: PollProblem[] = [];
    await assert.rejects(
      followLogGroup({
        logs,
        logGroupName: '/g',
        startTime: 0,
        signal: new AbortController().signal,
        onEvents: () => undefined,
        onProblem: (p) => problems.push(p),
        ...timing,
      }),
      (err: unknown) =>
        err instanceof TailError &&
        err.name === 'TailError' &&
        err.kind === 'denied' &&
        err.message === 'Permission logs:FilterLogEvents is missing on /g (not authorized).',
    );
    assert.deepEqual(problems, []);
    logs.destroy();
  });

  test('a rejected filter pattern ends it with the service’s reason (SDK stub: moto accepts any pattern)', async () => {
    const logs = failingClient([awsError('InvalidParameterException', 'Invalid filter pattern')]);
    await assert.rejects(
      followLogGroup({
        logs,
        logGroupName: '/g',
        startTime: 0,
        signal: new AbortController().signal,
        onEvents: () => undefined,
        ...timing,
      }),
      (err: unknown) =>
        err instanceof TailError &&
        err.kind === 'invalid' &&
        err.message === 'logs:FilterLogEvents was rejected on /g: Invalid filter pattern',
    );
    logs.destroy();
  });

  test('an unreachable endpoint is reported and retried, the delay doubling up to the longest', async () => {
    const problems = await problemsUntil(failingClient([]), 4);
    assert.deepEqual(
      problems.map((p) => [p.kind, p.message, p.retryInMs]),
      [
        ['connection', 'Cannot reach CloudWatch Logs (ECONNREFUSED).', 5],
        ['connection', 'Cannot reach CloudWatch Logs (ECONNREFUSED).', 10],
        ['connection', 'Cannot reach CloudWatch Logs (ECONNREFUSED).', 20],
        ['connection', 'Cannot reach CloudWatch Logs (ECONNREFUSED).', 20],
      ],
    );
  });

  test('throttling is retried with the same backoff (SDK stub: moto never throttles)', async () => {
    const throttled = () => awsError('ThrottlingException', 'Rate exceeded');
    const problems = await problemsUntil(failingClient([throttled(), throttled()]), 3);
    assert.deepEqual(
      problems.map((p) => [p.kind, p.retryInMs]),
      [
        ['throttled', 5],
        ['throttled', 10],
        ['connection', 20],
      ],
    );
    assert.equal(problems[0].message, 'AWS is throttling logs:FilterLogEvents on /g; slowing down.');
  });

  test('stopped before it starts, it sends nothing and ends', async () => {
    const logs = failingClient([awsError('AccessDeniedException', 'would reject if sent')]);
    await followLogGroup({
      logs,
      logGroupName: '/g',
      startTime: 0,
      signal: AbortSignal.abort(),
      onEvents: () => undefined,
    });
    logs.destroy();
  });
});
