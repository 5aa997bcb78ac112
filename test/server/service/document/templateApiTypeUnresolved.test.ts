// An ApiGatewayV2 stage whose API is not in the template (imported from another stack, named by a parameter or by
// its id): the stage's own route settings are all there is to go by. Settings only a WebSocket stage has (a route key
// that no HTTP route has, LoggingLevel, DataTraceEnabled) make it a WebSocket stage, so that a valid one gets no
// HTTP-only errors; anything else stays HTTP. A stage whose API is in the template still follows that API.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { buildDocument, type ApiDocument } from '../../../../server/src/service/document/model';
import { templateApiType } from '../../../../server/src/service/document/templateApiType';
import { TEMPLATE_RESOURCES } from '../../../../server/src/service/catalogue/samSettings';
import { getLanguageService } from '../../../../server/src/service/languageService';

const stageSpec = TEMPLATE_RESOURCES.find((s) => s.type === 'AWS::ApiGatewayV2::Stage')!;
const typeOf = (doc: ApiDocument, id: string) => templateApiType(doc, doc.template!.resources.get(id)!, stageSpec);

function stages(entries: Record<string, string>): ApiDocument {
  const lines = ['Parameters:', '  ApiIdParam: {Type: String}', 'Resources:'];
  lines.push('  Http:', '    Type: AWS::ApiGatewayV2::Api', '    Properties: {ProtocolType: HTTP}');
  for (const [id, properties] of Object.entries(entries))
    lines.push(`  ${id}:`, '    Type: AWS::ApiGatewayV2::Stage', `    Properties: ${properties}`);
  return buildDocument('file:///t.yaml', 'yaml', 1, lines.join('\n'));
}

test('with the API elsewhere, a WebSocket route key or a WebSocket-only field makes a WebSocket stage', () => {
  const doc = stages({
    ConnectKey: '{ApiId: !ImportValue ChatApiId, RouteSettings: {$connect: {ThrottlingRateLimit: 5}}}',
    CustomKey: '{ApiId: !Ref ApiIdParam, RouteSettings: {"GET /a": {}, sendMessage: {}}}',
    DefaultLogging: '{ApiId: abc123, DefaultRouteSettings: {LoggingLevel: INFO}}',
    RouteTrace: '{ApiId: !Ref Missing, RouteSettings: {$default: {DataTraceEnabled: false}}}',
    HttpKeys: '{ApiId: !ImportValue HttpApiId, RouteSettings: {"GET /pets": {}, $default: {}, "ANY /{proxy+}": {}}}',
    HttpFields:
      '{ApiId: !Ref ApiIdParam, DefaultRouteSettings: {ThrottlingRateLimit: 5, DetailedMetricsEnabled: true}}',
    NoSettings: '{ApiId: !ImportValue SomeApiId, StageName: prod}',
    ScalarSettings: '{ApiId: !ImportValue SomeApiId, DefaultRouteSettings: 1, RouteSettings: []}',
    // The API is in the template and is an HTTP API: its stage is checked as one, whatever it holds.
    InTemplate: '{ApiId: !Ref Http, RouteSettings: {$connect: {LoggingLevel: INFO}}}',
  });
  const types = Object.fromEntries([...doc.template!.resources.keys()].slice(1).map((id) => [id, typeOf(doc, id)]));
  assert.deepEqual(types, {
    ConnectKey: 'WEBSOCKET',
    CustomKey: 'WEBSOCKET',
    DefaultLogging: 'WEBSOCKET',
    RouteTrace: 'WEBSOCKET',
    HttpKeys: 'HTTP',
    HttpFields: 'HTTP',
    NoSettings: 'HTTP',
    ScalarSettings: 'HTTP',
    InTemplate: 'HTTP',
  });
});

test("a WebSocket stage of an API in another stack gets no HTTP-only diagnostics; an HTTP API's stage still does", () => {
  const service = getLanguageService();
  const template = (apiId: string) =>
    [
      'AWSTemplateFormatVersion: "2010-09-09"',
      'Resources:',
      '  Http:',
      '    Type: AWS::ApiGatewayV2::Api',
      '    Properties: {Name: h, ProtocolType: HTTP}',
      '  Stage:',
      '    Type: AWS::ApiGatewayV2::Stage',
      '    Properties:',
      `      ApiId: ${apiId}`,
      '      StageName: prod',
      '      DefaultRouteSettings: {LoggingLevel: INFO}',
      '      RouteSettings:',
      '        $connect: {DataTraceEnabled: true}',
      '        sendMessage: {ThrottlingRateLimit: 10}',
    ].join('\n');
  const codes = (apiId: string) =>
    service.validate(service.parseDocument('file:///t.yaml', 'yaml', 1, template(apiId))).map((d) => d.code);
  assert.deepEqual(codes('!ImportValue ChatApiId'), []);
  assert.deepEqual(codes('abc123'), []);
  assert.deepEqual(codes('!Ref Http').sort(), ['field-api-type', 'field-api-type', 'value-format', 'value-format']);
});
