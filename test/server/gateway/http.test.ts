// HTTP and HTTP_PROXY integrations in the local gateway, against a real upstream on 127.0.0.1: stage variables
// in the URI, request parameter mappings, query strings and headers passed through, integration timeouts (504),
// non-proxy request/response templates with status-code selection and response parameters.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { RunningGateway } from '../../../server/src/gateway';
import { call, serveText, startUpstream, type Upstream } from './support';

const definition = `openapi: 3.0.1
info: {title: HTTP integrations, version: "1"}
paths:
  /proxy/{proxy+}:
    x-amazon-apigateway-any-method:
      parameters:
        - {name: proxy, in: path, required: true, schema: {type: string}}
      responses: {}
      x-amazon-apigateway-integration:
        type: http_proxy
        httpMethod: ANY
        uri: http://\${stageVariables.upstream}/echo/{proxy}
        requestParameters:
          integration.request.path.proxy: method.request.path.proxy
          integration.request.header.x-from-gateway: "'local'"
          integration.request.querystring.stage: context.stage
  /slow:
    get:
      responses: {}
      x-amazon-apigateway-integration:
        type: http_proxy
        httpMethod: GET
        uri: http://\${stageVariables.upstream}/slow
        timeoutInMillis: 200
  /pets/{petId}:
    get:
      parameters:
        - {name: petId, in: path, required: true, schema: {type: string}}
      responses:
        "200": {description: ok, headers: {x-upstream-said: {schema: {type: string}}}}
        "404": {description: missing}
      x-amazon-apigateway-integration:
        type: http
        httpMethod: POST
        uri: http://\${stageVariables.upstream}/animals/{id}
        requestParameters:
          integration.request.path.id: method.request.path.petId
          integration.request.header.x-color: stageVariables.color
        requestTemplates:
          application/json: '{"pet": "$input.params(''petId'')", "requestId": "$context.requestId"}'
        responses:
          "4\\\\d{2}":
            statusCode: "404"
            responseTemplates:
              application/json: '{"missing": true}'
          default:
            statusCode: "200"
            responseParameters:
              method.response.header.x-upstream-said: integration.response.header.x-upstream
            responseTemplates:
              application/json: '#set($e = $input.path(''$''))#set($b = $util.parseJson($e.body)){"sent": "$b.pet", "path": "$e.url", "color": "$e.headers[''x-color'']"}'
  /gone:
    get:
      responses: {"404": {description: missing}}
      x-amazon-apigateway-integration:
        type: http
        httpMethod: GET
        uri: http://\${stageVariables.upstream}/status/410
        responses:
          "4\\\\d{2}":
            statusCode: "404"
`;

describe('HTTP integrations', () => {
  let upstream: Upstream;
  let gw: RunningGateway;
  before(async () => {
    upstream = await startUpstream();
    gw = await serveText(definition, { stage: 'test', stageVariables: { upstream: upstream.host, color: 'green' } });
  });
  after(async () => {
    await gw.stop();
    await upstream.close();
  });

  it('passes the whole request through an HTTP_PROXY, with mapped path, header and query parameters', async () => {
    const res = await call(`${gw.url}/proxy/a/b?q=1&q=2`, {
      method: 'PUT',
      body: 'payload',
      headers: { 'x-client': 'c' },
    });
    assert.equal(res.status, 200);
    assert.equal(res.headers.get('x-upstream'), 'yes');
    const echo = res.json();
    assert.equal(echo.method, 'PUT');
    const url = new URL(echo.url, 'http://x');
    assert.equal(url.pathname, '/echo/a/b');
    assert.deepEqual(url.searchParams.getAll('q'), ['1', '2']);
    assert.equal(url.searchParams.get('stage'), 'test');
    assert.equal(echo.headers['x-client'], 'c');
    assert.equal(echo.headers['x-from-gateway'], 'local');
    assert.equal(echo.body, 'payload');
  });

  it('passes the upstream status through an HTTP_PROXY', async () => {
    const gw2 = await serveText(definition.replace('/echo/{proxy}', '/status/{proxy}'), {
      stage: 'test',
      stageVariables: { upstream: upstream.host },
    });
    try {
      assert.equal((await call(`${gw2.url}/proxy/418`)).status, 418);
    } finally {
      await gw2.stop();
    }
  });

  it('answers 504 when the endpoint is slower than timeoutInMillis', async () => {
    const res = await call(`${gw.url}/slow`);
    assert.equal(res.status, 504);
    assert.equal(res.text, '{"message": "Endpoint request timed out"}');
  });

  it('maps an HTTP (non-proxy) request and response through templates and parameters', async () => {
    const res = await call(`${gw.url}/pets/7`);
    assert.equal(res.status, 200);
    assert.equal(res.headers.get('x-upstream-said'), 'yes');
    assert.deepEqual(res.json(), { sent: '7', path: '/animals/7', color: 'green' });
  });

  it('selects the integration response by the endpoint status code', async () => {
    const res = await call(`${gw.url}/gone`);
    assert.equal(res.status, 404);
    assert.equal(res.headers.get('content-type'), 'application/json');
  });

  it('answers 500 when the endpoint cannot be reached', async () => {
    const gw2 = await serveText(definition, { stage: 'test', stageVariables: { upstream: '127.0.0.1:1' } });
    try {
      const res = await call(`${gw2.url}/proxy/x`);
      assert.equal(res.status, 500);
      assert.equal(res.text, '{"message":"Internal server error"}');
    } finally {
      await gw2.stop();
    }
  });
});

