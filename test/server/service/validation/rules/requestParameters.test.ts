/**
 * request-parameters and request-parameter-undeclared, as the user sees them: the REST mapping keys and values API
 * Gateway's import accepts (apigateway-facts.md §1.13.2, §4.3), the method request parameters a mapping may read,
 * and HTTP APIs' `append|overwrite|remove` keys with their reserved headers (§2.7).
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { diagnoseCodes, spanOf } from './integrationRulesSupport';

const codes = ['request-parameters', 'request-parameter-undeclared'];

/** One operation (GET /pets/{id}, declaring the header X-Tenant and the query `page`) with these mappings. */
function api(mappings: [string, string][], extra: { parameters?: string[]; integration?: string[] } = {}): string {
  return [
    'openapi: 3.0.1',
    "info: {title: t, version: '1'}",
    'paths:',
    '  /pets/{id}:',
    '    get:',
    '      parameters:',
    ...(extra.parameters ?? [
      '        - {name: X-Tenant, in: header, schema: {type: string}}',
      '        - {name: page, in: query, schema: {type: string}}',
    ]),
    "      responses: {'200': {description: ok}}",
    '      x-amazon-apigateway-integration:',
    '        type: http_proxy',
    '        httpMethod: GET',
    "        uri: 'https://example.com/pets/{id}'",
    ...(extra.integration ?? []),
    '        requestParameters:',
    ...mappings.map(([k, v]) => `          ${k}: ${v}`),
    '',
  ].join('\n');
}

const invalidValue = (value: string) =>
  `Invalid mapping expression "${value}": use method.request.{path|querystring|header}.<name>, method.request.body, stageVariables.<name>, context.<name>, or a static value in single quotes ('${value}').`;
const invalidKey = (key: string) =>
  `'${key}' is not an integration request parameter: use 'integration.request.{path|querystring|header|multivaluequerystring|multivalueheader}.<name>'.`;

