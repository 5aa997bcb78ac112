/**
 * Deploy Stage of a standalone definition written with intrinsics (for AWS::Include): resolved from a real moto
 * stack, then imported and deployed to moto, whose integration then holds the resolved Lambda URI.
 */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { GetIntegrationCommand, GetResourcesCommand } from '@aws-sdk/client-api-gateway';
import { CreateStackCommand, DescribeStackResourceCommand } from '@aws-sdk/client-cloudformation';
import { deployDefinition } from '../../../client/src/deploy/deployCore';
import { DeployRefusedError } from '../../../client/src/deploy/deployBody';
import { resolveDefinitionFromStack } from '../../../client/src/deploy/resolveFromStack';
import { getLanguageService } from '../../../server/src/service/languageService';
import { motoConnection } from '../../support/moto';

const service = getLanguageService({ host: {} });
const run = Date.now().toString(36);

const definition = (extra = '') => `openapi: '3.0.1'
info: {title: included-${run}, version: '1', description: written for AWS::Include}
paths:
  /pets:
    get:
      x-amazon-apigateway-integration:
        type: aws_proxy
        httpMethod: POST
        uri: !Sub arn:\${AWS::Partition}:apigateway:\${AWS::Region}:lambda:path/2015-03-31/functions/\${PetsFunction.Arn}/invocations
${extra}`;

/** The definition as the server hands it to a deploy (`apigw/definitionJson`), intrinsics in long form. */
function read(text: string) {
  const result = service.definitionJson(service.parseDocument('file:///w/api.yaml', 'yaml', 1, text))!;
  assert.ok(result.intrinsics.length > 0 && result.longFormJson);
  return JSON.parse(result.longFormJson) as unknown;
}

describe('Deploy Stage: intrinsics resolved from a real moto stack', () => {
  const aws = motoConnection();
  const stackName = `include-${run}`;

  test('the resolved definition is imported, and the stage runs the function of the stack', async () => {
    const cf = await aws.connection.cloudFormation();
    await cf.send(
      new CreateStackCommand({
        StackName: stackName,
        TemplateBody: JSON.stringify({
          Resources: {
            Role: {
              Type: 'AWS::IAM::Role',
              Properties: { AssumeRolePolicyDocument: { Version: '2012-10-17', Statement: [] } },
            },
            PetsFunction: {
              Type: 'AWS::Lambda::Function',
              Properties: {
                Runtime: 'python3.12',
                Handler: 'index.handler',
                Role: { 'Fn::GetAtt': ['Role', 'Arn'] },
                Code: { ZipFile: "def handler(e, c): return {'statusCode': 200}" },
              },
            },
          },
        }),
      }),
    );
    const fn = (
      await cf.send(new DescribeStackResourceCommand({ StackName: stackName, LogicalResourceId: 'PetsFunction' }))
    ).StackResourceDetail!.PhysicalResourceId!;
    const resolved = await resolveDefinitionFromStack(aws.connection, read(definition()), stackName);
    const uri = `arn:aws:apigateway:us-east-1:lambda:path/2015-03-31/functions/arn:aws:lambda:us-east-1:123456789012:function:${fn}/invocations`;
    assert.match(resolved.body, new RegExp(uri.replace(/[/.]/g, '\\$&')));

    const deployed = await deployDefinition(aws.connection, { body: resolved.body, apiType: 'REST', stage: 'dev' });
    const v1 = await aws.connection.apiGateway();
    const pets = (await v1.send(new GetResourcesCommand({ restApiId: deployed.apiId }))).items!.find(
      (r) => r.path === '/pets',
    )!;
    const integration = await v1.send(
      new GetIntegrationCommand({ restApiId: deployed.apiId, resourceId: pets.id!, httpMethod: 'GET' }),
    );
    assert.equal(integration.uri, uri);
  });

  test('what the stack cannot tell refuses the deploy, naming it', async () => {
    const text = definition(`        credentials: !ImportValue shared-role\n`);
    await assert.rejects(
      resolveDefinitionFromStack(aws.connection, read(text), stackName),
      (e: unknown) =>
        e instanceof DeployRefusedError &&
        /does not tell one value .*Fn::ImportValue shared-role at \/paths\/~1pets\/get\/x-amazon-apigateway-integration\/credentials/.test(
          e.message,
        ),
    );
  });
});
