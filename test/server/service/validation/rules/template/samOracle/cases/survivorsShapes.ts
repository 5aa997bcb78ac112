/** Cases written from the second mutation round of the template rules (samShapes and samApiSettings), as the user sees them. */
import type { RuleCase } from '../ruleCase';

export const survivorsShapesCases: RuleCase[] = [];
