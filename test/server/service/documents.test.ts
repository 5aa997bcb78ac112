/** What documents are: definitions and templates recognised by content, API types, intrinsics, big and odd inputs. */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { getLanguageService } from '../../../server/src/service/languageService';

const service = getLanguageService();
const codes = (uri: string, lang: string, text: string, settings = {}) => {
  const doc = service.parseDocument(uri, lang, 1, text, settings);
  return service
    .validate(doc, settings)
    .map((d) => `${d.range.start.line + 1}:${d.range.start.character + 1} ${d.code}`);
};

describe('documents', () => {
  test('a CloudFormation JSON template: Body of AWS::ApiGatewayV2::Api is an HTTP API, positions are in the template', () => {
    const text = JSON.stringify(
      {
        AWSTemplateFormatVersion: '2010-09-09',
        Resources: {
          HttpApi: {
            Type: 'AWS::ApiGatewayV2::Api',
            Properties: {
              Body: {
                openapi: '3.0.1',
                info: { title: 't', version: '1' },
                paths: { '/a': { get: { 'x-amazon-apigateway-integration': { type: 'mock' } } } },
              },
            },
          },
          WsApi: {
            Type: 'AWS::ApiGatewayV2::Api',
            Properties: { ProtocolType: 'WEBSOCKET', RouteSelectionExpression: '$request.body.action' },
          },
        },
      },
      null,
      2,
    );
    const doc = service.parseDocument('file:///t.json', 'json', 1, text);
    assert.equal(doc.kind, 'template');
    assert.deepEqual(
      doc.definitions.map((d) => [d.resource?.logicalId, d.apiType]),
      [['HttpApi', 'HTTP']],
    );
    const line = text.split('\n').findIndex((l) => l.includes('"type": "mock"')) + 1;
    assert.deepEqual(
      service.validate(doc).map((d) => `${d.range.start.line + 1} ${d.code}`),
      [`${line} http-integration-type`],
    );
  });

  test('Fn::If branches are both checked; Fn::Transform bodies are left alone', () => {
    const text = `AWSTemplateFormatVersion: '2010-09-09'
Transform: AWS::Serverless-2016-10-31
Resources:
  Api:
    Type: AWS::Serverless::Api
    Properties:
      StageName: dev
      DefinitionBody:
        openapi: 3.0.1
        info: {title: t, version: '1'}
        paths:
          /a:
            Fn::If:
              - IsProd
              - get:
                  x-amazon-apigateway-integration: {type: mock, timeoutInMillis: 5}
              - get:
                  x-amazon-apigateway-integration: {type: mok}
  Included:
    Type: AWS::Serverless::Api
    Properties:
      StageName: dev
      DefinitionBody:
        Fn::Transform: {Name: AWS::Include, Parameters: {Location: s3://bucket/api.yaml}}
`;
    assert.deepEqual(codes('file:///t.yaml', 'yaml', text), ['16:82 value-range', '18:59 enum-value']);
  });

  test('short-form intrinsics stand for computed values', () => {
    const text = `Transform: AWS::Serverless-2016-10-31
Resources:
  Api:
    Type: AWS::Serverless::HttpApi
    Properties:
      DefinitionBody:
        openapi: 3.0.1
        info: {title: !Sub '\${AWS::StackName}', version: '1'}
        paths:
          /a:
            get:
              x-amazon-apigateway-integration:
                type: aws_proxy
                httpMethod: POST
                uri: !GetAtt Fn.Arn
                payloadFormatVersion: !If [V2, '2.0', '1.0']
                timeoutInMillis: !Ref Timeout
`;
    assert.deepEqual(codes('file:///t.yaml', 'yaml', text), []);
  });

  test('the API type setting overrides inference, by glob', () => {
    const text = `openapi: 3.0.1
info: {title: t, version: '1'}
paths:
  /a:
    get:
      x-amazon-apigateway-integration: {type: mock}
`;
    assert.deepEqual(codes('file:///w/rest.yaml', 'yaml', text), []);
    assert.deepEqual(codes('file:///w/http/api.yaml', 'yaml', text, { apiTypeOverrides: { 'http/*.yaml': 'HTTP' } }), [
      '6:47 http-integration-type',
    ]);
  });

  test('plain YAML, JSON and OpenAPI without extensions cost nothing and say nothing', () => {
    assert.equal(service.parseDocument('file:///k.yaml', 'yaml', 1, 'apiVersion: v1\nkind: Pod\n').kind, 'other');
    assert.equal(service.parseDocument('file:///p.json', 'json', 1, '{"name": "pkg"}').kind, 'other');
    assert.deepEqual(
      codes(
        'file:///o.yaml',
        'yaml',
        'openapi: 3.0.1\ninfo: {title: t, version: "1"}\npaths:\n  /a:\n    get:\n      responses: {}\n',
      ),
      [],
    );
  });

  test('bad input never throws: empty, binary noise, deep nesting, cycles of aliases', () => {
    const inputs = [
      '',
      '\u0000\u0001\u0002',
      'openapi: [',
      `openapi: 3.0.1\n${'a:\n'.repeat(2000)}`,
      `openapi: 3.0.1\nx: &a [*a]\n`,
      '{'.repeat(5000),
      `openapi: 3.0.1\npaths: ${'['.repeat(3000)}`,
    ];
    for (const text of inputs) {
      for (const lang of ['yaml', 'json']) {
        const doc = service.parseDocument('file:///x', lang, 1, text);
        assert.doesNotThrow(() => service.validate(doc));
        assert.doesNotThrow(() => service.documentSymbols(doc));
        assert.doesNotThrow(() => service.codeLenses(doc));
      }
    }
  });
});

describe('parser limits', () => {
  test('many duplicate keys stay linear, and each repeat is reported once', () => {
    const text = `openapi: 3.0.1\nx-amazon-apigateway-policy:\n${'  Version: "2012-10-17"\n'.repeat(3000)}`;
    const doc = service.parseDocument('file:///d.yaml', 'yaml', 1, text);
    assert.equal(doc.parsed.problems.filter((p) => p.rule === 'duplicate-key').length, 2999);
  });
});
