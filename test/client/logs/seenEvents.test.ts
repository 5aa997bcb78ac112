// The memory of event ids a FilterLogEvents follower has shown: each id passes once, ids older than the next query
// window are forgotten, and a burst within one window is capped by dropping the ids seen first. In-process: the
// follower itself is tested against moto (poller.moto.test.ts).
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { SeenEvents } from '../../../client/src/logs/poller';

describe('SeenEvents', () => {
  test('an id passes the first time only', () => {
    const seen = new SeenEvents(10);
    assert.equal(seen.add('a', 100), true);
    assert.equal(seen.add('a', 100), false);
    assert.equal(seen.add('a', 200), false, 'the same id at another time is still a repeat');
    assert.equal(seen.add('b', 100), true);
    assert.equal(seen.size, 2);
  });

  test('forgetting keeps ids at the window start and after it, drops those before', () => {
    const seen = new SeenEvents(10);
    seen.add('early', 99);
    seen.add('edge', 100);
    seen.add('late', 101);
    seen.forgetBefore(100);
    assert.equal(seen.size, 2);
    assert.equal(seen.add('early', 99), true, 'forgotten');
    assert.equal(seen.add('edge', 100), false, 'kept: the next query starts at 100 inclusive');
    assert.equal(seen.add('late', 101), false);
  });

  test('at the cap, the ids seen first make room, one for one', () => {
    const seen = new SeenEvents(2);
    seen.add('a', 1);
    seen.add('b', 1);
    assert.equal(seen.size, 2);
    seen.add('c', 1);
    assert.equal(seen.size, 2);
    assert.equal(seen.add('c', 1), false);
    assert.equal(seen.add('b', 1), false, 'b was kept');
    assert.equal(seen.add('a', 1), true, 'a was dropped');
  });
});
