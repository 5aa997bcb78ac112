/**
 * Checks the log view's TextMate grammar with JavaScript regular expressions (its patterns use only syntax that
 * Oniguruma and JavaScript share), on lines produced by the real formatter.
 */
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { describe, test } from 'node:test';
import { formatEvent, noticeLine } from '../../client/src/logs/formatting';

interface Rule {
  match?: string;
  name?: string;
  captures?: Record<string, { name: string }>;
  patterns?: Rule[];
  include?: string;
}
const grammar = JSON.parse(fs.readFileSync(path.join(__dirname, '..', '..', 'syntaxes', 'apigw-log.tmLanguage.json'), 'utf8')) as { scopeName: string; repository: Record<string, Rule> };

/** Scopes of every match of the rules reachable from `rule`, with the matched text. */
function scopes(rule: Rule, line: string, out: [string, string][] = []): [string, string][] {
  if (rule.include) return scopes(grammar.repository[rule.include.slice(1)], line, out);
  for (const child of rule.patterns ?? []) scopes(child, line, out);
  if (rule.match) {
    for (const m of line.matchAll(new RegExp(rule.match, 'g'))) {
      if (rule.name) out.push([rule.name, m[0]]);
      for (const [i, c] of Object.entries(rule.captures ?? {})) if (m[Number(i)] !== undefined) out.push([c.name, m[Number(i)]]);
    }
  }
  return out;
}
const scoped = (line: string, prefix: string) => scopes({ patterns: [{ include: '#notice' }, { include: '#header' }, { include: '#body' }] }, line).filter(([s]) => s.startsWith(prefix));

describe('log view grammar', () => {
  const event = (message: string) => formatEvent({ logGroupName: 'g', logStreamName: 's', timestamp: Date.now(), message }).lines;

  test('HTTP status codes are scoped by class in execution logs, JSON access logs and common log format', () => {
    assert.deepEqual(scoped(event('(abc) Method completed with status: 502')[0], 'invalid.illegal.status'), [['invalid.illegal.status.server-error.apigw-log', '502']]);
    assert.deepEqual(scoped(event('{"status":"404"}')[1], 'markup.deleted.status'), [['markup.deleted.status.client-error.apigw-log', '404']]);
    assert.deepEqual(scoped('1.2.3.4 "GET /pets HTTP/1.1" 200 12', 'markup.inserted.status'), [['markup.inserted.status.success.apigw-log', '200']]);
    assert.deepEqual(scoped(event('took 200 ms')[0], 'markup.inserted.status'), [], 'a bare number is not a status');
  });

  test('timestamp, source, request ids and notices', () => {
    const [line] = event('(0f6f1c2e-1b2a-4c3d-9e8f-0123456789ab) ERROR boom');
    assert.equal(scoped(line, 'constant.numeric.timestamp').length, 1);
    assert.deepEqual(scoped(line, 'entity.name.tag.source'), [['entity.name.tag.source.apigw-log', '[g/s]']]);
    assert.deepEqual(scoped(line, 'constant.other.request-id'), [['constant.other.request-id.apigw-log', '0f6f1c2e-1b2a-4c3d-9e8f-0123456789ab']]);
    assert.deepEqual(scoped(line, 'invalid.illegal.level'), [['invalid.illegal.level.error.apigw-log', 'ERROR']]);
    assert.equal(scoped(noticeLine('connection lost, retrying in 4 s'), 'comment.line.notice').length, 1);
    assert.equal(grammar.scopeName, 'source.apigw-log');
  });
});
