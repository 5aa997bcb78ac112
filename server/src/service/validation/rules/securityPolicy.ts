/** An enhanced `SecurityPolicy_*` needs an endpoint access mode. */
import { getProperty, scalarText } from '../../parser/ast';
import { definitionRule } from '../rule';

export const securityPolicyRule = definitionRule({
  name: 'security-policy-access-mode',
  reports: ['security-policy-access-mode'],
  check(ctx) {
    const policy = getProperty(ctx.def.root, 'x-amazon-apigateway-security-policy');
    const value = scalarText(policy?.value);
    if (!policy || !value?.startsWith('SecurityPolicy_')) return;
    if (!getProperty(ctx.def.root, 'x-amazon-apigateway-endpoint-access-mode')) {
      ctx.report(
        'security-policy-access-mode',
        policy.value!,
        `The enhanced policy '${value}' also needs 'x-amazon-apigateway-endpoint-access-mode' (BASIC or STRICT).`,
        {
          addField: {
            name: 'x-amazon-apigateway-endpoint-access-mode',
            value: 'STRICT',
            objectOffset: ctx.def.root.offset,
          },
        },
      );
    }
  },
});
