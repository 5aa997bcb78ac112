// Mapping sources and targets come from the parameters of the operation the integration belongs to, and only
// from an operation's own integration; field documentation links to AWS's page of the extension or resource.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { completions } from './helpers';

describe('parameters of the operation at the cursor', () => {
  const two = (cursorIn: 'get' | 'post') => `openapi: 3.0.1
paths:
  /a/{id}:
    get:
      parameters:
        - {name: id, in: path}
        - {name: g, in: query}
      x-amazon-apigateway-integration:
        requestParameters:
          ${cursorIn === 'get' ? 'integration.request.header.x: |' : 'x: y'}
    post:
      parameters:
        - {name: id, in: path}
        - {name: p, in: header}
      x-amazon-apigateway-integration:
        requestParameters:
          ${cursorIn === 'post' ? 'integration.request.header.x: |' : 'x: y'}
  /b:
    get:
      parameters:
        - {name: b, in: query}
`;

  test('the method under the same path, not its sibling; the path, not another one', () => {
    assert.deepEqual(
      completions(two('get')).labels.filter((l) => l.startsWith('method.request.')),
      ['method.request.path.id', 'method.request.querystring.g', 'method.request.body'],
    );
    assert.deepEqual(
      completions(two('post')).labels.filter((l) => l.startsWith('method.request.')),
      ['method.request.path.id', 'method.request.header.p', 'method.request.body'],
    );
  });

  test('a REST API’s reusable integration has no operation: only the generic sources', () => {
    const text = `openapi: 3.0.1
x-amazon-apigateway-api-key-source: HEADER
components:
  x-amazon-apigateway-integrations:
    shared:
      type: http
      requestParameters:
        integration.request.header.x: |
paths:
  /a/{id}:
    get:
      parameters:
        - {name: id, in: path}
`;
    assert.deepEqual(completions(text).labels, [
      'method.request.body',
      'context.',
      'stageVariables.',
      "'static value'",
    ]);
  });

  test('request parameters outside an integration get none of this', () => {
    const text =
      'openapi: 3.0.1\npaths:\n  /a/{id}:\n    get:\n      parameters:\n        - {name: id, in: path}\n      x-requestParameters:\n        requestParameters:\n          a: |\n';
    assert.deepEqual(completions(text).labels, []);
  });
});

describe('field documentation links', () => {
  test("an extension's fields link to the extension's page; a template resource's to the resource's", () => {
    const field = completions(
      'openapi: 3.0.1\npaths:\n  /a:\n    get:\n      x-amazon-apigateway-integration:\n        |\n',
    ).item('uri');
    assert.match(
      (field.documentation as { value: string }).value,
      /\n\n\[AWS documentation\]\(https:\/\/docs\.aws\.amazon\.com\/apigateway\/latest\/developerguide\/api-gateway-swagger-extensions-integration\.html\)$/,
    );
    const setting = completions(
      'Resources:\n  S:\n    Type: AWS::ApiGateway::Stage\n    Properties:\n      MethodSettings:\n        - |\n',
    ).item('CachingEnabled');
    assert.match(
      (setting.documentation as { value: string }).value,
      /\n\n\[AWS documentation\]\(https:\/\/docs\.aws\.amazon\.com\/AWSCloudFormation\/latest\/UserGuide\/aws-resource-apigateway-stage\.html\)$/,
    );
    assert.equal(setting.detail, 'boolean');
  });
});
