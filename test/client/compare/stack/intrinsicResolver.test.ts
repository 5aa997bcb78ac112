import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import {
  placeholder,
  resolveIntrinsics,
  type StackContext,
} from '../../../../client/src/compare/stack/intrinsicResolver';

const ctx: StackContext = {
  stackName: 'pets-prod',
  stackId: 'arn:aws:cloudformation:eu-west-1:111122223333:stack/pets-prod/abc',
  region: 'eu-west-1',
  accountId: '111122223333',
  partition: 'aws',
  parameters: { Stage: 'prod', Env: 'live', Subnets: 'a,b' },
  resources: {
    PetsFunction: { physicalId: 'pets-prod-PetsFunction-X1', type: 'AWS::Lambda::Function' },
    PetsRole: { physicalId: 'pets-prod-PetsRole-Y2', type: 'AWS::IAM::Role' },
    Queue: { physicalId: 'https://sqs.eu-west-1.amazonaws.com/111122223333/pets-q', type: 'AWS::SQS::Queue' },
    Table: { physicalId: 'pets-table', type: 'AWS::DynamoDB::Table' },
    Api: { physicalId: 'a1b2c3', type: 'AWS::ApiGateway::RestApi' },
  },
  template: {
    Parameters: { Subnets: { Type: 'CommaDelimitedList' } },
    Conditions: {
      IsLive: { 'Fn::Equals': [{ Ref: 'Env' }, 'live'] },
      NotLive: { 'Fn::Not': [{ Condition: 'IsLive' }] },
      Both: { 'Fn::And': [{ Condition: 'IsLive' }, { 'Fn::Equals': ['x', 'x'] }] },
      Unknowable: { 'Fn::Equals': [{ 'Fn::ImportValue': 'shared' }, 'x'] },
    },
    Mappings: { Sizes: { prod: { Timeout: '29000' } } },
    Resources: { PetsRole: { Type: 'AWS::IAM::Role', Properties: { Path: '/service/' } } },
  },
};

const resolve = (value: unknown) => resolveIntrinsics(value, ctx);
const lambdaArn = 'arn:aws:lambda:eu-west-1:111122223333:function:pets-prod-PetsFunction-X1';

describe('intrinsic resolver: each form against a stack', () => {
  test('Ref: pseudo parameters, stack parameters (lists split), resources, AWS::NoValue', () => {
    assert.deepEqual(
      resolve({
        r: { Ref: 'AWS::Region' },
        a: { Ref: 'AWS::AccountId' },
        p: { Ref: 'AWS::Partition' },
        n: { Ref: 'AWS::StackName' },
        id: { Ref: 'AWS::StackId' },
        u: { Ref: 'AWS::URLSuffix' },
        s: { Ref: 'Stage' },
        l: { Ref: 'Subnets' },
        f: { Ref: 'PetsFunction' },
        gone: { Ref: 'AWS::NoValue' },
        list: ['x', { Ref: 'AWS::NoValue' }],
      }).value,
      {
        r: 'eu-west-1',
        a: '111122223333',
        p: 'aws',
        n: 'pets-prod',
        id: ctx.stackId,
        u: 'amazonaws.com',
        s: 'prod',
        l: ['a', 'b'],
        f: 'pets-prod-PetsFunction-X1',
        list: ['x'],
      },
    );
  });

  test('Fn::GetAtt in both forms: Lambda, IAM role (with its Path), SQS and DynamoDB ARNs', () => {
    const { value, unresolved } = resolve([
      { 'Fn::GetAtt': ['PetsFunction', 'Arn'] },
      { 'Fn::GetAtt': 'PetsRole.Arn' },
      { 'Fn::GetAtt': ['Queue', 'Arn'] },
      { 'Fn::GetAtt': ['Queue', 'QueueName'] },
      { 'Fn::GetAtt': ['Table', 'Arn'] },
    ]);
    assert.deepEqual(value, [
      lambdaArn,
      'arn:aws:iam::111122223333:role/service/pets-prod-PetsRole-Y2',
      'arn:aws:sqs:eu-west-1:111122223333:pets-q',
      'pets-q',
      'arn:aws:dynamodb:eu-west-1:111122223333:table/pets-table',
    ]);
    assert.deepEqual(unresolved, []);
  });

  test('Fn::Sub, plain and with a variable map: ${Res.Arn}, pseudo parameters, parameters, ${!Literal}', () => {
    assert.equal(
      resolve({
        'Fn::Sub':
          'arn:${AWS::Partition}:apigateway:${AWS::Region}:lambda:path/2015-03-31/functions/${PetsFunction.Arn}/invocations',
      }).value,
      `arn:aws:apigateway:eu-west-1:lambda:path/2015-03-31/functions/${lambdaArn}/invocations`,
    );
    assert.equal(
      resolve({
        'Fn::Sub': [
          'https://${Host}/${Stage}/${!stageVariables.x}?s=${AWS::StackName}',
          { Host: { 'Fn::Join': ['.', ['api', { Ref: 'Env' }, 'example.com']] } },
        ],
      }).value,
      'https://api.live.example.com/prod/${stageVariables.x}?s=pets-prod',
    );
  });

  test('Fn::Join, Fn::Select, Fn::Split, Fn::FindInMap, Fn::Base64', () => {
    assert.deepEqual(
      resolve([
        { 'Fn::Join': ['', ['arn:', { Ref: 'AWS::Partition' }, ':s3:::b']] },
        { 'Fn::Select': [1, { Ref: 'Subnets' }] },
        { 'Fn::Split': ['-', 'a-b'] },
        { 'Fn::FindInMap': ['Sizes', { Ref: 'Stage' }, 'Timeout'] },
        { 'Fn::Base64': 'hi' },
      ]).value,
      ['arn:aws:s3:::b', 'b', ['a', 'b'], '29000', 'aGk='],
    );
  });

  test('Fn::If where the condition is knowable from the parameters (Equals, Not, And, Condition)', () => {
    assert.deepEqual(
      resolve([
        { 'Fn::If': ['IsLive', 'yes', 'no'] },
        { 'Fn::If': ['NotLive', 'yes', 'no'] },
        { 'Fn::If': ['Both', { timeout: 1 }, { Ref: 'AWS::NoValue' }] },
        { 'Fn::If': ['NotLive', 'x', { Ref: 'AWS::NoValue' }] },
      ]).value,
      ['yes', 'no', { timeout: 1 }],
    );
  });
});

