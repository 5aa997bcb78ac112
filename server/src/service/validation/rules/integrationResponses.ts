/** REST integration responses: mapping values well formed, and a method response for each status code. */
import { asObject, getProperty, getValue, scalarText } from '../../parser/ast';
import { integrationsOf } from '../integrations';
import { definitionRule } from '../rule';

const responseValue =
  /^(?:integration\.response\.(?:(?:header|multivalueheader)\.[^\s]+|body(?:\..+)?)|\$?stageVariables\.[A-Za-z0-9_]+|\$?context\.[A-Za-z0-9_.]+|'[^']*')$/;

export const integrationResponsesRule = definitionRule({
  name: 'integration-responses',
  reports: ['response-parameters', 'response-status'],
  check(ctx) {
    if (ctx.apiType !== 'REST') return;
    for (const op of ctx.index.operations) {
      const methodResponses = asObject(getValue(op.node, 'responses'));
      for (const { node } of integrationsOf(ctx.def.root, op)) {
        for (const response of asObject(getValue(node, 'responses'))?.properties ?? []) {
          const status = scalarText(getValue(response.value, 'statusCode'));
          if (
            status &&
            /^[1-5]\d\d$/.test(status) &&
            methodResponses &&
            !getProperty(methodResponses, status) &&
            !getProperty(methodResponses, 'default')
          ) {
            ctx.report(
              'response-status',
              getValue(response.value, 'statusCode')!,
              `No method response '${status}' is declared in this operation's 'responses'; API Gateway cannot return this status to the caller until one is.`,
            );
          }
          for (const param of asObject(getValue(response.value, 'responseParameters'))?.properties ?? []) {
            const value = scalarText(param.value);
            if (value === undefined || param.value?.type !== 'string' || value.includes('${')) continue;
            if (!responseValue.test(value)) {
              ctx.report(
                'response-parameters',
                param.value,
                `Invalid mapping expression "${value}": use integration.response.header.<name>, integration.response.body, stageVariables.<name>, context.<name>, or a static value in single quotes ('${value}').`,
                { replaceWith: [`'${value}'`] },
              );
            }
          }
        }
      }
    }
  },
});
