// The local gateway's execution log: the CloudWatch-shaped lines of one request in API Gateway's order, listeners
// and the bounded buffer, masked secrets, truncated long events, and the function's own output in its log group.
import assert from 'node:assert/strict';
import path from 'node:path';
import { describe, it } from 'node:test';
import { formatEntry, startGateway, type LogEntry } from '../../../server/src/gateway';
import { call, fixtures } from './support';

const template = path.join(fixtures, 'sam-lambda.yaml');

describe('execution log', () => {
  it('writes the lines of a Lambda proxy request in order, to listeners and to the buffer', async () => {
    const gw = await startGateway({ path: template });
    const heard: LogEntry[] = [];
    const subscription = gw.onLog((e) => heard.push(e));
    try {
      const res = await call(`${gw.url}/callback?x=1`, {
        method: 'POST',
        body: 'the body',
        headers: { Authorization: 'Bearer secret-token-abcdef' },
      });
      assert.equal(res.status, 201);
      const id = res.headers.get('x-amzn-requestid') ?? '';
      const lines = gw.logs(id);
      assert.deepEqual(
        heard.filter((e) => e.requestId === id),
        lines,
      );
      assert.ok(lines.every((e) => e.logGroup === 'API-Gateway-Execution-Logs_LambdaApi/dev'));
      const prefixes = [
        `Starting execution for request: ${id}`,
        'HTTP Method: POST, Resource Path: /callback',
        'Method request path: {}',
        'Method request query string: {x=1}',
        'Method request headers: {',
        'Method request body before transformations: the body',
        'Endpoint request URI: https://lambda.us-east-1.amazonaws.com/2015-03-31/functions/arn:aws:lambda:us-east-1:123456789012:function:CallbackFunction/invocations',
        'Endpoint request headers: {',
        'Endpoint request body after transformations: {"resource":"/callback"',
        'Sending request to https://lambda.us-east-1.amazonaws.com/',
        'Received response. Status: 200, Integration latency: ',
        'Endpoint response headers: {',
        'Endpoint response body before transformations: {"statusCode":201',
        'Method response body after transformations: made by a callback',
        'Method response headers: {',
        'Successfully completed execution',
        'Method completed with status: 201',
        'AWS Integration Endpoint RequestId : ',
      ];
      // The core's lines in this order; plugins (authorizers, API keys) may add lines of their own between them.
      const messages = lines.map((l) => l.message);
      let at = -1;
      for (const prefix of prefixes) {
        const next = messages.findIndex((m, i) => i > at && m.startsWith(prefix));
        assert.ok(next > at, `"${prefix}..." after line ${at}:\n${messages.join('\n')}`);
        at = next;
      }
      const endpointHeaders = messages.find((m) => m.startsWith('Endpoint request headers: {')) ?? '';
      assert.match(
        endpointHeaders,
        /x-amzn-lambda-integration-tag=[0-9a-f-]{36}, .*X-Amz-Source-Arn=arn:aws:execute-api:us-east-1:123456789012:LambdaApi\/dev\/POST\/callback/,
      );
      // Secrets show their last 6 characters only (facts X3).
      const headersLine = messages.find((m) => m.startsWith('Method request headers: {')) ?? '';
      assert.ok(
        headersLine.includes(`Authorization=${'*'.repeat('Bearer secret-token-abcdef'.length - 6)}abcdef`),
        headersLine,
      );
      assert.ok(!headersLine.includes('secret-token'));
      assert.equal(formatEntry(lines[0]), `(${id}) Starting execution for request: ${id}`);
      // The function's own output goes to its log group.
      assert.ok(
        heard.some(
          (e) => e.logGroup === '/aws/lambda/CallbackFunction' && e.message.includes('callback handler got the body'),
        ),
      );
    } finally {
      subscription.dispose();
      await gw.stop();
    }
  });

  it('keeps a bounded buffer and cuts events at 1024 bytes', async () => {
    const gw = await startGateway({ path: template }, { logBufferSize: 25 });
    const heard: LogEntry[] = [];
    gw.onLog((e) => heard.push(e));
    try {
      const res = await call(`${gw.url}/callback`, { method: 'POST', body: 'x'.repeat(5000) });
      assert.equal(res.status, 201);
      for (let i = 0; i < 3; i++) await call(`${gw.url}/nothing`);
      assert.equal(gw.logs().length, 25);
      assert.ok(heard.length > 25);
      const bodyLine = heard.find((e) => e.message.startsWith('Method request body before transformations'));
      assert.ok(bodyLine?.message.endsWith(' [TRUNCATED]'));
      assert.ok(Buffer.byteLength(bodyLine!.message) <= 1024 + ' [TRUNCATED]'.length);
      const unknown = await call(`${gw.url}/nothing`);
      const lines = gw.logs(unknown.headers.get('x-amzn-requestid') ?? '').map((e) => e.message);
      assert.deepEqual(lines.slice(1), ['No route for GET /nothing', 'Method completed with status: 403']);
    } finally {
      await gw.stop();
    }
  });
});