describe('intrinsic resolver: what the stack cannot tell stays a marked placeholder and is listed', () => {
  test('an undecidable condition, an import, an unknown attribute, a resource the stack lacks', () => {
    const { value, unresolved } = resolve({
      a: { 'Fn::If': ['Unknowable', 'x', 'y'] },
      b: { 'Fn::ImportValue': 'shared-arn' },
      c: { 'Fn::GetAtt': ['Api', 'RootResourceId'] },
      d: { Ref: 'Missing' },
      e: { 'Fn::If': ['NoSuchCondition', 'x', 'y'] },
    });
    assert.deepEqual(value, {
      a: placeholder('Fn::If Unknowable'),
      b: placeholder('Fn::ImportValue shared-arn'),
      c: placeholder('Fn::GetAtt ["Api","RootResourceId"]'),
      d: placeholder('Ref Missing'),
      e: placeholder('Fn::If NoSuchCondition'),
    });
    assert.deepEqual(
      unresolved.map((u) => u.path),
      ['/a', '/b', '/c', '/d', '/e'],
    );
    assert.match(unresolved[2].reason, /RootResourceId/);
    assert.match(unresolved[3].reason, /neither a parameter .* nor one of its resources/);
  });

  test('inside an Fn::Sub only the unknown part is a placeholder, and it is listed at the string', () => {
    const { value, unresolved } = resolve({
      uri: { 'Fn::Sub': 'arn:aws:apigateway:${AWS::Region}:lambda:path/2015-03-31/functions/${Other.Arn}/invocations' },
    });
    assert.deepEqual(value, {
      uri: `arn:aws:apigateway:eu-west-1:lambda:path/2015-03-31/functions/${placeholder('${Other.Arn}')}/invocations`,
    });
    assert.deepEqual(unresolved, [
      { path: '/uri', expression: '${Other.Arn}', reason: 'Other is not a resource of the stack' },
    ]);
  });

  test('malformed intrinsics do not throw, and deep nesting is bounded', () => {
    let deep: unknown = 'x';
    for (let i = 0; i < 1000; i++) deep = { 'Fn::Join': ['', [deep]] };
    assert.doesNotThrow(() => resolve({ a: { 'Fn::Sub': 42 }, b: { 'Fn::Join': 'x' }, c: { Ref: 1 }, deep }));
    const { unresolved } = resolve({ a: { 'Fn::Sub': 42 }, b: { 'Fn::Select': [9, ['x']] } });
    assert.equal(unresolved.length, 2);
  });

  test("Fn::ImportValue reads the region's exports, its name computed first; what is not exported stays unknown", () => {
    const withExports: StackContext = {
      ...ctx,
      exports: { 'shared-prod-UserPoolArn': 'arn:aws:cognito-idp:eu-west-1:111122223333:userpool/eu-west-1_abc' },
    };
    const { value, unresolved } = resolveIntrinsics(
      {
        pool: { 'Fn::ImportValue': { 'Fn::Sub': 'shared-${Stage}-UserPoolArn' } },
        missing: { 'Fn::ImportValue': 'nobody-exports-this' },
      },
      withExports,
    );
    assert.deepEqual(value, {
      pool: 'arn:aws:cognito-idp:eu-west-1:111122223333:userpool/eu-west-1_abc',
      missing: placeholder('Fn::ImportValue nobody-exports-this'),
    });
    assert.deepEqual(unresolved, [
      {
        path: '/missing',
        expression: 'Fn::ImportValue nobody-exports-this',
        reason: 'no stack in eu-west-1 exports nobody-exports-this',
      },
    ]);
  });

  test('when the exports could not be listed, an import says why', () => {
    const { unresolved } = resolveIntrinsics(
      { pool: { 'Fn::ImportValue': 'shared-UserPoolArn' } },
      { ...ctx, exportsUnavailable: 'Access denied (cloudformation:ListExports)' },
    );
    assert.deepEqual(
      unresolved.map((u) => u.reason),
      ["the region's exports could not be listed (Access denied (cloudformation:ListExports))"],
    );
  });
});
