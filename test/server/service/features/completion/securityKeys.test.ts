// Security scheme names are offered as keys only in a requirement object of a `security` list at the root or in an
// operation: not in another list, not in an object named `security`, not in a `security` list deeper in the file.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { completions } from './helpers';

const spec = (body: string) => `openapi: 3.0.1
info: {title: t, version: '1'}
${body}components:
  securitySchemes:
    keyScheme: {type: apiKey, name: x-api-key, in: header}
`;

describe('security requirement keys', () => {
  test('in the root and operation requirement lists', () => {
    assert.ok(completions(spec('security:\n  - |\npaths: {}\n')).labels.includes('keyScheme'));
    assert.ok(
      completions(spec('paths:\n  /a:\n    get:\n      security:\n        - |\n      responses: {}\n')).labels.includes(
        'keyScheme',
      ),
    );
  });

  test('nowhere else', () => {
    for (const body of [
      'x-list:\n  - |\npaths: {}\n',
      'security:\n  k:\n    |\npaths: {}\n',
      'x-deep:\n  a:\n    b:\n      security:\n        - |\npaths: {}\n',
      // A path item has no security requirements (its operations do).
      'paths:\n  /a:\n    security:\n      - |\n',
      'paths:\n  /a:\n    get:\n      x-other:\n        - |\n      responses: {}\n',
    ])
      assert.ok(!completions(spec(body)).labels.includes('keyScheme'), body);
  });
});
