import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { getLanguageService } from '../../../../server/src/service/languageService';

const service = getLanguageService({ host: {} });
const json = (text: string, language = 'yaml') =>
  service.templateJson(service.parseDocument('file:///t.yaml', language, 1, text));

describe('apigw/templateJson: a template with its intrinsics in the long form', () => {
  test('short-form tags become the long form CloudFormation reads; long forms stay', () => {
    const result = json(`AWSTemplateFormatVersion: '2010-09-09'
Resources:
  Api:
    Type: AWS::ApiGateway::RestApi
    Properties:
      Name: !Sub '\${AWS::StackName}-api'
      Body:
        x: !GetAtt Fn.Arn
        y: !Join ['', [!Ref Stage, !Select [0, !Split [',', 'a,b']]]]
        z: {'Fn::GetAtt': [Fn, Arn]}
        w: !If [IsProd, !Ref 'AWS::NoValue', 1]
`);
    assert.deepEqual(JSON.parse(result!.json).Resources.Api.Properties, {
      Name: { 'Fn::Sub': '${AWS::StackName}-api' },
      Body: {
        x: { 'Fn::GetAtt': ['Fn', 'Arn'] },
        y: { 'Fn::Join': ['', [{ Ref: 'Stage' }, { 'Fn::Select': [0, { 'Fn::Split': [',', 'a,b'] }] }]] },
        z: { 'Fn::GetAtt': ['Fn', 'Arn'] },
        w: { 'Fn::If': ['IsProd', { Ref: 'AWS::NoValue' }, 1] },
      },
    });
  });

  test('a standalone definition is not a template', () => {
    assert.equal(json(`openapi: 3.0.1\ninfo: {title: t, version: '1'}\npaths: {}\n`), null);
  });
});
