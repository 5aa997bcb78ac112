// What `apigw.tailLogs` does with what a caller passes: log groups start a tail with no question, a stage from the
// explorer picks its groups, anything else asks; malformed log groups are refused with a message the caller can act
// on, never passed to CloudWatch.
import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import { liveTailLikelyAvailable, parseTailArgs } from '../../../client/src/logs/tailArgs';

describe('parseTailArgs', () => {
  test('log groups are tailed directly, each once, with the filter and start time passed on', () => {
    assert.deepEqual(
      parseTailArgs({
        logGroups: ['API-Gateway-Execution-Logs_abc/prod', '/aws/lambda/fn', '/aws/lambda/fn'],
        filterPattern: 'ERROR',
        startTime: '5m',
      }),
      {
        kind: 'direct',
        args: {
          logGroups: ['API-Gateway-Execution-Logs_abc/prod', '/aws/lambda/fn'],
          filterPattern: 'ERROR',
          startTime: '5m',
        },
      },
    );
    assert.deepEqual(parseTailArgs({ logGroups: ['g'], startTime: 1700000000000 }), {
      kind: 'direct',
      args: { logGroups: ['g'], filterPattern: undefined, startTime: 1700000000000 },
    });
    // Every character CloudWatch allows in a group name, and its longest name.
    assert.equal(parseTailArgs({ logGroups: ['a.b-c_d/e#F9'] }).kind, 'direct');
    assert.equal(parseTailArgs({ logGroups: ['x'.repeat(512)] }).kind, 'direct');
  });

  test('malformed log groups are refused with one message', () => {
    const message = 'logGroups must be a non-empty list of log group names.';
    for (const logGroups of [
      [],
      'g',
      ['ok', 3],
      ['has space'],
      [''],
      ['x'.repeat(513)],
      ['ok', 'semi;colon'],
      undefined,
    ])
      assert.throws(() => parseTailArgs({ logGroups }), { message }, JSON.stringify(logGroups));
  });

  test('a filter pattern must be a string of at most 1024 characters', () => {
    const message = 'filterPattern must be a string of at most 1024 characters.';
    assert.equal(parseTailArgs({ logGroups: ['g'], filterPattern: 'x'.repeat(1024) }).kind, 'direct');
    assert.equal(parseTailArgs({ logGroups: ['g'], filterPattern: '' }).kind, 'direct');
    assert.throws(() => parseTailArgs({ logGroups: ['g'], filterPattern: 'x'.repeat(1025) }), { message });
    assert.throws(() => parseTailArgs({ logGroups: ['g'], filterPattern: 42 }), { message });
    assert.throws(() => parseTailArgs({ logGroups: ['g'], filterPattern: null }), { message });
  });

  test('a start time must be a duration text or epoch milliseconds', () => {
    const message = 'startTime must be a duration such as "5m" or epoch milliseconds.';
    assert.throws(() => parseTailArgs({ logGroups: ['g'], startTime: true }), { message });
    assert.throws(() => parseTailArgs({ logGroups: ['g'], startTime: null }), { message });
    assert.throws(() => parseTailArgs({ logGroups: ['g'], startTime: { minutes: 5 } }), { message });
  });

  test('a stage of a known API type is tailed through its log groups', () => {
    for (const apiType of ['REST', 'HTTP', 'WEBSOCKET'])
      assert.deepEqual(parseTailArgs({ apiId: 'a1', apiType, stage: 'prod', extra: 1 }), {
        kind: 'stage',
        stage: { apiId: 'a1', apiType, stage: 'prod' },
      });
  });

  test('anything else asks the user', () => {
    for (const value of [
      undefined,
      null,
      'logGroups',
      0,
      {},
      { apiId: 'a1', apiType: 'GRAPHQL', stage: 'prod' },
      { apiId: 'a1', apiType: 'rest', stage: 'prod' },
      { apiId: 1, apiType: 'REST', stage: 'prod' },
      { apiId: 'a1', apiType: 'REST', stage: 2 },
      { apiId: 'a1', apiType: 'REST' },
    ])
      assert.deepEqual(parseTailArgs(value), { kind: 'ask' }, JSON.stringify(value));
  });
});

describe('liveTailLikelyAvailable', () => {
  test('Live Tail is not tried in the China and isolated partitions', () => {
    for (const region of ['us-east-1', 'eu-west-1', 'ap-southeast-2', 'us-gov-west-1', 'xcn-1'])
      assert.equal(liveTailLikelyAvailable(region), true, region);
    for (const region of ['cn-north-1', 'cn-northwest-1', 'us-iso-east-1', 'us-isob-east-1', 'eu-isoe-west-1'])
      assert.equal(liveTailLikelyAvailable(region), false, region);
  });
});
