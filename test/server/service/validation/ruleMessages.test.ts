// What the user reads for every rule fixture: each diagnostic's place (start and end), severity, code, message and
// quick-fix data, held to ruleMessages.golden.txt. The fixture markers (test/service/rules.test.ts) say which rule fires on which
// line; this says what it tells the user, so a message that loses its limit, its extension name or its advice, or a
// squiggle that moves to the wrong span, is a visible change to review. After an intended change to a message:
// APIGW_UPDATE_GOLDEN=1 node test/run-node-tests.mjs ruleMessages, then read the diff of the golden file.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import { pathToFileURL } from 'node:url';
import { getLanguageService } from '../../../../server/src/service/languageService';
import { listFixtures } from '../../../support/fixtures';

const fixturesDir = path.join(__dirname, '..', '..', '..', 'fixtures', 'rules');
const goldenFile = path.join(__dirname, 'ruleMessages.golden.txt');
const severities = ['', 'error', 'warning', 'information', 'hint'];

test('every rule fixture tells the user what the golden file says', () => {
  const service = getLanguageService({
    host: { readFile: (p) => (fs.existsSync(p) ? fs.readFileSync(p, 'utf8') : undefined) },
  });
  const lines: string[] = [];
  for (const file of listFixtures(fixturesDir)) {
    const text = fs.readFileSync(file, 'utf8');
    const apiType = /api-type: (REST|HTTP|WEBSOCKET)/.exec(text)?.[1];
    const settings = apiType ? { apiTypeOverrides: { '**': apiType } } : {};
    const doc = service.parseDocument(
      pathToFileURL(file).toString(),
      file.endsWith('.json') ? 'json' : 'yaml',
      1,
      text,
      settings,
    );
    const name = path.relative(fixturesDir, file).split(path.sep).join('/');
    for (const d of service.validate(doc, settings)) {
      const { start, end } = d.range;
      lines.push(
        `${name}:${start.line + 1}:${start.character + 1}-${end.line + 1}:${end.character + 1} ${severities[d.severity ?? 0]} ${String(d.code)} ${String(d.message).split(fixturesDir).join('<fixtures>').replace(/\n/g, '\\n')}`,
      );
      // What the quick fix for it would do (a replacement, a field to add, ...).
      if (d.data !== undefined) lines.push(`  fix ${JSON.stringify(d.data)}`);
    }
  }
  const actual = `${lines.join('\n')}\n`;
  if (process.env.APIGW_UPDATE_GOLDEN === '1') fs.writeFileSync(goldenFile, actual);
  const expected = fs.readFileSync(goldenFile, 'utf8').split('\n');
  const got = actual.split('\n');
  const at = got.findIndex((line, i) => line !== expected[i]);
  assert.ok(
    at < 0 && got.length === expected.length,
    `first difference at line ${at + 1}:\n  now:    ${got[at]}\n  golden: ${expected[at]}`,
  );
});
