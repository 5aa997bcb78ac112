/**
 * The SAM API `Auth` rule as the user sees it: each case's diagnostics (range, severity, code, message, quick fix).
 * The cases are held to the SAM transform by samTranslator.test.ts (an error exactly where the transform rejects).
 */
import { describe, test } from 'node:test';
import { samApiAuthCases } from './samOracle/cases/samApiAuth';
import { checkCase } from './samOracle/ruleCase';

describe('sam-auth', () => {
  for (const c of samApiAuthCases) test(c.name, () => checkCase(c));
});
