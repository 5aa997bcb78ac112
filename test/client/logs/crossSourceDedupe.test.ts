import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { CrossSourceDedupe } from '../../../client/src/logs/crossSourceDedupe';
import type { TailEvent } from '../../../client/src/logs/logEvent';

const e = (message: string, timestamp = 1000, logStreamName = 's1'): TailEvent => ({
  logGroupName: '/g',
  logStreamName,
  timestamp,
  message,
});
const LIVE = 1;
const BACKFILL = 2;

describe('one event through two sources is shown once; genuine repeats are all shown', () => {
  test('the same event from the backfill and from Live Tail is shown once', () => {
    const d = new CrossSourceDedupe();
    assert.equal(d.accept(e('GET /pets 200'), BACKFILL), true);
    assert.equal(d.accept(e('GET /pets 200'), LIVE), false);
  });

  test('two identical lines in one millisecond from one source are two events, and both show', () => {
    const d = new CrossSourceDedupe();
    assert.equal(d.accept(e('retrying'), LIVE), true);
    assert.equal(d.accept(e('retrying'), LIVE), true);
    assert.equal(d.accept(e('retrying'), LIVE), true);
    // The backfill then reads the same three: none is shown again; a fourth from it is new.
    assert.deepEqual(
      [1, 2, 3, 4].map(() => d.accept(e('retrying'), BACKFILL)),
      [false, false, false, true],
    );
  });

  test('events that differ in stream, time or text are never taken for each other', () => {
    const d = new CrossSourceDedupe();
    assert.equal(d.accept(e('x', 1000, 'a'), LIVE), true);
    assert.equal(d.accept(e('x', 1000, 'b'), BACKFILL), true);
    assert.equal(d.accept(e('x', 1001, 'a'), BACKFILL), true);
    assert.equal(d.accept(e('y', 1000, 'a'), BACKFILL), true);
  });

  test('group, stream and text are kept apart in the key: "a"+"bc" is not "ab"+"c"', () => {
    const d = new CrossSourceDedupe();
    assert.equal(d.accept({ logGroupName: '/a', logStreamName: 'bc', timestamp: 1, message: 'm' }, LIVE), true);
    assert.equal(d.accept({ logGroupName: '/ab', logStreamName: 'c', timestamp: 1, message: 'm' }, BACKFILL), true);
    assert.equal(d.accept({ logGroupName: '/g', logStreamName: 's1', timestamp: 2, message: 'n' }, LIVE), true);
    assert.equal(d.accept({ logGroupName: '/g', logStreamName: 's', timestamp: 12, message: 'n' }, BACKFILL), true);
    assert.equal(d.accept({ logGroupName: '/g', logStreamName: 's', timestamp: 12, message: '3x' }, LIVE), true);
    assert.equal(d.accept({ logGroupName: '/g', logStreamName: 's', timestamp: 1, message: '23x' }, BACKFILL), true);
  });

  test('memory stays bounded: the oldest keys go first', () => {
    const d = new CrossSourceDedupe(100);
    for (let i = 0; i < 1000; i++) d.accept(e(`line ${i}`), LIVE);
    assert.equal(d.size, 100);
    // An evicted event is no longer recognised (shown again); a recent one still is.
    assert.equal(d.accept(e('line 0'), BACKFILL), true);
    assert.equal(d.accept(e('line 999'), BACKFILL), false);
  });
});
