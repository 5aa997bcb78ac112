/**
 * Throttling, caching, logging, usage plan and SAM Auth settings of template resources, checked against the
 * catalogue's schemas by the same schema check as the extensions (types, ranges, enums, resource paths, route
 * keys; intrinsics accepted).
 * Severity evidence: these values are passed to CloudFormation resources whose schemas reject wrong types, enums and
 * ranges, so the deployment fails (error); unknown fields are ignored by SAM or refused by CloudFormation depending on
 * the resource, so a warning.
 */
import { findTemplateResource } from '../../../catalogue/samSettings';
import { templateApiType } from '../../../document/templateApiType';
import { templateRule } from '../../rule';
import { SCHEMA_CHECK_RULES, checkValue } from '../../schemaCheck';

export const templateSettingsRule = templateRule({
  name: 'template-settings',
  reports: SCHEMA_CHECK_RULES,
  checkTemplate(ctx) {
    for (const resource of ctx.template.resources.values()) {
      const spec = findTemplateResource(resource.type);
      if (!spec || !resource.properties) continue;
      // The schema check reads only the API type and the reporter from its context.
      const schemaCtx = {
        apiType: templateApiType(ctx.doc, resource, spec),
        report: (...args: Parameters<typeof ctx.report>) => ctx.report(...args),
        nullIsAbsent: resource.type.startsWith('AWS::Serverless::'),
      };
      checkValue(schemaCtx, resource.properties, spec.properties, `${resource.logicalId}.Properties`);
    }
  },
});
