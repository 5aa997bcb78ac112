// The events-per-second figure in the log tail's status bar: an average over the last full seconds of a sliding
// window (the current, partial second is left out so the figure does not dip at each second's start).
import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import { formatRate, RateMeter } from '../../../client/src/logs/rateMeter';

const t0 = 1_700_000_000_000; // a whole second

describe('RateMeter', () => {
  test('averages the full seconds of the window, not the current one', () => {
    const meter = new RateMeter(5);
    meter.add(10, t0);
    meter.add(10, t0 + 999);
    meter.add(20, t0 + 1000);
    meter.add(8, t0 + 2500);
    // At t0+3s the full seconds in the window are t0, t0+1 and t0+2: (20 + 20 + 8) over the 4 full seconds of a 5 s window.
    assert.equal(meter.perSecond(t0 + 3000), 48 / 4);
    // Events of the current second are not counted yet.
    meter.add(100, t0 + 3100);
    assert.equal(meter.perSecond(t0 + 3200), 48 / 4);
    assert.equal(meter.perSecond(t0 + 4000), 148 / 4);
  });

  test('seconds that leave the window stop counting', () => {
    const meter = new RateMeter(3);
    meter.add(6, t0);
    assert.equal(meter.perSecond(t0 + 1000), 3);
    assert.equal(meter.perSecond(t0 + 2000), 3);
    assert.equal(meter.perSecond(t0 + 3000), 0);
    meter.add(4, t0 + 3000);
    meter.add(2, t0 + 4000);
    assert.equal(meter.perSecond(t0 + 5000), 3);
  });

  test('old buckets are dropped when events are added, so a long tail does not grow the meter', () => {
    const meter = new RateMeter(2);
    meter.add(1, t0);
    meter.add(1, t0 + 1000);
    meter.add(1, t0 + 2000);
    assert.equal((meter as unknown as { buckets: Map<number, number> }).buckets.size, 2);
    assert.equal(meter.perSecond(t0 + 2000), 1);
  });

  test('the default window is five seconds', () => {
    const meter = new RateMeter();
    meter.add(8, t0);
    assert.equal(meter.perSecond(t0 + 4000), 2);
    assert.equal(meter.perSecond(t0 + 5000), 0);
  });
});

describe('formatRate', () => {
  test('one decimal below 10 per second, whole numbers from 10 up', () => {
    assert.equal(formatRate(0), '0.0/s');
    assert.equal(formatRate(2.34), '2.3/s');
    assert.equal(formatRate(2.35), '2.4/s');
    assert.equal(formatRate(9.94), '9.9/s');
    assert.equal(formatRate(10), '10/s');
    assert.equal(formatRate(12.5), '13/s');
    assert.equal(formatRate(1234.4), '1234/s');
  });
});
