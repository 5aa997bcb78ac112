// Lambda integrations in the local gateway, over real HTTP, with real handlers (fixtures/functions/handlers.js)
// run in child Node processes: the REST 1.0 and HTTP API 1.0 / 2.0 events, the proxy response format, 502 for a
// throwing or malformed function, 504 for an integration timeout, custom (non-proxy) integrations with error
// regexes, SAM's implicit APIs, reloading on save, untrusted workspaces and functions mapped to URLs.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { startGateway, type RunningGateway } from '../../../server/src/gateway';
import { call, fixtures } from './support';

const template = path.join(fixtures, 'sam-lambda.yaml');

describe('Lambda proxy integration (REST)', () => {
  let gw: RunningGateway;
  before(async () => {
    gw = await startGateway({ path: template });
  });
  after(() => gw.stop());

  it('serves the first API of the template on its StageName', () => {
    assert.equal(gw.api.id, 'LambdaApi');
    assert.equal(gw.url, `http://127.0.0.1:${gw.port}/dev`);
    assert.deepEqual(
      gw.apis.map((a) => a.id),
      ['LambdaApi', 'ServerlessRestApi', 'ServerlessHttpApi'],
    );
  });

  it('sends the REST 1.0 event with a context and the function environment, and returns its answer', async () => {
    const res = await call(`${gw.url}/echo/42?a=1&a=2&b=x+y`, { headers: { 'X-Custom': 'v' } });
    assert.equal(res.status, 200);
    assert.equal(res.headers.get('x-handler'), 'echo');
    const { event, functionName, remaining, env } = res.json();
    assert.equal(functionName, 'EchoFunction');
    assert.equal(remaining, true);
    assert.equal(env, 'hi');
    assert.equal(event.resource, '/echo/{id}');
    assert.equal(event.path, '/echo/42');
    assert.equal(event.httpMethod, 'GET');
    assert.deepEqual(event.pathParameters, { id: '42' });
    // The last value wins in queryStringParameters; all are kept in the multi-value map (facts L6).
    assert.deepEqual(event.queryStringParameters, { a: '2', b: 'x y' });
    assert.deepEqual(event.multiValueQueryStringParameters, { a: ['1', '2'], b: ['x y'] });
    assert.equal(event.headers['X-Custom'] ?? event.headers['x-custom'], 'v');
    assert.equal(
      Object.keys(event.headers).some((h) => /^(content-length|connection)$/i.test(h)),
      false,
    );
    assert.deepEqual(event.stageVariables, { color: 'blue', fn: 'EchoFunction' });
    assert.equal(event.body, null);
    assert.equal(event.isBase64Encoded, false);
    assert.equal(event.requestContext.stage, 'dev');
    assert.equal(event.requestContext.path, '/dev/echo/42');
    assert.equal(event.requestContext.resourcePath, '/echo/{id}');
    assert.equal(event.requestContext.identity.sourceIp, '127.0.0.1');
    assert.equal(event.requestContext.requestId, res.headers.get('x-amzn-requestid'));
    assert.equal(typeof event.requestContext.requestTimeEpoch, 'number');
  });

  it('finds the function named by a stage variable', async () => {
    const res = await call(`${gw.url}/by-stage-variable`);
    assert.equal(res.status, 200);
    assert.equal(res.json().functionName, 'EchoFunction');
  });

  it('decodes a base64 body only when the first Accept type is a binary media type', async () => {
    const binary = await fetch(`${gw.url}/binary`, { headers: { accept: 'image/png' } });
    assert.equal(Buffer.from(await binary.arrayBuffer()).toString(), 'PNG bytes');
    const text = await call(`${gw.url}/binary`, { headers: { accept: 'application/json' } });
    assert.equal(text.text, Buffer.from('PNG bytes').toString('base64'));
  });

  it('runs callback-style handlers and passes the body', async () => {
    const res = await call(`${gw.url}/callback`, { method: 'POST', body: 'hello' });
    assert.equal(res.status, 201);
    assert.equal(res.text, 'made by a callback');
  });

  it('answers 502 when the handler throws, with the stack in the execution log', async () => {
    const res = await call(`${gw.url}/throws`);
    assert.equal(res.status, 502);
    assert.equal(res.text, '{"message": "Internal server error"}');
    const lines = gw.logs(res.headers.get('x-amzn-requestid') ?? '').map((e) => e.message);
    assert.ok(
      lines.some((l) =>
        l.startsWith('Lambda execution failed with status 200 due to customer function error: boom from the handler'),
      ),
      lines.join('\n'),
    );
    assert.ok(
      lines.some((l) => l.includes('handlers.js')),
      'the stack names the handler file',
    );
    assert.ok(lines.includes('Method completed with status: 502'));
  });

  it('answers 502 when the function process dies or its handler cannot be loaded, and keeps serving', async () => {
    for (const [path, expected] of [
      ['/exits', 'Runtime exited'],
      ['/missing-handler', "Cannot find module 'nowhere'"],
    ]) {
      const res = await call(`${gw.url}${path}`);
      assert.equal(res.status, 502, path);
      const lines = gw.logs(res.headers.get('x-amzn-requestid') ?? '').map((e) => e.message);
      assert.ok(
        lines.some((l) => l.includes(expected)),
        lines.join('\n'),
      );
    }
    assert.equal((await call(`${gw.url}/echo/1`)).status, 200);
  });

  it('answers 502 for a malformed proxy response', async () => {
    const res = await call(`${gw.url}/malformed`);
    assert.equal(res.status, 502);
    const lines = gw.logs(res.headers.get('x-amzn-requestid') ?? '').map((e) => e.message);
    assert.ok(lines.includes('Execution failed due to configuration error: Malformed Lambda proxy response'));
  });

  it('answers 504 when the integration times out', async () => {
    const res = await call(`${gw.url}/slow`);
    assert.equal(res.status, 504);
    assert.equal(res.text, '{"message": "Endpoint request timed out"}');
    const lines = gw.logs(res.headers.get('x-amzn-requestid') ?? '').map((e) => e.message);
    assert.ok(lines.includes('Execution failed due to a timeout error'));
  });

  it('answers 502 when the function runs past its own Timeout', async () => {
    const res = await call(`${gw.url}/function-timeout`);
    assert.equal(res.status, 502);
    const lines = gw.logs(res.headers.get('x-amzn-requestid') ?? '').map((e) => e.message);
    assert.ok(
      lines.some((l) => l.includes('Task timed out after 1.00 seconds')),
      lines.join('\n'),
    );
  });
});

