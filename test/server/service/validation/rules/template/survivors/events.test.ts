/**
 * The template rules' cases written from the second mutation round (samApiEvents, samApis, samApiAuth, templateSettings, throttleLimits and the mapping-template rules): each diagnostic as the
 * user sees it. samTranslator.test.ts holds the same cases to the SAM transform.
 */
import { describe, test } from 'node:test';
import { survivorsEventsCases } from '../samOracle/cases/survivorsEvents';
import { checkCase } from '../samOracle/ruleCase';

describe('template rules: second mutation round (samApiEvents, samApis, samApiAuth, templateSettings, throttleLimits and the mapping-template rules)', () => {
  for (const c of survivorsEventsCases) test(c.name, () => checkCase(c));
});
