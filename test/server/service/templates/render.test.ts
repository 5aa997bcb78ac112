/** Rendering a template of a document for a sample request, and what API Gateway would reject in the result. */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { getLanguageService } from '../../../../server/src/service/languageService';
import { checkRequest } from '../../../../contract/templateRequest';
import { substituteGatewayResponse } from '../../../../server/src/service/templates/substitute';

const service = getLanguageService();
const path = (method: string, kind = 'requestTemplates', type = 'application/json') => [
  'paths',
  '/pets/{id}',
  method,
  'x-amazon-apigateway-integration',
  kind,
  type,
];

const SPEC = `openapi: 3.0.1
info: {title: t, version: '1'}
paths:
  /pets/{id}:
    parameters:
      - {name: id, in: path, required: true, schema: {type: string, example: p-42}}
    post:
      parameters:
        - {name: limit, in: query, schema: {type: integer, default: 10}}
      requestBody:
        content:
          application/json:
            example: {name: Rex, tags: [a, b]}
      responses: {'200': {description: ok}}
      x-amazon-apigateway-integration:
        type: aws
        httpMethod: POST
        uri: arn:aws:apigateway:us-east-1:lambda:path/2015-03-31/functions/arn:aws:lambda:us-east-1:123456789012:function:f/invocations
        requestTemplates:
          application/json: |
            #set($pet = $input.path('$'))
            {"id": "$input.params('id')", "limit": $input.params('limit'), "name": "$pet.name", "tags": [#foreach($t in $pet.tags)"$t"#if($foreach.hasNext),#end#end]}
          text/plain: '{"broken": $input.json(''$.name'') '
        responses:
          default:
            statusCode: '200'
            responseTemplates:
              application/json: '#set($context.responseOverride.status = 201)$input.json(''$'')'
    get:
      responses: {'200': {description: ok}}
      x-amazon-apigateway-integration:
        type: mock
        requestTemplates:
          application/json: '{"status": 200}'
x-amazon-apigateway-gateway-responses:
  DEFAULT_4XX:
    responseTemplates:
      application/json: '{"message": $context.error.messageString, "id": "method.request.path.id", "v": "$stageVariables.v"}'
`;

describe('render template', () => {
  const doc = service.parseDocument('file:///t/pets.yaml', 'yaml', 1, SPEC);

  test('the sample request comes from the operation: parameters, body example, content type', () => {
    const sample = service.sampleTemplateRequest(doc, path('post'))!;
    assert.equal(sample.label, 'POST /pets/{id} · request · application/json');
    assert.deepEqual(sample.request.path, { id: 'p-42' });
    assert.deepEqual(sample.request.query, { limit: '10' });
    assert.equal(sample.request.headers!['Content-Type'], 'application/json');
    assert.deepEqual(JSON.parse(sample.request.body!), { name: 'Rex', tags: ['a', 'b'] });
    assert.equal((sample.request.context as { httpMethod: string }).httpMethod, 'POST');
  });

  test('renders the request template with the sample request', () => {
    const sample = service.sampleTemplateRequest(doc, path('post'))!;
    const result = service.renderTemplate(doc, path('post'), sample.request)!;
    assert.equal(result.engine, 'velocity');
    assert.deepEqual(JSON.parse(result.output), { id: 'p-42', limit: 10, name: 'Rex', tags: ['a', 'b'] });
    assert.deepEqual(result.problems, []);
  });

  test('output that is not JSON for a Lambda integration is an error, with its offset', () => {
    const result = service.renderTemplate(doc, path('post', 'requestTemplates', 'text/plain'), {
      body: '{"name": "Rex"}',
    })!;
    assert.equal(result.output, '{"broken": "Rex" ');
    assert.deepEqual(result.problems, [], 'text/plain is not checked as JSON');
    const json = service.parseDocument(
      'file:///t/x.yaml',
      'yaml',
      1,
      SPEC.replace('text/plain: \'{"broken"', 'application/json: \'{"broken"').replace(
        /          application\/json: \|\n(            .*\n){2}/,
        '',
      ),
    );
    const bad = service.renderTemplate(json, path('post'), { body: '{"name": "Rex"}' })!;
    assert.equal(bad.problems.length, 1);
    assert.equal(bad.problems[0].severity, 'error');
    assert.match(bad.problems[0].message, /not valid JSON.*Lambda/);
    assert.equal(bad.problems[0].outputOffset, bad.output.length);
  });

  test('response templates: overrides are reported', () => {
    const result = service.renderTemplate(
      doc,
      [
        'paths',
        '/pets/{id}',
        'post',
        'x-amazon-apigateway-integration',
        'responses',
        'default',
        'responseTemplates',
        'application/json',
      ],
      { body: '{"a":1}' },
    )!;
    assert.equal(result.output, '{"a":1}');
    assert.equal(result.overrides.response.status, 201);
  });

  test('a MOCK request template without an integer statusCode', () => {
    const result = service.renderTemplate(doc, path('get'), {})!;
    assert.match(result.problems.map((p) => p.message).join(), /statusCode/);
  });

  test('gateway responses: substitution, not Velocity', () => {
    const p = ['x-amazon-apigateway-gateway-responses', 'DEFAULT_4XX', 'responseTemplates', 'application/json'];
    const sample = service.sampleTemplateRequest(doc, p)!;
    const result = service.renderTemplate(doc, p, {
      ...sample.request,
      path: { id: '9' },
      stageVariables: { v: 'x' },
    })!;
    assert.equal(result.engine, 'substitution');
    assert.equal(result.output, '{"message": "Missing Authentication Token", "id": "9", "v": "x"}');
    assert.equal(
      substituteGatewayResponse('#if($a) $context.stage #end', { context: { stage: 'p' } }),
      '#if($a) p #end',
    );
  });

  test('a template above 300 KB', () => {
    const big = `openapi: 3.0.1\ninfo: {title: t, version: '1'}\npaths:\n  /a:\n    post:\n      responses: {'200': {description: ok}}\n      x-amazon-apigateway-integration:\n        type: http\n        httpMethod: POST\n        uri: https://example.com\n        requestTemplates:\n          text/plain: '${'x'.repeat(310 * 1024)}'\n`;
    const d = service.parseDocument('file:///t/big.yaml', 'yaml', 1, big);
    const result = service.renderTemplate(
      d,
      ['paths', '/a', 'post', 'x-amazon-apigateway-integration', 'requestTemplates', 'text/plain'],
      {},
    )!;
    assert.match(result.problems[0].message, /310 KB.*300 KB/);
    assert.deepEqual(
      service.validate(d).map((x) => x.code),
      ['template-size'],
    );
  });

  test('a request from outside is checked, never trusted', () => {
    assert.deepEqual(checkRequest([]).request, {});
    const checked = checkRequest({ body: { a: 1 }, headers: { a: 1, b: { c: 1 } }, extra: 1, context: 'x' });
    assert.deepEqual(checked.request, { body: '{"a":1}', headers: { a: '1' } });
    assert.equal(checked.notes.length, 3);
    const result = service.renderTemplate(doc, path('post'), 42 as never)!;
    assert.match(result.problems[0].message, /must be a JSON object/);
    assert.equal(service.renderTemplate(doc, ['paths', 'nope'], {}), null);
  });
});
