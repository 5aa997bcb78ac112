/**
 * The mapping template rules (gateway-response-template-vtl, template-size, template-syntax,
 * template-unknown-member) as the user sees them: each case's diagnostics (range, severity, code, message).
 */
import { describe, test } from 'node:test';
import { checkCase } from '../template/samOracle/ruleCase';
import {
  gatewayResponseTemplateCases,
  templateSizeCases,
  templateSyntaxCases,
  templateUnknownMemberCases,
} from './mappingTemplateRules.cases';

describe('mapping template rules', () => {
  for (const c of [
    ...gatewayResponseTemplateCases,
    ...templateSizeCases,
    ...templateSyntaxCases,
    ...templateUnknownMemberCases,
  ])
    test(c.name, () => checkCase(c));
});
