// Every field that takes a role, a function or a user pool ARN offers the template's resources of that kind;
// $ref pointers escape every `~` and `/` of a name.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { completions } from './helpers';

const template = (resource: string) => `Transform: AWS::Serverless-2016-10-31
Resources:
  Fn:
    Type: AWS::Serverless::Function
  Role:
    Type: AWS::IAM::Role
  Pool:
    Type: AWS::Cognito::UserPool
${resource}`;

describe('ARN fields', () => {
  test('InvokeRole, Role and authorizerCredentials take roles', () => {
    const sam = (key: string) =>
      completions(
        template(
          `  A:\n    Type: AWS::Serverless::Api\n    Properties:\n      Auth:\n        DefaultAuthorizer: x\n        ${key}: |\n`,
        ),
      ).labels;
    assert.deepEqual(sam('InvokeRole'), ['!GetAtt Role.Arn']);
    const definition = (line: string) =>
      completions(
        template(
          `  A:\n    Type: AWS::Serverless::Api\n    Properties:\n      DefinitionBody:\n        openapi: 3.0.1\n        components:\n          securitySchemes:\n            auth:\n              type: apiKey\n              x-amazon-apigateway-authorizer:\n                ${line}\n        paths: {}\n`,
        ),
      ).labels;
    assert.deepEqual(definition('authorizerCredentials: |'), ['!GetAtt Role.Arn']);
    assert.deepEqual(definition('authorizerUri: |'), ['Fn (Lambda invocation URI)']);
    assert.deepEqual(
      completions(
        template(
          '  Api:\n    Type: AWS::Serverless::Api\n  A:\n    Type: AWS::Serverless::Function\n    Properties:\n      Role: |\n',
        ),
      ).labels,
      ['!GetAtt Role.Arn'],
    );
  });

  test('a field that names nothing of the template offers nothing', () => {
    assert.deepEqual(
      completions(template('  A:\n    Type: AWS::Serverless::Api\n    Properties:\n      Name: |\n')).labels,
      [],
    );
  });
});

describe('$ref pointers', () => {
  test('every ~ and / of a name escaped', () => {
    const c = completions(
      "openapi: 3.0.1\ncomponents:\n  schemas:\n    'a~b~c/d/e': {type: object}\npaths:\n  /a:\n    get:\n      responses:\n        '200':\n          $ref: |\n",
    );
    assert.deepEqual(c.labels, ['#/components/schemas/a~0b~0c~1d~1e']);
  });
});
