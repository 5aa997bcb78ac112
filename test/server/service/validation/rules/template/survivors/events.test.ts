/**
 * The template rules' cases written from the second mutation round (samApiEvents, samApis, samApiAuth,
 * templateSettings, throttleLimits and the mapping-template rules): each diagnostic as the user sees it.
 * samTranslator.test.ts holds the same cases to the SAM transform. Also samApis' apiEvents, which the rules, the
 * authorizer navigation and completion read: only the Api and HttpApi events of functions, as SAM binds them.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { getLanguageService } from '../../../../../../../server/src/service/languageService';
import { apiEvents } from '../../../../../../../server/src/service/validation/rules/template/samApis';
import { survivorsEventsCases } from '../samOracle/cases/survivorsEvents';
import { checkCase, sam } from '../samOracle/ruleCase';

describe('template rules: second mutation round (samApiEvents, samApis, samApiAuth, templateSettings, throttleLimits and the mapping-template rules)', () => {
  for (const c of survivorsEventsCases) test(c.name, () => checkCase(c));
});

describe('samApis: apiEvents', () => {
  const service = getLanguageService({ host: {} });
  const eventsOf = (text: string) => {
    const doc = service.parseDocument('file:///cases/template.yaml', 'yaml', 1, text);
    return apiEvents(doc.template!).map((e) => ({
      function: e.function.logicalId,
      event: e.name.key.value,
      type: e.type,
      api: e.api?.logicalId,
      explicit: e.explicit,
    }));
  };

  test('the Api and HttpApi events of functions, with the API each names; no other event or resource', () => {
    const text = sam(`  Api:
    Type: AWS::Serverless::Api
    Properties: {StageName: prod}
  Http:
    Type: AWS::Serverless::HttpApi
  Fn:
    Type: AWS::Serverless::Function
    Properties:
      Runtime: python3.12
      Handler: a.h
      CodeUri: s3://b/k
      Events:
        Implicit: {Type: Api, Properties: {Path: /a, Method: get}}
        Rest: {Type: Api, Properties: {RestApiId: !Ref Api, Path: /b, Method: get}}
        Route: {Type: HttpApi, Properties: {ApiId: Http, Path: /c, Method: get}}
        Timer: {Type: Schedule, Properties: {Schedule: rate(1 day), ApiId: Http, RestApiId: !Ref Api}}
        Queue: {Type: SQS, Properties: {Queue: arn:aws:sqs:us-east-1:123456789012:q}}
  Custom:
    Type: Custom::Thing
    Properties:
      ServiceToken: arn:aws:lambda:us-east-1:123456789012:function:f
      Events:
        Other: {Type: Api, Properties: {RestApiId: !Ref Api, Path: /d, Method: get}}
`);
    assert.deepEqual(eventsOf(text), [
      { function: 'Fn', event: 'Implicit', type: 'Api', api: undefined, explicit: false },
      { function: 'Fn', event: 'Rest', type: 'Api', api: 'Api', explicit: true },
      { function: 'Fn', event: 'Route', type: 'HttpApi', api: 'Http', explicit: true },
    ]);
  });
});
