/**
 * Seeded fuzzing of the bundled server (issue 16): broken corpus files, hostile documents and random edit
 * sequences, with completions and hovers in between. No crash, no hang (an answer or diagnostics later than 5 s),
 * and the diagnostics of an incrementally patched document equal to a fresh parse's. Bounded to about a minute;
 * `npm run bench` runs a longer version (bench/fuzz.mjs). Replay a failure with APIGW_FUZZ_SEED.
 */
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { describe, test } from 'node:test';
import { serverPath } from '../support/lspServer';
import { percentile, runFuzz } from '../support/fuzz/engine';

const seed = Number(process.env.APIGW_FUZZ_SEED ?? 1616);

describe('fuzzing the server', () => {
  test(`broken files and edit sequences (seed ${seed})`, { timeout: 180_000 }, async () => {
    if (!fs.existsSync(serverPath))
      execFileSync(process.execPath, [path.join(__dirname, '..', '..', 'scripts', 'build.mjs')]);
    const totals = await runFuzz({ seed, cases: 300, timeBudgetMs: 50_000 });
    console.log(
      `fuzz: ${totals.cases} cases, ${totals.edits} edits, ${totals.requests} requests in ${totals.elapsedMs} ms; p99 ${percentile(totals.times, 99)} ms, max ${Math.max(0, ...totals.times)} ms; peak server memory ${totals.peakServerMb ?? '?'} MB`,
    );
    assert.deepEqual(totals.crashes, []);
    assert.deepEqual(totals.hangs, []);
    assert.deepEqual(totals.mismatches, []);
    assert.ok(totals.cases >= 20, `only ${totals.cases} cases ran`);
  });
});
