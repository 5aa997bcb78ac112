/**
 * What users read about each rule: the registry's one-line description is the rule's text in the checker's SARIF
 * report (code-scanning views show it beside every finding), so each rule has its own sentence there.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { sarifReport } from '../../../../server/src/cli/report/sarif';
import { RULES } from '../../../../server/src/service/validation/registry';

interface SarifRule {
  id: string;
  shortDescription: { text: string };
  defaultConfiguration: { level?: string };
}

const sarifRules = (): SarifRule[] =>
  (JSON.parse(sarifReport([], '0.0.0')) as { runs: { tool: { driver: { rules: SarifRule[] } } }[] }).runs[0].tool.driver
    .rules;

describe('rule descriptions', () => {
  test('the SARIF report describes every registered rule in a sentence of its own', () => {
    const rules = sarifRules();
    assert.deepEqual(
      rules.map((r) => r.id),
      RULES.map((r) => r.id),
    );
    const notASentence = rules.filter((r) => !/^[A-Z$].{10,}\.$/.test(r.shortDescription.text));
    assert.deepEqual(notASentence, []);
    const texts = rules.map((r) => r.shortDescription.text);
    const repeated = texts.filter((text, i) => texts.indexOf(text) !== i);
    assert.deepEqual(repeated, []);
  });

  test('and gives each a level', () => {
    const levels = new Set(sarifRules().map((r) => r.defaultConfiguration.level));
    assert.deepEqual([...levels].sort(), ['error', 'note', 'warning']);
  });
});
