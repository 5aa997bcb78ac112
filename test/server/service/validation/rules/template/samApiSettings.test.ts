/**
 * The rule of samApiSettings.ts as the user sees it: each case's diagnostics (range, severity, code, message, quick fix).
 * The cases are held to the SAM transform by samTranslator.test.ts (an error exactly where the transform rejects).
 */
import { describe, test } from 'node:test';
import { samApiSettingsCases } from './samOracle/cases/samApiSettings';
import { checkCase } from './samOracle/ruleCase';

describe('samApiSettings', () => {
  for (const c of samApiSettingsCases) test(c.name, () => checkCase(c));
});
