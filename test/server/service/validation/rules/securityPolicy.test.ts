/** The security-policy rule as the user sees it: an enhanced `SecurityPolicy_*` needs an endpoint access mode. */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { securityPolicyRule } from '../../../../../server/src/service/validation/rules/securityPolicy';
import { diagnose } from './ruleDiagnostics';

const head = "openapi: 3.0.1\ninfo: {title: t, version: '1'}\npaths: {}\n";
const check = (extensions: string, errors: string[] = []) =>
  diagnose(head + extensions, securityPolicyRule, { apiType: 'REST', errors });

test('an enhanced policy without an access mode: reported on the policy, with a fix that adds STRICT', () => {
  assert.deepEqual(check('x-amazon-apigateway-security-policy: SecurityPolicy_TLS13_1_3_2025_09\n'), [
    `security-policy-access-mode error 4:38-4:70 "SecurityPolicy_TLS13_1_3_2025_09" The enhanced policy 'SecurityPolicy_TLS13_1_3_2025_09' also needs 'x-amazon-apigateway-endpoint-access-mode' (BASIC or STRICT).`,
    '  fix {"addField":{"name":"x-amazon-apigateway-endpoint-access-mode","value":"STRICT","objectOffset":0}}',
  ]);
});

test('with an access mode, a legacy policy, a policy that is not text, or none: nothing to say, nothing failing', () => {
  for (const extensions of [
    'x-amazon-apigateway-security-policy: SecurityPolicy_TLS13_1_3_2025_09\nx-amazon-apigateway-endpoint-access-mode: STRICT\n',
    'x-amazon-apigateway-security-policy: TLS_1_2\n',
    'x-amazon-apigateway-security-policy: [SecurityPolicy_TLS13_1_3_2025_09]\n',
    'x-amazon-apigateway-endpoint-access-mode: BASIC\n',
  ]) {
    const errors: string[] = [];
    assert.deepEqual(check(extensions, errors), [], extensions);
    assert.deepEqual(errors, [], extensions);
  }
});