describe('request-parameters: REST keys', () => {
  test('a key must be integration.request.<location>.<name>, wholly', () => {
    for (const key of ['my.integration.request.header.Accept', "'integration.request.header.X Trace'"]) {
      const text = api([[key, 'method.request.header.X-Tenant']]);
      assert.deepEqual(diagnoseCodes(text, codes, { apiType: 'REST' }), [
        {
          at: spanOf(text, key),
          severity: 'error',
          code: 'request-parameters',
          message: invalidKey(key.replace(/'/g, '')),
        },
      ]);
    }
  });

  test('a key computed from a placeholder is left alone', () => {
    const text = api([["'${stageVariables.mappedHeader}'", 'method.request.header.X-Tenant']]);
    assert.deepEqual(diagnoseCodes(text, codes, { apiType: 'REST' }), []);
  });
});

describe('request-parameters: REST values', () => {
  test('every documented source is accepted', () => {
    const text = api([
      ['integration.request.path.id', 'method.request.path.id'],
      ['integration.request.header.x-tenant', 'method.request.header.x-tenant'],
      ['integration.request.querystring.page', 'method.request.multivaluequerystring.page'],
      ['integration.request.header.x-body', 'method.request.body'],
      ['integration.request.header.x-city', 'method.request.body.address.city'],
      ['integration.request.header.x-request', 'context.requestId'],
      ['integration.request.header.x-claims', '$context.authorizer.claims.sub'],
      ['integration.request.header.x-stage', 'stageVariables.tenant'],
      ['integration.request.header.x-static', '"\'application/json\'"'],
    ]);
    assert.deepEqual(diagnoseCodes(text, codes, { apiType: 'REST' }), []);
  });

  test('a value must be one expression from start to end, or it is offered in quotes', () => {
    for (const value of [
      'header.method.request.header.X-Tenant',
      "'method.request.header.X-Tenant, method.request.querystring.page'",
      'application/json',
    ]) {
      const text = api([['integration.request.header.x', value]]);
      const bare = value.startsWith("'") ? value.slice(1, -1) : value;
      assert.deepEqual(diagnoseCodes(text, codes, { apiType: 'REST' }), [
        {
          at: spanOf(text, value),
          severity: 'error',
          code: 'request-parameters',
          message: invalidValue(bare),
          data: { replaceWith: [`'${bare}'`] },
        },
      ]);
    }
  });

  test('values that are not plain strings, or hold a placeholder, are left to other rules', () => {
    const text = api([
      ['integration.request.header.x-count', '5'],
      ['integration.request.header.x-flag', 'true'],
      ['integration.request.header.x-prefix', "'${stageVariables.prefix}-id'"],
    ]);
    assert.deepEqual(diagnoseCodes(text, codes, { apiType: 'REST' }), []);
  });
});

describe('request-parameter-undeclared', () => {
  test('a mapping reads only parameters the operation declares, named by their location', () => {
    const text = api([
      ['integration.request.header.a', 'method.request.header.X-Missing'],
      ['integration.request.querystring.b', 'method.request.querystring.size'],
      ['integration.request.path.c', 'method.request.path.petId'],
      ['integration.request.header.d', 'method.request.header.x-tenant'],
    ]);
    const undeclared = (at: string, name: string, where: string, value: string) => ({
      at: spanOf(text, at),
      severity: 'error',
      code: 'request-parameter-undeclared',
      message: `'${name}' is not a declared ${where} parameter of this operation (or a path template variable); the import rejects '${value}'.`,
    });
    assert.deepEqual(diagnoseCodes(text, codes, { apiType: 'REST' }), [
      undeclared('method.request.header.X-Missing', 'X-Missing', 'header', 'method.request.header.X-Missing'),
      undeclared('method.request.querystring.size', 'size', 'query', 'method.request.querystring.size'),
      undeclared('method.request.path.petId', 'petId', 'path', 'method.request.path.petId'),
    ]);
  });

  test('a context variable that merely contains method.request is not a parameter reference', () => {
    const text = api([['integration.request.header.a', 'context.authorizer.method.request.header.token']]);
    assert.deepEqual(diagnoseCodes(text, codes, { apiType: 'REST' }), []);
  });

  test('when a declared parameter cannot be read, no reference is called undeclared', () => {
    const text = api([['integration.request.header.a', 'method.request.header.X-Missing']], {
      parameters: ["        - $ref: '#/components/parameters/Missing'"],
    });
    assert.deepEqual(diagnoseCodes(text, codes, { apiType: 'REST' }), []);
  });
});

describe('request-parameters: HTTP APIs', () => {
  const reserved = (header: string) => `The header '${header}' is reserved; HTTP APIs cannot map it.`;
  const http = (keys: string[]) =>
    api(
      keys.map((k) => [k, "'v'"]),
      { integration: ["        payloadFormatVersion: '1.0'"] },
    );

  test('the reserved headers are refused, whole names only', () => {
    const keys = [
      'overwrite:path',
      'append:querystring.page',
      'overwrite:header.Access-Control-Allow-Origin',
      'append:header.apigw-requestid',
      'overwrite:header.x-amz-date',
      'append:header.X-Amzn-Trace-Id',
      'append:header.tenant-id',
      'append:header.x-authorization',
      'remove:header.authorization-token',
    ];
    const text = http(keys);
    assert.deepEqual(
      diagnoseCodes(text, codes, { apiType: 'HTTP' }),
      [
        ['overwrite:header.Access-Control-Allow-Origin', 'Access-Control-Allow-Origin'],
        ['append:header.apigw-requestid', 'apigw-requestid'],
        ['overwrite:header.x-amz-date', 'x-amz-date'],
        ['append:header.X-Amzn-Trace-Id', 'X-Amzn-Trace-Id'],
      ].map(([key, header]) => ({
        at: spanOf(text, key),
        severity: 'error',
        code: 'request-parameters',
        message: reserved(header),
      })),
    );
  });

  test('a key must be an HTTP API mapping from start to end', () => {
    for (const key of ['set-append:header.x-trace', 'overwrite:path.id']) {
      const text = http([key]);
      assert.deepEqual(diagnoseCodes(text, codes, { apiType: 'HTTP' }), [
        {
          at: spanOf(text, key),
          severity: 'error',
          code: 'request-parameters',
          message: `'${key}' is not an HTTP API parameter mapping: use 'append|overwrite|remove:header.<name>', 'append|overwrite|remove:querystring.<name>' or 'overwrite:path'.`,
        },
      ]);
    }
  });

  test('a key computed from a placeholder is left alone', () => {
    assert.deepEqual(diagnoseCodes(http(["'${stageVariables.mapping}'"]), codes, { apiType: 'HTTP' }), []);
  });

  test('WebSocket APIs are checked by neither the REST nor the HTTP form', () => {
    assert.deepEqual(
      diagnoseCodes(http(['integration.request.header.x', 'route.request.body']), codes, { apiType: 'WEBSOCKET' }),
      [],
    );
  });
});
