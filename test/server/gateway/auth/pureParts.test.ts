// The authorizer, throttling and CORS pieces of the local gateway as pure functions (the HTTP tests are in
// localServer.test.ts).
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { Quota, TokenBucket } from '../../../../server/src/gateway/auth/tokenBucket';
import {
  applyCorsHeaders,
  corsConfigFrom,
  isPreflight,
  originAllowed,
  preflightResponse,
} from '../../../../server/src/gateway/auth/cors';
import { parseJwks, tokenFromHeader, verifyJwt, wwwAuthenticate } from '../../../../server/src/gateway/auth/jwt';
import { evaluatePolicy, methodArn } from '../../../../server/src/gateway/auth/policy';
import { parseAuthorization, verifySigV4 } from '../../../../server/src/gateway/auth/sigv4';
import { signRequest } from '../../../../client/src/invoke/core/sign';
import { makeJwks, signJwt } from './jwtKit';

describe('token bucket', () => {
  test('lets a burst through, then refills at the rate', () => {
    let now = 0;
    const bucket = new TokenBucket({ rateLimit: 2, burstLimit: 3 }, () => now);
    assert.deepEqual([bucket.take(), bucket.take(), bucket.take(), bucket.take()], [true, true, true, false]);
    now = 499;
    assert.equal(bucket.take(), false, 'less than one token after 499 ms at 2/s');
    now = 500;
    assert.equal(bucket.take(), true);
    now = 60_000;
    assert.equal(bucket.available(), 3, 'never more than the burst');
  });
  test('a burst of 0 throttles everything', () => {
    const bucket = new TokenBucket({ rateLimit: 10, burstLimit: 0 }, () => 0);
    assert.equal(bucket.take(), false);
  });
  test('quota counts per period', () => {
    let now = 0;
    const quota = new Quota({ limit: 2, period: 'DAY' }, () => now);
    assert.deepEqual([quota.take(), quota.take(), quota.take()], [true, true, false]);
    now = 86_400_000;
    assert.equal(quota.take(), true, 'a new period starts');
  });
});

describe('CORS for HTTP APIs', () => {
  const config = corsConfigFrom({
    allowOrigins: ['https://app.example.com'],
    allowMethods: ['GET', 'post'],
    allowHeaders: ['content-type', 'x-custom'],
    exposeHeaders: ['x-total'],
    maxAge: 600,
    allowCredentials: true,
  })!;
  test('reads both the OpenAPI and the CloudFormation spelling', () => {
    assert.deepEqual(corsConfigFrom({ AllowOrigins: ['*'], AllowMethods: ['*'] })?.allowOrigins, ['*']);
    assert.equal(corsConfigFrom('nope'), undefined);
  });
  test('a preflight needs Origin and Access-Control-Request-Method', () => {
    assert.equal(isPreflight('OPTIONS', { origin: 'https://a' }), false);
    assert.equal(isPreflight('OPTIONS', { origin: 'https://a', 'access-control-request-method': 'GET' }), true);
    assert.equal(isPreflight('GET', { origin: 'https://a', 'access-control-request-method': 'GET' }), false);
  });
  test('preflight from an allowed origin', () => {
    const r = preflightResponse(config, { origin: 'https://app.example.com', 'access-control-request-method': 'POST' });
    assert.equal(r.statusCode, 204);
    assert.deepEqual(r.headers, {
      'access-control-allow-origin': 'https://app.example.com',
      'access-control-allow-methods': 'GET,POST',
      'access-control-allow-headers': 'content-type,x-custom',
      'access-control-allow-credentials': 'true',
      'access-control-max-age': '600',
    });
  });
  test('preflight from another origin or for another method gets no CORS headers', () => {
    assert.deepEqual(
      preflightResponse(config, { origin: 'https://evil.example', 'access-control-request-method': 'GET' }).headers,
      {},
    );
    assert.deepEqual(
      preflightResponse(config, { origin: 'https://app.example.com', 'access-control-request-method': 'DELETE' })
        .headers,
      {},
    );
  });
  test('scheme wildcards', () => {
    const c = corsConfigFrom({ allowOrigins: ['https://*'] })!;
    assert.equal(originAllowed(c, 'https://x.example'), true);
    assert.equal(originAllowed(c, 'http://x.example'), false);
  });
  test('responses: backend CORS headers replaced by the configured ones', () => {
    const out = applyCorsHeaders(
      config,
      { origin: 'https://app.example.com' },
      { 'content-type': 'application/json', 'Access-Control-Allow-Origin': '*' },
    );
    assert.deepEqual(out, {
      'content-type': 'application/json',
      'access-control-allow-origin': 'https://app.example.com',
      'access-control-allow-credentials': 'true',
      'access-control-expose-headers': 'x-total',
    });
    assert.deepEqual(
      applyCorsHeaders(config, {}, { 'access-control-allow-origin': '*' }),
      {},
      'no Origin: no CORS headers, and the backend ones are dropped',
    );
  });
});

