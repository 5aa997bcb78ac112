/** Every rule fixture under test/fixtures/rules/<rule-id>/ produces exactly the diagnostics its markers name. */
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { describe, test } from 'node:test';
import { pathToFileURL } from 'node:url';
import { getLanguageService } from '../../../../server/src/service/languageService';
import { RULES_BY_ID } from '../../../../server/src/service/validation/registry';
import { listFixtures, readExpectations } from '../../../support/fixtures';

const fixturesDir = path.join(__dirname, '..', '..', '..', 'fixtures', 'rules');
const service = getLanguageService({
  host: { readFile: (p) => (fs.existsSync(p) ? fs.readFileSync(p, 'utf8') : undefined) },
});

describe('rule fixtures', () => {
  for (const file of listFixtures(fixturesDir)) {
    const name = path.relative(fixturesDir, file);
    test(name, () => {
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
      const diagnostics = service.validate(doc, settings);
      const actual = diagnostics.map((d) => `${d.range.start.line + 1}: ${d.code}`).sort();
      const expected = readExpectations(file, text)
        .flatMap((e) => e.codes.map((c) => `${e.line + 1}: ${c}`))
        .sort();
      assert.deepEqual(
        actual,
        expected,
        diagnostics.map((d) => `${d.range.start.line + 1}: ${d.code} ${d.message as string}`).join('\n'),
      );
      for (const d of diagnostics) {
        assert.ok(RULES_BY_ID.has(String(d.code)), `rule ${d.code} is registered`);
        assert.equal(d.source, 'apigw');
        assert.ok((d.message as string).length > 10);
      }
    });
  }

  test('every rule with fixtures folder has at least one fixture', () => {
    for (const dir of fs.readdirSync(fixturesDir)) {
      assert.ok(RULES_BY_ID.has(dir), `${dir} is a rule id`);
    }
  });
});
