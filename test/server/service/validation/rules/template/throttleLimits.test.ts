/**
 * The rule of throttleLimits.ts as the user sees it: each case's diagnostics (range, severity, code, message, quick fix).
 * The cases are held to the SAM transform by samTranslator.test.ts (an error exactly where the transform rejects).
 */
import { describe, test } from 'node:test';
import { throttleLimitsCases } from './samOracle/cases/throttleLimits';
import { checkCase } from './samOracle/ruleCase';

describe('throttleLimits', () => {
  for (const c of throttleLimitsCases) test(c.name, () => checkCase(c));
});
