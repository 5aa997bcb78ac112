// SAM's Auth property applied by the local gateway as the SAM transform would, over real HTTP.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import path from 'node:path';
import { startGateway, type RunningGateway } from '../../../../server/src/gateway';
import { makeJwks, signJwt } from './jwtKit';

const template = path.join(__dirname, 'fixtures', 'sam-auth.yaml');
const call = async (url: string, init: RequestInit = {}) => {
  const res = await fetch(url, { ...init, signal: AbortSignal.timeout(15_000) });
  return { status: res.status, headers: res.headers, text: await res.text() };
};

describe('SAM Auth on an Api', () => {
  let gateway: RunningGateway;
  before(async () => {
    gateway = await startGateway({ path: template }, { api: 'SamApi', apiKeys: ['sam-key-1'] });
  });
  after(() => gateway.stop());

  test("DefaultAuthorizer and ApiKeyRequired apply to the definition's methods; the usage plan's quota counts", async () => {
    assert.equal(
      (await call(`${gateway.url}/guarded`, { headers: { 'x-api-key': 'sam-key-1' } })).status,
      401,
      'no X-Token',
    );
    assert.equal((await call(`${gateway.url}/guarded`, { headers: { 'X-Token': 'allow' } })).status, 403, 'no API key');
    const ok = await call(`${gateway.url}/guarded`, { headers: { 'X-Token': 'allow', 'x-api-key': 'sam-key-1' } });
    assert.deepEqual([ok.status, JSON.parse(ok.text)], [200, { user: 'alice' }]);
    await call(`${gateway.url}/guarded`, { headers: { 'X-Token': 'allow', 'x-api-key': 'sam-key-1' } });
    const over = await call(`${gateway.url}/guarded`, { headers: { 'X-Token': 'allow', 'x-api-key': 'sam-key-1' } });
    assert.deepEqual([over.status, over.text], [429, '{"message":"Limit Exceeded"}'], 'Quota: Limit 2 per DAY');
  });

  test('a function event with Auth: {Authorizer: NONE, ApiKeyRequired: false} is open', async () => {
    assert.equal((await call(`${gateway.url}/open`)).status, 200);
  });
});

describe('SAM Auth and CorsConfiguration on an HttpApi', () => {
  const { privateKey, jwks } = makeJwks('s1');
  let gateway: RunningGateway;
  before(async () => {
    gateway = await startGateway(
      { path: template },
      { api: 'SamHttpApi', auth: { jwks: { 'https://issuer.local': jwks.keys as never } } },
    );
  });
  after(() => gateway.stop());

  test('the default JWT authorizer guards the event route; CORS headers come from CorsConfiguration', async () => {
    assert.equal((await call(`${gateway.url}/items`)).status, 401);
    const token = signJwt(privateKey, 's1', {
      iss: 'https://issuer.local',
      aud: 'sam-app',
      exp: Math.floor(Date.now() / 1000) + 60,
    });
    const ok = await call(`${gateway.url}/items`, {
      headers: { Authorization: token, Origin: 'https://app.example.com' },
    });
    assert.equal(ok.status, 200);
    assert.equal(ok.headers.get('access-control-allow-origin'), 'https://app.example.com');
    const preflight = await call(`${gateway.url}/items`, {
      method: 'OPTIONS',
      headers: { Origin: 'https://app.example.com', 'Access-Control-Request-Method': 'GET' },
    });
    assert.deepEqual([preflight.status, preflight.headers.get('access-control-allow-methods')], [204, 'GET']);
  });
});
