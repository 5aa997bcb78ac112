// CloudFormation intrinsics in a template the local gateway serves: parameters take their defaults, and the
// defaults decide the template's conditions; mappings, Select and Split are evaluated (by the evaluator Compare
// with Stack uses too), so what the gateway answers is what the deployed template would give with its defaults.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { call, serveText } from '../support';

const template = (envDefault: string) => `AWSTemplateFormatVersion: '2010-09-09'
Transform: AWS::Serverless-2016-10-31
Parameters:
  Env:
    Type: String
    Default: ${envDefault}
Conditions:
  IsProd: !Equals [!Ref Env, prod]
Mappings:
  Greetings:
    prod: { Text: hello-prod }
    dev: { Text: hello-dev }
Resources:
  Api:
    Type: AWS::Serverless::Api
    Properties:
      StageName: live
      DefinitionBody:
        openapi: 3.0.1
        info: { title: intrinsics, version: '1' }
        paths:
          /hi:
            get:
              x-amazon-apigateway-integration:
                type: mock
                requestTemplates:
                  application/json: '{"statusCode": 200}'
                responses:
                  default:
                    statusCode: '200'
                    responseTemplates:
                      application/json: !Sub
                        - '{"greeting":"\${Greeting}","mode":"\${Mode}","region":"\${AWS::Region}","second":"\${Second}"}'
                        - Greeting: !FindInMap [Greetings, !Ref Env, Text]
                          Mode: !If [IsProd, production, development]
                          Second: !Select [1, !Split [',', 'a,b,c']]
`;

describe('intrinsics in a served template', () => {
  for (const [env, greeting, mode] of [
    ['prod', 'hello-prod', 'production'],
    ['dev', 'hello-dev', 'development'],
  ]) {
    it(`with the parameter's default ${env}: the mapping, the condition, Select and Split as CloudFormation gives them`, async () => {
      const gw = await serveText(template(env));
      try {
        const res = await call(`${gw.url}/hi`);
        assert.equal(res.status, 200, res.text);
        assert.deepEqual(res.json(), { greeting, mode, region: 'us-east-1', second: 'b' });
      } finally {
        await gw.stop();
      }
    });
  }
});
