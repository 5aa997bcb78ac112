// Authorizers, API keys, usage plans and CORS of the local gateway, over real HTTP on 127.0.0.1, with the
// authorizer functions run by the gateway as Node handlers (fixtures/functions/authorizers.js).
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import path from 'node:path';
import { startGateway, type RunningGateway } from '../../../../server/src/gateway';
import { signRequest } from '../../../../client/src/invoke/core/sign';
import { makeJwks, signJwt } from './jwtKit';

const template = path.join(__dirname, 'fixtures', 'auth-api.yaml');
const credentials = { accessKeyId: 'AKIDLOCALTEST', secretAccessKey: 'local-test-secret' };
const { privateKey, jwks } = makeJwks('k1');
const poolIssuer = 'https://cognito-idp.us-east-1.amazonaws.com/us-east-1_Local';
const now = () => Math.floor(Date.now() / 1000);

async function call(url: string, init: RequestInit = {}) {
  const res = await fetch(url, { ...init, signal: AbortSignal.timeout(15_000) });
  const text = await res.text();
  return { status: res.status, headers: res.headers, text, json: () => JSON.parse(text) };
}

function logOf(gateway: RunningGateway, headers: Headers): string[] {
  return gateway.logs(headers.get('x-amzn-requestid') ?? '').map((l) => l.message);
}

