import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import {
  CONTINUATION,
  findRequestIds,
  formatEvent,
  formatTimestamp,
  requestIdRanges,
  shortStreamName,
  splitJson,
} from '../../../client/src/logs/formatting';
import { classifyError, describeError } from '../../../client/src/logs/logErrors';
import { parseDuration, resolveStartTime } from '../../../client/src/logs/startTime';

const ts = Date.UTC(2025, 0, 2, 3, 4, 5, 67);
const ev = (message: string, logStreamName = 'stream-1') => ({
  logGroupName: '/aws/lambda/orders',
  logStreamName,
  timestamp: ts,
  message,
});
const utc = { timeZone: 'utc' as const };

describe('formatting log events', () => {
  test('a plain message: timestamp, group/stream, message on one line', () => {
    const f = formatEvent(ev('hello world\n'), utc);
    assert.deepEqual(f.lines, ['2025-01-02T03:04:05.067Z [/aws/lambda/orders/stream-1] hello world']);
    assert.deepEqual(f.requestIds, []);
    assert.equal(f.status, undefined);
  });

  test('a JSON message is pretty-printed on indented continuation lines (foldable by indentation)', () => {
    const f = formatEvent(
      ev('{"requestId":"0f6f1c2e-1b2a-4c3d-9e8f-0123456789ab","status":"502","path":"/pets"}'),
      utc,
    );
    assert.deepEqual(f.lines, [
      '2025-01-02T03:04:05.067Z [/aws/lambda/orders/stream-1] {',
      `${CONTINUATION}  "requestId": "0f6f1c2e-1b2a-4c3d-9e8f-0123456789ab",`,
      `${CONTINUATION}  "status": "502",`,
      `${CONTINUATION}  "path": "/pets"`,
      `${CONTINUATION}}`,
    ]);
    assert.deepEqual(f.requestIds, ['0f6f1c2e-1b2a-4c3d-9e8f-0123456789ab']);
    assert.equal(f.status, 502);
  });

  test('JSON after a prefix (Lambda and execution logs) keeps the prefix on the first line', () => {
    const f = formatEvent(ev('2025-01-02T03:04:05.067Z\tABCDEF01-1B2A-4C3D-9E8F-0123456789AB\tINFO\t{"a":[1,2]}'), utc);
    assert.equal(
      f.lines[0],
      '2025-01-02T03:04:05.067Z [/aws/lambda/orders/stream-1] 2025-01-02T03:04:05.067Z\tABCDEF01-1B2A-4C3D-9E8F-0123456789AB\tINFO\t{',
    );
    assert.equal(f.lines.length, 6);
    assert.deepEqual(f.requestIds, ['abcdef01-1b2a-4c3d-9e8f-0123456789ab'], 'ids are lower-cased');
  });

  test('text that only looks like JSON stays as it is; empty objects are not expanded', () => {
    assert.deepEqual(splitJson('value is {not json}'), ['value is {not json}', undefined]);
    assert.deepEqual(splitJson('empty {}'), ['empty {}', undefined]);
    assert.deepEqual(formatEvent(ev('[WARN] {broken'), utc).lines.length, 1);
  });

  test('multi-line messages continue on indented lines; control characters are replaced', () => {
    const f = formatEvent(ev('Error: boom\r\n    at handler (index.js:1)\u0007'), utc);
    assert.deepEqual(f.lines.slice(1), [`${CONTINUATION}    at handler (index.js:1)\uFFFD`]);
  });

  test('HTTP status from execution logs and common log format', () => {
    assert.equal(formatEvent(ev('(3f1c…) Method completed with status: 404')).status, 404);
    assert.equal(formatEvent(ev('10.0.0.1 - - [02/Jan/2025:03:04:05 +0000] "GET /pets HTTP/1.1" 200 123')).status, 200);
  });

  test('long stream names are shortened to their distinctive end; a group label can replace the group name', () => {
    assert.equal(shortStreamName('2025/01/02/[$LATEST]0123456789abcdef0123456789abcdef'), '$LATEST 01234567');
    assert.equal(shortStreamName('2025/01/02/[3]0123456789abcdef'), '3 01234567');
    assert.equal(shortStreamName('a-very-long-stream-name-[with]-brackets-inside'), '…me-with-brackets-inside');
    assert.equal(shortStreamName('short'), 'short');
    assert.match(formatEvent(ev('x'), { ...utc, groupLabel: () => 'λ orders' }).lines[0], /\[λ orders\/stream-1\] x$/);
  });

  test('request id ranges in a line, for links', () => {
    const line = 'a 0f6f1c2e-1b2a-4c3d-9e8f-0123456789ab b';
    assert.deepEqual(requestIdRanges(line), [{ start: 2, end: 38, id: '0f6f1c2e-1b2a-4c3d-9e8f-0123456789ab' }]);
    assert.deepEqual(findRequestIds('x 0f6f1c2e-1b2a-4c3d-9e8f-0123456789ab 0f6f1c2e-1b2a-4c3d-9e8f-0123456789ab'), [
      '0f6f1c2e-1b2a-4c3d-9e8f-0123456789ab',
    ]);
  });

  test('local timestamps have a fixed width', () => {
    assert.match(formatTimestamp(ts), /^\d{4}-\d\d-\d\d \d\d:\d\d:\d\d\.\d{3}$/);
    assert.equal(formatTimestamp(Number.NaN), '????-??-?? ??:??:??.???');
  });
});

