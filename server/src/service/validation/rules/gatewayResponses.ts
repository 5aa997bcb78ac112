/** Gateway response header values: a request parameter, context or stage variable, or a quoted static value. */
import { asObject, getValue, scalarText } from '../../parser/ast';
import { definitionRule } from '../rule';

const value =
  /^(?:method\.request\.(?:header|querystring|path|multivalueheader|multivaluequerystring)\.[^\s]+|\$?stageVariables\.[A-Za-z0-9_]+|\$?context\.[A-Za-z0-9_.]+|'[^']*')$/;

export const gatewayResponsesRule = definitionRule({
  name: 'gateway-response-parameters',
  reports: ['gateway-response-parameters'],
  check(ctx) {
    if (ctx.apiType !== 'REST') return;
    for (const response of asObject(getValue(ctx.def.root, 'x-amazon-apigateway-gateway-responses'))?.properties ??
      []) {
      for (const param of asObject(getValue(response.value, 'responseParameters'))?.properties ?? []) {
        const text = scalarText(param.value);
        if (text === undefined || param.value?.type !== 'string' || text.includes('${') || value.test(text)) continue;
        ctx.report(
          'gateway-response-parameters',
          param.value,
          `Invalid value "${text}": static values must be in single quotes ('${text}'), or use method.request.header.<name>, context.<name> or stageVariables.<name>.`,
          { replaceWith: [`'${text}'`] },
        );
      }
    }
  },
});