describe('JWT authorizer checks', () => {
  const { privateKey, jwks } = makeJwks('key-1');
  const issuer = 'https://issuer.example.com';
  const now = 1_800_000_000;
  const base = { iss: issuer, aud: 'my-app', exp: now + 60, iat: now - 10, scope: 'read write' };
  const keys = parseJwks(JSON.stringify(jwks));
  test('accepts a good token and returns its claims', () => {
    const r = verifyJwt(signJwt(privateKey, 'key-1', base), {
      issuer,
      audiences: ['my-app'],
      keys,
      nowSeconds: now,
      scopes: ['read'],
    });
    assert.equal(r.ok, true);
    assert.equal(r.ok && r.claims.aud, 'my-app');
  });
  const cases: [string, Record<string, unknown>, string, { scopes?: string[]; kid?: string }?][] = [
    ['expired', { ...base, exp: now - 1 }, 'the token has expired'],
    ['wrong audience', { ...base, aud: 'other' }, 'the token does not have a valid audience'],
    ['wrong issuer', { ...base, iss: 'https://elsewhere' }, 'the token does not have a valid issuer'],
    ['not yet valid', { ...base, nbf: now + 100 }, 'the token is not valid yet'],
    ['missing scope', base, 'the token does not have the required scope', { scopes: ['admin'] }],
    ['unknown key', base, 'the key other is not in the JWKS', { kid: 'other' }],
  ];
  for (const [name, claims, description, opts] of cases) {
    test(`rejects: ${name}`, () => {
      const r = verifyJwt(signJwt(privateKey, opts?.kid ?? 'key-1', claims), {
        issuer,
        audiences: ['my-app'],
        keys,
        nowSeconds: now,
        scopes: opts?.scopes,
      });
      assert.deepEqual(r, { ok: false, description });
    });
  }
  test('client_id stands in for a missing aud (Cognito access tokens)', () => {
    const { aud: _aud, ...rest } = base;
    assert.equal(
      verifyJwt(signJwt(privateKey, 'key-1', { ...rest, client_id: 'my-app' }), {
        issuer,
        audiences: ['my-app'],
        keys,
        nowSeconds: now,
      }).ok,
      true,
    );
  });
  test('a token signed by another key, HS256 or garbage is refused', () => {
    const other = makeJwks('key-1').privateKey;
    assert.deepEqual(verifyJwt(signJwt(other, 'key-1', base), { issuer, audiences: [], keys, nowSeconds: now }), {
      ok: false,
      description: 'the token signature is invalid',
    });
    const hs = `${Buffer.from('{"alg":"HS256"}').toString('base64url')}.${Buffer.from(JSON.stringify(base)).toString('base64url')}.x`;
    assert.deepEqual(verifyJwt(hs, { issuer, audiences: [], keys, nowSeconds: now }), {
      ok: false,
      description: 'signing method HS256 is invalid',
    });
    assert.equal(verifyJwt('abc', { issuer, audiences: [], keys }).ok, false);
  });
  test('Bearer prefix, www-authenticate, bad JWKS', () => {
    assert.equal(tokenFromHeader('Bearer abc.def.ghi'), 'abc.def.ghi');
    assert.equal(tokenFromHeader('abc.def.ghi'), 'abc.def.ghi');
    assert.equal(
      wwwAuthenticate('the token does not have a valid audience'),
      'Bearer scope="" error="invalid_token" error_description="the token does not have a valid audience"',
    );
    assert.throws(() => parseJwks('{"nokeys":1}', 'jwks.json'), /jwks.json has no "keys" list/);
    assert.throws(() => parseJwks('{', 'jwks.json'), /jwks.json is not JSON/);
  });
});

