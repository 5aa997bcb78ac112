// What the language service takes a document to be (a definition, a template with embedded definitions, or
// neither) and which API type each definition is checked as: the setting first, then the template resource, then
// what only one API type understands, then REST. Every rule reads this, so a wrong answer here is wrong diagnostics.
import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import { buildDocument, inferApiType, openApiVersion } from '../../../../server/src/service/document/model';
import { parse } from '../../../../server/src/service/parser/parse';
import type { ObjectNode } from '../../../../server/src/service/parser/ast';

const yaml = (uri: string, text: string, settings = {}) => buildDocument(uri, 'yaml', 1, text, settings);
const types = (doc: ReturnType<typeof yaml>) =>
  doc.definitions.map((d) => `${d.resource?.logicalId ?? '-'} ${d.version} ${d.apiType} ${d.apiTypeSource}`);
const root = (text: string) => parse(text, 'yaml').root as ObjectNode;

describe('buildDocument', () => {
  test('a standalone definition, its version and default API type', () => {
    const doc = yaml('file:///a.yaml', 'openapi: 3.0.1\ninfo: {title: t, version: "1"}\npaths: {}\n');
    assert.equal(doc.kind, 'definition');
    assert.deepEqual(types(doc), ['- openapi3 REST default']);
    assert.equal(doc.uri, 'file:///a.yaml');
    assert.equal(doc.version, 1);
    assert.equal(doc.text.getText().startsWith('openapi'), true);
    assert.deepEqual(types(yaml('file:///b.yaml', 'swagger: "2.0"\ninfo: {title: t, version: "1"}\npaths: {}\n')), [
      '- swagger2 REST document',
    ]);
  });

  test('a template: every definition holder, with the API type its resource gives', () => {
    const doc = yaml(
      'file:///t.yaml',
      [
        'AWSTemplateFormatVersion: "2010-09-09"',
        'Transform: AWS::Serverless-2016-10-31',
        'Resources:',
        '  Sam:',
        '    Type: AWS::Serverless::Api',
        '    Properties:',
        '      DefinitionBody: {openapi: 3.0.1, paths: {}}',
        '  SamHttp:',
        '    Type: AWS::Serverless::HttpApi',
        '    Properties:',
        '      DefinitionBody: {openapi: 3.0.1, paths: {}}',
        '  Rest:',
        '    Type: AWS::ApiGateway::RestApi',
        '    Properties:',
        '      Body: {swagger: "2.0", paths: {}}',
        '  Ws:',
        '    Type: AWS::ApiGatewayV2::Api',
        '    Properties:',
        '      ProtocolType: WEBSOCKET',
        '      Body: {openapi: 3.0.1, paths: {}}',
        '  V2:',
        '    Type: AWS::ApiGatewayV2::Api',
        '    Properties:',
        '      Body: {openapi: 3.0.1, paths: {}}',
        '  Included:',
        '    Type: AWS::Serverless::Api',
        '    Properties:',
        '      DefinitionBody: {"Fn::Transform": {Name: "AWS::Include"}}',
        '  NotADefinition:',
        '    Type: AWS::Serverless::Api',
        '    Properties:',
        '      DefinitionBody: {info: {title: t}}',
        '  Wrong:',
        '    Type: AWS::Lambda::Function',
        '    Properties:',
        '      Body: {openapi: 3.0.1, paths: {}}',
        '  NoType:',
        '    Properties: {}',
        '  Scalar: 1',
      ].join('\n'),
    );
    assert.equal(doc.kind, 'template');
    assert.deepEqual(types(doc), [
      'Sam openapi3 REST template',
      'SamHttp openapi3 HTTP template',
      'Rest swagger2 REST template',
      'Ws openapi3 WEBSOCKET template',
      'V2 openapi3 HTTP template',
    ]);
    assert.deepEqual(
      [...doc.template!.resources.keys()],
      ['Sam', 'SamHttp', 'Rest', 'Ws', 'V2', 'Included', 'NotADefinition', 'Wrong'],
    );
    const rest = doc.template!.resources.get('Rest')!;
    assert.equal(rest.type, 'AWS::ApiGateway::RestApi');
    assert.equal(rest.keyNode.key.value, 'Rest');
    assert.equal(rest.properties?.type, 'object');
    assert.equal(doc.template!.resources.get('Sam')!.node.type, 'object');
  });

  test('a template is recognised by its version, its transform, or its shape', () => {
    const body =
      'Resources:\n  A:\n    Type: AWS::Serverless::Api\n    Properties:\n      DefinitionBody: {openapi: 3.0.1, paths: {}}\n';
    assert.equal(yaml('file:///1.yaml', `AWSTemplateFormatVersion: "2010-09-09"\n${body}`).kind, 'template');
    assert.equal(yaml('file:///2.yaml', `Transform: AWS::Serverless-2016-10-31\n${body}`).kind, 'template');
    assert.equal(yaml('file:///3.yaml', body).kind, 'template');
  });

  test('the API type setting wins over the template and the document, matched on the file path', () => {
    const settings = {
      apiTypeOverrides: { '**/http/*.yaml': 'http', '**/ws/**': 'WebSocket', '**/bad/**': 'GRAPHQL' },
    };
    const definition = 'openapi: 3.0.1\nx-amazon-apigateway-api-key-source: HEADER\npaths: {}\n';
    assert.deepEqual(types(yaml('file:///w/http/a.yaml', definition, settings)), ['- openapi3 HTTP setting']);
    assert.deepEqual(types(yaml('file:///w/ws/x/a.yaml', definition, settings)), ['- openapi3 WEBSOCKET setting']);
    assert.deepEqual(types(yaml('file:///w/bad/a.yaml', definition, settings)), ['- openapi3 REST document']);
    assert.deepEqual(types(yaml('file:///w/other/a.yaml', definition, settings)), ['- openapi3 REST document']);
    // The path is the decoded URI path, whatever the scheme.
    assert.deepEqual(
      types(yaml('untitled://w/http/a%20b.yaml', definition, { apiTypeOverrides: { '**/a b.yaml': 'HTTP' } })),
      ['- openapi3 HTTP setting'],
    );
    const template =
      'Resources:\n  A:\n    Type: AWS::Serverless::Api\n    Properties:\n      DefinitionBody: {openapi: 3.0.1, paths: {}}\n';
    assert.deepEqual(types(yaml('file:///w/http/t.yaml', template, settings)), ['A openapi3 HTTP setting']);
  });

  test('what is neither, or not an object, has no definitions', () => {
    const none = buildDocument('file:///x.yaml', 'yaml', 3, 'just: a file\n');
    assert.equal(none.kind, 'other');
    assert.deepEqual(none.definitions, []);
    assert.equal(none.parsed.root, undefined);
    assert.equal(none.version, 3);
    const list = buildDocument('file:///l.json', 'json', 1, '["openapi", "3.0.1"]');
    assert.deepEqual(list.definitions, []);
  });
});

