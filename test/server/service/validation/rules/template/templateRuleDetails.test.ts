/**
 * More cases of the SAM template rules (samOracle/cases/details.ts): the details that templateRuleCases.test.ts
 * leaves open, each diagnostic as the user sees it. Held to the SAM transform by samTranslator.test.ts too.
 */
import { describe, test } from 'node:test';
import { detailCases, moreDetailCases } from './samOracle/cases/details';
import { checkCase } from './samOracle/ruleCase';

describe('SAM template rules: details', () => {
  for (const c of [...detailCases, ...moreDetailCases]) test(c.name, () => checkCase(c));
});
