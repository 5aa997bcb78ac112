// The names a log tail derives without asking AWS: a stage's execution log group, the function behind a Lambda
// integration URI (API Gateway's form or a bare Lambda ARN), stage variables filled in, and a log group's name from
// its ARN (Live Tail events and access log settings carry ARNs). In-process: the AWS lookups are in the moto tests.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { logGroupNameFromArn } from '../../../client/src/logs/liveTail';
import {
  executionLogGroupName,
  lambdaFunctionName,
  substituteStageVariables,
} from '../../../client/src/logs/logGroups';
import { formatSeconds } from '../../../client/src/logs/tailSession';

const apiGatewayUri = (lambdaArn: string) =>
  `arn:aws:apigateway:eu-west-1:lambda:path/2015-03-31/functions/${lambdaArn}/invocations`;

describe('execution log groups', () => {
  test('API Gateway writes a stage’s execution logs to API-Gateway-Execution-Logs_{apiId}/{stage}', () => {
    assert.equal(executionLogGroupName('a1b2c3', 'prod'), 'API-Gateway-Execution-Logs_a1b2c3/prod');
  });
});

describe('the function behind a Lambda integration', () => {
  test('from the API Gateway URI and from a bare ARN, in any partition', () => {
    assert.equal(lambdaFunctionName(apiGatewayUri('arn:aws:lambda:eu-west-1:123456789012:function:orders')), 'orders');
    assert.equal(lambdaFunctionName('arn:aws:lambda:eu-west-1:123456789012:function:orders'), 'orders');
    assert.equal(lambdaFunctionName('arn:aws-us-gov:lambda:us-gov-west-1:123456789012:function:Gov_Fn-2'), 'Gov_Fn-2');
  });

  test('a version or alias is dropped: every version logs to the function’s group', () => {
    assert.equal(lambdaFunctionName('arn:aws:lambda:eu-west-1:123456789012:function:orders:42'), 'orders');
    assert.equal(
      lambdaFunctionName(apiGatewayUri('arn:aws:lambda:eu-west-1:123456789012:function:orders:live')),
      'orders',
    );
    assert.equal(lambdaFunctionName('arn:aws:lambda:eu-west-1:123456789012:function:orders:$LATEST'), 'orders');
  });

  test('names up to 140 characters; anything that is not a function ARN gives no name', () => {
    const longest = 'f'.repeat(140);
    assert.equal(lambdaFunctionName(`arn:aws:lambda:eu-west-1:123456789012:function:${longest}`), longest);
    assert.equal(lambdaFunctionName(`arn:aws:lambda:eu-west-1:123456789012:function:${longest}x`), undefined);
    for (const uri of [
      'https://example.com/function:orders',
      'arn:aws:lambda:eu-west-1:123456789012:layer:orders',
      'arn:aws:lambda:eu-west-1:123456789012:function:',
      'arn:aws:lambda:eu-west-1:123456789012:function:orders.v2',
      'arn:aws:lambda:eu-west-1:123456789012:function:orders:live:extra',
      apiGatewayUri('arn:aws:lambda:eu-west-1:123456789012:function:${stageVariables.fn}'),
    ])
      assert.equal(lambdaFunctionName(uri), undefined, uri);
  });

  test('stage variables are filled in, every one of them; unknown ones stay as written', () => {
    assert.equal(
      substituteStageVariables('function:${stageVariables.fnName}:${stageVariables.alias_1}/x/${stageVariables.none}', {
        fnName: 'orders',
        alias_1: 'live',
      }),
      'function:orders:live/x/${stageVariables.none}',
    );
    assert.equal(substituteStageVariables('${stageVariables.}', { '': 'x' }), '${stageVariables.}');
    assert.equal(substituteStageVariables('$stageVariables.fn', { fn: 'x' }), '$stageVariables.fn');
  });
});

describe('log group names from ARNs', () => {
  test('the name is what follows log-group:, without the trailing :*', () => {
    assert.equal(
      logGroupNameFromArn('arn:aws:logs:us-east-1:123456789012:log-group:/aws/lambda/fn:*'),
      '/aws/lambda/fn',
    );
    assert.equal(logGroupNameFromArn('arn:aws:logs:us-east-1:123456789012:log-group:/aws/lambda/fn'), '/aws/lambda/fn');
    assert.equal(
      logGroupNameFromArn('arn:aws-cn:logs:cn-north-1:123456789012:log-group:API-Gateway-Execution-Logs_a1/prod'),
      'API-Gateway-Execution-Logs_a1/prod',
    );
  });

  test('anything else is taken as a name already', () => {
    for (const value of [
      '/aws/lambda/fn',
      'arn:aws:s3:::bucket/log-group:x',
      'arn:aws:logs:us-east-1:123456789012:log-group:',
      'xarn:aws:logs:us-east-1:123456789012:log-group:g',
    ])
      assert.equal(logGroupNameFromArn(value), value);
  });
});

describe('seconds in notices', () => {
  test('retry delays are shown in seconds, to the hundredth', () => {
    assert.equal(formatSeconds(50), '0.05 s');
    assert.equal(formatSeconds(1000), '1 s');
    assert.equal(formatSeconds(1234), '1.23 s');
    assert.equal(formatSeconds(30_000), '30 s');
  });
});
