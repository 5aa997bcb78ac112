// Mapping expressions offered in integrations: request parameter targets and sources, response parameter
// sources, HTTP API parameter mapping, and $context variables in mapping templates and access log formats.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { CompletionItemKind } from 'vscode-languageserver-types';
import { completions } from './helpers';

const rest = (body: string) => `openapi: 3.0.1
paths:
  /a/{id}:
    get:
      parameters:
        - {name: id, in: path}
        - {name: X-H, in: header}
        - {name: q, in: query}
      x-amazon-apigateway-integration:
${body}`;
const http = (body: string) => `openapi: 3.0.1
x-amazon-apigateway-cors: {}
paths:
  /a/{id}:
    get:
      x-amazon-apigateway-integration:
${body}`;

describe('completion of mapping expressions', () => {
  test('REST request parameter targets: one per declared parameter, then the generic ones', () => {
    const c = completions(rest('        requestParameters:\n          |\n'));
    assert.deepEqual(c.labels, [
      'integration.request.path.id',
      'integration.request.querystring.q',
      'integration.request.header.x-h',
      'integration.request.header.',
      'integration.request.querystring.',
      'integration.request.path.',
      'integration.request.multivalueheader.',
      'integration.request.multivaluequerystring.',
    ]);
    const q = c.item('integration.request.querystring.q');
    assert.equal(q.kind, CompletionItemKind.Property);
    assert.equal(q.detail, 'integration request parameter');
    assert.deepEqual(q.documentation, {
      kind: 'markdown',
      value: 'Sends `method.request.querystring.q` to the backend as `integration.request.querystring.q`.',
    });
    assert.match(c.apply(q), /\n {10}integration\.request\.querystring\.q: method\.request\.querystring\.q\n/);
    assert.match(
      c.apply('integration.request.header.x-h'),
      /integration\.request\.header\.x-h: method\.request\.header\.x-h\n/,
    );
    const generic = c.item('integration.request.multivalueheader.');
    assert.equal(generic.kind, CompletionItemKind.Property);
    assert.deepEqual(generic.documentation, {
      kind: 'markdown',
      value: 'An integration request multivalueheader parameter; write its name after the dot.',
    });
  });

  test('REST request parameter targets in JSON: quoted source', () => {
    const c = completions(
      '{"openapi": "3.0.1", "paths": {"/a/{id}": {"get": {"x-amazon-apigateway-integration": {"requestParameters": {"|"}}}}}}',
      'json',
    );
    const text = c.apply('integration.request.path.id');
    assert.deepEqual(JSON.parse(text).paths['/a/{id}'].get['x-amazon-apigateway-integration'].requestParameters, {
      'integration.request.path.id': 'method.request.path.id',
    });
  });

  test('REST request parameter sources: declared parameters, the body, context, stage variables, a static value', () => {
    const c = completions(rest('        requestParameters:\n          integration.request.header.X: |\n'));
    assert.deepEqual(c.labels, [
      'method.request.path.id',
      'method.request.querystring.q',
      'method.request.header.x-h',
      'method.request.body',
      'context.',
      'stageVariables.',
      "'static value'",
    ]);
    const doc = (label: string) => (c.item(label).documentation as { value: string }).value;
    assert.equal(doc('method.request.path.id'), 'A parameter of the method request (declared by this operation).');
    assert.equal(doc('method.request.body'), 'The body of the method request.');
    assert.equal(doc('context.'), 'A context or stage variable.');
    assert.equal(doc("'static value'"), 'A static value, in single quotes.');
    assert.ok(c.items.every((i) => i.kind === CompletionItemKind.Variable));
    // A static value keeps its single quotes inside the YAML string.
    assert.match(c.apply("'static value'"), /integration\.request\.header\.X: '''static value'''\n/);
  });

  test('cache key parameters: only the declared method request parameters', () => {
    const c = completions(rest('        cacheKeyParameters:\n          - |\n'));
    assert.deepEqual(c.labels, ['method.request.path.id', 'method.request.querystring.q', 'method.request.header.x-h']);
    assert.match(c.apply('method.request.path.id'), /\n {10}- method\.request\.path\.id\n/);
  });

  test('in a named integration of x-amazon-apigateway-integrations', () => {
    const text = `openapi: 3.0.1
components:
  x-amazon-apigateway-integrations:
    shared:
      type: http
      requestParameters:
        integration.request.header.X: |
paths: {}
`;
    // Reusable integrations are an HTTP API feature: the document is an HTTP API.
    assert.deepEqual(completions(text).labels, [
      '$request.header.',
      '$request.querystring.',
      '$request.path.',
      '$request.body.',
      '$context.',
      '$stageVariables.',
    ]);
  });

  test('response parameter sources', () => {
    const c = completions(
      rest(
        '        responses:\n          default:\n            responseParameters:\n              method.response.header.X: |\n',
      ),
    );
    assert.deepEqual(c.labels, [
      'integration.response.header.',
      'integration.response.body',
      'integration.response.body.',
      'context.',
      'stageVariables.',
      "'static value'",
    ]);
    assert.deepEqual(c.item('context.').documentation, {
      kind: 'markdown',
      value: 'A value from the integration response.',
    });
  });

  test('HTTP API parameter mapping: append, overwrite and remove keys, the path overwritten from the request', () => {
    const c = completions(http('        requestParameters:\n          |\n'));
    assert.deepEqual(c.labels, [
      'append:header.',
      'overwrite:header.',
      'remove:header.',
      'append:querystring.',
      'overwrite:querystring.',
      'remove:querystring.',
      'overwrite:path',
    ]);
    const path = c.item('overwrite:path');
    assert.equal(path.detail, 'parameter mapping');
    assert.deepEqual(path.documentation, {
      kind: 'markdown',
      value: 'Changes the request before it reaches the backend.',
    });
    assert.match(c.apply(path), /\n {10}overwrite:path: \$request\.path\n/);
    assert.match(c.apply('append:header.'), /\n {10}append:header\.: \n/);
  });

  test('HTTP API parameter values: request, context and stage variables', () => {
    const c = completions(http('        requestParameters:\n          overwrite:header.x: $req|\n'));
    assert.deepEqual(c.labels, [
      '$request.header.',
      '$request.querystring.',
      '$request.path.',
      '$request.body.',
      '$context.',
      '$stageVariables.',
    ]);
    assert.equal(c.replaced('$request.header.'), '$req');
    assert.match(c.apply('$request.header.'), /overwrite:header\.x: \$request\.header\.\n/);
  });

  test('nothing of this elsewhere in the integration', () => {
    const { labels } = completions(rest('        type: http\n        uri: |\n'));
    assert.ok(!labels.some((l) => l.includes('request')), labels.join(', '));
  });
});

