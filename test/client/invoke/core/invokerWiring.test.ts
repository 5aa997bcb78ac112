/**
 * From the form to the wire: the invoker sends what the form says. The signer and the request builder have tests
 * of their own; this holds the links between them (the "sign with SigV4" box, the API key, the stage) against a
 * real HTTP server on 127.0.0.1.
 */
import assert from 'node:assert/strict';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { after, before, describe, test } from 'node:test';
import { SignatureV4 } from '@smithy/signature-v4';
import { Sha256 } from '@aws-crypto/sha256-js';
import { Invoker } from '../../../../client/src/invoke/core/invoker';
import { initialForm, type InvokeTarget } from '../../../../client/src/invoke/core/target';

const credentials = { accessKeyId: 'AKIDEXAMPLE', secretAccessKey: 'wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY' };

let server: http.Server;
let baseUrl: string;
const received: { method: string; url: string; headers: http.IncomingHttpHeaders; body: string }[] = [];

before(async () => {
  server = http.createServer((req, res) => {
    let body = '';
    req.on('data', (c) => (body += c));
    req.on('end', () => {
      received.push({ method: req.method!, url: req.url!, headers: req.headers, body });
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end('{"ok":true}');
    });
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
after(() => new Promise((r) => server.close(r)));

function invoker(): Invoker {
  const target: InvokeTarget = {
    apiType: 'REST',
    pathTemplate: '/pets/{id}',
    operationMethod: 'POST',
    region: 'eu-west-1',
    baseUrl,
    stages: ['dev'],
    stage: 'dev',
  };
  return new Invoker(target, {
    apiGateway: async () => ({ send: async () => ({}) }),
    credentials: async () => credentials,
  });
}

describe('the invoker sends what the form says', () => {
  test('"sign with SigV4" signs the request for execute-api in the target region, with a signature that verifies', async () => {
    const inv = invoker();
    const form = {
      ...initialForm(inv.target),
      mode: 'http' as const,
      pathParams: { id: '7' },
      body: '{"name":"rex"}',
      sign: true,
    };
    const result = await inv.run(form);
    assert.equal(result.status, 200);
    const got = received.at(-1)!;
    assert.match(
      String(got.headers.authorization),
      /^AWS4-HMAC-SHA256 Credential=AKIDEXAMPLE\/\d{8}\/eu-west-1\/execute-api\/aws4_request, SignedHeaders=[^,]+, Signature=[0-9a-f]{64}$/,
    );
    // Recompute the signature from what arrived, with an independent signer instance.
    const signer = new SignatureV4({ service: 'execute-api', region: 'eu-west-1', credentials, sha256: Sha256 });
    const url = new URL(got.url, baseUrl);
    const signedHeaders = /SignedHeaders=([^,]+)/.exec(String(got.headers.authorization))![1].split(';');
    const headers = Object.fromEntries(signedHeaders.map((h) => [h, String(got.headers[h])]));
    const date = String(got.headers['x-amz-date']);
    const again = await signer.sign(
      {
        method: got.method,
        protocol: 'http:',
        hostname: url.hostname,
        port: Number(url.port),
        path: url.pathname,
        query: Object.fromEntries(url.searchParams),
        headers,
        body: got.body,
      },
      {
        signingDate: new Date(
          `${date.slice(0, 4)}-${date.slice(4, 6)}-${date.slice(6, 8)}T${date.slice(9, 11)}:${date.slice(11, 13)}:${date.slice(13, 15)}Z`,
        ),
      },
    );
    assert.equal(String(again.headers.authorization ?? again.headers.Authorization), String(got.headers.authorization));
  });

  test('without the box ticked nothing is signed; the API key goes in x-api-key; the stage and path are in the URL', async () => {
    const inv = invoker();
    await inv.run({
      ...initialForm(inv.target),
      mode: 'http',
      pathParams: { id: 'a b' },
      sign: false,
      apiKey: 'k-123',
    });
    const got = received.at(-1)!;
    assert.equal(got.headers.authorization, undefined);
    assert.equal(got.headers['x-amz-date'], undefined);
    assert.equal(got.headers['x-api-key'], 'k-123');
    assert.equal(got.url, '/dev/pets/a%20b');
  });
});
