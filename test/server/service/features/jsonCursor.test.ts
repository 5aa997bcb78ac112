/**
 * The JSON cursor scans from the innermost container of the parsed tree instead of from the start of the text;
 * it must say exactly what a scan of the whole text says, on real files and on files broken mid-edit.
 */
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import { jsonCursor } from '../../../../server/src/service/features/cursor';
import { parseJson } from '../../../../server/src/service/parser/jsonParser';
import { listFixtures, sharedDir } from '../../../support/fixtures';

const jsonFiles = listFixtures(path.join(sharedDir, 'corpus', 'valid')).filter((f) => f.endsWith('.json'));

function assertSameEverywhere(text: string, label: string, step: number): number {
  const parsed = parseJson(text, false);
  let compared = 0;
  for (let offset = 0; offset <= text.length; offset += step) {
    assert.deepEqual(
      jsonCursor(text, offset, parsed.root, Math.min(...parsed.problems.map((p) => p.offset))),
      jsonCursor(text, offset),
      `${label} at offset ${offset}`,
    );
    compared++;
  }
  return compared;
}

test('the scoped JSON cursor agrees with a whole-text scan at every place of the corpus JSON files', () => {
  assert.ok(jsonFiles.length >= 5, `only ${jsonFiles.length} JSON files in the corpus`);
  let compared = 0;
  for (const file of jsonFiles) compared += assertSameEverywhere(fs.readFileSync(file, 'utf8'), path.basename(file), 3);
  assert.ok(compared > 10_000);
});

test('the scoped JSON cursor agrees with a whole-text scan in documents broken the way typing breaks them', () => {
  const text = fs.readFileSync(
    jsonFiles.find((f) => f.includes('petstore-authorizer'))!,
    'utf8',
  );
  const edits: [string, (t: string, at: number) => string][] = [
    ['a key being typed', (t, at) => `${t.slice(0, at)}"x-amazon-apigateway-${t.slice(at)}`],
    ['a value being typed', (t, at) => `${t.slice(0, at)}"type": "aws_${t.slice(at)}`],
    ['a missing comma', (t, at) => t.slice(0, at) + t.slice(at).replace(',', '')],
    ['a missing closing brace', (t, at) => t.slice(0, at) + t.slice(at).replace('}', '')],
    ['a stray brace', (t, at) => `${t.slice(0, at)}{${t.slice(at)}`],
  ];
  for (const [what, edit] of edits) {
    for (const fraction of [0.2, 0.5, 0.8]) {
      const at = text.indexOf('\n', Math.floor(text.length * fraction)) + 1;
      assertSameEverywhere(edit(text, at), `${what} at ${at}`, 7);
    }
  }
});
