// What hover says about extensions, fields and values, read from the catalogue: each line of it.
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

const page = (name: string) =>
  `[AWS documentation](https://docs.aws.amazon.com/apigateway/latest/developerguide/${name}.html)`;
const auth = (line: string) =>
  `openapi: 3.0.1\npaths:\n  /a:\n    get:\n      x-amazon-apigateway-auth:\n        ${line}\n`;

describe('hover descriptions from the catalogue', () => {
  test('an extension: description, type, places, API types with the unconfirmed ones, link', () => {
    assert.equal(
      hoverText(auth('type: AWS_IAM').replace('x-amazon-apigateway-auth', 'x-amazon-apigateway-a|uth')),
      [
        '**x-amazon-apigateway-auth**',
        '',
        'The authorization type of an operation.',
        '',
        '- Type: object',
        '- Goes in: operations',
        '- API types: REST (HTTP: not confirmed)',
        '',
        page('api-gateway-swagger-extensions-auth'),
      ].join('\n'),
    );
  });

  test('a field with documented values: each value with what it does', () => {
    assert.equal(
      hoverText(auth('ty|pe: AWS_IAM')),
      [
        '**type**',
        '',
        'Authorization type (any letter case).',
        '',
        '- Type: string',
        '- Allowed: `NONE`, `AWS_IAM` (any letter case)',
        '',
        '- `NONE`: Open access.',
        '- `AWS_IAM`: Callers sign requests with AWS Signature Version 4.',
        '',
        page('api-gateway-swagger-extensions-auth'),
      ].join('\n'),
    );
  });

  test('a value in another letter case: its documentation, and only the other values', () => {
    assert.equal(
      hoverText(auth('type: aws_i|am')),
      [
        '**aws_iam** (type)',
        '',
        'Callers sign requests with AWS Signature Version 4.',
        '',
        'Other values: `NONE`',
        '',
        page('api-gateway-swagger-extensions-auth'),
      ].join('\n'),
    );
  });

  test("an extension whose value is an enum: the value's documentation", () => {
    assert.equal(
      hoverText('openapi: 3.0.1\nx-amazon-apigateway-api-key-source: AUTHOR|IZER\npaths: {}\n'),
      [
        '**AUTHORIZER** (x-amazon-apigateway-api-key-source)',
        '',
        'API keys come from the `usageIdentifierKey` that a Lambda authorizer returns.',
        '',
        'Other values: `HEADER`',
        '',
        page('api-gateway-swagger-extensions-api-key-source'),
      ].join('\n'),
    );
  });

  test('maps: keys from a fixed set, or keys described in words', () => {
    assert.equal(
      hoverText('openapi: 3.0.1\nx-amazon-apigateway-gateway-respo|nses: {}\npaths: {}\n'),
      [
        '**x-amazon-apigateway-gateway-responses**',
        '',
        'Customised responses that API Gateway itself returns (errors, throttling, authorization failures), keyed by response type.',
        '',
        '- Type: map (object with named entries)',
        '- Keys: A gateway response type.',
        '- Goes in: the top level',
        '- API types: REST',
        '',
        page('api-gateway-swagger-extensions-gateway-responses'),
      ].join('\n'),
    );
    assert.equal(
      hoverText('openapi: 3.0.1\nx-amazon-apigateway-request-valid|ators: {}\npaths: {}\n'),
      [
        '**x-amazon-apigateway-request-validators**',
        '',
        'Named request validators.',
        '',
        '- Type: map (object with named entries)',
        '- Keys: A validator name.',
        '- Goes in: the top level',
        '- API types: REST',
        '',
        page('api-gateway-swagger-extensions-request-validators'),
      ].join('\n'),
    );
  });

  test('ranges: both ends, or only the lower one; the value of an extension is described like its key', () => {
    assert.equal(
      hoverText('openapi: 3.0.1\nx-amazon-apigateway-minimum-compression-size: 10|0\npaths: {}\n'),
      [
        '**x-amazon-apigateway-minimum-compression-size**',
        '',
        'Smallest response body, in bytes, that API Gateway compresses; absent means no compression.',
        '',
        '- Type: integer',
        '- Range: 0 to 10485760',
        '- Goes in: the top level',
        '- API types: REST',
        '',
        page('api-gateway-openapi-minimum-compression-size'),
      ].join('\n'),
    );
    const stage =
      'Resources:\n  Stage:\n    Type: AWS::ApiGateway::Stage\n    Properties:\n      MethodSettings:\n        - ThrottlingBurst|Limit: 1\n';
    assert.match(
      hoverText(stage)!,
      /^\*\*ThrottlingBurstLimit\*\*\n\nMethod burst limit: [^\n]+\n\n- Type: integer\n- Range: at least 0\n\n\[AWS documentation\]\(https:\/\/docs\.aws\.amazon\.com\/AWSCloudFormation\/latest\/UserGuide\/aws-resource-apigateway-stage\.html\)\n\nAWS's default quota/,
    );
  });

  test('a list value is no key: an item gets no hover', () => {
    assert.equal(hoverText('openapi: 3.0.1\nx-amazon-apigateway-binary-media-types: [image/p|ng]\npaths: {}\n'), null);
  });
});
