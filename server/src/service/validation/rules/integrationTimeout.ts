/** REST: a timeout above 29 s needs a quota increase (Regional/private) or response streaming. */
import { asString, getValue } from '../../parser/ast';
import { integrationsOf } from '../integrations';
import { definitionRule } from '../rule';

export const integrationTimeoutRule = definitionRule({
  name: 'integration-timeout',
  reports: ['integration-timeout'],
  check(ctx) {
    if (ctx.apiType !== 'REST') return;
    for (const op of ctx.index.operations) {
      for (const { node } of integrationsOf(ctx.def.root, op)) {
        const timeout = getValue(node, 'timeoutInMillis');
        const value =
          timeout?.type === 'number' ? timeout.value : timeout?.type === 'string' ? Number(timeout.value) : NaN;
        if (!(value > 29000) || value > 900000) continue;
        if (asString(getValue(node, 'responseTransferMode'))?.toUpperCase() === 'STREAM') continue;
        ctx.report(
          'integration-timeout',
          timeout!,
          `${value} ms is above REST's default 29,000 ms limit: it works only for Regional or private APIs after a quota increase, or with responseTransferMode STREAM.`,
        );
      }
    }
  },
});
