/**
 * Cases written from the mutation run of the template and mapping-template rules (bench/MUTATION.md), each diagnostic
 * as the user sees it; and every case of these rules run with the language service's log, which records a rule
 * that fails or reports an id it does not declare: none may.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { getLanguageService } from '../../../../../../server/src/service/languageService';
import {
  gatewayResponseTemplateCases,
  mappingTemplateSurvivorCases,
  templateSizeCases,
  templateSyntaxCases,
  templateUnknownMemberCases,
} from '../templates/mappingTemplateRules.cases';
import { allRuleCases } from './samOracle/cases';
import { survivorCases } from './samOracle/cases/survivors';
import { checkCase } from './samOracle/ruleCase';

describe('template rules: cases from the mutation run', () => {
  for (const c of [...survivorCases, ...mappingTemplateSurvivorCases]) test(c.name, () => checkCase(c));
});

test('no template rule fails or reports an id it does not declare, on any case', () => {
  const logged: string[] = [];
  const service = getLanguageService({ host: {}, log: { error: (message) => logged.push(message) } });
  const cases = [
    ...allRuleCases,
    ...gatewayResponseTemplateCases,
    ...templateSizeCases,
    ...templateSyntaxCases,
    ...templateUnknownMemberCases,
    ...mappingTemplateSurvivorCases,
  ];
  for (const c of cases) {
    const uri = c.uri ?? 'file:///cases/template.yaml';
    const doc = service.parseDocument(uri, uri.endsWith('.vtl') ? 'velocity' : 'yaml', 1, c.text);
    assert.ok(service.validate(doc).length >= 0);
  }
  assert.deepEqual(logged, []);
});
