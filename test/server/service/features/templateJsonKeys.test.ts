// A template written out in JSON keeps every key as written: `__proto__` too (an OpenAPI schema may name a
// property so), which an assignment on a plain object dropped.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { getLanguageService } from '../../../../server/src/service/languageService';

const service = getLanguageService({ host: {} });

test('a __proto__ key is written out like any other key, with its value', () => {
  const text = `Resources:
  Api:
    Type: AWS::ApiGateway::RestApi
    Properties:
      Body:
        components: {schemas: {A: {properties: {__proto__: {type: string}, b: {type: integer}}}}}
`;
  const result = service.templateJson(service.parseDocument('file:///t.yaml', 'yaml', 1, text));
  assert.equal(
    result?.json,
    '{"Resources":{"Api":{"Type":"AWS::ApiGateway::RestApi","Properties":{"Body":{"components":{"schemas":{"A":{"properties":{"__proto__":{"type":"string"},"b":{"type":"integer"}}}}}}}}}}',
  );
});
