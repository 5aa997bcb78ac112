/**
 * The rule of samApiEvents.ts as the user sees it: each case's diagnostics (range, severity, code, message, quick fix).
 * The cases are held to the SAM transform by samTranslator.test.ts (an error exactly where the transform rejects).
 */
import { describe, test } from 'node:test';
import { samApiEventsCases } from './samOracle/cases/samApiEvents';
import { checkCase } from './samOracle/ruleCase';

describe('samApiEvents', () => {
  for (const c of samApiEventsCases) test(c.name, () => checkCase(c));
});
