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
