// Where a log tail starts: "how far back" as typed in the setting or passed by a caller, or an epoch time; anything
// unusable falls back to the setting's value and then to five minutes, never to a time in the future.
import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import { parseDuration, resolveStartTime } from '../../../client/src/logs/startTime';

const now = 1_700_000_000_000;

describe('parseDuration', () => {
  test('seconds, minutes, hours and days, in either case; a bare number is minutes', () => {
    assert.equal(parseDuration('90s'), 90_000);
    assert.equal(parseDuration('5m'), 300_000);
    assert.equal(parseDuration('1h'), 3_600_000);
    assert.equal(parseDuration('2d'), 172_800_000);
    assert.equal(parseDuration('2D'), 172_800_000);
    assert.equal(parseDuration('15'), 900_000);
    assert.equal(parseDuration('1.5h'), 5_400_000);
    assert.equal(parseDuration(' 10 m '), 600_000);
  });

  test('anything else is not a duration', () => {
    for (const text of ['', 'm', '5 minutes', '5mm', 'x5m', '5m ago', '-5m', '0m', '0', '1.m', '.5m', '5w', '1e3m'])
      assert.equal(parseDuration(text), undefined, JSON.stringify(text));
    assert.equal(parseDuration(`${'9'.repeat(400)}d`), undefined, 'an endless duration');
  });
});

describe('resolveStartTime', () => {
  test('a duration goes back from now; an epoch time is used as it is, but never after now', () => {
    assert.equal(resolveStartTime('10m', '5m', now), now - 600_000);
    assert.equal(resolveStartTime(now - 1234, '5m', now), now - 1234);
    assert.equal(resolveStartTime(now + 60_000, '5m', now), now);
    assert.equal(resolveStartTime(1, '5m', now), 1);
  });

  test('an unusable value falls back to the setting, then to five minutes', () => {
    for (const value of [undefined, 'soon', 0, -5, Number.NaN, Number.POSITIVE_INFINITY])
      assert.equal(resolveStartTime(value, '1h', now), now - 3_600_000, String(value));
    assert.equal(resolveStartTime('soon', 'later', now), now - 300_000);
    assert.equal(resolveStartTime(undefined, '', now), now - 300_000);
  });
});
