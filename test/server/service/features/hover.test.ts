import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { hover } from '../../../../server/src/service/features/hover';
import { atCursor } from './helpers';

function hoverText(text: string, languageId = 'yaml', marker = '|'): string {
  const at = atCursor(text, languageId, marker);
  const h = hover(at.doc, at.position);
  return h ? (h.contents as { value: string }).value : '';
}

const op = (body: string) => `openapi: 3.0.1\npaths:\n  /pets/{id}:\n    get:\n${body}`;

describe('hover', () => {
  const cases: {
    name: string;
    text: string;
    languageId?: string;
    marker?: string;
    expect: RegExp[];
    not?: RegExp[];
  }[] = [
    {
      name: 'an extension key: what it does, type, places, API types, AWS link',
      text: op('      x-amazon-apigateway-in|tegration:\n        type: mock\n'),
      expect: [
        /\*\*x-amazon-apigateway-integration\*\*/,
        /Type: object/,
        /Goes in: operations/,
        /API types: REST, HTTP/,
        /\(https:\/\/docs\.aws\.amazon\.com\/apigateway\/latest\/developerguide\/api-gateway-swagger-extensions-integration\.html\)/,
      ],
    },
    {
      name: 'a field: type, allowed values, default, API types',
      text: op('      x-amazon-apigateway-integration:\n        passthrough|Behavior: when_no_match\n'),
      expect: [
        /\*\*passthroughBehavior\*\*/,
        /Allowed: `when_no_match`, `when_no_templates`, `never` \(any letter case\)/,
        /API types: REST, WEBSOCKET/,
      ],
    },
    {
      name: 'a field with a range and a per-API default',
      text: op('      x-amazon-apigateway-integration:\n        timeoutIn|Millis: 1000\n'),
      expect: [/Range: 50 to 900000/, /Default: 29000 \(REST\)/],
    },
    {
      name: 'a gateway response type key: what the response is and its default status',
      text: 'openapi: 3.0.1\nx-amazon-apigateway-gateway-responses:\n  THROT|TLED:\n    statusCode: "429"\npaths: {}\n',
      expect: [
        /\*\*THROTTLED\*\* \(x-amazon-apigateway-gateway-responses\)/,
        /429/,
        /api-gateway-swagger-extensions-gateway-responses/,
      ],
    },
    {
      name: 'an enum value',
      text: op('      x-amazon-apigateway-integration:\n        type: aws_pro|xy\n'),
      expect: [/\*\*aws_proxy\*\* \(type\)/, /Lambda proxy integration/, /Other values: `aws`/],
    },
    {
      name: 'a Lambda integration URI taken apart, with a stage variable',
      text: op(
        '      x-amazon-apigateway-integration:\n        uri: arn:aws:apigateway:eu-west-1:lambda:path/2015-03-31/functions/arn:aws:lambda:eu-west-1:123456789012:function:pets:${stageVariables.alias}/invo|cations\n',
      ),
      expect: [
        /Lambda invocation URI/,
        /Region `eu-west-1`/,
        /Function `pets` in account `123456789012`/,
        /alias or version stage variable `alias`/,
        /stage variables `alias`/,
      ],
    },
    {
      name: 'a !Sub Lambda URI in a SAM template',
      text: 'Transform: AWS::Serverless-2016-10-31\nResources:\n  Api:\n    Type: AWS::Serverless::Api\n    Properties:\n      DefinitionBody:\n        openapi: 3.0.1\n        paths:\n          /a:\n            get:\n              x-amazon-apigateway-integration:\n                uri: !Sub arn:aws:apigateway:${AWS::Region}:lambda:path/2015-03-31/functions/${Fn.Arn}/invoca|tions\n',
      expect: [/Region the stack's Region/, /the ARN of `Fn`/, /Fn::Sub/],
    },
    {
      name: 'an AWS service URI',
      text: op(
        '      x-amazon-apigateway-integration:\n        uri: arn:aws:apigateway:us-east-1:sqs:action/Send|Message\n',
      ),
      expect: [/AWS service integration/, /Service `sqs`/, /Action `SendMessage`/],
    },
    {
      name: 'an HTTP URL with path parameters',
      text: op('      x-amazon-apigateway-integration:\n        uri: https://backend.example.com/pets/{i|d}\n'),
      expect: [/HTTP endpoint/, /host `backend\.example\.com`/, /Path parameters filled from the request: `id`/],
    },
    {
      name: 'a throttle above the account default',
      text: 'Resources:\n  Api:\n    Type: AWS::Serverless::Api\n    Properties:\n      MethodSettings:\n        - ResourcePath: "/*"\n          HttpMethod: "*"\n          ThrottlingRateLimit: 200|00\n',
      expect: [
        /20,000 requests per second/,
        /10,000 requests per second with a burst of 5,000/,
        /above the default account rate/,
      ],
    },
    {
      name: 'a template setting key',
      text: 'Resources:\n  Stage:\n    Type: AWS::ApiGateway::Stage\n    Properties:\n      MethodSettings:\n        - CacheTtl|InSeconds: 300\n',
      expect: [/\*\*CacheTtlInSeconds\*\*/, /Range: 0 to 3600/, /Default: 300/, /aws-resource-apigateway-stage\.html/],
    },
    {
      name: 'JSON: an extension key',
      text: '{\n  "openapi": "3.0.1",\n  "x-amazon-apigateway-api-key-so|urce": "HEADER"\n}',
      languageId: 'json',
      expect: [
        /\*\*x-amazon-apigateway-api-key-source\*\*/,
        /Allowed: `HEADER`, `AUTHORIZER`/,
        /Default: HEADER/,
        /API types: REST/,
      ],
    },
  ];
  for (const c of cases) {
    test(c.name, () => {
      const text = hoverText(c.text, c.languageId, c.marker);
      for (const re of c.expect) assert.match(text, re);
    });
  }

  test('the ANY method key', () => {
    assert.match(
      hoverText(
        'openapi: 3.0.1\npaths:\n  /a:\n    x-amazon-apigateway-any-me|thod:\n      x-amazon-apigateway-integration: {type: mock}\n',
      ),
      /catches every HTTP method/,
    );
  });

  test('nothing on plain OpenAPI keys or unrelated documents', () => {
    assert.equal(hoverText(op('      respon|ses: {}\n      x-amazon-apigateway-integration: {type: mock}\n')), '');
    assert.equal(hoverText('name: x\nothe|r: 1\n'), '');
  });
});
