// MOCK integrations and mapping templates in the local gateway, over real HTTP: the request template choosing
// the status, response templates chosen by Accept, $context and stage variables, response overrides,
// passthrough behaviours (415), and routes that the definition breaks (500 naming the diagnostic).
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { RunningGateway } from '../../../server/src/gateway';
import { call, serveText } from './support';

const definition = `openapi: 3.0.1
info: {title: Mocks, version: "1"}
paths:
  /health:
    get:
      responses: {"200": {description: ok}}
      x-amazon-apigateway-integration:
        type: mock
        requestTemplates:
          application/json: '{"statusCode": 200}'
        responses:
          default:
            statusCode: "200"
            responseTemplates:
              application/json: '{"status": "ok", "stage": "$context.stage", "method": "$context.httpMethod", "resource": "$context.resourcePath", "color": "$stageVariables.color", "ip": "$context.identity.sourceIp"}'
              text/plain: 'ok as text'
  /things/{id}:
    get:
      responses: {"200": {description: ok}, "404": {description: missing}}
      x-amazon-apigateway-integration:
        type: mock
        requestTemplates:
          application/json: '#if($input.params(''id'') == "0"){"statusCode": 404}#else{statusCode: 200}#end'
        responses:
          "404":
            statusCode: "404"
            responseTemplates:
              application/json: '{"message": "no thing $input.params(''id'')"}'
          default:
            statusCode: "200"
            responseParameters:
              method.response.header.x-thing: stageVariables.color
            responseTemplates:
              application/json: '{"id": "$input.params(''id'')"}'
  /teapot:
    get:
      responses: {"200": {description: ok}}
      x-amazon-apigateway-integration:
        type: mock
        requestTemplates:
          application/json: '{"statusCode": 200}'
        responses:
          default:
            statusCode: "200"
            responseTemplates:
              application/json: '#set($context.responseOverride.status = 418)#set($context.responseOverride.header.x-override = "yes")short and stout'
  /twice:
    get:
      responses: {"200": {description: ok}}
      x-amazon-apigateway-integration:
        type: mock
        requestTemplates:
          application/json: '{"statusCode": 200}'
        responses:
          default:
            statusCode: "200"
            responseTemplates:
              application/json: '#set($context.responseOverride.status = 201)#set($context.responseOverride.status = 202)x'
  /strict:
    post:
      responses: {"200": {description: ok}}
      x-amazon-apigateway-integration:
        type: mock
        passthroughBehavior: when_no_templates
        requestTemplates:
          application/json: '{"statusCode": 200}'
        responses:
          default: {statusCode: "200"}
  /no-default:
    get:
      responses: {"200": {description: ok}}
      x-amazon-apigateway-integration:
        type: mock
        requestTemplates:
          application/json: '{"statusCode": 500}'
        responses:
          "200": {statusCode: "200"}
  /broken:
    get:
      responses: {"200": {description: ok}}
      x-amazon-apigateway-integratoin:
        type: mock
`;

describe('MOCK integrations and mapping templates', () => {
  let gw: RunningGateway;
  before(async () => {
    gw = await serveText(definition, { stage: 'dev', stageVariables: { color: 'red' } });
  });
  after(() => gw.stop());

  it('renders the response template with $context and stage variables', async () => {
    const res = await call(`${gw.url}/health`);
    assert.equal(res.status, 200);
    assert.equal(res.headers.get('content-type'), 'application/json');
    assert.deepEqual(res.json(), {
      status: 'ok',
      stage: 'dev',
      method: 'GET',
      resource: '/health',
      color: 'red',
      ip: '127.0.0.1',
    });
  });

  it('chooses the response template by the first type of Accept', async () => {
    const res = await call(`${gw.url}/health`, { headers: { accept: 'text/plain, application/json' } });
    assert.equal(res.text, 'ok as text');
    assert.equal(res.headers.get('content-type'), 'text/plain');
  });

  it('lets the request template choose the status, and maps response parameters', async () => {
    const found = await call(`${gw.url}/things/5`);
    assert.equal(found.status, 200);
    assert.deepEqual(found.json(), { id: '5' });
    assert.equal(found.headers.get('x-thing'), 'red');
    const missing = await call(`${gw.url}/things/0`);
    assert.equal(missing.status, 404);
    assert.deepEqual(missing.json(), { message: 'no thing 0' });
  });

  it('applies $context.responseOverride', async () => {
    const res = await call(`${gw.url}/teapot`);
    assert.equal(res.status, 418);
    assert.equal(res.headers.get('x-override'), 'yes');
    assert.equal(res.text, 'short and stout');
  });

  it('fails with 500 when a template assigns an override twice', async () => {
    const res = await call(`${gw.url}/twice`);
    assert.equal(res.status, 500);
    const lines = gw.logs(res.headers.get('x-amzn-requestid') ?? '').map((e) => e.message);
    assert.ok(
      lines.some(
        (l) => l.startsWith('Execution failed due to configuration error:') && l.includes('responseOverride.status'),
      ),
      lines.join('\n'),
    );
  });

  it('rejects a content type with no template under WHEN_NO_TEMPLATES with 415', async () => {
    const res = await call(`${gw.url}/strict`, {
      method: 'POST',
      body: '<a/>',
      headers: { 'content-type': 'application/xml' },
    });
    assert.equal(res.status, 415);
    assert.equal(res.text, '{"message":"Unsupported Media Type"}');
    const ok = await call(`${gw.url}/strict`, {
      method: 'POST',
      body: '{}',
      headers: { 'content-type': 'application/json' },
    });
    assert.equal(ok.status, 200);
  });

  it('answers 500 when no integration response matches and none is the default', async () => {
    const res = await call(`${gw.url}/no-default`);
    assert.equal(res.status, 500);
    assert.equal(res.text, '{"message":"Internal server error"}');
  });

  it('serves the rest of a definition with errors, and names the diagnostic on the broken route', async () => {
    const res = await call(`${gw.url}/broken`);
    assert.equal(res.status, 500);
    assert.match(res.json().message, /x-amazon-apigateway-integ/);
    assert.ok(gw.api.routes.find((r) => r.path === '/broken')?.broken);
  });
});
