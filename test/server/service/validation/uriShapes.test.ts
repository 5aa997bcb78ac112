/**
 * The shapes of integration and authorizer URIs (on text whose `${...}` placeholders are masked as §), with AWS's
 * own examples and the near misses a user writes.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import {
  awsServiceArn,
  httpUrl,
  isOnlyPlaceholder,
  lambdaFunctionArn,
  lambdaInvocation,
  privateIntegrationArn,
  urlPort,
} from '../../../../server/src/service/validation/uriShapes';

const matching = (re: RegExp, texts: string[]) => texts.filter((t) => re.test(t));

describe('URI shapes', () => {
  test('Lambda invocation URIs', () => {
    const good = [
      'arn:aws:apigateway:us-east-1:lambda:path/2015-03-31/functions/arn:aws:lambda:us-east-1:123456789012:function:fn/invocations',
      'arn:aws:apigateway:us-east-1:lambda:path/2021-11-15/functions/arn:aws:lambda:us-east-1:123456789012:function:fn/response-streaming-invocations',
      'arn:aws:apigateway:§:lambda:path/§/functions/§/§',
    ];
    assert.deepEqual(matching(lambdaInvocation, good), good);
    assert.deepEqual(
      matching(lambdaInvocation, [
        'arn:aws:apigateway:us-east-1:lambda:path/2015-03-31/functions/arn:aws:lambda:us-east-1:1:function:fn',
        'arn:aws:apigateway:us-east-1:lambda:path/15-03-31/functions/fn/invocations',
      ]),
      [],
    );
  });

  test('Lambda function ARNs, with an alias or version', () => {
    const good = [
      'arn:aws:lambda:us-east-1:123456789012:function:my-fn_1',
      'arn:aws:lambda:us-east-1:123456789012:function:my-fn:live',
      'arn:aws:lambda:us-east-1:123456789012:function:my-fn:42',
      'arn:aws:lambda:us-east-1:123456789012:function:my-fn:$LATEST',
      'arn:aws:lambda:§:§:function:§',
    ];
    assert.deepEqual(matching(lambdaFunctionArn, good), good);
    assert.deepEqual(
      matching(lambdaFunctionArn, [
        ' arn:aws:lambda:us-east-1:123456789012:function:fn',
        'arn:aws:lambda:us-east-1:123456789012:function:my fn',
        'arn:aws:lambda:us-east-1:123456789012:function:fn:',
        'arn:aws:lambda:us-east-1:123456789012:function:fn:li ve',
        'arn:aws:lambda:us-east-1:123456789012:function:fn:a:b',
        'arn:aws:lambda:us-east-1:123456789012:function:',
      ]),
      [],
    );
  });

  test('AWS service integration ARNs', () => {
    const good = [
      'arn:aws:apigateway:us-east-1:s3:path/bucket/key',
      'arn:aws:apigateway:us-east-1:sqs:action/SendMessage',
      'arn:aws:apigateway:us-east-1:s3:§',
      'arn:aws:apigateway:us-east-1:s3:§/more',
    ];
    assert.deepEqual(matching(awsServiceArn, good), good);
    assert.deepEqual(
      matching(awsServiceArn, [
        'x arn:aws:apigateway:us-east-1:s3:path/bucket',
        'arn:aws:apigateway:us-east-1:s3:path/',
        'arn:aws:apigateway:us-east-1:s3:path/a\nb',
        'arn:aws:apigateway:us-east-1:s3:§\nb',
        'arn:aws:apigateway:us-east-1:s3:bucket/key',
      ]),
      [],
    );
  });

  test('http(s) URLs', () => {
    const good = ['https://example.com', 'http://example.com/a?b=c#d', 'HTTPS://EXAMPLE.COM:8443/x', 'https://a'];
    assert.deepEqual(matching(httpUrl, good), good);
    assert.deepEqual(
      matching(httpUrl, [' https://example.com', 'https://example.com/a b', 'https:///path', 'ftp://example.com']),
      [],
    );
  });

  test('private integration targets: load balancer listeners and Cloud Map services', () => {
    const good = [
      'arn:aws:elasticloadbalancing:us-east-1:123456789012:listener/net/my-nlb/1234567890123456/1234567890123456',
      'arn:aws:elasticloadbalancing:us-east-1::listener/app/alb/1/2',
      'arn:aws:servicediscovery:us-east-1:123456789012:service/srv-abcdef',
      'arn:aws-cn:servicediscovery:cn-north-1::service/srv-1',
    ];
    assert.deepEqual(matching(privateIntegrationArn, good), good);
    assert.deepEqual(
      matching(privateIntegrationArn, [
        ' arn:aws:elasticloadbalancing:us-east-1:123456789012:listener/net/x',
        'arn::elasticloadbalancing:us-east-1:123456789012:listener/net/x',
        'arn:aws:elasticloadbalancing::123456789012:listener/net/x',
        'arn:aws:elasticloadbalancing:us-east-1:123456789012:listener/',
        'arn:aws:elasticloadbalancing:us-east-1:123456789012:listener/net/x\ny',
        'arn:aws:elasticloadbalancing:us-east-1:123456789012:loadbalancer/net/x',
        'arn:aws:servicediscovery::123456789012:service/srv-1',
        'arn:aws:servicediscovery:us-east-1:123456789012:service/',
        'arn:aws:servicediscovery:us-east-1:123456789012:service/srv\n1',
        'arn:aws:servicediscovery:us-east-1:123456789012:namespace/ns-1',
      ]),
      [],
    );
  });
});

describe('isOnlyPlaceholder', () => {
  test('placeholders and blanks only', () => {
    assert.equal(isOnlyPlaceholder('§'), true);
    assert.equal(isOnlyPlaceholder(' § § '), true);
    assert.equal(isOnlyPlaceholder(''), true);
    assert.equal(isOnlyPlaceholder('§/path'), false);
    assert.equal(isOnlyPlaceholder('https://§'), false);
  });
});

describe('urlPort', () => {
  test('the port written after the host', () => {
    assert.equal(urlPort('https://example.com:8443/x'), 8443);
    assert.equal(urlPort('HTTP://example.com:80'), 80);
    assert.equal(urlPort('https://example.com/x'), undefined);
    assert.equal(urlPort('https://example.com/x?next=http://other:8080'), undefined);
    assert.equal(urlPort('§:8080'), undefined);
  });
});