describe('openApiVersion', () => {
  test('openapi or swagger as text or number; computed ones count when there are paths', () => {
    assert.equal(openApiVersion(root('openapi: 3.0.1\n')), 'openapi3');
    assert.equal(openApiVersion(root('openapi: 3\n')), 'openapi3');
    assert.equal(openApiVersion(root('swagger: "2.0"\n')), 'swagger2');
    assert.equal(openApiVersion(root('swagger: 2\n')), 'swagger2');
    assert.equal(openApiVersion(root('openapi: !Ref V\npaths: {}\n')), 'openapi3');
    assert.equal(openApiVersion(root('swagger: {Ref: V}\npaths: {}\n')), 'swagger2');
    assert.equal(openApiVersion(root('openapi: {Ref: V}\n')), undefined);
    assert.equal(openApiVersion(root('openapi: [3]\n')), undefined);
    assert.equal(openApiVersion(root('paths: {}\n')), undefined);
    assert.equal(openApiVersion(undefined), undefined);
  });
});

describe('inferApiType', () => {
  const infer = (text: string) => inferApiType(root(text), 'openapi3');

  test('Swagger 2 is REST (HTTP APIs import OpenAPI 3 only)', () => {
    assert.equal(inferApiType(root('swagger: "2.0"\nx-amazon-apigateway-cors: {}\n'), 'swagger2'), 'REST');
  });

  test('nothing typed means no inference', () => {
    assert.equal(infer('openapi: 3.0.1\npaths:\n  /a:\n    get: {}\n'), undefined);
  });

  test('root and components extensions only one type reads', () => {
    assert.equal(infer('openapi: 3.0.1\nx-amazon-apigateway-cors: {}\n'), 'HTTP');
    assert.equal(infer('openapi: 3.0.1\nx-amazon-apigateway-api-key-source: HEADER\n'), 'REST');
    assert.equal(infer('openapi: 3.0.1\ncomponents:\n  x-amazon-apigateway-integrations: {}\n'), 'HTTP');
  });

  test('integration fields: what HTTP alone has, what REST alone has, and REST-only integration types', () => {
    const op = (integration: string) =>
      infer(`openapi: 3.0.1\npaths:\n  /a:\n    get:\n      x-amazon-apigateway-integration: ${integration}\n`);
    assert.equal(op('{payloadFormatVersion: "2.0"}'), 'HTTP');
    assert.equal(op('{integrationSubtype: SQS-SendMessage}'), 'HTTP');
    assert.equal(op('{requestTemplates: {}}'), 'REST');
    assert.equal(op('{passthroughBehavior: never}'), 'REST');
    assert.equal(op('{responses: {}}'), 'REST');
    for (const type of ['mock', 'AWS', 'http']) assert.equal(op(`{type: ${type}}`), 'REST', type);
    assert.equal(op('{type: http_proxy}'), undefined);
    assert.equal(op('{type: aws_proxy}'), undefined);
    // A REST-only type (3) outweighs one HTTP-only sign (2); two HTTP-only signs (4) outweigh it.
    assert.equal(op('{type: mock, payloadFormatVersion: "2.0"}'), 'REST');
    assert.equal(
      infer(
        'openapi: 3.0.1\nx-amazon-apigateway-cors: {}\npaths:\n  /a:\n    get:\n      x-amazon-apigateway-integration: {type: mock, payloadFormatVersion: "2.0"}\n',
      ),
      'HTTP',
    );
    // Equal weight is REST.
    assert.equal(op('{requestTemplates: {}, payloadFormatVersion: "2.0"}'), 'REST');
  });

  test('authorizer identity sources: $request. is HTTP, method.request. is REST', () => {
    const scheme = (source: string) =>
      infer(
        `openapi: 3.0.1\ncomponents:\n  securitySchemes:\n    a:\n      x-amazon-apigateway-authorizer: {identitySource: "${source}"}\n    b: 1\n`,
      );
    assert.equal(scheme('$request.header.Authorization'), 'HTTP');
    assert.equal(scheme('method.request.header.Authorization'), 'REST');
    assert.equal(scheme('header.Authorization'), undefined);
    assert.equal(
      inferApiType(
        root(
          'swagger: "2.0"\nsecurityDefinitions:\n  a:\n    x-amazon-apigateway-authorizer: {identitySource: "$request.header.A"}\n',
        ),
        'openapi3',
      ),
      'HTTP',
    );
  });
});
