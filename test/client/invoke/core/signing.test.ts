import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import crypto from 'node:crypto';
import { signRequest } from '../../../../client/src/invoke/core/sign';
import type { HttpInvokeRequest } from '../../../../client/src/invoke/core/types';

const credentials = { accessKeyId: 'AKIDEXAMPLE', secretAccessKey: 'wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY' };
const signingDate = new Date('2024-01-02T03:04:05Z');
const request: HttpInvokeRequest = {
  method: 'POST',
  url: 'https://abc123.execute-api.eu-west-1.amazonaws.com/prod/pets/a%20b?limit=2&after=x%2Fy',
  headers: { 'content-type': 'application/json', 'x-trace': '1' },
  body: '{"name":"Rex"}',
};

const sha256 = (s: string) => crypto.createHash('sha256').update(s).digest('hex');
const hmac = (key: crypto.BinaryLike, s: string) => crypto.createHmac('sha256', key).update(s).digest();
const uriEscape = (s: string) =>
  encodeURIComponent(s).replace(/[!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);

/** An independent SigV4 computation (AWS General Reference, "Create a signed AWS API request"). */
function expectedSignature(req: HttpInvokeRequest, signedHeaders: string[], amzDate: string, region: string): string {
  const url = new URL(req.url);
  const headers: Record<string, string> = { ...req.headers, host: url.host };
  const canonicalPath = url.pathname.split('/').map(uriEscape).join('/');
  const canonicalQuery = [...url.searchParams]
    .map(([k, v]) => `${uriEscape(k)}=${uriEscape(v)}`)
    .sort()
    .join('&');
  const canonicalHeaders = signedHeaders.map((h) => `${h}:${headers[h].trim()}\n`).join('');
  const canonicalRequest = [
    req.method,
    canonicalPath,
    canonicalQuery,
    canonicalHeaders,
    signedHeaders.join(';'),
    sha256(req.body ?? ''),
  ].join('\n');
  const day = amzDate.slice(0, 8);
  const scope = `${day}/${region}/execute-api/aws4_request`;
  const toSign = ['AWS4-HMAC-SHA256', amzDate, scope, sha256(canonicalRequest)].join('\n');
  const key = ['execute-api', 'aws4_request'].reduce(
    (k, part) => hmac(k, part),
    hmac(hmac(`AWS4${credentials.secretAccessKey}`, day), region),
  );
  return crypto.createHmac('sha256', key).update(toSign).digest('hex');
}

describe('SigV4 signing for execute-api', () => {
  test('adds an Authorization header with the right structure', async () => {
    const signed = await signRequest(request, { credentials, region: 'eu-west-1', signingDate });
    assert.equal(signed.headers['x-amz-date'], '20240102T030405Z');
    assert.match(
      signed.headers.authorization,
      /^AWS4-HMAC-SHA256 Credential=AKIDEXAMPLE\/20240102\/eu-west-1\/execute-api\/aws4_request, SignedHeaders=([a-z0-9-;]+), Signature=[0-9a-f]{64}$/,
    );
    const signedHeaders = /SignedHeaders=([^,]+)/.exec(signed.headers.authorization)![1].split(';');
    for (const h of ['host', 'x-amz-date', 'content-type', 'x-trace']) assert.ok(signedHeaders.includes(h), h);
    assert.equal(signed.headers.host, undefined, 'fetch sets Host itself');
    assert.equal(request.headers.authorization, undefined, 'the input is not changed');
  });

  test('the signature matches an independent SigV4 computation', async () => {
    const signed = await signRequest(request, { credentials, region: 'eu-west-1', signingDate });
    const signedHeaders = /SignedHeaders=([^,]+)/.exec(signed.headers.authorization)![1].split(';');
    const signature = /Signature=([0-9a-f]+)/.exec(signed.headers.authorization)![1];
    assert.equal(signature, expectedSignature(signed, signedHeaders, '20240102T030405Z', 'eu-west-1'));
  });

  test('is stable for a fixed date and credentials, and changes with the body', async () => {
    const a = await signRequest(request, { credentials, region: 'eu-west-1', signingDate });
    const b = await signRequest(request, { credentials: async () => credentials, region: 'eu-west-1', signingDate });
    const c = await signRequest(
      { ...request, body: '{"name":"Max"}' },
      { credentials, region: 'eu-west-1', signingDate },
    );
    assert.equal(a.headers.authorization, b.headers.authorization);
    assert.notEqual(a.headers.authorization, c.headers.authorization);
  });

  test('temporary credentials add the session token header', async () => {
    const signed = await signRequest(request, {
      credentials: { ...credentials, sessionToken: 'TOKEN' },
      region: 'eu-west-1',
      signingDate,
    });
    assert.equal(signed.headers['x-amz-security-token'], 'TOKEN');
  });
});

describe('SigV4 signing: repeated query parameters', () => {
  test('a name given two or three times signs every value', async () => {
    for (const query of ['?tag=a&tag=b', '?tag=c&tag=a&tag=b&x=1']) {
      const req = { ...request, url: `https://abc123.execute-api.eu-west-1.amazonaws.com/prod/pets${query}` };
      const signed = await signRequest(req, { credentials, region: 'eu-west-1', signingDate });
      const signedHeaders = /SignedHeaders=([^,]+)/.exec(signed.headers.authorization)![1].split(';');
      const signature = /Signature=([0-9a-f]+)/.exec(signed.headers.authorization)![1];
      assert.equal(signature, expectedSignature(signed, signedHeaders, '20240102T030405Z', 'eu-west-1'), query);
    }
  });
});
