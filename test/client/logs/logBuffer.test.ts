import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { LogBuffer } from '../../../client/src/logs/logBuffer';

describe('bounded log buffer', () => {
  test('keeps at most maxLines, dropping the oldest whole entries', () => {
    const b = new LogBuffer(5);
    b.append({ lines: ['a1', 'a2'] });
    b.append({ lines: ['b1', 'b2'] });
    b.append({ lines: ['c1', 'c2'] });
    assert.equal(b.text(), 'b1\nb2\nc1\nc2');
    assert.equal(b.lineCount, 4);
    assert.equal(b.dropped, 2);
  });

  test('an entry longer than the cap keeps its last lines', () => {
    const b = new LogBuffer(2);
    b.append({ lines: ['1', '2', '3'] });
    assert.equal(b.text(), '2\n3');
  });

  // How fast appending is belongs in the bench; here, that it stays bounded.
  test('stays bounded over many appends; memory is compacted', () => {
    const b = new LogBuffer(1000);
    for (let i = 0; i < 200_000; i++) b.append({ lines: [`line ${i}`] });
    assert.equal(b.lineCount, 1000);
    assert.equal(b.text().split('\n')[0], 'line 199000');
    assert.ok((b as unknown as { entries: unknown[] }).entries.length < 3000, 'dropped entries do not pile up');
  });

  test('lowering the limit trims; lines of one request can be filtered', () => {
    const b = new LogBuffer(10);
    b.append({ lines: ['x1'], requestIds: ['r1'] });
    b.append({ lines: ['y1', 'y2'], requestIds: ['r2'] });
    b.append({ lines: ['x2'], requestIds: ['r1', 'r3'] });
    assert.equal(b.textFor('R1'), 'x1\nx2');
    b.setLimit(3);
    assert.equal(b.text(), 'y1\ny2\nx2');
    b.clear();
    assert.equal(b.text(), '');
    assert.throws(() => new LogBuffer(0));
  });
});

// The log view's buffer as the user sees it: the newest lines up to the cap, whole events dropped from the oldest
// end, what was dropped counted, the cap changeable while tailing, and the lines of one request on demand.
const event = (...lines: string[]) => ({ lines });

describe('log buffer edges', () => {
  test('a cap below one line is refused; one line is a valid cap', () => {
    for (const bad of [0, 0.5, -1, Number.NaN])
      assert.throws(() => new LogBuffer(bad), {
        name: 'RangeError',
        message: `maxLines must be at least 1, got ${bad}`,
      });
    const one = new LogBuffer(1);
    one.append(event('a', 'b'));
    assert.equal(one.text(), 'b');
    assert.equal(one.limit, 1);
  });

  test('at the cap nothing is dropped; one line over drops the oldest whole event', () => {
    const buffer = new LogBuffer(4);
    buffer.append(event('1a', '1b'));
    buffer.append(event('2a', '2b'));
    assert.equal(buffer.text(), '1a\n1b\n2a\n2b');
    assert.equal(buffer.dropped, 0);
    buffer.append(event('3'));
    assert.equal(buffer.text(), '2a\n2b\n3');
    assert.equal(buffer.lineCount, 3);
    assert.equal(buffer.dropped, 2);
  });

  test('an event longer than the cap keeps its last lines; an empty event adds nothing', () => {
    const buffer = new LogBuffer(3);
    buffer.append(event('old'));
    buffer.append(event('a', 'b', 'c', 'd', 'e'));
    assert.equal(buffer.text(), 'c\nd\ne');
    assert.equal(buffer.lineCount, 3);
    buffer.append(event());
    assert.equal(buffer.text(), 'c\nd\ne');
    // Exactly as long as the cap: kept whole.
    buffer.append({ lines: ['x', 'y', 'z'], requestIds: ['r1'] });
    assert.equal(buffer.text(), 'x\ny\nz');
    assert.equal(buffer.textFor('R1'), 'x\ny\nz');
  });

  test('lowering the cap while tailing trims at once; an invalid cap is ignored', () => {
    const buffer = new LogBuffer(10);
    for (let i = 0; i < 6; i++) buffer.append(event(`l${i}`));
    buffer.setLimit(3);
    assert.equal(buffer.text(), 'l3\nl4\nl5');
    assert.equal(buffer.limit, 3);
    buffer.setLimit(0);
    buffer.setLimit(Number.NaN);
    assert.equal(buffer.limit, 3);
    buffer.setLimit(1);
    assert.equal(buffer.text(), 'l5');
    buffer.setLimit(5);
    buffer.append(event('l6'));
    assert.equal(buffer.text(), 'l5\nl6');
  });

  test('clearing empties the view, and the buffer fills again afterwards', () => {
    const buffer = new LogBuffer(3);
    buffer.append(event('a', 'b', 'c'));
    buffer.append(event('d'));
    buffer.clear();
    assert.equal(buffer.text(), '');
    assert.equal(buffer.lineCount, 0);
    buffer.append(event('e'));
    buffer.append(event('f'));
    assert.equal(buffer.text(), 'e\nf');
    assert.equal(buffer.lineCount, 2);
  });

  test('the lines of one request, in any letter case; events without request ids are left out', () => {
    const buffer = new LogBuffer(100);
    buffer.append({ lines: ['start abc'], requestIds: ['abc'] });
    buffer.append(event('unrelated'));
    buffer.append({ lines: ['other'], requestIds: ['def'] });
    buffer.append({ lines: ['end abc', 'detail'], requestIds: ['def', 'abc'] });
    assert.equal(buffer.textFor('ABC'), 'start abc\nend abc\ndetail');
    assert.equal(buffer.textFor('nope'), '');
  });

  test('a long tail keeps exactly the newest lines through many drops', () => {
    const buffer = new LogBuffer(50);
    for (let i = 0; i < 5000; i++) buffer.append(event(`line ${i}`));
    const lines = buffer.text().split('\n');
    assert.equal(lines.length, 50);
    assert.equal(lines[0], 'line 4950');
    assert.equal(lines[49], 'line 4999');
    assert.equal(buffer.dropped, 4950);
    // The text is rebuilt after each change, not served stale from before it.
    buffer.append(event('last'));
    assert.equal(buffer.text().split('\n').at(-1), 'last');
  });
});
