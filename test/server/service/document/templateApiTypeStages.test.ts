// Which API an ApiGatewayV2 stage belongs to, in the shapes templateApiType.test.ts leaves out: ApiId among other
// properties, a one-key intrinsic other than Ref, an empty object, a Ref still without its value (JSON being typed),
// and an API resource with no Properties, no ProtocolType, or ProtocolType after other keys; and ApiId as the API's
// `ApiId` attribute (Fn::GetAtt), in every form. A stage is WebSocket only when its ApiId is a Ref to, or the ApiId
// attribute of, an ApiGatewayV2 API whose ProtocolType is WEBSOCKET; anything else is HTTP, never a crash.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { buildDocument, type ApiDocument } from '../../../../server/src/service/document/model';
import { templateApiType } from '../../../../server/src/service/document/templateApiType';
import { TEMPLATE_RESOURCES } from '../../../../server/src/service/catalogue/samSettings';
import { getLanguageService } from '../../../../server/src/service/languageService';

const stageSpec = TEMPLATE_RESOURCES.find((s) => s.type === 'AWS::ApiGatewayV2::Stage')!;
const typeOf = (doc: ApiDocument, id: string) => templateApiType(doc, doc.template!.resources.get(id)!, stageSpec);

test('a stage finds its ApiId among other properties, and its API finds ProtocolType among others', () => {
  const doc = buildDocument(
    'file:///t.yaml',
    'yaml',
    1,
    [
      'Resources:',
      '  Ws:',
      '    Type: AWS::ApiGatewayV2::Api',
      '    Properties: {Name: WEBSOCKET, Description: d, ProtocolType: WEBSOCKET}',
      '  NamedWebSocket:',
      '    Type: AWS::ApiGatewayV2::Api',
      '    Properties: {Name: WEBSOCKET, ProtocolType: HTTP}',
      '  NoProtocol:',
      '    Type: AWS::ApiGatewayV2::Api',
      '    Properties: {Name: api}',
      '  NoProperties:',
      '    Type: AWS::ApiGatewayV2::Api',
      '  Stage:',
      '    Type: AWS::ApiGatewayV2::Stage',
      '    Properties: {StageName: Ws, AutoDeploy: true, ApiId: !Ref Ws}',
      '  NamedStage:',
      '    Type: AWS::ApiGatewayV2::Stage',
      '    Properties: {StageName: s, ApiId: !Ref NamedWebSocket}',
      '  NoProtocolStage:',
      '    Type: AWS::ApiGatewayV2::Stage',
      '    Properties: {ApiId: !Ref NoProtocol}',
      '  NoPropertiesStage:',
      '    Type: AWS::ApiGatewayV2::Stage',
      '    Properties: {ApiId: {Ref: NoProperties}}',
      '  NoApiId:',
      '    Type: AWS::ApiGatewayV2::Stage',
      '    Properties: {StageName: Ws}',
      '  Imported:',
      '    Type: AWS::ApiGatewayV2::Stage',
      '    Properties: {ApiId: {Fn::ImportValue: Ws}}',
      '  EmptyApiId:',
      '    Type: AWS::ApiGatewayV2::Stage',
      '    Properties: {ApiId: {}}',
    ].join('\n'),
  );
  assert.equal(typeOf(doc, 'Stage'), 'WEBSOCKET');
  for (const id of ['NamedStage', 'NoProtocolStage', 'NoPropertiesStage', 'NoApiId', 'Imported', 'EmptyApiId'])
    assert.equal(typeOf(doc, id), 'HTTP', id);
});

test('a Ref or GetAtt still without its value, in a JSON template being typed, is an HTTP stage', () => {
  for (const fn of ['Ref', 'Fn::GetAtt']) {
    const doc = buildDocument(
      'file:///t.json',
      'json',
      1,
      '{"Resources": {"Ws": {"Type": "AWS::ApiGatewayV2::Api", "Properties": {"ProtocolType": "WEBSOCKET"}},' +
        ` "Stage": {"Type": "AWS::ApiGatewayV2::Stage", "Properties": {"ApiId": {"${fn}": }}}}}`,
    );
    assert.ok(doc.parsed.problems.length > 0, 'the text has a syntax error');
    assert.equal(typeOf(doc, 'Stage'), 'HTTP', fn);
  }
});

