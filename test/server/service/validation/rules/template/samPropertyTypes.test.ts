/**
 * The rule of samPropertyTypes.ts as the user sees it: each case's diagnostics (range, severity, code, message, quick fix).
 * The cases are held to the SAM transform by samTranslator.test.ts (an error exactly where the transform rejects).
 */
import { describe, test } from 'node:test';
import { samPropertyTypesCases } from './samOracle/cases/samPropertyTypes';
import { checkCase } from './samOracle/ruleCase';

describe('samPropertyTypes', () => {
  for (const c of samPropertyTypesCases) test(c.name, () => checkCase(c));
});