describe('Lambda custom (non-proxy) integration', () => {
  let gw: RunningGateway;
  before(async () => {
    gw = await startGateway({ path: template });
  });
  after(() => gw.stop());

  it('maps the request and the result through templates', async () => {
    const res = await call(`${gw.url}/custom`, {
      method: 'POST',
      body: '{"name":"bob"}',
      headers: { 'content-type': 'application/json' },
    });
    assert.equal(res.status, 200);
    assert.deepEqual(res.json(), { said: 'hello bob', stage: 'dev' });
  });

  it('selects the integration response by the error message regex', async () => {
    const res = await call(`${gw.url}/custom?fail=cat`, {
      method: 'POST',
      body: '{"name":"bob"}',
      headers: { 'content-type': 'application/json' },
    });
    assert.equal(res.status, 404);
    assert.deepEqual(res.json(), { error: 'Not found: cat' });
  });
});

describe("SAM's implicit APIs and HTTP API events", () => {
  it('serves a function Api event on ServerlessRestApi', async () => {
    const gw = await startGateway({ path: template }, { api: 'ServerlessRestApi', stage: 'Prod' });
    try {
      const res = await call(`${gw.url}/hello/ann`);
      assert.equal(res.status, 200);
      assert.deepEqual(res.json().event.pathParameters, { name: 'ann' });
    } finally {
      await gw.stop();
    }
  });

  it("serves a SAM API whose definition is a local file (DefinitionUri), with the template's stage", async () => {
    const gw = await startGateway({ path: path.join(fixtures, 'sam-definition-uri.yaml') });
    try {
      assert.equal(gw.api.id, 'FileApi');
      const res = await call(`${gw.url}/hello`);
      assert.equal(res.status, 200);
      assert.deepEqual(res.json(), { greeting: 'from the template', stage: 'files' });
    } finally {
      await gw.stop();
    }
  });

  it('sends the HTTP API 2.0 event, and infers a 200 JSON answer from a plain result', async () => {
    const gw = await startGateway({ path: template }, { api: 'ServerlessHttpApi' });
    try {
      assert.equal(gw.url, `http://127.0.0.1:${gw.port}`);
      const res = await call(`${gw.url}/items/9?x=1&x=2`, { headers: { Cookie: 'a=1; b=2', 'X-Mixed-Case': 'v' } });
      assert.equal(res.status, 200);
      const { event } = res.json();
      assert.equal(event.version, '2.0');
      assert.equal(event.routeKey, 'GET /items/{id}');
      assert.equal(event.rawPath, '/items/9');
      assert.equal(event.rawQueryString, 'x=1&x=2');
      assert.deepEqual(event.queryStringParameters, { x: '1,2' });
      assert.deepEqual(event.cookies, ['a=1', 'b=2']);
      assert.equal(event.headers['x-mixed-case'], 'v');
      assert.deepEqual(event.pathParameters, { id: '9' });
      assert.equal(event.requestContext.http.method, 'GET');
      assert.equal(event.requestContext.stage, '$default');
      assert.equal('stageVariables' in event, false);
      assert.ok(res.headers.get('apigw-requestid'));
      const plain = await call(`${gw.url}/plain`);
      assert.equal(plain.status, 200);
      assert.equal(plain.headers.get('content-type'), 'application/json');
      assert.deepEqual(plain.json(), { message: 'Hello from Lambda!' });
    } finally {
      await gw.stop();
    }
  });
});

