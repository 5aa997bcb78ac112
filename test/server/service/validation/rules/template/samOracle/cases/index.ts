/** Every template rule case, for the SAM transform test. */
import type { RuleCase } from '../ruleCase';
import { defaultAuthorizerCases } from './defaultAuthorizer';
import { detailCases, moreDetailCases } from './details';
import { readByTruthCases } from './readByTruth';
import { samApiAuthCases } from './samApiAuth';
import { samApiEventsCases } from './samApiEvents';
import { samApiSettingsCases } from './samApiSettings';
import { samAuthorizerRefsCases } from './samAuthorizerRefs';
import { samDefinitionBodyCases } from './samDefinitionBody';
import { samPropertyTypesCases } from './samPropertyTypes';
import { samShapesCases } from './samShapes';
import { survivorCases } from './survivors';
import { survivorsBodyCases } from './survivorsBody';
import { survivorsEventsCases } from './survivorsEvents';
import { survivorsShapesCases } from './survivorsShapes';
import { throttleLimitsCases } from './throttleLimits';
import { yamlTagCases } from './yamlTags';

export const allRuleCases: RuleCase[] = [
  ...samApiAuthCases,
  ...samApiEventsCases,
  ...samApiSettingsCases,
  ...samAuthorizerRefsCases,
  ...samDefinitionBodyCases,
  ...samPropertyTypesCases,
  ...samShapesCases,
  ...throttleLimitsCases,
  ...defaultAuthorizerCases,
  ...yamlTagCases,
  ...readByTruthCases,
  ...detailCases,
  ...moreDetailCases,
  ...survivorCases,
  ...survivorsEventsCases,
  ...survivorsBodyCases,
  ...survivorsShapesCases,
];