describe('start times', () => {
  test('durations', () => {
    assert.equal(parseDuration('5m'), 300_000);
    assert.equal(parseDuration('1h'), 3_600_000);
    assert.equal(parseDuration('90s'), 90_000);
    assert.equal(parseDuration('15'), 900_000, 'a bare number means minutes');
    assert.equal(parseDuration('soon'), undefined);
    assert.equal(parseDuration('0m'), undefined);
  });

  test('start time from a duration, an epoch time, or the setting as fallback', () => {
    const now = 1_000_000_000;
    assert.equal(resolveStartTime('1m', '5m', now), now - 60_000);
    assert.equal(resolveStartTime(undefined, '15m', now), now - 900_000);
    assert.equal(resolveStartTime('garbage', 'also garbage', now), now - 300_000);
    assert.equal(resolveStartTime(now - 5, '5m', now), now - 5);
    assert.equal(resolveStartTime(now + 5000, '5m', now), now, 'a future start time is clamped to now');
  });
});

describe('error messages', () => {
  const err = (name: string, message: string, extra: object = {}) =>
    Object.assign(new Error(message), { name, ...extra });

  test('kinds', () => {
    assert.equal(classifyError(err('ThrottlingException', 'Rate exceeded')), 'throttled');
    assert.equal(
      classifyError(err('ExpiredTokenException', 'The security token included in the request is expired')),
      'credentials',
    );
    assert.equal(
      classifyError(err('CredentialsProviderError', 'Token is expired. To refresh this SSO session run aws sso login')),
      'credentials',
    );
    assert.equal(classifyError(err('AccessDeniedException', 'no')), 'denied');
    assert.equal(classifyError(err('ResourceNotFoundException', 'gone')), 'notFound');
    assert.equal(
      classifyError(err('Error', 'connect ECONNREFUSED 127.0.0.1:1', { code: 'ECONNREFUSED' })),
      'connection',
    );
    assert.equal(classifyError(err('InternalFailure', 'oops', { $metadata: { httpStatusCode: 503 } })), 'connection');
  });

  test('messages name the missing permission and tell how to sign in again', () => {
    assert.equal(
      describeError(err('AccessDeniedException', 'User x is not authorized'), 'logs:FilterLogEvents', 'g'),
      'Permission logs:FilterLogEvents is missing on g (User x is not authorized).',
    );
    assert.match(describeError(err('ExpiredTokenException', 'expired'), 'logs:FilterLogEvents'), /Sign in again/);
    assert.equal(
      describeError(err('Error', 'connect ECONNREFUSED', { code: 'ECONNREFUSED' }), 'logs:FilterLogEvents'),
      'Cannot reach CloudWatch Logs (ECONNREFUSED).',
    );
    assert.match(
      describeError(err('ResourceNotFoundException', 'x'), 'logs:FilterLogEvents', 'API-Gateway-Execution-Logs_a/dev'),
      /^Log group API-Gateway-Execution-Logs_a\/dev does not exist \(yet\)/,
    );
  });
});
