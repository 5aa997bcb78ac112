// The "Run API Locally" code lens: one per REST or HTTP definition, with the logical id in templates.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { getLanguageService } from '../../../server/src/service/languageService';

const service = getLanguageService();

describe('Run API Locally code lens', () => {
  test('one per API in a template, on its resource, with the logical id; none for WebSocket APIs', () => {
    const text = `AWSTemplateFormatVersion: '2010-09-09'
Transform: AWS::Serverless-2016-10-31
Resources:
  PetsApi:
    Type: AWS::Serverless::Api
    Properties:
      StageName: dev
      DefinitionBody:
        openapi: 3.0.1
        info: {title: Pets, version: '1'}
        paths: {}
  OrdersApi:
    Type: AWS::Serverless::HttpApi
    Properties:
      DefinitionBody:
        openapi: 3.0.1
        info: {version: '1'}
        paths: {}
  Chat:
    Type: AWS::ApiGatewayV2::Api
    Properties:
      ProtocolType: WEBSOCKET
      Body:
        openapi: 3.0.1
        info: {title: Chat, version: '1'}
        paths: {}
`;
    const doc = service.parseDocument('file:///t.yaml', 'yaml', 1, text);
    const lenses = service.codeLenses(doc).filter((l) => l.command?.command === 'apigw.runLocal');
    assert.deepEqual(
      lenses.map((l) => [l.range.start.line, l.command?.arguments?.[0]]),
      [
        [3, { documentUri: 'file:///t.yaml', apiType: 'REST', api: 'PetsApi', label: 'Pets' }],
        [11, { documentUri: 'file:///t.yaml', apiType: 'HTTP', api: 'OrdersApi', label: 'OrdersApi' }],
      ],
    );
  });
});
