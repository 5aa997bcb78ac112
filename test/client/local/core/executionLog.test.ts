// The local gateways' execution log in the client: per-request lines for test invoke, and log groups that the
// log-tail view reads through a CloudWatch-Logs-shaped client.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import {
  DescribeLogGroupsCommand,
  FilterLogEventsCommand,
  type CloudWatchLogsClient,
} from '@aws-sdk/client-cloudwatch-logs';
import {
  ExecutionLogStore,
  formatRequestLog,
  isLocalGroup,
  localExecutionLogGroup,
  testInvokeTime,
} from '../../../../client/src/local/core/executionLog';
import { withLocalLogGroups } from '../../../../client/src/local/core/localLogsClient';
import { listLogGroups, resolveLogGroups } from '../../../../client/src/logs/logGroups';
import { readPages } from '../../../../client/src/logs/poller';

const t0 = Date.UTC(2024, 5, 11, 3, 30, 6);
const group = localExecutionLogGroup('PetsApi', 'dev');

describe('execution log store', () => {
  test("group names follow API Gateway's execution log groups, marked local", () => {
    assert.equal(group, 'API-Gateway-Execution-Logs_local-PetsApi/dev');
    assert.equal(isLocalGroup('/aws/lambda/local-pets'), true);
    assert.equal(isLocalGroup('API-Gateway-Execution-Logs_abc123/dev'), false);
  });
  test('TestInvokeMethod time format and request log', () => {
    assert.equal(testInvokeTime(t0), 'Tue Jun 11 03:30:06 UTC 2024');
    assert.equal(
      formatRequestLog('r1', [{ requestId: 'r1', time: t0, message: 'Starting execution for request: r1' }]),
      'Execution log for request r1\nTue Jun 11 03:30:06 UTC 2024 : Starting execution for request: r1',
    );
  });
  test('waits for the completion line of a request that arrives after the response', async () => {
    const store = new ExecutionLogStore();
    store.add([{ requestId: 'r1', time: t0, message: 'Starting execution for request: r1' }]);
    const waiting = store.waitForRequest('r1', 5000);
    setTimeout(
      () =>
        store.add([
          { requestId: 'r2', time: t0, message: 'other' },
          { requestId: 'r1', time: t0 + 1, message: 'Method completed with status: 200' },
        ]),
      10,
    );
    assert.deepEqual(
      (await waiting).map((l) => l.message),
      ['Starting execution for request: r1', 'Method completed with status: 200'],
    );
  });
  test('keeps at most maxLines', () => {
    const store = new ExecutionLogStore(3);
    store.add([1, 2, 3, 4, 5].map((i) => ({ requestId: `r${i}`, time: i, message: 'm', group })));
    assert.deepEqual(
      store.ofGroup(group, 0).map((l) => l.requestId),
      ['r3', 'r4', 'r5'],
    );
  });
});

describe('local log groups through the log-tail code', () => {
  const store = new ExecutionLogStore();
  store.add([
    { requestId: 'a', time: t0, message: 'Starting execution for request: a', group },
    { requestId: 'a', time: t0 + 5, message: 'Method completed with status: 200', group },
    { requestId: 'b', time: t0 + 10, message: 'Method completed with status: 403', group },
  ]);
  // Named so: an SDK-level stub stands for the remote account, which these tests do not reach.
  const remoteStub = {
    send: async (command: unknown) => {
      if (command instanceof DescribeLogGroupsCommand)
        return {
          logGroups: [
            { logGroupName: '/aws/lambda/remote', arn: 'arn:aws:logs:us-east-1:1:log-group:/aws/lambda/remote:*' },
          ],
        };
      throw new Error('not reachable');
    },
  } as unknown as Pick<CloudWatchLogsClient, 'send'>;
  const client = withLocalLogGroups(remoteStub, store, () => [group]);

  test("listed first, beside the account's groups, without an ARN (so they are polled)", async () => {
    assert.deepEqual(await listLogGroups(client, ''), [
      { name: group, arn: undefined },
      { name: '/aws/lambda/remote', arn: 'arn:aws:logs:us-east-1:1:log-group:/aws/lambda/remote' },
    ]);
    assert.deepEqual(await resolveLogGroups(client, [group]), [{ name: group, arn: undefined }]);
  });
  test('listed even when the account cannot be reached', async () => {
    const offline = withLocalLogGroups(
      {
        send: async () => {
          throw new Error('no credentials');
        },
      },
      store,
      () => [group],
    );
    assert.deepEqual(await listLogGroups(offline, 'API-Gateway'), [{ name: group, arn: undefined }]);
  });
  test('events read by the poller, as CloudWatch execution-log events, with filter terms', async () => {
    const pages = [];
    for await (const page of readPages(
      { logs: client, logGroupName: group, signal: new AbortController().signal },
      t0,
      undefined,
    ))
      pages.push(...page);
    assert.deepEqual(
      pages.map((e) => e.message),
      [
        '(a) Starting execution for request: a',
        '(a) Method completed with status: 200',
        '(b) Method completed with status: 403',
      ],
    );
    const filtered = await client.send(
      new FilterLogEventsCommand({ logGroupName: group, startTime: t0, filterPattern: '"status: 403"' }),
    );
    assert.deepEqual(
      filtered.events?.map((e) => e.message),
      ['(b) Method completed with status: 403'],
    );
  });
});
