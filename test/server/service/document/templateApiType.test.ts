// Which API type a template's stage or settings resource is checked as: fixed by the resource type, except an
// ApiGatewayV2 stage, which is a WebSocket stage when the API its ApiId refers to (!Ref or {Ref}, or the API's
// ApiId attribute through !GetAtt) is a WebSocket API.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { buildDocument } from '../../../../server/src/service/document/model';
import { templateApiType } from '../../../../server/src/service/document/templateApiType';
import { TEMPLATE_RESOURCES } from '../../../../server/src/service/catalogue/samSettings';

const template = [
  'Resources:',
  '  Ws:',
  '    Type: AWS::ApiGatewayV2::Api',
  '    Properties: {ProtocolType: WEBSOCKET}',
  '  Http:',
  '    Type: AWS::ApiGatewayV2::Api',
  '    Properties: {ProtocolType: HTTP}',
  '  WsStage:',
  '    Type: AWS::ApiGatewayV2::Stage',
  '    Properties: {ApiId: !Ref Ws}',
  '  WsStageLong:',
  '    Type: AWS::ApiGatewayV2::Stage',
  '    Properties: {ApiId: {Ref: Ws}}',
  '  HttpStage:',
  '    Type: AWS::ApiGatewayV2::Stage',
  '    Properties: {ApiId: !Ref Http}',
  '  UnknownApi:',
  '    Type: AWS::ApiGatewayV2::Stage',
  '    Properties: {ApiId: !Ref Missing}',
  '  Literal:',
  '    Type: AWS::ApiGatewayV2::Stage',
  '    Properties: {ApiId: Ws}',
  '  OtherTag:',
  '    Type: AWS::ApiGatewayV2::Stage',
  '    Properties: {ApiId: !GetAtt Ws.ApiId}',
  '  OtherAttribute:',
  '    Type: AWS::ApiGatewayV2::Stage',
  '    Properties: {ApiId: !GetAtt Ws.ApiEndpoint}',
  '  Computed:',
  '    Type: AWS::ApiGatewayV2::Stage',
  '    Properties: {ApiId: {Ref: [Ws]}}',
  '  NoProps:',
  '    Type: AWS::ApiGatewayV2::Stage',
  '  RestStage:',
  '    Type: AWS::ApiGateway::Stage',
  '    Properties: {RestApiId: !Ref Ws}',
].join('\n');

test('a V2 stage follows its API; other resources have the type of their kind', () => {
  const doc = buildDocument('file:///t.yaml', 'yaml', 1, template);
  const typeOf = (id: string) => {
    const resource = doc.template!.resources.get(id)!;
    const spec = TEMPLATE_RESOURCES.find((s) => s.type === resource.type)!;
    return templateApiType(doc, resource, spec);
  };
  assert.equal(typeOf('WsStage'), 'WEBSOCKET');
  assert.equal(typeOf('WsStageLong'), 'WEBSOCKET');
  // GetAtt of the API's ApiId attribute is its id, as its Ref is (this was HTTP, and gave false errors).
  assert.equal(typeOf('OtherTag'), 'WEBSOCKET');
  for (const id of ['HttpStage', 'UnknownApi', 'Literal', 'OtherAttribute', 'Computed', 'NoProps'])
    assert.equal(typeOf(id), 'HTTP', id);
  assert.equal(typeOf('RestStage'), TEMPLATE_RESOURCES.find((s) => s.type === 'AWS::ApiGateway::Stage')!.apiType);
  assert.equal(typeOf('RestStage'), 'REST');
});