describe('REST authorizers and API keys over HTTP', () => {
  let gateway: RunningGateway;
  before(async () => {
    gateway = await startGateway(
      { path: template },
      {
        api: 'RestApi',
        apiKeys: ['key-123456789'],
        auth: { iamCredentials: [credentials], jwks: { [poolIssuer]: jwks.keys as never } },
      },
    );
  });
  after(() => gateway.stop());

  test('TOKEN: allowed, with the context in $context.authorizer (values as strings)', async () => {
    const res = await call(`${gateway.url}/token/1`, { headers: { Authorization: 'allow' } });
    assert.equal(res.status, 200);
    assert.deepEqual(
      { ...res.json(), calls: undefined },
      { principal: 'alice', user: 'alice', level: '3', calls: undefined },
    );
    const log = logOf(gateway, res.headers);
    assert.ok(log.includes('Starting authorizer: TokenAuth for request: ' + res.headers.get('x-amzn-requestid')));
    assert.ok(log.includes('Successfully completed authorizer execution'));
  });

  test('TOKEN: the result is cached for the token (the function is not called again)', async () => {
    const first = (await call(`${gateway.url}/token/2`, { headers: { Authorization: 'allow' } })).json();
    const second = await call(`${gateway.url}/token/3`, { headers: { Authorization: 'allow' } });
    assert.equal(second.json().calls, first.calls);
    assert.ok(logOf(gateway, second.headers).includes('Authorizer result served from the cache'));
  });

  test('TOKEN: a cached policy is evaluated again for another method', async () => {
    assert.equal((await call(`${gateway.url}/token/9`, { headers: { Authorization: 'narrow' } })).status, 200);
    const other = await call(`${gateway.url}/other`, { method: 'POST', headers: { Authorization: 'narrow' } });
    assert.equal(other.status, 403);
    assert.equal(other.text, '{"Message":"User is not authorized to access this resource"}');
  });

  test('TOKEN: deny, Unauthorized, missing or invalid token, function error, no policy', async () => {
    const deny = await call(`${gateway.url}/token/1`, { headers: { Authorization: 'deny' } });
    assert.deepEqual(
      [deny.status, deny.text, deny.headers.get('x-amzn-errortype')],
      [
        403,
        '{"Message":"User is not authorized to access this resource with an explicit deny"}',
        'AccessDeniedException',
      ],
    );
    const unauthorized = await call(`${gateway.url}/token/1`, { headers: { Authorization: 'unauthorized' } });
    assert.deepEqual([unauthorized.status, unauthorized.text], [401, '{"message":"Unauthorized"}']);
    const missing = await call(`${gateway.url}/token/1`);
    assert.deepEqual([missing.status, missing.text], [401, '{"message":"Unauthorized"}']);
    const invalid = await call(`${gateway.url}/token/1`, { headers: { Authorization: 'Not Valid 1' } });
    assert.equal(invalid.status, 401, 'refused by identityValidationExpression without invoking');
    assert.ok(
      !logOf(gateway, invalid.headers).some((l) => l.startsWith('Endpoint request body after transformations')),
    );
    const error = await call(`${gateway.url}/token/1`, { headers: { Authorization: 'boom' } });
    assert.deepEqual([error.status, error.text], [500, '{"message":null}']);
    const noPolicy = await call(`${gateway.url}/token/1`, { headers: { Authorization: 'no-policy' } });
    assert.equal(noPolicy.status, 500);
  });

  test('REQUEST: identity sources reach the function; its context reaches the Lambda proxy event', async () => {
    const ok = await call(`${gateway.url}/request?tenant=acme`, { headers: { 'X-User': 'alice' } });
    assert.equal(ok.status, 200);
    assert.deepEqual(ok.json().authorizer, { principalId: 'alice', tenant: 'acme', type: 'REQUEST' });
    const denied = await call(`${gateway.url}/request?tenant=other`, { headers: { 'X-User': 'alice' } });
    assert.equal(denied.status, 403);
  });

  test('API keys: missing or unknown 403 Forbidden; a known key reaches $context.identity.apiKey', async () => {
    const none = await call(`${gateway.url}/keyed`);
    assert.deepEqual(
      [none.status, none.text, none.headers.get('x-amzn-errortype')],
      [403, '{"message":"Forbidden"}', 'ForbiddenException'],
    );
    assert.equal((await call(`${gateway.url}/keyed`, { headers: { 'x-api-key': 'wrong' } })).status, 403);
    const ok = await call(`${gateway.url}/keyed`, { headers: { 'x-api-key': 'key-123456789' } });
    assert.deepEqual([ok.status, ok.json()], [200, { apiKey: 'key-123456789' }]);
    assert.ok(
      logOf(gateway, ok.headers).includes(
        'Usage Plan check succeeded for API Key *******456789 and API Stage RestApi/dev',
      ),
    );
  });

  test('IAM: a SigV4-signed request passes; unsigned, tampered or unknown keys are refused', async () => {
    const url = `${gateway.url}/iam?x=1`;
    const signed = await signRequest(
      { method: 'POST', url, headers: { 'content-type': 'application/json' }, body: '{"a":1}' },
      { credentials, region: 'us-east-1' },
    );
    const ok = await call(url, { method: 'POST', headers: signed.headers, body: signed.body });
    assert.deepEqual([ok.status, ok.json()], [200, { accessKey: 'AKIDLOCALTEST' }]);
    const unsigned = await call(url, { method: 'POST', body: '{"a":1}' });
    assert.deepEqual([unsigned.status, unsigned.text], [403, '{"message":"Missing Authentication Token"}']);
    const tampered = await call(url, { method: 'POST', headers: signed.headers, body: '{"a":2}' });
    assert.equal(tampered.status, 403);
    assert.match(tampered.text, /does not match the signature you provided/);
    const stranger = await signRequest(
      { method: 'POST', url, headers: {}, body: '' },
      { credentials: { accessKeyId: 'AKIDOTHER', secretAccessKey: 'x' }, region: 'us-east-1' },
    );
    const unknown = await call(url, { method: 'POST', headers: stranger.headers });
    assert.deepEqual(
      [unknown.status, unknown.text],
      [403, '{"message":"The security token included in the request is invalid."}'],
    );
  });

  test('Cognito: an ID token of the pool passes with its claims; others get 401', async () => {
    const idToken = signJwt(privateKey, 'k1', {
      iss: poolIssuer,
      aud: 'client-1',
      token_use: 'id',
      email: 'a@example.com',
      exp: now() + 300,
      iat: now() - 5,
    });
    const ok = await call(`${gateway.url}/pool`, { headers: { Authorization: idToken } });
    assert.deepEqual([ok.status, ok.json()], [200, { email: 'a@example.com' }]);
    const expired = signJwt(privateKey, 'k1', { iss: poolIssuer, aud: 'client-1', token_use: 'id', exp: now() - 5 });
    assert.equal((await call(`${gateway.url}/pool`, { headers: { Authorization: expired } })).status, 401);
    assert.equal((await call(`${gateway.url}/pool`)).status, 401);
  });
});

describe('usage plans over HTTP', () => {
  test('throttle: the burst passes, then 429 Too Many Requests', async () => {
    const gateway = await startGateway(
      { path: template },
      {
        api: 'RestApi',
        apiKeys: ['k-throttle'],
        auth: { usagePlan: { throttle: { rateLimit: 0.001, burstLimit: 2 } } },
      },
    );
    try {
      const send = () => call(`${gateway.url}/keyed`, { headers: { 'x-api-key': 'k-throttle' } });
      assert.deepEqual([(await send()).status, (await send()).status], [200, 200]);
      const third = await send();
      assert.deepEqual(
        [third.status, third.text, third.headers.get('x-amzn-errortype')],
        [429, '{"message":"Too Many Requests"}', 'TooManyRequestsException'],
      );
    } finally {
      await gateway.stop();
    }
  });
  test('quota: 429 Limit Exceeded once used up', async () => {
    const gateway = await startGateway(
      { path: template },
      { api: 'RestApi', apiKeys: ['k-quota'], auth: { usagePlan: { quota: { limit: 1, period: 'DAY' } } } },
    );
    try {
      const send = () => call(`${gateway.url}/keyed`, { headers: { 'x-api-key': 'k-quota' } });
      assert.equal((await send()).status, 200);
      const second = await send();
      assert.deepEqual([second.status, second.text], [429, '{"message":"Limit Exceeded"}']);
    } finally {
      await gateway.stop();
    }
  });
});

