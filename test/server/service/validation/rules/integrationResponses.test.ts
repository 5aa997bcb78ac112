/**
 * response-parameters and response-status, as the user sees them: the mapping expressions a REST integration
 * response may use (apigateway-facts.md §1.13, "Invalid mapping expression specified" on import), and the method
 * response each status code needs before API Gateway can return it.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { diagnoseCodes, spanOf } from './integrationRulesSupport';

const codes = ['response-parameters', 'response-status'];

/** GET /pets with method responses `declared` and one integration response per [statusCode, parameters]. */
function api(declared: string[], responses: [string, [string, string][]][]): string {
  return [
    'openapi: 3.0.1',
    "info: {title: t, version: '1'}",
    'paths:',
    '  /pets:',
    '    get:',
    '      responses:',
    ...declared.map((status) => `        '${status}': {description: ok}`),
    '      x-amazon-apigateway-integration:',
    '        type: http',
    '        httpMethod: GET',
    "        uri: 'https://example.com/pets'",
    '        responses:',
    ...responses.flatMap(([status, params], i) => [
      `          pattern${i}:`,
      `            statusCode: '${status}'`,
      ...(params.length
        ? ['            responseParameters:', ...params.map(([k, v]) => `              ${k}: ${v}`)]
        : []),
    ]),
    '',
  ].join('\n');
}

const invalid = (value: string) =>
  `Invalid mapping expression "${value}": use integration.response.header.<name>, integration.response.body, stageVariables.<name>, context.<name>, or a static value in single quotes ('${value}').`;

describe('response-parameters', () => {
  test('every documented source is accepted', () => {
    const text = api(
      ['200'],
      [
        [
          '200',
          [
            ['method.response.header.X-Id', 'integration.response.header.X-Id'],
            ['method.response.header.X-All', 'integration.response.multivalueheader.X-All'],
            ['method.response.header.X-Body', 'integration.response.body'],
            ['method.response.header.X-Error', 'integration.response.body.errorMessage'],
            ['method.response.header.X-Stage', 'stageVariables.tenant'],
            ['method.response.header.X-Stage2', '$stageVariables.tenant'],
            ['method.response.header.X-Request', 'context.requestId'],
            ['method.response.header.X-Claim', '$context.authorizer.claims.sub'],
            ['method.response.header.X-Static', '"\'no-cache\'"'],
          ],
        ],
      ],
    );
    assert.deepEqual(diagnoseCodes(text, codes, { apiType: 'REST' }), []);
  });

  test('a value must be one expression from start to end, or it is offered in quotes', () => {
    for (const value of [
      'header.integration.response.header.X-Id',
      "'integration.response.header.X-Id integration.response.header.X-Other'",
      'no-cache',
    ]) {
      const text = api(['200'], [['200', [['method.response.header.X-Id', value]]]]);
      const bare = value.startsWith("'") ? value.slice(1, -1) : value;
      assert.deepEqual(diagnoseCodes(text, codes, { apiType: 'REST' }), [
        {
          at: spanOf(text, value),
          severity: 'error',
          code: 'response-parameters',
          message: invalid(bare),
          data: { replaceWith: [`'${bare}'`] },
        },
      ]);
    }
  });

  test('values that are not plain strings, or hold a placeholder, are left to other rules', () => {
    const text = api(
      ['200'],
      [
        [
          '200',
          [
            ['method.response.header.X-Count', '5'],
            ['method.response.header.X-Prefix', "'${stageVariables.prefix}-id'"],
          ],
        ],
      ],
    );
    assert.deepEqual(diagnoseCodes(text, codes, { apiType: 'REST' }), []);
  });

  test('HTTP APIs have no integration responses to check', () => {
    const text = api(['200'], [['404', [['method.response.header.X-Id', 'no-cache']]]]);
    assert.deepEqual(diagnoseCodes(text, codes, { apiType: 'HTTP' }), []);
  });
});

describe('response-status', () => {
  test('a status with no method response is pointed out, as information', () => {
    const text = api(
      ['200'],
      [
        ['200', []],
        ['404', []],
      ],
    );
    assert.deepEqual(diagnoseCodes(text, codes, { apiType: 'REST' }), [
      {
        at: spanOf(text, "'404'"),
        severity: 'information',
        code: 'response-status',
        message:
          "No method response '404' is declared in this operation's 'responses'; API Gateway cannot return this status to the caller until one is.",
      },
    ]);
  });

  test("a 'default' method response covers every status", () => {
    assert.deepEqual(
      diagnoseCodes(
        api(
          ['default'],
          [
            ['404', []],
            ['500', []],
          ],
        ),
        codes,
        { apiType: 'REST' },
      ),
      [],
    );
  });

  test('only a well-formed status code is looked up (a malformed one is another rule’s)', () => {
    assert.deepEqual(
      diagnoseCodes(
        api(
          ['404'],
          [
            ['0200', []],
            ['2000', []],
          ],
        ),
        codes,
        { apiType: 'REST' },
      ),
      [],
    );
  });
});
