/**
 * integration-uri and integration-uri-type, as the user sees them: which URI shapes each integration type accepts
 * (apigateway-facts.md §1.13 and §2: Lambda invocation URIs, AWS service ARNs, http(s) URLs on ports 80, 443 or above
 * 1024, HTTP API private targets), where the squiggle goes and what it says.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { diagnoseCodes, spanOf } from './integrationRulesSupport';

const codes = ['integration-uri', 'integration-uri-type'];

/** A one-operation definition whose integration has these fields (YAML flow values, one per line). */
function api(fields: Record<string, string>): string {
  const lines = Object.entries(fields).map(([k, v]) => `        ${k}: ${v}`);
  return [
    'openapi: 3.0.1',
    "info: {title: t, version: '1'}",
    'paths:',
    '  /pets:',
    '    get:',
    "      responses: {'200': {description: ok}}",
    '      x-amazon-apigateway-integration:',
    ...lines,
    '',
  ].join('\n');
}

const fnArn = 'arn:aws:lambda:us-east-1:123456789012:function:pets';
const invocation = `arn:aws:apigateway:us-east-1:lambda:path/2015-03-31/functions/${fnArn}/invocations`;

function uriFindings(fields: Record<string, string>, apiType: 'REST' | 'HTTP' = 'REST') {
  const text = api(fields);
  return { text, seen: diagnoseCodes(text, codes, { apiType }) };
}

/** The one diagnostic expected on the uri value `uri`. */
function expectOne(fields: Record<string, string>, code: string, message: string, apiType: 'REST' | 'HTTP' = 'REST') {
  const { text, seen } = uriFindings(fields, apiType);
  assert.deepEqual(seen, [{ at: spanOf(text, fields.uri), severity: severityOf(code), code, message }]);
}

const severityOf = (code: string) => (code === 'integration-uri' ? 'error' : 'warning');

describe('integration-uri: http and http_proxy', () => {
  test('plain http:// URLs are as good as https:// ones', () => {
    for (const type of ['http', 'http_proxy'])
      assert.deepEqual(uriFindings({ type, httpMethod: 'GET', uri: 'http://example.com/pets' }).seen, []);
  });

  test('a URL without its scheme is asked for in full, even when a URL appears later in it', () => {
    expectOne(
      { type: 'http_proxy', httpMethod: 'GET', uri: "'example.com/login?next=https://example.com/'" },
      'integration-uri',
      "'http_proxy' integrations need a full http:// or https:// URL.",
    );
  });

  test('a URL with a space is malformed', () => {
    expectOne(
      { type: 'http', httpMethod: 'GET', uri: "'https://example.com/my pets'" },
      'integration-uri',
      'Malformed URL: it must be a fully formed, encoded http(s) URL without spaces.',
    );
  });

  test('spaces around the URI are not part of it', () => {
    assert.deepEqual(uriFindings({ type: 'http', httpMethod: 'GET', uri: "'  https://example.com/pets  '" }).seen, []);
  });

  test('a URI that starts with a stage variable has an unknown shape and is left alone', () => {
    assert.deepEqual(
      uriFindings({ type: 'http_proxy', httpMethod: 'GET', uri: "'${stageVariables.backend}/pets'" }).seen,
      [],
    );
    assert.deepEqual(uriFindings({ type: 'http', httpMethod: 'GET', uri: "'${stageVariables.backend}'" }).seen, []);
  });

  test('ports 80, 443 and above 1024 are allowed; 1024 and below are not', () => {
    for (const port of ['', ':80', ':443', ':1025', ':8080'])
      assert.deepEqual(
        uriFindings({ type: 'http_proxy', httpMethod: 'GET', uri: `https://example.com${port}/pets` }).seen,
        [],
        port,
      );
    for (const port of [1024, 22, 8]) {
      expectOne(
        { type: 'http_proxy', httpMethod: 'GET', uri: `http://example.com:${port}/pets` },
        'integration-uri',
        `API Gateway calls backends only on ports 80, 443 and above 1024, not ${port}.`,
      );
    }
  });

  test('an ARN is the wrong kind of URI for an http integration', () => {
    expectOne(
      { type: 'http', httpMethod: 'GET', uri: 'arn:aws:s3:::my-bucket' },
      'integration-uri-type',
      "'http' integrations need an http(s) URL; for an AWS service or Lambda use type 'aws' or 'aws_proxy'.",
    );
  });

  test('HTTP API private integrations: a listener or Cloud Map ARN with a VPC link', () => {
    const listener =
      'arn:aws:elasticloadbalancing:us-east-1:123456789012:listener/app/my-alb/50dc6c495c0c9188/0467ef3c8400ae65';
    const cloudMap = 'arn:aws:servicediscovery:us-east-1:123456789012:service/srv-id';
    for (const uri of [listener, cloudMap])
      assert.deepEqual(
        uriFindings(
          { type: 'http_proxy', httpMethod: 'ANY', uri, connectionType: 'VPC_LINK', connectionId: 'abc123' },
          'HTTP',
        ).seen,
        [],
      );
    expectOne(
      { type: 'http_proxy', httpMethod: 'ANY', uri: listener, payloadFormatVersion: "'1.0'" },
      'integration-uri',
      "A private integration target needs 'connectionType: VPC_LINK' and a 'connectionId'.",
      'HTTP',
    );
    expectOne(
      { type: 'http_proxy', httpMethod: 'ANY', uri: listener, connectionType: 'INTERNET' },
      'integration-uri',
      "A private integration target needs 'connectionType: VPC_LINK' and a 'connectionId'.",
      'HTTP',
    );
  });

  test('REST private integrations take a URL, not a load balancer ARN', () => {
    expectOne(
      {
        type: 'http_proxy',
        httpMethod: 'ANY',
        uri: 'arn:aws:elasticloadbalancing:us-east-1:123456789012:listener/net/my-nlb/50dc6c495c0c9188/0467ef3c8400ae65',
        connectionType: 'VPC_LINK',
        connectionId: 'abc123',
      },
      'integration-uri',
      'REST private integrations use a URL (for the Host header) with a VPC link, not a load balancer or Cloud Map ARN.',
    );
  });
});

