/** Template discovery: every place API Gateway reads a mapping template, in YAML, JSON, SAM, CloudFormation and `.vtl`. */
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { describe, test } from 'node:test';
import { getLanguageService } from '../../../../server/src/service/languageService';
import { sitePath, templateSites } from '../../../../server/src/service/templates/discover';

const service = getLanguageService();
const fixtures = path.join(__dirname, '..', '..', '..', 'fixtures', 'rules');
const open = (file: string) => {
  const text = fs.readFileSync(path.join(fixtures, file), 'utf8');
  return service.parseDocument(`file:///t/${path.basename(file)}`, file.endsWith('.json') ? 'json' : 'yaml', 1, text);
};

describe('template discovery', () => {
  test('YAML definition: request and integration response templates in every scalar style', () => {
    const sites = templateSites(open('template-syntax/yaml-styles.yaml'));
    assert.deepEqual(
      sites.map((s) => `${s.kind} ${s.contentType} ${s.style} ${s.operation?.method} ${s.operation?.path}`),
      [
        'request application/json yaml-single POST /pets/{id}',
        'request application/xml yaml-single POST /pets/{id}',
        'request text/plain yaml-double POST /pets/{id}',
        'request text/csv yaml-block POST /pets/{id}',
        'request text/html yaml-block POST /pets/{id}',
        'request application/x-www-form-urlencoded yaml-single POST /pets/{id}',
        'response application/json yaml-block POST /pets/{id}',
      ],
    );
    assert.equal(sites[6].responseKey, 'default');
    assert.deepEqual(sitePath(sites[0]), [
      'paths',
      '/pets/{id}',
      'post',
      'x-amazon-apigateway-integration',
      'requestTemplates',
      'application/json',
    ]);
    assert.ok(sites.every((s) => s.map.exact));
  });

  test('SAM (JSON): definition body, Fn::Sub templates and AWS::ApiGateway::Method resources', () => {
    const sites = templateSites(open('template-syntax/json-and-sam.json'));
    assert.deepEqual(
      sites.map(
        (s) =>
          `${s.kind} ${s.contentType} ${s.substituted ? 'sub' : 'plain'} ${s.operation ? s.operation.path : s.resource?.logicalId}`,
      ),
      [
        'request application/json plain /a',
        'request text/plain sub /a',
        'request application/xml sub /a',
        'response application/json plain /a',
        'request application/json plain Method',
        'response application/json plain Method',
      ],
    );
  });

  test('gateway responses are found as such (not run through Velocity)', () => {
    const sites = templateSites(open('gateway-response-template-vtl/gateway.yaml'));
    assert.deepEqual(
      sites.map((s) => `${s.kind} ${s.responseKey}`),
      ['gateway-response DEFAULT_4XX', 'gateway-response UNAUTHORIZED', 'gateway-response ACCESS_DENIED'],
    );
  });

  test('HTTP APIs have no mapping templates', () => {
    const doc = service.parseDocument(
      'file:///t/http.yaml',
      'yaml',
      1,
      "openapi: 3.0.1\ninfo: {title: t, version: '1'}\nx-amazon-apigateway-cors: {allowOrigins: ['*']}\npaths:\n  /a:\n    get:\n      x-amazon-apigateway-integration:\n        type: aws_proxy\n        payloadFormatVersion: '2.0'\n        uri: arn:aws:apigateway:us-east-1:lambda:path/2015-03-31/functions/arn:aws:lambda:us-east-1:123456789012:function:f/invocations\n        requestTemplates:\n          application/json: '#if('\n",
    );
    assert.equal(doc.definitions[0].apiType, 'HTTP');
    assert.deepEqual(templateSites(doc), []);
  });

  test('a .vtl file is one template, mapped one to one', () => {
    const doc = service.parseDocument('file:///t/mapping.vtl', 'velocity', 1, '#set($a = 1)\n$a');
    const [site] = templateSites(doc);
    assert.equal(site.kind, 'file');
    assert.equal(site.map.text, '#set($a = 1)\n$a');
    assert.equal(site.map.starts[13], 13);
  });

  test('Fn::If branches each hold their templates', () => {
    const text =
      "AWSTemplateFormatVersion: '2010-09-09'\nResources:\n  Api:\n    Type: AWS::ApiGateway::RestApi\n  M:\n    Type: AWS::ApiGateway::Method\n    Properties:\n      Integration: !If\n        - Cond\n        - Type: MOCK\n          RequestTemplates:\n            application/json: '{\"statusCode\": 200}'\n        - Type: MOCK\n          RequestTemplates:\n            application/json: '{\"statusCode\": 404}'\n";
    const doc = service.parseDocument('file:///t/cfn.yaml', 'yaml', 1, text);
    assert.deepEqual(
      templateSites(doc).map((s) => s.map.text),
      ['{"statusCode": 200}', '{"statusCode": 404}'],
    );
  });
});
