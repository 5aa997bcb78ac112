// Integration and authorizer URIs taken apart on hover: every kind of URI, its placeholders and its range.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { getLanguageService } from '../../../../../server/src/service/languageService';
import { atCursor } from '../helpers';

const service = getLanguageService({ host: {} });

function hoverAt(text: string, languageId = 'yaml'): { value: string; covers: string } | null {
  const at = atCursor(text, languageId);
  const h = service.hover(at.doc, at.position);
  if (!h) return null;
  return { value: (h.contents as { value: string }).value, covers: at.doc.text.getText(h.range) };
}

const uri = (value: string, key = 'uri') =>
  `openapi: 3.0.1\npaths:\n  /a:\n    get:\n      x-amazon-apigateway-integration:\n        ${key}: ${value}\n`;

/** The hover on a URI value, the cursor in its middle. */
function explain(value: string, key = 'uri'): string {
  const middle = Math.floor(value.length / 2);
  const h = hoverAt(uri(`${value.slice(0, middle)}|${value.slice(middle)}`, key));
  assert.ok(h, `no hover on ${value}`);
  return h.value;
}

describe('hover on integration URIs', () => {
  test('a Lambda invocation URI: the whole text, line by line; the range is the value', () => {
    const value =
      'arn:aws:apigateway:eu-west-1:lambda:path/2015-03-31/functions/arn:aws:lambda:eu-west-1:123456789012:function:pets/invocations';
    const h = hoverAt(uri(`arn:aws:apigateway:eu|${value.slice(21)}`))!;
    assert.equal(h.covers, value);
    assert.equal(
      h.value,
      [
        '**Lambda invocation URI**',
        '',
        '- API Gateway calls Lambda in Region `eu-west-1` (API version 2015-03-31).',
        '- Function `pets` in account `123456789012`, Region `eu-west-1`.',
      ].join('\n'),
    );
  });

  test('response streaming, an alias, an account left out', () => {
    assert.equal(
      explain(
        'arn:aws:apigateway:us-east-1:lambda:path/2021-11-15/functions/arn:aws:lambda:us-east-1::function:f:live/response-streaming-invocations',
      ),
      [
        '**Lambda invocation URI** (response streaming)',
        '',
        '- API Gateway calls Lambda in Region `us-east-1` (API version 2021-11-15).',
        '- Function `f` in account `?`, Region `us-east-1`, alias or version `live`.',
      ].join('\n'),
    );
  });

  test('a Lambda URI whose function is no ARN', () => {
    assert.match(
      explain('arn:aws:apigateway:us-east-1:lambda:path/2015-03-31/functions/${stageVariables.fn}/invocations'),
      /^\*\*Lambda invocation URI\*\*\n\n- API Gateway calls Lambda in Region `us-east-1` \(API version 2015-03-31\)\.\n- Function: stage variable `fn`\.\n- Set per stage through stage variables `fn`\.$/,
    );
  });

  test('a bare function ARN (HTTP APIs)', () => {
    assert.equal(
      explain('arn:aws:lambda:eu-west-2:123456789012:function:orders:7'),
      [
        '**Lambda function ARN** (HTTP APIs take it as it is)',
        '',
        '- Function `orders` in account `123456789012`, Region `eu-west-2`, alias or version `7`.',
      ].join('\n'),
    );
    assert.match(
      explain('arn:aws:lambda:eu-west-2::function:orders'),
      /Function `orders` in account `\?`, Region `eu-west-2`\.$/,
    );
  });

  test('AWS service URIs: an action (its parameters left out) and a path', () => {
    assert.equal(
      explain('arn:aws:apigateway:us-east-1:sqs:action/SendMessage&Version=2012-11-05'),
      '**AWS service integration**\n\n- Service `sqs` in Region `us-east-1`.\n- Action `SendMessage` (query API).',
    );
    assert.equal(
      explain('arn:aws:apigateway:us-east-1:s3:path/bucket/{key}'),
      '**AWS service integration**\n\n- Service `s3` in Region `us-east-1`.\n- Path `bucket/{key}` (REST-style API of the service).',
    );
  });

  test('HTTP endpoints: scheme, host, port, path parameters, stage variables (each named once)', () => {
    assert.equal(
      explain('http://backend.example.com:8080/pets/{id}/{kind}?x=1'),
      '**HTTP endpoint**\n\n- HTTP to host `backend.example.com`, port 8080.\n- Path parameters filled from the request: `id`, `kind`.',
    );
    assert.equal(
      explain('HTTPS://${stageVariables.host}/a/${stageVariables.host}/${stageVariables.v}'),
      '**HTTP endpoint**\n\n- HTTPS to host stage variable `host`.\n- Set per stage through stage variables `host`, `v`.',
    );
    // Not a URL: the field's own description instead.
    assert.match(explain('https://exa mple.com/'), /^\*\*uri\*\*\n\nThe backend/);
  });

  test('private integration targets through a VPC link', () => {
    assert.equal(
      explain('arn:aws:elasticloadbalancing:us-east-1:123456789012:listener/app/lb/1/2'),
      '**Private integration target**\n\n- Load balancer listener in Region `us-east-1`, reached through a VPC link.',
    );
    assert.equal(
      explain('arn:aws:servicediscovery:eu-west-1:123456789012:service/srv-1'),
      '**Private integration target**\n\n- Cloud Map service in Region `eu-west-1`, reached through a VPC link.',
    );
  });

  test('an authorizer URI is explained too; other text gets the field description', () => {
    const text = `openapi: 3.0.1
components:
  securitySchemes:
    auth:
      type: apiKey
      x-amazon-apigateway-authorizer:
        type: token
        authorizerUri: arn:aws:apigateway:us-east-1:lambda:path/2015-03-31/functions/arn:aws:lambda:us-east-1:1:function:a|uth/invocations
paths: {}
`;
    assert.match(hoverAt(text)!.value, /Function `auth` in account `1`/);
    assert.match(hoverAt(uri('not a u|ri'))!.value, /^\*\*uri\*\*\n\nThe backend/);
  });

  test('placeholders: the stack Region, account, partition, a GetAtt, anything else as written', () => {
    const text = `Resources:
  Api:
    Type: AWS::Serverless::Api
    Properties:
      DefinitionBody:
        openapi: 3.0.1
        paths:
          /a:
            get:
              x-amazon-apigateway-integration:
                uri:
                  Fn::Sub: arn:\${AWS::Partition}:apigateway:\${AWS::Region}:lambda:path/2015-03-31/functions/arn:aws:lambda:\${AWS::Region}:\${AWS::AccountId}:function:\${Name}-\${Fn.Arn}/inv|ocations
`;
    const h = hoverAt(text)!;
    assert.equal(
      h.value,
      [
        '**Lambda invocation URI**',
        '',
        "- API Gateway calls Lambda in Region the stack's Region (API version 2015-03-31).",
        "- Function `${Name}-${Fn.Arn}` in account the stack's account, Region the stack's Region.",
        '- Written with `Fn::Sub`: CloudFormation fills the `${...}` placeholders at deploy time (stage variables stay for API Gateway).',
      ].join('\n'),
    );
  });

  test('Fn::Sub with a variable map: the first item is the URI', () => {
    const text = `Resources:
  Api:
    Type: AWS::Serverless::Api
    Properties:
      DefinitionBody:
        openapi: 3.0.1
        paths:
          /a:
            get:
              x-amazon-apigateway-integration:
                uri:
                  Fn::Sub:
                    - arn:aws:apigateway:\${AWS::Region}:lambda:path/2015-03-31/functions/\${Target}/invoc|ations
                    - {Target: x}
`;
    assert.match(hoverAt(text)!.value, /- Function: `Target`\.\n- Written with `Fn::Sub`/);
  });
});