describe('Lambda authorizer policies', () => {
  const arn = methodArn({
    region: 'us-east-1',
    accountId: '123456789012',
    apiId: 'abc',
    stage: 'dev',
    method: 'get',
    path: '/pets/1',
  });
  const policy = (...Statement: unknown[]) => ({ Version: '2012-10-17', Statement });
  test('method ARN shape', () => assert.equal(arn, 'arn:aws:execute-api:us-east-1:123456789012:abc/dev/GET/pets/1'));
  test('allow, explicit deny, implicit deny', () => {
    assert.deepEqual(
      evaluatePolicy(
        policy({
          Effect: 'Allow',
          Action: 'execute-api:Invoke',
          Resource: 'arn:aws:execute-api:us-east-1:123456789012:abc/*/GET/*',
        }),
        arn,
      ),
      { decision: 'Allow' },
    );
    assert.deepEqual(
      evaluatePolicy(
        policy(
          { Effect: 'Allow', Action: 'execute-api:Invoke', Resource: '*' },
          { Effect: 'Deny', Action: 'execute-api:Invoke', Resource: [arn] },
        ),
        arn,
      ),
      { decision: 'ExplicitDeny' },
    );
    assert.deepEqual(
      evaluatePolicy(
        policy({
          Effect: 'Allow',
          Action: 'execute-api:Invoke',
          Resource: 'arn:aws:execute-api:us-east-1:123456789012:abc/dev/POST/*',
        }),
        arn,
      ),
      { decision: 'ImplicitDeny' },
    );
  });
  test('a document that is not a policy is flagged invalid', () => {
    assert.ok(evaluatePolicy(undefined, arn).invalid);
    assert.ok(evaluatePolicy({ Statement: [{ Effect: 'Maybe', Action: '*', Resource: '*' }] }, arn).invalid);
  });
});

describe('SigV4 verification', () => {
  const credentials = { accessKeyId: 'AKIDLOCAL', secretAccessKey: 'local-secret' };
  const signingDate = new Date('2024-01-02T03:04:05Z');
  async function signed(url: string, body?: string) {
    const req = await signRequest(
      { method: body ? 'POST' : 'GET', url, headers: body ? { 'content-type': 'application/json' } : {}, body },
      { credentials, region: 'us-east-1', signingDate },
    );
    const u = new URL(url);
    return {
      method: req.method,
      path: u.pathname,
      query: u.search.slice(1),
      headers: { ...req.headers, host: u.host },
      body: body ?? '',
    };
  }
  test("a request signed by the panel's signer passes, with its query and a body", async () => {
    const r = await verifySigV4(
      await signed('http://127.0.0.1:3000/dev/pets/a%20b?limit=2&after=x%2Fy', '{"a":1}'),
      [credentials],
      new Date('2024-01-02T03:05:00Z'),
    );
    assert.equal(r.ok, true);
  });
  test('a changed body, a wrong secret, an unknown key, an old date, no header', async () => {
    const good = await signed('http://127.0.0.1:3000/dev/pets', '{"a":1}');
    const at = new Date('2024-01-02T03:05:00Z');
    const tampered = await verifySigV4({ ...good, body: '{"a":2}' }, [credentials], at);
    assert.equal(!tampered.ok && tampered.responseType, 'INVALID_SIGNATURE');
    assert.match(!tampered.ok ? tampered.message : '', /does not match the signature you provided/);
    const wrongSecret = await verifySigV4(good, [{ ...credentials, secretAccessKey: 'other' }], at);
    assert.equal(!wrongSecret.ok && wrongSecret.responseType, 'INVALID_SIGNATURE');
    const unknown = await verifySigV4(good, [{ ...credentials, accessKeyId: 'AKIDOTHER' }], at);
    assert.equal(!unknown.ok && unknown.message, 'The security token included in the request is invalid.');
    const late = await verifySigV4(good, [credentials], new Date('2024-01-02T03:20:00Z'));
    assert.equal(
      !late.ok && late.message,
      'Signature expired: 20240102T030405Z is now earlier than 20240102T031500Z (20240102T032000Z - 5 min.)',
    );
    const none = await verifySigV4({ ...good, headers: {} }, [credentials], at);
    assert.deepEqual(none.ok ? undefined : [none.responseType, none.message], [
      'MISSING_AUTHENTICATION_TOKEN',
      'Missing Authentication Token',
    ]);
  });
  test('a malformed Authorization header is named', () => {
    assert.match(
      String(parseAuthorization('AWS4-HMAC-SHA256 Credential=a/b/c/d/aws4_request')),
      /requires 'Signature' parameter/,
    );
  });
});
