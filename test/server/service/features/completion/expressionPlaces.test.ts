// Mapping expressions only where they apply: method request parameters from the operation that holds the
// integration (not another operation with the same method, not an integration elsewhere), none from a shared
// integration in components, and access log variables only under an access log format.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { completions } from './helpers';

const spec = (rest: string) => `openapi: 3.0.1
info: {title: t, version: '1'}
paths:
  /a/{id}:
    get:
      parameters: [{name: id, in: path, required: true, schema: {type: string}}]
      responses: {}
  /b/{name}:
    get:
      parameters: [{name: name, in: path, required: true, schema: {type: string}}]
      x-amazon-apigateway-integration:
        type: http
        requestParameters:
          |
${rest}`;

describe('method request parameters', () => {
  test("from the integration's own operation, not another one with the same method", () => {
    const labels = completions(spec('')).labels;
    assert.ok(labels.includes('integration.request.path.name'), labels.join(', '));
    assert.ok(!labels.includes('integration.request.path.id'));
  });

  test('none for an integration under another key of the operation, or outside paths', () => {
    const nested = `openapi: 3.0.1
info: {title: t, version: '1'}
paths:
  /a/{id}:
    get:
      parameters: [{name: id, in: path, required: true, schema: {type: string}}]
      x-copy:
        x-amazon-apigateway-integration:
          requestParameters:
            |
      responses: {}
x-paths:
  /a/{id}:
    get:
      x-amazon-apigateway-integration:
        requestParameters: {}
`;
    const labels = completions(nested).labels;
    assert.ok(labels.includes('integration.request.header.'), labels.join(', '));
    assert.ok(!labels.includes('integration.request.path.id'));
    const [head, tail] = nested.split('x-paths:');
    const outside = `${head.replace('requestParameters:\n            |\n', 'requestParameters: {}\n')}x-paths:${tail.replace(
      'requestParameters: {}\n',
      'requestParameters:\n          |\n',
    )}`;
    const outsideLabels = completions(outside).labels;
    assert.ok(outsideLabels.includes('integration.request.header.'), outsideLabels.join(', '));
    assert.ok(!outsideLabels.includes('integration.request.path.id'));
  });

  test('a shared integration in components: only the generic targets', () => {
    // The API key source makes the API a REST API (HTTP APIs map parameters in their own words).
    const text = `openapi: 3.0.1
info: {title: t, version: '1'}
x-amazon-apigateway-api-key-source: HEADER
paths: {}
components:
  x-amazon-apigateway-integrations:
    shared:
      type: http
      requestParameters:
        |
`;
    const labels = completions(text).labels;
    assert.deepEqual(
      labels.filter((l) => l.startsWith('integration.request.')),
      [
        'integration.request.header.',
        'integration.request.querystring.',
        'integration.request.path.',
        'integration.request.multivalueheader.',
        'integration.request.multivaluequerystring.',
      ],
    );
  });
});

describe('access log variables', () => {
  test('not in a schema `format`', () => {
    const text = `openapi: 3.0.1
info: {title: t, version: '1'}
paths: {}
components:
  schemas:
    When:
      type: string
      format: $context.req|
`;
    assert.ok(!completions(text).labels.some((l) => l.startsWith('$context.')));
  });
});
