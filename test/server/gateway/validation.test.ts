// Request validation and gateway responses in the local gateway, over real HTTP: required parameters (400 with
// every missing name), the body against its draft-4 model (400 "Invalid request body", the detail in the log),
// the order parameters-then-body, customized gateway responses with DEFAULT_4XX as the fallback, and Swagger 2.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { RunningGateway } from '../../../server/src/gateway';
import { call, serveText } from './support';

const mock = `
      x-amazon-apigateway-integration:
        type: mock
        requestTemplates: {application/json: '{"statusCode": 200}'}
        responses:
          default: {statusCode: "200", responseTemplates: {application/json: '{"ok": true}'}}`;

const definition = `openapi: 3.0.1
info: {title: Validation, version: "1"}
x-amazon-apigateway-request-validators:
  all: {validateRequestBody: true, validateRequestParameters: true}
  params-only: {validateRequestBody: false, validateRequestParameters: true}
x-amazon-apigateway-request-validator: all
x-amazon-apigateway-gateway-responses:
  BAD_REQUEST_BODY:
    statusCode: 422
    responseParameters:
      gatewayresponse.header.x-why: "'body'"
    responseTemplates:
      application/json: '{"error": $context.error.messageString, "type": "$context.error.responseType", "stage": "$context.stage"}'
  DEFAULT_4XX:
    responseParameters:
      gatewayresponse.header.x-default-4xx: "'yes'"
paths:
  /search:
    get:
      parameters:
        - {name: q, in: query, required: true, schema: {type: string}}
        - {name: x-trace, in: header, required: true, schema: {type: string}}
        - {name: page, in: query, schema: {type: integer}}
      responses: {"200": {description: ok}}${mock}
  /pets:
    post:
      parameters:
        - {name: dry, in: query, required: true, schema: {type: string}}
      requestBody:
        required: true
        content:
          application/json:
            schema: {$ref: "#/components/schemas/NewPet"}
      responses: {"200": {description: ok}}${mock}
  /lenient:
    post:
      x-amazon-apigateway-request-validator: params-only
      requestBody:
        content:
          application/json:
            schema: {$ref: "#/components/schemas/NewPet"}
      responses: {"200": {description: ok}}${mock}
components:
  schemas:
    NewPet:
      type: object
      required: [name]
      properties:
        name: {type: string, minLength: 1}
        age: {type: integer, minimum: 0, maximum: 30, exclusiveMaximum: true}
        tag: {$ref: "#/components/schemas/Tag"}
    Tag:
      type: string
      enum: [cat, dog]
`;

describe('Request validation and gateway responses', () => {
  let gw: RunningGateway;
  before(async () => {
    gw = await serveText(definition, { stage: 'dev' });
  });
  after(() => gw.stop());

  it('lists every missing or blank required parameter in one 400', async () => {
    const res = await call(`${gw.url}/search?q=`);
    assert.equal(res.status, 400);
    assert.deepEqual(res.json(), { message: 'Missing required request parameters: [x-trace, q]' });
    assert.equal(res.headers.get('x-amzn-errortype'), 'BadRequestException');
    // DEFAULT_4XX's customization applies to a type without its own.
    assert.equal(res.headers.get('x-default-4xx'), 'yes');
    const ok = await call(`${gw.url}/search?q=cats`, { headers: { 'x-trace': '1' } });
    assert.equal(ok.status, 200);
  });

  it('checks parameters before the body', async () => {
    const res = await call(`${gw.url}/pets`, {
      method: 'POST',
      body: '{}',
      headers: { 'content-type': 'application/json' },
    });
    assert.equal(res.status, 400);
    assert.match(res.json().message, /Missing required request parameters: \[dry\]/);
  });

  it('validates the body against its draft-4 model, with the customized gateway response', async () => {
    const post = (body: string, type = 'application/json') =>
      call(`${gw.url}/pets?dry=1`, { method: 'POST', body, headers: { 'content-type': type } });
    for (const bad of [
      '{"age": 3}',
      '{"name": ""}',
      '{"name": "x", "age": 30}',
      '{"name": "x", "tag": "cow"}',
      'not json',
      '',
    ]) {
      const res = await post(bad);
      assert.equal(res.status, 422, bad);
      assert.deepEqual(res.json(), { error: 'Invalid request body', type: 'BAD_REQUEST_BODY', stage: 'dev' });
      assert.equal(res.headers.get('x-why'), 'body');
    }
    const missing = await post('{"age": 3}');
    const lines = gw.logs(missing.headers.get('x-amzn-requestid') ?? '').map((e) => e.message);
    assert.ok(
      lines.some((l) =>
        l.startsWith(
          'Request body does not match model schema for content type application/json: [object has missing required properties (["name"])]',
        ),
      ),
      lines.join('\n'),
    );
    assert.equal((await post('{"name": "x", "age": 29, "tag": "cat"}')).status, 200);
    // No model for the content type: the body is not checked (DG; facts V7).
    assert.equal((await post('<pet/>', 'application/xml')).status, 200);
  });

  it('does not check the body when the validator does not ask for it', async () => {
    const res = await call(`${gw.url}/lenient`, {
      method: 'POST',
      body: '{}',
      headers: { 'content-type': 'application/json' },
    });
    assert.equal(res.status, 200);
  });

  it('validates Swagger 2 body parameters against definitions', async () => {
    const gw2 = await serveText(
      `swagger: "2.0"
info: {title: Swagger validation, version: "1"}
x-amazon-apigateway-request-validators:
  body: {validateRequestBody: true, validateRequestParameters: false}
paths:
  /orders:
    post:
      x-amazon-apigateway-request-validator: body
      consumes: [application/json]
      parameters:
        - {name: order, in: body, required: true, schema: {$ref: "#/definitions/Order"}}
      responses: {"200": {description: ok}}${mock}
definitions:
  Order:
    type: object
    required: [qty]
    properties:
      qty: {type: integer}
`,
      { stage: 'dev' },
    );
    try {
      const bad = await call(`${gw2.url}/orders`, {
        method: 'POST',
        body: '{"qty": "three"}',
        headers: { 'content-type': 'application/json' },
      });
      assert.equal(bad.status, 400);
      assert.equal(bad.text, '{"message":"Invalid request body"}');
      const good = await call(`${gw2.url}/orders`, {
        method: 'POST',
        body: '{"qty": 3}',
        headers: { 'content-type': 'application/json' },
      });
      assert.equal(good.status, 200);
    } finally {
      await gw2.stop();
    }
  });

  it('gives every 4XX the status DEFAULT_4XX sets, except types with their own, and keeps UNAUTHORIZED apart', async () => {
    const gw2 = await serveText(
      `openapi: 3.0.1
info: {title: defaults, version: "1"}
x-amazon-apigateway-gateway-responses:
  DEFAULT_4XX:
    statusCode: 404
    responseTemplates:
      application/json: '{"oops": $context.error.messageString, "type": "$context.error.responseType", "path": "$context.path"}'
paths:
  /x:
    get:
      responses: {"200": {description: ok}}${mock}
`,
      { stage: 'dev' },
    );
    try {
      const res = await call(`${gw2.url}/nope`);
      assert.equal(res.status, 404);
      assert.deepEqual(res.json(), {
        oops: 'Missing Authentication Token',
        type: 'MISSING_AUTHENTICATION_TOKEN',
        path: '/dev/nope',
      });
    } finally {
      await gw2.stop();
    }
  });
});
