/** Every template rule case, for the SAM transform test. */
import type { RuleCase } from '../ruleCase';
import { samApiAuthCases } from './samApiAuth';
import { samApiEventsCases } from './samApiEvents';
import { samApiSettingsCases } from './samApiSettings';

export const allRuleCases: RuleCase[] = [...samApiAuthCases, ...samApiEventsCases, ...samApiSettingsCases];
