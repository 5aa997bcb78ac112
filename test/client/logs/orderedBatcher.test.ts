import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { OrderedBatcher } from '../../../client/src/logs/orderedBatcher';
import type { TailEvent } from '../../../client/src/logs/logEvent';

const event = (logGroupName: string, timestamp: number, message = `${logGroupName}@${timestamp}`): TailEvent => ({
  logGroupName,
  logStreamName: 's',
  timestamp,
  message,
});

describe('log lines of one poll, in time order', () => {
  test('events of several groups answered close together come out oldest first, once', async () => {
    const flushed: TailEvent[][] = [];
    const batcher = new OrderedBatcher((events) => flushed.push(events), 20);
    batcher.add([event('access', 30), event('access', 40)]);
    batcher.add([event('execution', 10), event('execution', 35)]);
    batcher.add([event('lambda', 20)]);
    await new Promise((r) => setTimeout(r, 60));
    assert.deepEqual(
      flushed.map((batch) => batch.map((e) => e.message)),
      [['execution@10', 'lambda@20', 'access@30', 'execution@35', 'access@40']],
    );
    batcher.dispose();
  });

  test('equal times keep their arrival order (a stream reads in its own order); flush hands on what is pending at once', () => {
    const flushed: TailEvent[][] = [];
    const batcher = new OrderedBatcher((events) => flushed.push(events), 10_000);
    batcher.add([event('a', 5, 'first'), event('a', 5, 'second')]);
    batcher.add([event('b', 5, 'third')]);
    batcher.flush();
    batcher.flush();
    assert.deepEqual(
      flushed.map((batch) => batch.map((e) => e.message)),
      [['first', 'second', 'third']],
    );
    batcher.dispose();
  });

  test('after dispose nothing pending is handed on, and a batcher used again starts empty', async () => {
    const flushed: TailEvent[][] = [];
    const batcher = new OrderedBatcher((events) => flushed.push(events), 10);
    batcher.add([event('a', 1, 'dropped')]);
    batcher.dispose();
    await new Promise((r) => setTimeout(r, 40));
    assert.equal(flushed.length, 0);
    batcher.add([event('a', 2, 'kept')]);
    batcher.flush();
    assert.deepEqual(
      flushed.map((b) => b.map((e) => e.message)),
      [['kept']],
    );
    batcher.dispose();
  });
});