describe('Local functions: reload, trust, URL mapping', () => {
  it('runs the saved code on the next request', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'apigw-reload-'));
    try {
      fs.writeFileSync(path.join(dir, 'app.js'), "exports.handler = async () => ({ statusCode: 200, body: 'one' });\n");
      fs.writeFileSync(
        path.join(dir, 'template.yaml'),
        `Transform: AWS::Serverless-2016-10-31
Resources:
  Fn:
    Type: AWS::Serverless::Function
    Properties:
      Runtime: nodejs20.x
      CodeUri: .
      Handler: app.handler
      Events:
        Get: {Type: Api, Properties: {Path: /v, Method: get}}
`,
      );
      const gw = await startGateway({ path: path.join(dir, 'template.yaml') });
      try {
        assert.equal((await call(`${gw.url}/v`)).text, 'one');
        fs.writeFileSync(
          path.join(dir, 'app.js'),
          "exports.handler = async () => ({ statusCode: 200, body: 'two' });\n",
        );
        let text = '';
        for (let i = 0; i < 100 && text !== 'two'; i++) {
          await new Promise((r) => setTimeout(r, 50));
          text = (await call(`${gw.url}/v`)).text;
        }
        assert.equal(text, 'two');
      } finally {
        await gw.stop();
      }
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  it('does not run workspace code when the workspace is not trusted, and says why', async () => {
    const gw = await startGateway({ path: template }, { trusted: false });
    try {
      const res = await call(`${gw.url}/echo/1`);
      assert.equal(res.status, 500);
      assert.match(res.json().message, /not trusted/);
    } finally {
      await gw.stop();
    }
  });

  it('sends the event to a URL mapped to the function', async () => {
    const server = http.createServer((req, res) => {
      let body = '';
      req.on('data', (c) => (body += c));
      req.on('end', () => res.end(JSON.stringify({ statusCode: 200, body: `mapped ${JSON.parse(body).path}` })));
    });
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', () => r()));
    const url = `http://127.0.0.1:${(server.address() as { port: number }).port}/`;
    const gw = await startGateway({ path: template }, { lambdaUrlMap: { EchoFunction: url }, trusted: false });
    try {
      const res = await call(`${gw.url}/echo/3`);
      assert.equal(res.status, 200);
      assert.equal(res.text, 'mapped /echo/3');
    } finally {
      await gw.stop();
      server.close();
    }
  });
});
