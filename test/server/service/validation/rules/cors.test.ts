/** The CORS rule as the user sees it: credentials cannot be allowed for the `*` origin (HTTP APIs). */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { corsRule } from '../../../../../server/src/service/validation/rules/cors';
import { diagnose } from './ruleDiagnostics';

const head = "openapi: 3.0.1\ninfo: {title: t, version: '1'}\npaths: {}\n";
const check = (cors: string, errors: string[] = []) =>
  diagnose(`${head}x-amazon-apigateway-cors:\n${cors}`, corsRule, { apiType: 'HTTP', errors });

test("credentials with '*' among other origins: reported on the '*'", () => {
  const errors: string[] = [];
  assert.deepEqual(check("  allowCredentials: true\n  allowOrigins: ['https://example.com', '*']\n", errors), [
    `cors-credentials error 6:41-6:44 "'*'" CORS cannot allow credentials for every origin ('*'); list the allowed origins instead.`,
  ]);
  assert.deepEqual(errors, []);
});

test('listed origins only, no origins, origins not in a list, or no credentials: nothing to say, nothing failing', () => {
  for (const cors of [
    "  allowCredentials: true\n  allowOrigins: ['https://example.com']\n",
    '  allowCredentials: true\n',
    "  allowCredentials: true\n  allowOrigins: '*'\n",
    "  allowCredentials: false\n  allowOrigins: ['*']\n",
    "  allowOrigins: ['*']\n",
  ]) {
    const errors: string[] = [];
    assert.deepEqual(check(cors, errors), [], cors);
    assert.deepEqual(errors, [], cors);
  }
});

test('credentials without a value (a JSON syntax error): nothing to say, nothing failing', () => {
  const errors: string[] = [];
  const text =
    '{"openapi": "3.0.1", "info": {"title": "t", "version": "1"}, "paths": {},\n' +
    '"x-amazon-apigateway-cors": {"allowCredentials": , "allowOrigins": ["*"]}}\n';
  assert.deepEqual(diagnose(text, corsRule, { apiType: 'HTTP', json: true, errors }), []);
  assert.deepEqual(errors, []);
});
