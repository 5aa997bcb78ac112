/**
 * The rule of samDefinitionBody.ts as the user sees it: each case's diagnostics (range, severity, code, message, quick fix).
 * The cases are held to the SAM transform by samTranslator.test.ts (an error exactly where the transform rejects).
 */
import { describe, test } from 'node:test';
import { samDefinitionBodyCases } from './samOracle/cases/samDefinitionBody';
import { checkCase } from './samOracle/ruleCase';

describe('samDefinitionBody', () => {
  for (const c of samDefinitionBodyCases) test(c.name, () => checkCase(c));
});
