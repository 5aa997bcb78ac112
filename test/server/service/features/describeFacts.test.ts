// The facts lines of a description: where an extension goes and the type of each kind of value.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { getLanguageService } from '../../../../server/src/service/languageService';
import { atCursor } from './helpers';

const service = getLanguageService({ host: {} });

/** The `- ...` fact lines of the hover at the cursor. */
function facts(text: string): string[] {
  const at = atCursor(text);
  const h = service.hover(at.doc, at.position);
  assert.ok(h, text);
  return (h.contents as { value: string }).value.split('\n').filter((l) => l.startsWith('- '));
}
const http = 'openapi: 3.0.1\nx-amazon-apigateway-cors: {}\n';

describe('description facts', () => {
  test('where each extension goes', () => {
    assert.ok(
      facts('openapi: 3.0.1\npaths:\n  /a:\n    x-amazon-apigateway-any-me|thod: {}\n').includes(
        '- Goes in: path items',
      ),
    );
    assert.ok(
      facts(
        'openapi: 3.0.1\ncomponents:\n  securitySchemes:\n    a:\n      x-amazon-apigateway-auth|type: x\npaths: {}\n',
      ).includes('- Goes in: security schemes'),
    );
    assert.ok(
      facts('openapi: 3.0.1\nx-amazon-apigateway-endpoint-config|uration: {}\npaths: {}\n').includes(
        '- Goes in: the top level, `servers` entries',
      ),
    );
    assert.ok(
      facts(`${http}components:\n  x-amazon-apigateway-integ|rations: {}\npaths: {}\n`).includes(
        '- Goes in: `components`',
      ),
    );
    assert.ok(
      facts(`${http}tags:\n  - name: a\n    x-amazon-apigateway-tag-va|lue: b\npaths: {}\n`).includes(
        '- Goes in: top-level `tags` entries',
      ),
    );
    assert.deepEqual(facts('openapi: 3.0.1\nx-amazon-apigateway-request-valid|ator: all\npaths: {}\n').slice(-2), [
      '- Goes in: the top level, operations',
      '- API types: REST',
    ]);
  });

  test('types: list of, number, boolean, any value, map, string', () => {
    assert.equal(
      facts('openapi: 3.0.1\nx-amazon-apigateway-binary-media-ty|pes: []\npaths: {}\n')[0],
      '- Type: list of string',
    );
    assert.equal(
      facts(
        'Resources:\n  S:\n    Type: AWS::ApiGateway::Stage\n    Properties:\n      MethodSettings:\n        - ThrottlingRate|Limit: 1\n',
      )[0],
      '- Type: number',
    );
    assert.equal(
      facts(
        'openapi: 3.0.1\npaths:\n  /a:\n    get:\n      x-amazon-apigateway-integration:\n        tlsConfig:\n          insecureSkip|Verification: true\n',
      )[0],
      '- Type: boolean',
    );
    assert.equal(
      facts('openapi: 3.0.1\nx-amazon-apigateway-policy:\n  State|ment: []\npaths: {}\n')[0],
      '- Type: any value',
    );
    assert.equal(facts('openapi: 3.0.1\nx-amazon-apigateway-auth|type: x\npaths: {}\n')[0], '- Type: string');
    assert.deepEqual(
      facts(
        'openapi: 3.0.1\npaths:\n  /a:\n    get:\n      x-amazon-apigateway-integration:\n        requestTemp|lates: {}\n',
      ).slice(0, 2),
      ['- Type: map (object with named entries)', '- Keys: A MIME type such as `application/json`.'],
    );
  });

  test('a field for some API types only says which', () => {
    assert.ok(
      facts(
        'openapi: 3.0.1\npaths:\n  /a:\n    get:\n      x-amazon-apigateway-integration:\n        tlsConfig:\n          insecureSkip|Verification: true\n',
      ).includes('- API types: REST'),
    );
    assert.ok(
      !facts('openapi: 3.0.1\npaths:\n  /a:\n    get:\n      x-amazon-apigateway-integration:\n        u|ri: x\n').some(
        (f) => f.startsWith('- API types'),
      ),
    );
  });
});
