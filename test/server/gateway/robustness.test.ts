// Bad input for the local gateway never crashes or hangs it: text that is no definition, a port in use, bodies
// over API Gateway's 10 MB limit, a runaway template; and every real definition of the shared corpus loads and
// answers its MOCK routes and unknown paths without an internal failure.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { describe, it } from 'node:test';
import { DefinitionError, PortInUseError, startGateway } from '../../../server/src/gateway';
import { listFixtures, sharedDir } from '../../support/fixtures';
import { call, serveText } from './support';

describe('bad input', () => {
  it('says clearly when the text is not a definition', async () => {
    await assert.rejects(
      serveText('just: some\nyaml: here\n'),
      (e: unknown) => e instanceof DefinitionError && /not an OpenAPI definition/.test(e.message),
    );
    await assert.rejects(
      startGateway({ path: '/nonexistent/api.yaml' }),
      (e: unknown) => e instanceof DefinitionError && /cannot read/.test(e.message),
    );
  });

  it('serves what a definition with a syntax error still holds', async () => {
    const gw = await serveText(
      `openapi: 3.0.1
info: {title: t, version: "1"}
paths:
  /ok:
    get:
      responses: {"200": {description: ok}}
      x-amazon-apigateway-integration: {type: mock, responses: {default: {statusCode: "200"}}}
  /bad:
    get:
      responses: {"200": {description: ok}}
      x-amazon-apigateway-integration: {type: mock, responses: {default: {statusCode: "200"}}
`,
      { stage: 'dev' },
    );
    try {
      assert.equal((await call(`${gw.url}/ok`)).status, 200);
      const bad = await call(`${gw.url}/bad`);
      assert.equal(bad.status, 500);
      assert.match(bad.json().message, /the definition breaks this route \(syntax: /);
    } finally {
      await gw.stop();
    }
  });

  it('reloads a changed definition on the same URL, and keeps the old one when the new one cannot be served', async () => {
    const version = (text: string) => `openapi: 3.0.1
info: {title: t, version: "1"}
paths:
  /v:
    get:
      responses: {"200": {description: ok}}
      x-amazon-apigateway-integration:
        type: mock
        requestTemplates: {application/json: '{"statusCode": 200}'}
        responses: {default: {statusCode: "200", responseTemplates: {application/json: '${text}'}}}
`;
    const gw = await serveText(version('one'), { stage: 'dev' });
    try {
      assert.equal((await call(`${gw.url}/v`)).text, 'one');
      await gw.reload({ text: version('two'), uri: 'file:///tmp/reloaded.yaml' });
      assert.equal((await call(`${gw.url}/v`)).text, 'two');
      await assert.rejects(gw.reload({ text: 'not: an api', uri: 'file:///tmp/reloaded.yaml' }), DefinitionError);
      assert.equal((await call(`${gw.url}/v`)).text, 'two');
    } finally {
      await gw.stop();
    }
  });

  it('reports a port in use with another free port', async () => {
    const blocker = http.createServer();
    await new Promise<void>((r) => blocker.listen(0, '127.0.0.1', () => r()));
    const port = (blocker.address() as { port: number }).port;
    try {
      await assert.rejects(
        serveText('openapi: 3.0.1\ninfo: {title: t, version: "1"}\npaths: {}\n', { port }),
        (e: unknown) => {
          assert.ok(e instanceof PortInUseError);
          assert.equal(e.port, port);
          assert.ok(e.suggestedPort > 0 && e.suggestedPort !== port);
          return true;
        },
      );
    } finally {
      blocker.close();
    }
  });

  it('answers 413 to a body over 10 MB, and keeps serving', async () => {
    const gw = await serveText(
      `openapi: 3.0.1
info: {title: t, version: "1"}
paths:
  /in:
    post:
      responses: {"200": {description: ok}}
      x-amazon-apigateway-integration: {type: mock, responses: {default: {statusCode: "200"}}}
`,
      { stage: 'dev' },
    );
    try {
      const big = await call(`${gw.url}/in`, { method: 'POST', body: Buffer.alloc(10 * 1024 * 1024 + 1, 'a') });
      assert.equal(big.status, 413);
      assert.equal((await call(`${gw.url}/in`, { method: 'POST', body: 'small' })).status, 200);
    } finally {
      await gw.stop();
    }
  });

  it('survives a runaway mapping template', async () => {
    const gw = await serveText(
      `openapi: 3.0.1
info: {title: t, version: "1"}
paths:
  /loop:
    get:
      responses: {"200": {description: ok}}
      x-amazon-apigateway-integration:
        type: mock
        requestTemplates: {application/json: '{"statusCode": 200}'}
        responses:
          default:
            statusCode: "200"
            responseTemplates:
              application/json: '#macro(r $n)#r($n)#end#r(1)#foreach($i in [1..100000000])x#end'
`,
      { stage: 'dev' },
    );
    try {
      const res = await call(`${gw.url}/loop`);
      assert.equal(res.status, 200);
      const lines = gw.logs(res.headers.get('x-amzn-requestid') ?? '').map((e) => e.message);
      assert.ok(
        lines.some((l) => l.startsWith('Mapping template problem')),
        lines.join('\n'),
      );
    } finally {
      await gw.stop();
    }
  });
});

describe('the shared corpus of real definitions', () => {
  const corpus = path.join(sharedDir, 'corpus', 'valid');
  const files = listFixtures(corpus);
  it('the corpus is there', () => assert.ok(files.length >= 50, `found ${files.length} files under ${corpus}`));
  for (const file of files) {
    it(`serves ${path.relative(corpus, file)}`, async () => {
      let gw;
      try {
        gw = await startGateway({ text: fs.readFileSync(file, 'utf8'), uri: `file://${file}` }, { trusted: false });
      } catch (e) {
        // WebSocket-only files have nothing to serve, and say so.
        assert.ok(e instanceof DefinitionError && /no REST or HTTP API/.test(e.message), String(e));
        return;
      }
      try {
        const unknown = await call(`${gw.url}/no/such/route/at/all`, { method: 'PATCH' });
        assert.ok(
          [403, 404].includes(unknown.status) ||
            gw.api.routes.some((r) => r.path.includes('+}') || r.path === '$default'),
          `${unknown.status}`,
        );
        for (const route of gw.api.routes.filter((r) => r.integration?.type === 'MOCK' && r.path !== '$default')) {
          const concrete = route.path.replace(/\{[^}]+\}/g, 'x');
          const method = route.method === 'ANY' ? 'GET' : route.method;
          await call(`${gw.url}${concrete}`, {
            method,
            ...(method === 'GET' || method === 'HEAD'
              ? {}
              : { body: '{}', headers: { 'content-type': 'application/json' } }),
          });
        }
        const failures = gw.logs().filter((e) => e.message.startsWith('Execution failed in the'));
        assert.deepEqual(
          failures.map((e) => e.message),
          [],
        );
      } finally {
        await gw.stop();
      }
    });
  }
});