test('a stage read against a document that holds no template is an HTTP stage', () => {
  // A caller holding a stage resource from an earlier version of the document, which has since stopped being a template.
  const template = buildDocument(
    'file:///t.yaml',
    'yaml',
    1,
    'Resources:\n  Stage:\n    Type: AWS::ApiGatewayV2::Stage\n    Properties: {ApiId: !Ref Ws}\n',
  );
  const stage = template.template!.resources.get('Stage')!;
  const later = buildDocument('file:///t.yaml', 'yaml', 2, 'openapi: 3.0.1\npaths: {}\n');
  assert.equal(later.template, undefined);
  assert.equal(templateApiType(later, stage, stageSpec), 'HTTP');
});

test("ApiId as the API's ApiId attribute (Fn::GetAtt), in every form, names the API", () => {
  const stages: Record<string, string> = {
    ShortDotted: '!GetAtt Ws.ApiId',
    ShortList: '!GetAtt [Ws, ApiId]',
    LongList: '{Fn::GetAtt: [Ws, ApiId]}',
    LongDotted: '{Fn::GetAtt: Ws.ApiId}',
    Endpoint: '!GetAtt Ws.ApiEndpoint',
    NoAttribute: '!GetAtt Ws',
    OneItem: '{Fn::GetAtt: [Ws]}',
    Mapping: '{Fn::GetAtt: {Ws: ApiId}}',
    ThreeItems: '!GetAtt [Ws, ApiId, More]',
    ThreeParts: '!GetAtt Ws.ApiId.More',
    ComputedName: '{Fn::GetAtt: [{Ref: Name}, ApiId]}',
    OtherApi: '!GetAtt Http.ApiId',
    Missing: '!GetAtt Missing.ApiId',
  };
  const doc = buildDocument(
    'file:///t.yaml',
    'yaml',
    1,
    [
      'Resources:',
      '  Ws:',
      '    Type: AWS::ApiGatewayV2::Api',
      '    Properties: {ProtocolType: WEBSOCKET}',
      '  Http:',
      '    Type: AWS::ApiGatewayV2::Api',
      '    Properties: {ProtocolType: HTTP}',
      ...Object.entries(stages).flatMap(([id, apiId]) => [
        `  ${id}:`,
        '    Type: AWS::ApiGatewayV2::Stage',
        `    Properties: {ApiId: ${apiId}}`,
      ]),
    ].join('\n'),
  );
  const types = Object.fromEntries(Object.keys(stages).map((id) => [id, typeOf(doc, id)]));
  assert.deepEqual(types, {
    ShortDotted: 'WEBSOCKET',
    ShortList: 'WEBSOCKET',
    LongList: 'WEBSOCKET',
    LongDotted: 'WEBSOCKET',
    Endpoint: 'HTTP',
    NoAttribute: 'HTTP',
    OneItem: 'HTTP',
    Mapping: 'HTTP',
    ThreeItems: 'HTTP',
    ThreeParts: 'HTTP',
    ComputedName: 'HTTP',
    OtherApi: 'HTTP',
    Missing: 'HTTP',
  });
});

test('a WebSocket stage that names its API by GetAtt gets no HTTP-only diagnostics', () => {
  // Valid for CloudFormation: $connect is a WebSocket route key, LoggingLevel and DataTraceEnabled WebSocket settings.
  // Checked as an HTTP stage, the route key was an error and both settings warnings.
  const service = getLanguageService();
  for (const apiId of [
    '!Ref WsApi',
    '!GetAtt WsApi.ApiId',
    '!GetAtt [WsApi, ApiId]',
    '{"Fn::GetAtt": [WsApi, ApiId]}',
  ]) {
    const text = [
      'AWSTemplateFormatVersion: "2010-09-09"',
      'Resources:',
      '  WsApi:',
      '    Type: AWS::ApiGatewayV2::Api',
      '    Properties:',
      '      Name: chat',
      '      ProtocolType: WEBSOCKET',
      '      RouteSelectionExpression: $request.body.action',
      '  Stage:',
      '    Type: AWS::ApiGatewayV2::Stage',
      '    Properties:',
      `      ApiId: ${apiId}`,
      '      StageName: prod',
      '      DefaultRouteSettings: {LoggingLevel: INFO, DataTraceEnabled: true}',
      '      RouteSettings:',
      '        $connect: {LoggingLevel: ERROR}',
    ].join('\n');
    const doc = service.parseDocument('file:///t.yaml', 'yaml', 1, text);
    assert.deepEqual(service.validate(doc), [], apiId);
  }
});