describe('integration-uri: aws and aws_proxy', () => {
  test('a URL for an AWS integration names the right type', () => {
    expectOne(
      { type: 'aws_proxy', httpMethod: 'POST', uri: 'http://example.com/' },
      'integration-uri-type',
      "'aws_proxy' integrations call an AWS service or Lambda and need an ARN, not a URL; use type 'http' or 'http_proxy' for a URL.",
    );
  });

  test('a Lambda invocation URI must name a function ARN, unless a placeholder stands for it', () => {
    expectOne(
      {
        type: 'aws_proxy',
        httpMethod: 'POST',
        uri: 'arn:aws:apigateway:us-east-1:lambda:path/2015-03-31/functions/pets/invocations',
      },
      'integration-uri',
      "The function in this Lambda URI is not a function ARN: expected 'arn:aws:lambda:{region}:{account}:function:{name}', got 'pets'.",
    );
    for (const uri of [
      invocation,
      "'arn:aws:apigateway:us-east-1:lambda:path/2015-03-31/functions/${stageVariables.fn}/invocations'",
    ])
      assert.deepEqual(uriFindings({ type: 'aws_proxy', httpMethod: 'POST', uri }).seen, [], uri);
  });

  test('a Lambda URI that misses a part is malformed; text before arn: is not a Lambda URI', () => {
    expectOne(
      { type: 'aws', httpMethod: 'POST', uri: `arn:aws:apigateway:us-east-1:lambda:path/functions/${fnArn}` },
      'integration-uri',
      "Malformed Lambda invocation URI: expected 'arn:aws:apigateway:{region}:lambda:path/2015-03-31/functions/{functionArn}/invocations'.",
    );
    expectOne(
      { type: 'aws', httpMethod: 'POST', uri: `uri:arn:aws:apigateway:us-east-1:lambda:path/functions/${fnArn}` },
      'integration-uri',
      "Malformed AWS integration URI: expected 'arn:aws:apigateway:{region}:{service}:action/{Action}' or 'arn:aws:apigateway:{region}:{service}:path/{path}'.",
    );
  });

  test('REST: a bare function ARN is refused with the invocation URI to write instead', () => {
    for (const type of ['aws', 'aws_proxy'])
      expectOne(
        { type, httpMethod: 'POST', uri: fnArn },
        'integration-uri',
        `REST APIs need the Lambda invocation URI, not the bare function ARN: 'arn:aws:apigateway:{region}:lambda:path/2015-03-31/functions/${fnArn}/invocations'.`,
      );
  });

  test('REST: an AWS service ARN suits aws, not aws_proxy', () => {
    const uri = 'arn:aws:apigateway:us-east-1:sqs:path/123456789012/orders';
    assert.deepEqual(uriFindings({ type: 'aws', httpMethod: 'POST', uri }).seen, []);
    expectOne(
      { type: 'aws_proxy', httpMethod: 'POST', uri },
      'integration-uri-type',
      "REST 'aws_proxy' integrations call Lambda only; for another AWS service use type 'aws'.",
    );
  });

  test('HTTP APIs: aws_proxy takes a function ARN or its invocation URI, nothing else', () => {
    for (const uri of [fnArn, invocation])
      assert.deepEqual(uriFindings({ type: 'aws_proxy', uri, payloadFormatVersion: "'2.0'" }, 'HTTP').seen, [], uri);
    expectOne(
      {
        type: 'aws_proxy',
        uri: 'arn:aws:apigateway:us-east-1:sqs:path/123456789012/orders',
        payloadFormatVersion: "'1.0'",
      },
      'integration-uri',
      "An HTTP API Lambda integration needs a function ARN ('arn:aws:lambda:{region}:{account}:function:{name}') or its invocation URI.",
      'HTTP',
    );
  });

  test('HTTP APIs: type aws (warned about on its own) keeps the REST reading of an AWS service ARN', () => {
    const uri = 'arn:aws:apigateway:us-east-1:sqs:path/123456789012/orders';
    assert.deepEqual(uriFindings({ type: 'aws', httpMethod: 'POST', uri }, 'HTTP').seen, []);
  });

  test('with an integrationSubtype the uri is not read', () => {
    assert.deepEqual(
      uriFindings(
        {
          type: 'aws_proxy',
          integrationSubtype: 'SQS-SendMessage',
          uri: 'https://sqs.us-east-1.amazonaws.com/123456789012/orders',
          payloadFormatVersion: "'1.0'",
        },
        'HTTP',
      ).seen,
      [],
    );
  });
});
