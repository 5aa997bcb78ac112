/**
 * The SAM and CloudFormation template rules of this folder as the user sees them: for each case of
 * samOracle/cases/ (one module per rule file), every diagnostic (range, severity, code, message, quick-fix data).
 * samTranslator.test.ts holds the same cases to the SAM transform. One test file for all the rules, so that a
 * mutation run starts one process per mutant rather than one per rule.
 */
import { describe, test } from 'node:test';
import { defaultAuthorizerCases } from './samOracle/cases/defaultAuthorizer';
import { readByTruthCases } from './samOracle/cases/readByTruth';
import { samApiAuthCases } from './samOracle/cases/samApiAuth';
import { samApiEventsCases } from './samOracle/cases/samApiEvents';
import { samApiSettingsCases } from './samOracle/cases/samApiSettings';
import { samAuthorizerRefsCases } from './samOracle/cases/samAuthorizerRefs';
import { samDefinitionBodyCases } from './samOracle/cases/samDefinitionBody';
import { samPropertyTypesCases } from './samOracle/cases/samPropertyTypes';
import { samShapesCases } from './samOracle/cases/samShapes';
import { throttleLimitsCases } from './samOracle/cases/throttleLimits';
import { yamlTagCases } from './samOracle/cases/yamlTags';
import { checkCase, type RuleCase } from './samOracle/ruleCase';

const byRule: [string, RuleCase[]][] = [
  ['samApiAuth (sam-auth)', samApiAuthCases],
  ['samApiEvents (sam-event)', samApiEventsCases],
  ['samApiSettings (sam-api-setting)', samApiSettingsCases],
  ['samAuthorizerRefs (sam-authorizer-ref)', samAuthorizerRefsCases],
  ['samDefinitionBody (sam-definition-body)', samDefinitionBodyCases],
  ['samPropertyTypes (sam-property-type)', samPropertyTypesCases],
  ['samShapes (the shared SAM tables)', samShapesCases],
  ['throttleLimits (throttle-above-account, throttle-burst-below-rate)', throttleLimitsCases],
  ['DefaultAuthorizer as SAM reads it (sam-auth, sam-authorizer-ref, the schema check)', defaultAuthorizerCases],
  ['YAML standard tags as the transform reads them', yamlTagCases],
  ['SAM settings read by their truth (value-truth)', readByTruthCases],
];

for (const [rule, cases] of byRule) {
  describe(rule, () => {
    for (const c of cases) test(c.name, () => checkCase(c));
  });
}