describe('completion of variables in mapping templates and access log formats', () => {
  test('a JSON mapping template: $context, $input and $util members replace the token before the cursor', () => {
    const c = completions(
      '{"openapi": "3.0.1", "paths": {"/a": {"get": {"x-amazon-apigateway-integration": {"requestTemplates": {"application/json": "{\\"a\\": $input.pa|"}}}}}}',
      'json',
    );
    assert.ok(c.labels.includes('$context.requestId') && c.labels.includes('$util.parseJson($input.body)'));
    assert.ok(!c.labels.some((l) => l.startsWith('#')), 'no directives');
    assert.ok(!c.labels.some((l) => l.startsWith('$foreach')), 'no loop variables');
    assert.equal(c.replaced("$input.path('$')"), '$input.pa');
    assert.equal(c.item("$input.path('$')").kind, CompletionItemKind.Function);
    assert.equal(c.item('$input.body').kind, CompletionItemKind.Variable);
    assert.equal(c.item('$context.requestId').kind, CompletionItemKind.Variable);
    assert.equal(c.item('$context.requestId').filterText, '$context.requestId');
    // The $context members come from the context catalogue once, not again from the template members.
    assert.equal(c.labels.filter((l) => l === '$context.requestId').length, 1);
  });

  test('a REST stage access log format: access-log variables, no template members', () => {
    const c = completions(
      'Resources:\n  Stage:\n    Type: AWS::ApiGateway::Stage\n    Properties:\n      AccessLogSetting:\n        Format: $context.request|\n',
    );
    assert.ok(c.labels.includes('$context.responseLatency') && c.labels.includes('$context.requestId'));
    assert.ok(!c.labels.includes('$input.body'));
    assert.equal(c.replaced('$context.requestId'), '$context.request');
    assert.match(c.apply('$context.requestId'), /Format: \$context\.requestId\n/);
  });

  test('without a $ token before the cursor, or outside templates and formats: no variables', () => {
    assert.deepEqual(
      completions(
        'Resources:\n  Stage:\n    Type: AWS::ApiGateway::Stage\n    Properties:\n      AccessLogSetting:\n        Format: x |\n',
      ).labels,
      [],
    );
    assert.deepEqual(
      completions(
        'Resources:\n  Stage:\n    Type: AWS::ApiGateway::Stage\n    Properties:\n      Description: $cont|\n',
      ).labels,
      [],
    );
  });
});
