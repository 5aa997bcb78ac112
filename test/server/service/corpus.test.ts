/**
 * Real definitions that deploy (../shared/corpus/valid): no error diagnostic on any of them. And mistakes
 * injected into them are each reported on the line where they are, for at least 95% of the mutations.
 */
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { describe, test } from 'node:test';
import { pathToFileURL } from 'node:url';
import { DiagnosticSeverity } from 'vscode-languageserver-types';
import { getLanguageService } from '../../../server/src/service/languageService';
import { listFixtures, sharedDir } from '../../support/fixtures';
import { apply, mutationsOf } from '../../support/mutations';

const corpus = path.join(sharedDir, 'corpus', 'valid');
const files = listFixtures(corpus);
const service = getLanguageService({
  host: { readFile: (p) => (fs.existsSync(p) ? fs.readFileSync(p, 'utf8') : undefined) },
});
const languageOf = (f: string) => (f.endsWith('.json') ? 'json' : 'yaml');

describe('valid corpus', () => {
  test('the corpus is there', () => assert.ok(files.length >= 50, `found ${files.length} files under ${corpus}`));
  for (const file of files) {
    test(`no errors: ${path.relative(corpus, file)}`, () => {
      const text = fs.readFileSync(file, 'utf8');
      const doc = service.parseDocument(pathToFileURL(file).toString(), languageOf(file), 1, text);
      assert.notEqual(doc.kind, 'other', 'recognised as an API Gateway document');
      // With the OpenAPI schema check on, as the server runs by default.
      const errors = service
        .validate(doc, { openApiSchema: true })
        .filter((d) => d.severity === DiagnosticSeverity.Error);
      assert.deepEqual(
        errors.map((d) => `${d.range.start.line + 1}: ${d.code} ${d.message as string}`),
        [],
      );
    });
  }
});

describe('injected mistakes', () => {
  test('at least 95% of mutations are reported on their line', () => {
    let total = 0;
    const missed: string[] = [];
    const byKind = new Map<string, [number, number]>();
    for (const file of files) {
      const text = fs.readFileSync(file, 'utf8');
      const uri = pathToFileURL(file).toString();
      const original = service.parseDocument(uri, languageOf(file), 1, text);
      for (const m of mutationsOf(original, text)) {
        const mutated = apply(text, m);
        const doc = service.parseDocument(uri, languageOf(file), 2, mutated);
        const line = doc.text.positionAt(m.offset).line;
        const caught = service.validate(doc).some((d) => d.range.start.line === line);
        total++;
        const counts = byKind.get(m.kind) ?? [0, 0];
        counts[1]++;
        if (caught) counts[0]++;
        else missed.push(`${path.relative(corpus, file)}:${line + 1} ${m.kind}: ${m.replacement}`);
        byKind.set(m.kind, counts);
      }
    }
    const rate = (total - missed.length) / total;
    const summary = [...byKind].map(([k, [c, t]]) => `${k} ${c}/${t}`).join(', ');
    console.log(`mutations caught: ${total - missed.length}/${total} (${(rate * 100).toFixed(1)}%): ${summary}`);
    assert.ok(total > 200, `enough mutations (${total})`);
    if (process.env.SHOW_MISSES) console.log(missed.join('\n'));
    assert.ok(
      rate >= 0.95,
      `catch rate ${(rate * 100).toFixed(1)}% below 95%; missed:\n${missed.slice(0, 40).join('\n')}`,
    );
  });
});
