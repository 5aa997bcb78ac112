import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import { complete } from '../../../server/src/service/features/completion';
import { documentOf } from './helpers';

const LARGE = '/work/shared/corpus/large/twilio__twilio-oai/spec/yaml/twilio_api_v2010.yaml';

test('completion stays under 20 ms at p95 on a 36,000-line spec', () => {
  const text = fs.readFileSync(LARGE, 'utf8');
  const doc = documentOf(text, 'yaml', 'file:///large.yaml');
  const lines = doc.text.lineCount;
  const times: number[] = [];
  // Cursors spread over the whole file, at the end of each chosen line (keys, values, deep and shallow places).
  for (let i = 0; i < 300; i++) {
    const line = Math.floor(((i * 7919) % 1000) / 1000 * lines);
    const position = { line, character: doc.text.getText({ start: { line, character: 0 }, end: { line: line + 1, character: 0 } }).replace(/\r?\n$/, '').length };
    const start = performance.now();
    complete(doc, position);
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  const p95 = times[Math.floor(times.length * 0.95)];
  assert.ok(p95 < 20, `p95 ${p95.toFixed(2)} ms (max ${times[times.length - 1].toFixed(2)} ms)`);
});
