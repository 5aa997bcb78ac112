// More integrations of the local gateway, over real HTTP: a Python handler run with python3, an ES-module Node.js
// handler, an AWS service integration answered with the signed request it would send, and the HTTP API payload
// format 1.0.
import assert from 'node:assert/strict';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { startGateway, type RunningGateway } from '../../../server/src/gateway';
import { call, fixtures, serveText } from './support';

const template = path.join(fixtures, 'more-integrations.yaml');

describe('Python functions and AWS service integrations', () => {
  let gw: RunningGateway;
  before(async () => {
    gw = await startGateway({ path: template });
  });
  after(() => gw.stop());

  it('runs a Python handler with the event and a context', async () => {
    const res = await call(`${gw.url}/py`);
    assert.equal(res.status, 200, res.text);
    assert.deepEqual(res.json(), { path: '/py', function: 'PythonFunction', remaining: true });
  });

  it('answers 502 when the Python handler raises, with its traceback in the log', async () => {
    const res = await call(`${gw.url}/py?fail=1`);
    assert.equal(res.status, 502);
    const lines = gw.logs(res.headers.get('x-amzn-requestid') ?? '').map((e) => e.message);
    assert.ok(
      lines.some((l) => l.includes('customer function error: python says no')),
      lines.join('\n'),
    );
    assert.ok(
      lines.some((l) => l.includes('app.py')),
      'the traceback names the handler file',
    );
  });

  it('runs an ES-module Node.js handler', async () => {
    const res = await call(`${gw.url}/esm`);
    assert.equal(res.status, 200, res.text);
    assert.equal(res.text, 'esm GET');
  });

  it('does not call AWS services, and shows the signed request instead', async () => {
    const res = await call(`${gw.url}/queue`, {
      method: 'POST',
      body: '{"id": 1}',
      headers: { 'content-type': 'application/json' },
    });
    assert.equal(res.status, 501);
    const { message, request } = res.json();
    assert.match(message, /not executed/);
    assert.equal(request.method, 'POST');
    assert.equal(request.url, 'https://sqs.us-east-1.amazonaws.com/123456789012/orders');
    assert.match(
      request.headers.authorization,
      /^AWS4-HMAC-SHA256 Credential=\S+\/us-east-1\/sqs\/aws4_request, SignedHeaders=\S+, Signature=[0-9a-f]{64}$/,
    );
    assert.equal(request.body, 'Action=SendMessage&MessageBody=%7B%22id%22%3A+1%7D');
  });
});

describe('HTTP API payload format 1.0', () => {
  it('sends the 1.0 event with version and lowercased headers', async () => {
    const gw = await startGateway({ path: template }, { api: 'ServerlessHttpApi' });
    try {
      const res = await call(`${gw.url}/v1/box`, {
        method: 'POST',
        body: '{"a":1}',
        headers: { 'X-Upper': 'U', 'content-type': 'application/json' },
      });
      assert.equal(res.status, 200);
      const { event } = res.json();
      assert.equal(event.version, '1.0');
      assert.equal(event.resource, '/v1/{thing}');
      assert.equal(event.headers['x-upper'], 'U');
      assert.equal(event.body, '{"a":1}');
      assert.deepEqual(event.pathParameters, { thing: 'box' });
      assert.equal(event.queryStringParameters, null);
    } finally {
      await gw.stop();
    }
  });
});

describe('HTTP API service integrations and private integrations', () => {
  it('answers an integrationSubtype with the action and its mapped parameters, and a VPC link with why it cannot run', async () => {
    const gw = await serveText(
      `openapi: 3.0.1
info: {title: subtypes, version: "1"}
paths:
  /send:
    post:
      responses: {}
      x-amazon-apigateway-integration:
        type: aws_proxy
        integrationSubtype: SQS-SendMessage
        credentials: arn:aws:iam::123456789012:role/apigw-sqs
        payloadFormatVersion: "1.0"
        requestParameters:
          QueueUrl: https://sqs.us-east-1.amazonaws.com/123456789012/orders
          MessageBody: $request.body.order
  /private:
    get:
      responses: {}
      x-amazon-apigateway-integration:
        type: http_proxy
        httpMethod: GET
        connectionType: VPC_LINK
        connectionId: abc123
        uri: arn:aws:elasticloadbalancing:us-east-1:123456789012:listener/app/my-alb/1234567890abcdef/1234567890abcdef
        payloadFormatVersion: "1.0"
`,
      { apiType: 'HTTP' },
    );
    try {
      const res = await call(`${gw.url}/send`, {
        method: 'POST',
        body: '{"order": "42"}',
        headers: { 'content-type': 'application/json' },
      });
      assert.equal(res.status, 501);
      const body = res.json();
      assert.equal(body.integrationSubtype, 'SQS-SendMessage');
      assert.deepEqual(body.parameters, {
        QueueUrl: 'https://sqs.us-east-1.amazonaws.com/123456789012/orders',
        MessageBody: '42',
      });
      const priv = await call(`${gw.url}/private`);
      assert.equal(priv.status, 500);
      assert.match(priv.json().message, /VPC link .* cannot be reached/);
    } finally {
      await gw.stop();
    }
  });
});