describe('HTTP API authorizers and CORS over HTTP', () => {
  let gateway: RunningGateway;
  before(async () => {
    gateway = await startGateway(
      { path: template },
      { api: 'HttpApi', auth: { jwks: { 'https://issuer.local': jwks.keys as never } } },
    );
  });
  after(() => gateway.stop());

  test('JWT: claims reach requestContext.authorizer.jwt; failures are 401 with www-authenticate', async () => {
    const token = signJwt(privateKey, 'k1', {
      iss: 'https://issuer.local',
      aud: 'orders-app',
      scope: 'orders/read',
      sub: 'u1',
      exp: now() + 300,
    });
    const ok = await call(`${gateway.url}/jwt`, { headers: { Authorization: `Bearer ${token}` } });
    assert.equal(ok.status, 200);
    assert.deepEqual(ok.json().authorizer.jwt.claims.sub, 'u1');
    const wrongAudience = signJwt(privateKey, 'k1', {
      iss: 'https://issuer.local',
      aud: 'other',
      scope: 'orders/read',
      exp: now() + 300,
    });
    const bad = await call(`${gateway.url}/jwt`, { headers: { Authorization: `Bearer ${wrongAudience}` } });
    assert.deepEqual([bad.status, bad.text], [401, '{"message":"Unauthorized"}']);
    assert.equal(
      bad.headers.get('www-authenticate'),
      'Bearer scope="orders/read" error="invalid_token" error_description="the token does not have a valid audience"',
    );
    const noScope = signJwt(privateKey, 'k1', {
      iss: 'https://issuer.local',
      aud: 'orders-app',
      scope: 'orders/write',
      exp: now() + 300,
    });
    assert.equal((await call(`${gateway.url}/jwt`, { headers: { Authorization: noScope } })).status, 401);
  });

  test('Lambda authorizer with simple responses: 200 with its context, 403 Forbidden, 401 without the identity source', async () => {
    const ok = await call(`${gateway.url}/simple`, { headers: { Authorization: 'let-me-in' } });
    assert.equal(ok.status, 200);
    assert.deepEqual(ok.json().authorizer, { lambda: { who: 'simple', sources: ['let-me-in'] } });
    const no = await call(`${gateway.url}/simple`, { headers: { Authorization: 'nope' } });
    assert.deepEqual([no.status, no.text], [403, '{"message":"Forbidden"}']);
    const missing = await call(`${gateway.url}/simple`);
    assert.deepEqual([missing.status, missing.text], [401, '{"message":"Unauthorized"}']);
  });

  test("CORS: preflight answered by the gateway; responses carry the configured headers, not the backend's", async () => {
    const preflight = await call(`${gateway.url}/open`, {
      method: 'OPTIONS',
      headers: { Origin: 'https://app.example.com', 'Access-Control-Request-Method': 'POST' },
    });
    assert.equal(preflight.status, 204);
    assert.equal(preflight.headers.get('access-control-allow-origin'), 'https://app.example.com');
    assert.equal(preflight.headers.get('access-control-allow-methods'), 'GET,POST');
    assert.equal(preflight.headers.get('access-control-max-age'), '300');
    const elsewhere = await call(`${gateway.url}/open`, {
      method: 'OPTIONS',
      headers: { Origin: 'https://evil.example', 'Access-Control-Request-Method': 'GET' },
    });
    assert.equal(elsewhere.headers.get('access-control-allow-origin'), null);
    const get = await call(`${gateway.url}/open`, { headers: { Origin: 'https://app.example.com' } });
    assert.equal(get.status, 200);
    assert.equal(get.headers.get('access-control-allow-origin'), 'https://app.example.com');
    assert.equal(get.headers.get('access-control-expose-headers'), 'x-request-cost');
    const noOrigin = await call(`${gateway.url}/open`);
    assert.equal(noOrigin.headers.get('access-control-allow-origin'), null, "the backend's CORS header is dropped");
  });
});
