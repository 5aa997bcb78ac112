/** HTTP APIs: only Lambda and HTTP proxy integrations, with a payload format version that fits. */
import { getProperty, getValue, scalarText } from '../../parser/ast';
import { integrationsOf, lambdaTarget } from '../integrations';
import { definitionRule } from '../rule';

export const httpIntegrationsRule = definitionRule({
  name: 'http-integrations',
  reports: ['http-integration-type', 'payload-format-lambda', 'payload-format-version'],
  check(ctx) {
    if (ctx.apiType !== 'HTTP') return;
    for (const op of ctx.index.operations) {
      for (const { node, type, property } of integrationsOf(ctx.def.root, op)) {
        if (!type) continue;
        const typeNode = getValue(node, 'type')!;
        if (type !== 'aws_proxy' && type !== 'http_proxy') {
          ctx.report(
            'http-integration-type',
            typeNode,
            `HTTP APIs support only 'aws_proxy' (Lambda or AWS service) and 'http_proxy' integrations; the import warns about '${type}'.`,
            { replaceWith: type === 'http' ? ['http_proxy'] : ['aws_proxy'] },
          );
          continue;
        }
        const pfv = getProperty(node, 'payloadFormatVersion');
        if (!pfv) {
          ctx.report(
            'payload-format-version',
            property.key,
            `HTTP API integrations need 'payloadFormatVersion' ("2.0" for Lambda, "1.0" otherwise).`,
            {
              addField: {
                name: 'payloadFormatVersion',
                value: lambdaTarget(node) !== 'other' ? "'2.0'" : "'1.0'",
                objectOffset: node.offset,
              },
            },
          );
          continue;
        }
        const version = scalarText(pfv.value);
        if (version === '2.0' && lambdaTarget(node) === 'other') {
          ctx.report(
            'payload-format-lambda',
            pfv.value!,
            `Payload format 2.0 is for Lambda proxy integrations only; use "1.0" here.`,
            { replaceWith: ['1.0'] },
          );
        }
      }
    }
  },
});
