// Hover at places whose path needs care: the key of an intrinsic that stands for its holder, a variable of a
// Fn::Sub list, the ANY method key outside a definition, a gateway response type inside a template's definition body,
// a null value, a document that is a single scalar.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { getLanguageService } from '../../../../server/src/service/languageService';
import { atCursor } from './helpers';

const service = getLanguageService({ host: {} });

function hoverText(text: string, languageId = 'yaml'): string | null {
  const at = atCursor(text, languageId);
  const h = service.hover(at.doc, at.position);
  return h && (h.contents as { value: string }).value;
}

const template = (body: string) => `Transform: AWS::Serverless-2016-10-31
Resources:
  Api:
    Type: AWS::Serverless::Api
    Properties:
      StageName: prod
      DefinitionBody:
        openapi: 3.0.1
${body}`;

const integration = (uri: string) =>
  template(`        paths:
          /a:
            get:
              x-amazon-apigateway-integration:
                type: aws_proxy
                httpMethod: POST
                uri:
${uri}`);

describe('hover and intrinsics', () => {
  test('the Fn::Sub value stands for the uri; the Fn::Sub key itself is no field', () => {
    const value = hoverText(
      integration(
        "                  Fn::Sub: 'arn:aws:apigateway:${AWS::Region}:lambda:path/2015-03-31/functions/${F|n.Arn}/invocations'\n",
      ),
    );
    assert.match(value ?? '', /Lambda/);
    assert.equal(
      hoverText(
        integration(
          "                  Fn::S|ub: 'arn:aws:apigateway:${AWS::Region}:lambda:path/2015-03-31/functions/${Fn.Arn}/invocations'\n",
        ),
      ),
      null,
    );
  });

  test('a variable of a Fn::Sub list is not the uri, even when it holds an ARN', () => {
    const uri = (variable: string) =>
      integration(
        `                  Fn::Sub:\n                    - 'arn:aws:apigateway:\${AWS::Region}:lambda:path/2015-03-31/functions/\${Target}/invocations'\n                    - Target: ${variable}\n`,
      );
    assert.equal(hoverText(uri('arn:aws:lambda:us-east-1:123456789012:function:f|n')), null);
  });
});

describe('hover on keys', () => {
  test('the ANY method key outside a definition says nothing', () => {
    const text = `Transform: AWS::Serverless-2016-10-31
Resources:
  Api:
    Type: AWS::Serverless::Api
    Properties:
      StageName: prod
      x-amazon-apigateway-any-me|thod: {}
`;
    assert.equal(hoverText(text), null);
  });

  test('a gateway response type in a template definition body: what that response is', () => {
    const text = template(`        paths: {}
        x-amazon-apigateway-gateway-responses:
          DEFAULT_4|XX:
            statusCode: 400
`);
    assert.match(hoverText(text) ?? '', /^\*\*DEFAULT_4XX\*\* \(x-amazon-apigateway-gateway-responses\)/);
  });
});

describe('hover on what holds no text', () => {
  test('a null uri says nothing', () => {
    assert.equal(
      hoverText(integration('                  n|ull\n').replace('uri:\n                  null', 'uri: null')),
      null,
    );
    assert.equal(
      hoverText(
        'openapi: 3.0.1\npaths:\n  /a:\n    get:\n      x-amazon-apigateway-integration:\n        uri: nu|ll\n',
      ),
      null,
    );
  });

  test('a document that is one scalar says nothing', () => {
    assert.equal(hoverText('x-amazon-apigateway-|integration\n'), null);
    assert.equal(hoverText('"x-amazon-apigateway-|integration"', 'json'), null);
  });
});
