/** Cases written from the second mutation round of the template rules (samDefinitionBody and samPropertyTypes), as the user sees them. */
import type { RuleCase } from '../ruleCase';

export const survivorsBodyCases: RuleCase[] = [];
