/** Values quick fixes write: a new request validator and a stand-in MOCK integration. */
import type { RenderValue } from './snippetSyntax';

/** What a validator named like this most likely checks: `params-only` checks parameters, `body` the body. */
export function validatorValue(name: string): RenderValue {
  const params = /param/i.test(name);
  const body = /body/i.test(name);
  return { validateRequestBody: body || !params, validateRequestParameters: params || !body };
}

/** A MOCK integration answering `status` with an empty JSON object: enough to deploy, obvious to replace. */
export function mockIntegrationValue(status: string): RenderValue {
  return {
    type: 'mock',
    requestTemplates: { 'application/json': '{"statusCode": 200}' },
    responses: { default: { statusCode: status, responseTemplates: { 'application/json': '{}' } } },
    passthroughBehavior: 'when_no_match',
  };
}
