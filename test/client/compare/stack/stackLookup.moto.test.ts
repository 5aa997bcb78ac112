/**
 * What readStack gathers for resolving intrinsics, against a real moto CloudFormation: another stack's export
 * (ListExports) resolves `Fn::ImportValue` in a template compared with its own stack.
 */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { CreateStackCommand, DescribeStacksCommand } from '@aws-sdk/client-cloudformation';
import type { AwsConnection } from '../../../../client/src/aws/connection';
import { resolveIntrinsics } from '../../../../client/src/compare/stack/intrinsicResolver';
import { readStack } from '../../../../client/src/compare/stack/stackLookup';
import { motoConnection } from '../../../support/moto';

/** Names of this run: the moto server may be shared with earlier runs. */
const run = Date.now().toString(36);

async function createStack(conn: AwsConnection, name: string, template: unknown) {
  const cf = await conn.cloudFormation();
  await cf.send(new CreateStackCommand({ StackName: name, TemplateBody: JSON.stringify(template) }));
  for (let i = 0; i < 40; i++) {
    const stack = (await cf.send(new DescribeStacksCommand({ StackName: name }))).Stacks![0];
    if (!stack.StackStatus!.endsWith('IN_PROGRESS')) return stack;
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`${name} did not finish`);
}

describe("a stack's facts: the region's exports for Fn::ImportValue", () => {
  const aws = motoConnection();

  test('an export of another stack resolves the import; one that nobody exports is named as such', async () => {
    await createStack(aws.connection, `shared-${run}`, {
      Resources: { Queue: { Type: 'AWS::SQS::Queue' } },
      Outputs: {
        Endpoint: { Value: 'https://backend.example.com', Export: { Name: `shared-${run}-Endpoint` } },
      },
    });
    await createStack(aws.connection, `api-${run}`, { Resources: { Topic: { Type: 'AWS::SNS::Topic' } } });

    const facts = await readStack(aws.connection, `api-${run}`);
    assert.equal(facts.exports?.[`shared-${run}-Endpoint`], 'https://backend.example.com');
    const { value, unresolved } = resolveIntrinsics(
      {
        uri: { 'Fn::ImportValue': `shared-${run}-Endpoint` },
        other: { 'Fn::ImportValue': `nobody-${run}` },
      },
      facts,
    );
    assert.equal((value as { uri: string }).uri, 'https://backend.example.com');
    assert.deepEqual(
      unresolved.map((u) => u.reason),
      [`no stack in us-east-1 exports nobody-${run}`],
    );
  });
});
