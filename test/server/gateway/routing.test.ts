// Routing in the local gateway, over real HTTP: REST resources, {param}, greedy {proxy+}, ANY and
// x-amazon-apigateway-any-method, the stage segment, 403 "Missing Authentication Token"; HTTP API routes,
// $default, the stage-less URL and 404 "Not Found". Each MOCK route names itself in an x-route header.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { RunningGateway } from '../../../server/src/gateway';
import { call, serveText, startUpstream, type Upstream } from './support';

function mockOp(name: string): string {
  return `
      responses: {"200": {description: ok, headers: {x-route: {schema: {type: string}}}}}
      x-amazon-apigateway-integration:
        type: mock
        responses:
          default:
            statusCode: "200"
            responseParameters:
              method.response.header.x-route: "'${name}'"`;
}

const rest = `openapi: 3.0.1
info: {title: Routing, version: "1"}
paths:
  /:
    get:${mockOp('root')}
  /pets:
    get:${mockOp('pets-get')}
    x-amazon-apigateway-any-method:${mockOp('pets-any')}
  /pets/{petId}:
    get:${mockOp('pet-by-id')}
  /pets/mine:
    get:${mockOp('pets-mine')}
  /part1:
    get:${mockOp('part1')}
  /part1/hardcoded:
    get:${mockOp('part1-hardcoded')}
  /{greedy+}:
    get:${mockOp('greedy')}
  /only-post:
    post:${mockOp('only-post')}
`;

function proxyOp(name: string): string {
  return `
      responses: {"200": {description: ok}}
      x-amazon-apigateway-integration:
        type: http_proxy
        httpMethod: ANY
        uri: http://\${stageVariables.up}/${name}
        payloadFormatVersion: "1.0"`;
}

const httpApi = `openapi: 3.0.1
info: {title: Routing HTTP, version: "1"}
paths:
  /pets/dog/1:
    get:${proxyOp('dog-1')}
  /pets/dog/{id}:
    get:${proxyOp('dog-id')}
  /pets/{proxy+}:
    get:${proxyOp('pets-greedy')}
  /{proxy+}:
    x-amazon-apigateway-any-method:${proxyOp('any-greedy')}
`;

describe('REST routing', () => {
  let gw: RunningGateway;
  before(async () => {
    gw = await serveText(rest, { stage: 'dev' });
  });
  after(() => gw.stop());

  const routeOf = async (method: string, path: string) => {
    const res = await call(`${gw.url}${path}`, { method });
    return res.status === 200 ? res.headers.get('x-route') : `${res.status} ${res.text}`;
  };

  it('serves under the stage segment', () => {
    assert.equal(gw.url, `http://127.0.0.1:${gw.port}/dev`);
  });

  it('matches the root, static resources, parameters and the specific method before ANY', async () => {
    assert.equal(await routeOf('GET', '/'), 'root');
    assert.equal(await routeOf('GET', '/pets'), 'pets-get');
    assert.equal(await routeOf('DELETE', '/pets'), 'pets-any');
    assert.equal(await routeOf('GET', '/pets/42'), 'pet-by-id');
    assert.equal(await routeOf('GET', '/pets/mine'), 'pets-mine');
  });

  it('lets a greedy resource catch paths no specific branch matches (trailing slash included)', async () => {
    assert.equal(await routeOf('GET', '/part1'), 'part1');
    assert.equal(await routeOf('GET', '/part1/hardcoded'), 'part1-hardcoded');
    assert.equal(await routeOf('GET', '/part1/other'), 'greedy');
    assert.equal(await routeOf('GET', '/a/b/c/'), 'greedy');
  });

  it('skips a resource that lacks the method: a greedy resource above takes the request', async () => {
    assert.equal(await routeOf('POST', '/only-post'), 'only-post');
    assert.equal(await routeOf('GET', '/only-post'), 'greedy');
  });

  it('answers 403 Missing Authentication Token for an unknown route or method', async () => {
    for (const [method, path] of [
      ['POST', '/pets/1'],
      ['PUT', '/part1'],
      ['PATCH', '/nothing'],
    ]) {
      const res = await call(`${gw.url}${path}`, { method });
      assert.equal(res.status, 403);
      assert.equal(res.text, '{"message":"Missing Authentication Token"}');
      assert.equal(res.headers.get('x-amzn-errortype'), 'MissingAuthenticationTokenException');
      assert.ok(res.headers.get('x-amzn-requestid'));
    }
  });

  it('routes by X-HTTP-Method-Override, and keeps a request id the client gives as a UUID', async () => {
    const res = await call(`${gw.url}/pets`, { method: 'POST', headers: { 'X-HTTP-Method-Override': 'DELETE' } });
    assert.equal(res.headers.get('x-route'), 'pets-any');
    const id = '0b5e6f1c-3d2a-4c8b-9e7f-1a2b3c4d5e6f';
    assert.equal(
      (await call(`${gw.url}/pets`, { headers: { 'x-amzn-RequestId': id } })).headers.get('x-amzn-requestid'),
      id,
    );
    assert.notEqual(
      (await call(`${gw.url}/pets`, { headers: { 'x-amzn-RequestId': 'not-a-uuid' } })).headers.get('x-amzn-requestid'),
      'not-a-uuid',
    );
  });

  it('answers 403 Forbidden outside the stage', async () => {
    const res = await call(`http://127.0.0.1:${gw.port}/prod/pets`);
    assert.equal(res.status, 403);
    assert.equal(res.text, '{"message":"Forbidden"}');
  });
});

