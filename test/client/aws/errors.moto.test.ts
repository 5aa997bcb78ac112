import { test, describe, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import http from 'node:http';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import crypto from 'node:crypto';
import { GetRestApisCommand, TestInvokeMethodCommand } from '@aws-sdk/client-api-gateway';
import { CreateDeploymentCommand as CreateV2DeploymentCommand } from '@aws-sdk/client-apigatewayv2';
import { createConnection } from '../../../client/src/aws/connection';
import { describeAwsError, isOperationNotOffered } from '../../../client/src/aws/errors';
import { awsIdentityVariables } from '../../../scripts/lib/awsEnvironment.mjs';
import { startMoto, MotoServer, testCredentials, testRegion } from '../../support/moto';

async function errorOf(promise: Promise<unknown>): Promise<unknown> {
  try {
    await promise;
  } catch (err) {
    return err;
  }
  throw new Error('expected the call to fail');
}

/** A port nothing listens on. */
function closedPort(): Promise<number> {
  return new Promise((resolve) => {
    const srv = net.createServer().listen(0, '127.0.0.1', () => {
      const { port } = srv.address() as net.AddressInfo;
      srv.close(() => resolve(port));
    });
  });
}

/**
 * A local HTTP server that answers every request with one AWS JSON error, so the SDK's own deserializer builds
 * the error object. Used for errors moto never returns (it does not enforce IAM, expiry or throttling).
 */
async function cannedAwsError(
  status: number,
  type: string,
  message: string,
): Promise<{ endpoint: string; hits: () => number; close: () => Promise<void> }> {
  let hits = 0;
  const server = http.createServer((req, res) => {
    hits++;
    req.resume();
    res.writeHead(status, {
      'content-type': 'application/json',
      'x-amzn-errortype': type,
      'x-amzn-requestid': 'req-1',
    });
    res.end(JSON.stringify({ message }));
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const { port } = server.address() as net.AddressInfo;
  return {
    endpoint: `http://127.0.0.1:${port}`,
    hits: () => hits,
    close: () => new Promise((r) => server.close(() => r())),
  };
}

async function restCallAgainst(endpoint: string): Promise<unknown> {
  const conn = createConnection({ endpoint, region: testRegion, credentials: testCredentials });
  try {
    return await errorOf((await conn.apiGateway()).send(new GetRestApisCommand({})));
  } finally {
    conn.dispose();
  }
}

describe('AWS error messages', () => {
  let moto: MotoServer;
  before(async () => {
    moto = await startMoto();
  });
  after(async () => {
    await moto?.stop();
  });

  test('a refused connection says the endpoint is unreachable', async () => {
    const endpoint = `http://127.0.0.1:${await closedPort()}`;
    const info = describeAwsError(await restCallAgainst(endpoint), { endpoint });
    assert.equal(info.kind, 'unreachable');
    assert.match(
      info.message,
      /Cannot reach the endpoint http:\/\/127\.0\.0\.1:\d+: the connection was refused \(ECONNREFUSED\)/,
    );
    assert.match(info.message, /apigw\.aws\.endpoint/);
  });

  test('a host name that does not resolve says so', async () => {
    const endpoint = 'http://apigw-test.invalid';
    const info = describeAwsError(await restCallAgainst(endpoint), { endpoint });
    assert.equal(info.kind, 'unreachable');
    assert.match(info.message, /does not resolve \((ENOTFOUND|EAI_AGAIN)\)/);
  });

  test('an endpoint that accepts connections but never answers times out instead of hanging', async () => {
    const sockets = new Set<net.Socket>();
    const silent = net.createServer((socket) => void sockets.add(socket));
    await new Promise<void>((r) => silent.listen(0, '127.0.0.1', r));
    const endpoint = `http://127.0.0.1:${(silent.address() as net.AddressInfo).port}`;
    const conn = createConnection({
      endpoint,
      region: testRegion,
      credentials: testCredentials,
      requestTimeoutMs: 200,
    });
    try {
      const err = await errorOf((await conn.apiGateway()).send(new GetRestApisCommand({})));
      const info = describeAwsError(err, { endpoint });
      assert.equal(info.kind, 'unreachable');
      assert.match(info.message, /the request timed out \(ETIMEDOUT\)/);
    } finally {
      conn.dispose();
      for (const s of sockets) s.destroy();
      await new Promise((r) => silent.close(r));
    }
  });

  test('access denied names the missing IAM action (canned AWS error answer: moto does not enforce IAM)', async () => {
    const server = await cannedAwsError(
      403,
      'AccessDeniedException',
      'User: arn:aws:iam::123456789012:user/dev is not authorized to perform: apigateway:GET on resource: arn:aws:apigateway:us-east-1::/restapis',
    );
    try {
      const err = await restCallAgainst(server.endpoint);
      const info = describeAwsError(err, { profile: 'dev' });
      assert.equal(info.kind, 'accessDenied');
      assert.equal(
        info.message,
        'Access denied: the credentials of profile "dev" are not allowed to perform "apigateway:GET" on arn:aws:apigateway:us-east-1::/restapis. Ask for that permission in IAM.',
      );
    } finally {
      await server.close();
    }
  });

  test('access denied without an action in the message falls back to the action the caller names (canned AWS error answer)', async () => {
    const server = await cannedAwsError(403, 'AccessDeniedException', 'Forbidden');
    try {
      const info = describeAwsError(await restCallAgainst(server.endpoint), {
        action: 'apigateway:POST',
        operation: 'CreateDeployment',
      });
      assert.equal(info.kind, 'accessDenied');
      assert.match(info.message, /not allowed to perform "apigateway:POST"/);
    } finally {
      await server.close();
    }
  });

  test('expired session credentials ask for a refresh (canned AWS error answer: moto does not expire tokens)', async () => {
    const server = await cannedAwsError(
      403,
      'ExpiredTokenException',
      'The security token included in the request is expired',
    );
    try {
      const info = describeAwsError(await restCallAgainst(server.endpoint));
      assert.equal(info.kind, 'expiredToken');
      assert.match(info.message, /credentials have expired/);
    } finally {
      await server.close();
    }
  });

  test('throttling is reported after the SDK has retried (canned AWS error answer: moto does not throttle)', async () => {
    const server = await cannedAwsError(429, 'TooManyRequestsException', 'Too Many Requests');
    try {
      const err = await restCallAgainst(server.endpoint);
      const info = describeAwsError(err, { operation: 'GetRestApis' });
      assert.equal(info.kind, 'throttled');
      assert.ok(server.hits() > 1, 'the SDK retried');
      assert.match(
        info.message,
        new RegExp(`throttling requests \\(GetRestApis\\) and still refused after ${server.hits()} attempts`),
      );
    } finally {
      await server.close();
    }
  });

  test("moto's HTML 500 for an operation it lacks becomes a not-offered message", async () => {
    const conn = createConnection({ endpoint: moto.endpoint, region: testRegion, credentials: testCredentials });
    try {
      const client = await conn.apiGateway();
      const err = await errorOf(
        client.send(new TestInvokeMethodCommand({ restApiId: 'nope', resourceId: 'r', httpMethod: 'GET' })),
      );
      assert.equal((err as Error).name, 'SyntaxError');
      const info = describeAwsError(err, { endpoint: moto.endpoint, operation: 'TestInvokeMethod' });
      assert.equal(info.kind, 'notOffered');
      assert.match(info.message, /failed on this operation \(TestInvokeMethod\) with HTTP 500/);
      assert.ok(isOperationNotOffered(err));
    } finally {
      conn.dispose();
    }
  });

  test("moto's HTML 404 for v2 CreateDeployment becomes a not-offered message", async () => {
    const conn = createConnection({ endpoint: moto.endpoint, region: testRegion, credentials: testCredentials });
    try {
      const client = await conn.apiGatewayV2();
      const err = await errorOf(client.send(new CreateV2DeploymentCommand({ ApiId: 'abc', StageName: 'dev' })));
      const info = describeAwsError(err, { endpoint: moto.endpoint, operation: 'CreateDeployment' });
      assert.equal(info.kind, 'notOffered');
      assert.match(info.message, /does not offer this operation \(CreateDeployment\) \(HTTP 404\)/);
    } finally {
      conn.dispose();
    }
  });

  describe('credentials from the shared files', () => {
    const saved = { ...process.env };
    let home: string;
    before(() => {
      home = fs.mkdtempSync(path.join(os.tmpdir(), 'apigw-home-'));
      const startUrl = 'https://example.awsapps.com/start';
      fs.mkdirSync(path.join(home, '.aws', 'sso', 'cache'), { recursive: true });
      fs.writeFileSync(
        path.join(home, '.aws', 'config'),
        `[profile sso-dev]\nsso_start_url = ${startUrl}\nsso_region = us-east-1\nsso_account_id = 123456789012\nsso_role_name = Dev\nregion = eu-west-1\n`,
      );
      const cacheName = crypto.createHash('sha1').update(startUrl).digest('hex');
      fs.writeFileSync(
        path.join(home, '.aws', 'sso', 'cache', `${cacheName}.json`),
        JSON.stringify({ startUrl, region: 'us-east-1', accessToken: 'x', expiresAt: '2020-01-01T00:00:00Z' }),
      );
      process.env.HOME = home;
      process.env.AWS_EC2_METADATA_DISABLED = 'true';
      for (const k of awsIdentityVariables) delete process.env[k];
    });
    after(() => {
      process.env = saved;
      fs.rmSync(home, { recursive: true, force: true });
    });

    test('an expired SSO session tells which login to run', async () => {
      const conn = createConnection({ profile: 'sso-dev', region: testRegion });
      const err = await errorOf(conn.credentials());
      assert.equal((err as Error).name, 'CredentialsProviderError');
      const info = describeAwsError(err, { profile: 'sso-dev' });
      assert.equal(info.kind, 'ssoExpired');
      assert.match(info.message, /Run "aws sso login --profile sso-dev"/);
    });

    test('a profile that does not exist means no credentials', async () => {
      const conn = createConnection({ profile: 'missing', region: testRegion });
      const err = await errorOf(conn.credentials());
      assert.equal((err as Error).name, 'CredentialsProviderError');
      const info = describeAwsError(err, { profile: 'missing' });
      assert.equal(info.kind, 'noCredentials');
      assert.match(info.message, /No AWS credentials found of profile "missing"/);
      assert.match(info.message, /Select AWS Profile/);
    });
  });

  test('cancellation and unknown errors', () => {
    const abort = new Error('aborted');
    abort.name = 'AbortError';
    assert.equal(describeAwsError(abort).kind, 'cancelled');
    assert.equal(describeAwsError('boom').message, 'boom');
  });
});
