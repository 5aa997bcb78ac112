/** Every template rule case, for the SAM transform test. */
import type { RuleCase } from '../ruleCase';
import { samApiAuthCases } from './samApiAuth';

export const allRuleCases: RuleCase[] = [...samApiAuthCases];
