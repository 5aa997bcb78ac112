/**
 * The template rules' cases written from the second mutation round (samShapes and samApiSettings): each diagnostic as the
 * user sees it. samTranslator.test.ts holds the same cases to the SAM transform.
 */
import { describe, test } from 'node:test';
import { survivorsShapesCases } from '../samOracle/cases/survivorsShapes';
import { checkCase } from '../samOracle/ruleCase';

describe('template rules: second mutation round (samShapes and samApiSettings)', () => {
  for (const c of survivorsShapesCases) test(c.name, () => checkCase(c));
});