describe('HTTP API parameter mapping and request overrides', () => {
  let upstream: Upstream;
  before(async () => {
    upstream = await startUpstream();
  });
  after(() => upstream.close());

  it('applies overwrite, append and remove mappings to an HTTP API proxy request', async () => {
    const gw = await serveText(
      `openapi: 3.0.1
info: {title: mapping, version: "1"}
paths:
  /things/{id}:
    get:
      responses: {}
      x-amazon-apigateway-integration:
        type: http_proxy
        httpMethod: GET
        uri: http://\${stageVariables.upstream}/things
        payloadFormatVersion: "1.0"
        requestParameters:
          "overwrite:header.x-thing": "$request.path.id"
          "append:querystring.source": "gateway"
          "remove:header.x-secret": "''"
          "overwrite:path": "/renamed/$request.path.id"
`,
      { stageVariables: { upstream: upstream.host } },
    );
    try {
      const res = await call(`${gw.url}/things/12?a=1`, { headers: { 'x-secret': 's', 'x-keep': 'k' } });
      assert.equal(res.status, 200, res.text);
      const echo = res.json();
      const url = new URL(echo.url, 'http://x');
      assert.equal(echo.headers['x-thing'], '12');
      assert.equal(echo.headers['x-secret'], undefined);
      assert.equal(echo.headers['x-keep'], 'k');
      assert.equal(url.searchParams.get('a'), '1');
      assert.equal(url.searchParams.get('source'), 'gateway');
      assert.equal(url.pathname, '/renamed/12');
    } finally {
      await gw.stop();
    }
  });

  it('lets $context.requestOverride win over parameter mappings in a REST HTTP integration', async () => {
    const gw = await serveText(
      `openapi: 3.0.1
info: {title: overrides, version: "1"}
paths:
  /o/{id}:
    post:
      parameters:
        - {name: id, in: path, required: true, schema: {type: string}}
      responses: {"200": {description: ok}}
      x-amazon-apigateway-integration:
        type: http
        httpMethod: POST
        uri: http://\${stageVariables.upstream}/items/{item}
        requestParameters:
          integration.request.path.item: method.request.path.id
          integration.request.header.x-mode: "'mapped'"
        requestTemplates:
          application/json: '#set($context.requestOverride.header.x-mode = "override")#set($context.requestOverride.querystring.q = "from-template")#set($context.requestOverride.path.item = "other")$input.body'
        responses:
          default: {statusCode: "200"}
`,
      { stage: 'dev', stageVariables: { upstream: upstream.host } },
    );
    try {
      const res = await call(`${gw.url}/o/1`, {
        method: 'POST',
        body: '{"k":1}',
        headers: { 'content-type': 'application/json' },
      });
      assert.equal(res.status, 200, res.text);
      const echo = res.json();
      assert.equal(echo.headers['x-mode'], 'override');
      assert.equal(new URL(echo.url, 'http://x').pathname, '/items/other');
      assert.equal(new URL(echo.url, 'http://x').searchParams.get('q'), 'from-template');
      assert.equal(echo.body, '{"k":1}');
    } finally {
      await gw.stop();
    }
  });
});

describe('content handling of non-proxy integrations', () => {
  let upstream: Upstream;
  let gw: RunningGateway;
  before(async () => {
    upstream = await startUpstream();
    gw = await serveText(
      `openapi: 3.0.1
info: {title: conversions, version: "1"}
x-amazon-apigateway-binary-media-types: [image/png]
paths:
  /to-text:
    post:
      responses: {"200": {description: ok}}
      x-amazon-apigateway-integration:
        type: http
        httpMethod: POST
        uri: http://\${stageVariables.upstream}/upload
        contentHandling: CONVERT_TO_TEXT
        responses:
          default: {statusCode: "200"}
  /to-binary:
    post:
      responses: {"200": {description: ok}}
      x-amazon-apigateway-integration:
        type: http
        httpMethod: POST
        uri: http://\${stageVariables.upstream}/upload
        contentHandling: CONVERT_TO_BINARY
        responses:
          default: {statusCode: "200"}
  /picture:
    get:
      responses: {"200": {description: ok}}
      x-amazon-apigateway-integration:
        type: mock
        requestTemplates: {application/json: '{"statusCode": 200}'}
        responses:
          default:
            statusCode: "200"
            contentHandling: CONVERT_TO_BINARY
            responseTemplates: {application/json: '$util.base64Encode("PNG bytes")'}
`,
      { stage: 'dev', stageVariables: { upstream: upstream.host } },
    );
  });
  after(async () => {
    await gw.stop();
    await upstream.close();
  });

  it('sends a binary body as base64 text under CONVERT_TO_TEXT', async () => {
    const res = await call(`${gw.url}/to-text`, {
      method: 'POST',
      body: Buffer.from([0x89, 0x50, 0x4e, 0x47]),
      headers: { 'content-type': 'image/png' },
    });
    assert.equal(res.status, 200);
    assert.equal(res.json().body, Buffer.from([0x89, 0x50, 0x4e, 0x47]).toString('base64'));
  });

  it('decodes a base64 text body under CONVERT_TO_BINARY, and answers 500 when it is not base64', async () => {
    const ok = await call(`${gw.url}/to-binary`, {
      method: 'POST',
      body: Buffer.from('hello').toString('base64'),
      headers: { 'content-type': 'text/plain' },
    });
    assert.equal(ok.json().body, 'hello');
    const bad = await call(`${gw.url}/to-binary`, {
      method: 'POST',
      body: 'not base64!',
      headers: { 'content-type': 'text/plain' },
    });
    assert.equal(bad.status, 500);
  });

  it('decodes a response template output under CONVERT_TO_BINARY', async () => {
    const res = await fetch(`${gw.url}/picture`, { headers: { accept: 'image/png' } });
    assert.equal(res.status, 200);
    assert.equal(Buffer.from(await res.arrayBuffer()).toString(), 'PNG bytes');
  });
});
