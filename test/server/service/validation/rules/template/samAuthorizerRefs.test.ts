/**
 * The rule of samAuthorizerRefs.ts as the user sees it: each case's diagnostics (range, severity, code, message, quick fix).
 * The cases are held to the SAM transform by samTranslator.test.ts (an error exactly where the transform rejects).
 */
import { describe, test } from 'node:test';
import { samAuthorizerRefsCases } from './samOracle/cases/samAuthorizerRefs';
import { checkCase } from './samOracle/ruleCase';

describe('samAuthorizerRefs', () => {
  for (const c of samAuthorizerRefsCases) test(c.name, () => checkCase(c));
});
