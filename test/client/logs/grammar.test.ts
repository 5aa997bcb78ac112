/**
 * The log view's TextMate grammar in VS Code's own engine (vscode-textmate with Oniguruma), on lines produced by
 * the real formatter.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { formatEvent, noticeLine } from '../../../client/src/logs/formatting';
import { tokenize } from '../../support/textmate';

/** [scope, text] of each token of `line` with a scope starting with `prefix`. */
async function scoped(line: string, prefix: string): Promise<[string, string][]> {
  const tokens = await tokenize('source.apigw-log', line);
  return tokens.flatMap((t) => t.scopes.filter((s) => s.startsWith(prefix)).map((s): [string, string] => [s, t.text]));
}

describe('log view grammar', () => {
  const event = (message: string) =>
    formatEvent({ logGroupName: 'g', logStreamName: 's', timestamp: Date.now(), message }).lines;

  test('HTTP status codes are scoped by class in execution logs, JSON access logs and common log format', async () => {
    assert.deepEqual(await scoped(event('(abc) Method completed with status: 502')[0], 'invalid.illegal.status'), [
      ['invalid.illegal.status.server-error.apigw-log', '502'],
    ]);
    assert.deepEqual(await scoped(event('{"status":"404"}')[1], 'markup.deleted.status'), [
      ['markup.deleted.status.client-error.apigw-log', '404'],
    ]);
    const clf = event('1.2.3.4 - - [25/Nov/2026:10:00:00 +0000] "GET /pets HTTP/1.1" 200 12')[0];
    assert.deepEqual(await scoped(clf, 'markup.inserted.status'), [
      ['markup.inserted.status.success.apigw-log', '200'],
    ]);
    assert.deepEqual(await scoped(clf, 'string.quoted'), [['string.quoted.double.apigw-log', '"GET /pets HTTP/1.1"']]);
    assert.deepEqual(await scoped(event('"POST /orders HTTP/2" 503')[0], 'invalid.illegal.status'), [
      ['invalid.illegal.status.server-error.apigw-log', '503'],
    ]);
    assert.deepEqual(
      await scoped(event('took 200 ms')[0], 'markup.inserted.status'),
      [],
      'a bare number is not a status',
    );
  });

  test('timestamp, source, request ids and notices', async () => {
    const [line] = event('(0f6f1c2e-1b2a-4c3d-9e8f-0123456789ab) ERROR boom');
    assert.equal((await scoped(line, 'constant.numeric.timestamp')).length, 1);
    assert.deepEqual(await scoped(line, 'entity.name.tag.source'), [['entity.name.tag.source.apigw-log', '[g/s]']]);
    assert.deepEqual(await scoped(line, 'constant.other.request-id'), [
      ['constant.other.request-id.apigw-log', '0f6f1c2e-1b2a-4c3d-9e8f-0123456789ab'],
    ]);
    assert.deepEqual(await scoped(line, 'invalid.illegal.level'), [['invalid.illegal.level.error.apigw-log', 'ERROR']]);
    assert.equal((await scoped(noticeLine('connection lost, retrying in 4 s'), 'comment.line.notice')).length, 1);
  });
});
