/**
 * The template rules' cases written from the second mutation round (samDefinitionBody and samPropertyTypes): each diagnostic as the
 * user sees it. samTranslator.test.ts holds the same cases to the SAM transform.
 */
import { describe, test } from 'node:test';
import { survivorsBodyCases } from '../samOracle/cases/survivorsBody';
import { checkCase } from '../samOracle/ruleCase';

describe('template rules: second mutation round (samDefinitionBody and samPropertyTypes)', () => {
  for (const c of survivorsBodyCases) test(c.name, () => checkCase(c));
});
