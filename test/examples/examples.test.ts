/**
 * The examples `npm start` opens: every line marked "Deliberate mistake" is reported by the checker (as a warning
 * when the comment says so, otherwise as an error), and nothing else is reported at all.
 */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { getLanguageService } from '../../server/src/service/languageService';

const examplesDir = path.resolve(__dirname, '..', '..', 'examples');
const files = fs
  .readdirSync(examplesDir)
  .filter((f) => /\.(ya?ml|json)$/.test(f))
  .sort();
const service = getLanguageService({
  host: { readFile: (p) => (fs.existsSync(p) ? fs.readFileSync(p, 'utf8') : undefined) },
});

interface Mistake {
  /** 0-based lines the mistake covers: the line after the comment and the lines indented below it. */
  from: number;
  to: number;
  severity: 1 | 2;
  comment: string;
}

const indentOf = (line: string) => line.length - line.trimStart().length;

function deliberateMistakes(text: string): Mistake[] {
  const lines = text.split('\n');
  const mistakes: Mistake[] = [];
  lines.forEach((line, i) => {
    const comment = /#\s*Deliberate mistake( \(a warning\))?:/.exec(line);
    if (!comment) return;
    let from = i + 1;
    while (from < lines.length && lines[from].trim().startsWith('#')) from++;
    let to = from;
    while (to + 1 < lines.length && (lines[to + 1].trim() === '' || indentOf(lines[to + 1]) > indentOf(lines[from])))
      to++;
    mistakes.push({ from, to, severity: comment[1] ? 2 : 1, comment: line.trim() });
  });
  return mistakes;
}

describe('examples/ for npm start', () => {
  test('there are a REST definition, an HTTP definition and a SAM template, with a README', () => {
    assert.deepEqual(files, ['http-api.yaml', 'rest-api.yaml', 'sam-template.yaml']);
    assert.ok(fs.existsSync(path.join(examplesDir, 'README.md')));
  });

  for (const file of files) {
    test(`${file}: each deliberate mistake is reported, and nothing else`, () => {
      const text = fs.readFileSync(path.join(examplesDir, file), 'utf8');
      const doc = service.parseDocument(pathToFileURL(path.join(examplesDir, file)).toString(), 'yaml', 1, text, {});
      assert.notEqual(doc.kind, 'other');
      const findings = service.validate(doc, {});
      const mistakes = deliberateMistakes(text);
      assert.ok(mistakes.length >= 3, `${file} has a few deliberate mistakes`);
      for (const m of mistakes) {
        const hits = findings.filter((d) => d.range.start.line >= m.from && d.range.start.line <= m.to);
        assert.ok(hits.length > 0, `no finding for "${m.comment}" (line ${m.from + 1})`);
        assert.ok(
          hits.some((d) => d.severity === m.severity),
          `"${m.comment}" is reported as ${m.severity === 1 ? 'an error' : 'a warning'}: ${hits.map((d) => `${d.code} (${d.severity})`).join(', ')}`,
        );
      }
      const unexpected = findings.filter(
        (d) => !mistakes.some((m) => d.range.start.line >= m.from && d.range.start.line <= m.to),
      );
      assert.deepEqual(
        unexpected.map((d) => `line ${d.range.start.line + 1}: ${d.code} ${d.message as string}`),
        [],
      );
    });
  }
});