describe('HTTP API routing', () => {
  let gw: RunningGateway;
  let upstream: Upstream;
  before(async () => {
    upstream = await startUpstream();
    gw = await serveText(httpApi, { stage: 'v1', stageVariables: { up: upstream.host } });
  });
  after(async () => {
    await gw.stop();
    await upstream.close();
  });

  const routeOf = async (method: string, path: string, base = `http://127.0.0.1:${gw.port}`) => {
    const res = await call(`${base}${path}`, { method });
    return res.status === 200 ? new URL(res.json().url, 'http://x').pathname.slice(1) : `${res.status} ${res.text}`;
  };

  it('follows the priority of the documented example', async () => {
    assert.equal(await routeOf('GET', '/v1/pets/dog/1'), 'dog-1');
    assert.equal(await routeOf('GET', '/v1/pets/dog/2'), 'dog-id');
    assert.equal(await routeOf('GET', '/v1/pets/cat/1'), 'pets-greedy');
    assert.equal(await routeOf('POST', '/v1/test/5'), 'any-greedy');
  });

  it('also answers on $default, without the stage segment', async () => {
    assert.equal(await routeOf('GET', '/pets/dog/2'), 'dog-id');
    assert.ok(gw.apis[0].kind === 'HTTP');
  });

  it('answers 404 Not Found when no route matches', async () => {
    const gw2 = await serveText(
      `openapi: 3.0.1
info: {title: t, version: "1"}
paths:
  /only:
    get:${proxyOp('only')}
`,
      { stageVariables: { up: upstream.host } },
    );
    try {
      assert.equal(gw2.url, `http://127.0.0.1:${gw2.port}`);
      const res = await call(`${gw2.url}/nothing`);
      assert.equal(res.status, 404);
      assert.equal(res.text, '{"message":"Not Found"}');
      assert.ok(res.headers.get('apigw-requestid'));
    } finally {
      await gw2.stop();
    }
  });

  it('sends everything to a $default route', async () => {
    const gw3 = await serveText(
      `openapi: 3.0.1
info: {title: t, version: "1"}
paths:
  /known:
    get:${proxyOp('known')}
  /$default:
    x-amazon-apigateway-any-method:${proxyOp('default')}
`,
      { stageVariables: { up: upstream.host } },
    );
    try {
      assert.equal(await routeOf('GET', '/known', gw3.url), 'known');
      assert.equal(await routeOf('PUT', '/anything/else', gw3.url), 'default/anything/else');
    } finally {
      await gw3.stop();
    }
  });
});
