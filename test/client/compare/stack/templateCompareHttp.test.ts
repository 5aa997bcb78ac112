/**
 * SDK-level stub (moto has neither CloudFormation support for AWS::ApiGatewayV2::Api nor ExportApi): an HTTP API
 * written in a SAM AWS::Serverless::HttpApi, compared with an AWS-shaped ExportApi answer; and the stack calls'
 * errors (access denied, expired credentials) in words.
 */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { CloudFormationServiceException } from '@aws-sdk/client-cloudformation';
import type { AwsConnection } from '../../../../client/src/aws/connection';
import { awsErrorMessage } from '../../../../client/src/aws/errors';
import {
  compareTemplateWithStack,
  prepareTemplateComparison,
} from '../../../../client/src/compare/stack/templateCompare';
import { templateApis } from '../../../../client/src/compare/stack/templateApis';

const template = {
  Transform: 'AWS::Serverless-2016-10-31',
  Resources: {
    Orders: {
      Type: 'AWS::Serverless::HttpApi',
      Properties: {
        DefinitionBody: {
          openapi: '3.0.1',
          info: { title: 'orders', version: '1' },
          paths: {
            '/orders': {
              get: {
                'x-amazon-apigateway-integration': {
                  type: 'aws_proxy',
                  httpMethod: 'POST',
                  payloadFormatVersion: '2.0',
                  uri: { 'Fn::GetAtt': ['OrdersFunction', 'Arn'] },
                },
              },
            },
          },
        },
      },
    },
  },
};

/** A connection whose CloudFormation and API Gateway v2 clients are SDK-level stubs. */
function stubConnection(answer: (command: string, input: Record<string, unknown>) => unknown): AwsConnection {
  const client = {
    send: (command: { constructor: { name: string }; input: Record<string, unknown> }) =>
      Promise.resolve().then(() => answer(command.constructor.name, command.input)),
  };
  return {
    region: 'eu-west-1',
    profile: undefined,
    endpoint: undefined,
    credentials: () => Promise.resolve({ accessKeyId: 'a', secretAccessKey: 'b' }),
    cloudFormation: () => Promise.resolve(client),
    apiGatewayV2: () => Promise.resolve(client),
  } as unknown as AwsConnection;
}

const stack = {
  Stacks: [
    {
      StackName: 'orders',
      StackId: 'arn:aws:cloudformation:eu-west-1:111122223333:stack/orders/x',
      StackStatus: 'UPDATE_COMPLETE',
      Parameters: [],
    },
  ],
};
const resources = {
  StackResourceSummaries: [
    { LogicalResourceId: 'Orders', PhysicalResourceId: 'h77', ResourceType: 'AWS::ApiGatewayV2::Api' },
    { LogicalResourceId: 'OrdersFunction', PhysicalResourceId: 'orders-fn', ResourceType: 'AWS::Lambda::Function' },
  ],
};
const fnArn = 'arn:aws:lambda:eu-west-1:111122223333:function:orders-fn';

describe('Compare with Stack for an HTTP API (SDK-level stub: moto has no v2 CloudFormation or ExportApi)', () => {
  test("SAM's HttpApi is the stack's AWS::ApiGatewayV2::Api; its stage defaults to $default; ExportApi is compared", async () => {
    const calls: string[] = [];
    const conn = stubConnection((name, input) => {
      calls.push(name);
      if (name === 'DescribeStacksCommand') return stack;
      if (name === 'ListStackResourcesCommand') return resources;
      if (name === 'ListExportsCommand') return { Exports: [] };
      if (name === 'ExportApiCommand') {
        assert.deepEqual([input.ApiId, input.StageName, input.IncludeExtensions], ['h77', '$default', true]);
        const exported = {
          openapi: '3.0.1',
          info: { title: 'orders', version: '2026-11-28 12:00:00UTC' },
          servers: [{ url: 'https://h77.execute-api.eu-west-1.amazonaws.com/{basePath}' }],
          paths: {
            '/orders': {
              get: {
                'x-amazon-apigateway-integration': {
                  type: 'aws_proxy',
                  httpMethod: 'POST',
                  payloadFormatVersion: '2.0',
                  uri: fnArn,
                  connectionType: 'INTERNET',
                },
              },
            },
          },
        };
        return { body: new TextEncoder().encode(JSON.stringify(exported)) };
      }
      throw new Error(`unexpected ${name}`);
    });
    const [api] = templateApis(template);
    const prepared = await prepareTemplateComparison(conn, template, api, 'orders');
    assert.equal(prepared.stage, '$default');
    assert.deepEqual(prepared.api, { id: 'h77', type: 'HTTP', name: 'orders' });
    const comparison = await compareTemplateWithStack(conn, prepared, prepared.stage);
    assert.deepEqual(comparison.drift, []);
    assert.match(comparison.local, new RegExp(fnArn));
    assert.deepEqual(calls, [
      'DescribeStacksCommand',
      'ListStackResourcesCommand',
      'ListExportsCommand',
      'ExportApiCommand',
    ]);
  });

  test('access denied and expired credentials on the stack calls are said in words', async () => {
    const fail = (name: string, message: string) => () => {
      throw new CloudFormationServiceException({ name, $fault: 'client', $metadata: { httpStatusCode: 403 }, message });
    };
    const [api] = templateApis(template);
    const denied = await prepareTemplateComparison(
      stubConnection(
        fail(
          'AccessDenied',
          'User: arn:aws:iam::1:user/x is not authorized to perform: cloudformation:DescribeStacks on resource: arn:aws:cloudformation:eu-west-1:1:stack/orders/*',
        ),
      ),
      template,
      api,
      'orders',
    ).catch((e: unknown) => e);
    assert.match(
      awsErrorMessage(denied, { operation: 'DescribeStacks', action: 'cloudformation:DescribeStacks' }),
      /Access denied: .*"cloudformation:DescribeStacks"/,
    );
    const expired = await prepareTemplateComparison(
      stubConnection(fail('ExpiredToken', 'The security token included in the request is expired')),
      template,
      api,
      'orders',
    ).catch((e: unknown) => e);
    assert.match(awsErrorMessage(expired, { profile: 'dev' }), /credentials of profile "dev" have expired/);
  });
});
