// The edges of how a log line is shown: where stream names are shortened, what counts as trailing space and line
// breaks, when JSON is pretty-printed (size limit, arrays after a prefix), and which HTTP status an event reports.
// Complements formatting.test.ts.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { formatEvent, shortStreamName, splitJson } from '../../../client/src/logs/formatting';
import { LogBuffer } from '../../../client/src/logs/logBuffer';
import { parseDuration } from '../../../client/src/logs/startTime';

const ts = Date.UTC(2025, 0, 2, 3, 4, 5, 67);
const head = '2025-01-02T03:04:05.067Z [/g/s]';
const format = (message: string) =>
  formatEvent({ logGroupName: '/g', logStreamName: 's', timestamp: ts, message }, { timeZone: 'utc' });
const status = (message: string) => format(message).status;

describe('stream names', () => {
  test('only a whole Lambda stream name is shortened to its version and instance; others keep their end', () => {
    assert.equal(shortStreamName('2025/01/02/[$LATEST]abcdef0123'), '$LATEST abcdef01');
    assert.equal(shortStreamName('x2025/01/02/[$LATEST]abcd1234'), '…5/01/02/$LATESTabcd1234');
    assert.equal(shortStreamName('2025/01/02/[$LATEST]abcd-1234'), '…/01/02/$LATESTabcd-1234');
  });

  test('a name of 24 characters is kept whole; one more is cut to its last 23', () => {
    assert.equal(shortStreamName('abcdefghijklmnopqrstuvwx'), 'abcdefghijklmnopqrstuvwx');
    assert.equal(shortStreamName('abcdefghijklmnopqrstuvwxy'), '…cdefghijklmnopqrstuvwxy');
  });
});

describe('lines of an event', () => {
  test('continuation lines are indented by four spaces, so indentation folding collapses them', () => {
    assert.deepEqual(format('first\nsecond').lines, [`${head} first`, '    second']);
  });

  test('all trailing white space and line breaks are dropped; an empty message leaves the head alone', () => {
    assert.deepEqual(format('done \n\n\t ').lines, [`${head} done`]);
    assert.deepEqual(format('').lines, [head]);
    assert.deepEqual(format('  indented').lines, [`${head}   indented`]);
  });

  test('a lone carriage return is a line break, like CRLF', () => {
    assert.deepEqual(format('a\rb\r\nc').lines, [`${head} a`, '    b', '    c']);
  });
});

describe('JSON in messages', () => {
  test('an array after a text prefix is pretty-printed too', () => {
    assert.deepEqual(splitJson('items [{"id":1}]'), ['items ', [{ id: 1 }]]);
    assert.deepEqual(splitJson('[1,2]'), ['', [1, 2]]);
  });

  test('up to 64 KB is pretty-printed; a longer message is shown as it is', () => {
    const json = (size: number) => {
      const base = '{"k":""}';
      return `{"k":"${'x'.repeat(size - base.length)}"}`;
    };
    assert.equal(json(64 * 1024).length, 64 * 1024);
    assert.deepEqual(splitJson(json(64 * 1024))[1], { k: 'x'.repeat(64 * 1024 - 8) });
    assert.deepEqual(splitJson(json(64 * 1024 + 1)), [json(64 * 1024 + 1), undefined]);
  });
});

describe('HTTP status of an event', () => {
  test('from a JSON field: status, statusCode or httpStatus, a whole number from 100 to 599', () => {
    assert.equal(status('{"statusCode":404}'), 404);
    assert.equal(status('{"httpStatus":"503"}'), 503);
    assert.equal(status('{"status":100}'), 100);
    assert.equal(status('{"status":599}'), 599);
    for (const value of ['99', '600', '200.5', '"ok"'])
      assert.equal(status(`{"status":${value},"other":1}`), undefined, value);
    assert.equal(status('{"status":"nope","statusCode":201}'), 201);
  });

  test('from execution log and access log text, however it is spaced', () => {
    assert.equal(status('Method completed with status:502'), 502);
    assert.equal(status('Method completed with status:   504'), 504);
    assert.equal(status('1.2.3.4 - - [02/Jan/2025:03:04:05 +0000] " GET /pets HTTP/1.1" 201 12'), 201);
    assert.equal(status('1.2.3.4 - - [02/Jan/2025:03:04:05 +0000] "GET /pets HTTP/1.1"   202 12'), 202);
  });
});

describe('the line cap and start times', () => {
  test('a cap below one line is refused, saying what was given', () => {
    assert.throws(() => new LogBuffer(0), { name: 'RangeError', message: 'maxLines must be at least 1, got 0' });
  });

  test('durations may have several decimals', () => {
    assert.equal(parseDuration('1.25m'), 75_000);
    assert.equal(parseDuration('0.125s'), 125);
  });
});
