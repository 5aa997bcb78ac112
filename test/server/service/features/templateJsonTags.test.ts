// Tags in the long form of a template: unknown tags are left out (their value stays), !GetAtt in its list form.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { getLanguageService } from '../../../../server/src/service/languageService';

const service = getLanguageService({ host: {} });

describe('templateJson tags', () => {
  test('an unknown tag keeps its value; !GetAtt with a list stays a list', () => {
    const result = service.templateJson(
      service.parseDocument(
        'file:///t.yaml',
        'yaml',
        1,
        "AWSTemplateFormatVersion: '2010-09-09'\nResources:\n  Api:\n    Type: AWS::ApiGateway::RestApi\n    Properties:\n      Name: !Unknown plain\n      Description: !GetAtt [Fn, Arn]\n      Other: !GetAtt NoDot\n",
      ),
    )!;
    assert.deepEqual(JSON.parse(result.json).Resources.Api.Properties, {
      Name: 'plain',
      Description: { 'Fn::GetAtt': ['Fn', 'Arn'] },
      Other: { 'Fn::GetAtt': 'NoDot' },
    });
  });
});
