import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { CreateDeploymentCommand, PutRestApiCommand } from '@aws-sdk/client-api-gateway';
import { CreateStackCommand, DescribeStackResourceCommand } from '@aws-sdk/client-cloudformation';
import type { AwsConnection } from '../../../../client/src/aws/connection';
import type { Comparison } from '../../../../client/src/compare/compareCore';
import { connectToTestEmulator, openFixture, screenshot, waitFor } from '../../../editor/suite/helpers';

/**
 * The SAM template sam-stack.yaml against its stack in moto. moto has no SAM transform, so the stack is made from
 * the CloudFormation the transform gives for it (the RestApi keeps the SAM logical id, the function its own; the
 * moto test runs the real translator), and moto's CloudFormation ignores a RestApi's Body: the suite imports the
 * definition AWS would have (with the function's physical name and one route more) and deploys the stage.
 */
suite('Compare with Stack (a SAM template against its moto stack)', () => {
  const stackName = `sam-stack-${Date.now().toString(36)}`;
  let seed: AwsConnection;

  suiteSetup(async () => {
    seed = (await connectToTestEmulator()).seed;
    const cf = await seed.cloudFormation();
    await cf.send(
      new CreateStackCommand({
        StackName: stackName,
        Parameters: [{ ParameterKey: 'StageName', ParameterValue: 'prod' }],
        TemplateBody: JSON.stringify({
          Parameters: { StageName: { Type: 'String' } },
          Resources: {
            PetsFunctionRole: {
              Type: 'AWS::IAM::Role',
              Properties: { AssumeRolePolicyDocument: { Version: '2012-10-17', Statement: [] } },
            },
            PetsFunction: {
              Type: 'AWS::Lambda::Function',
              Properties: {
                Runtime: 'python3.12',
                Handler: 'index.handler',
                Role: { 'Fn::GetAtt': ['PetsFunctionRole', 'Arn'] },
                Code: { ZipFile: "def handler(event, context): return {'statusCode': 200}" },
              },
            },
            PetsApi: { Type: 'AWS::ApiGateway::RestApi', Properties: { Name: 'sam-stack-pets' } },
          },
        }),
      }),
    );
    const resource = async (id: string) =>
      (await cf.send(new DescribeStackResourceCommand({ StackName: stackName, LogicalResourceId: id })))
        .StackResourceDetail!.PhysicalResourceId!;
    const restApiId = await resource('PetsApi');
    const fn = await resource('PetsFunction');
    const uri = `arn:aws:apigateway:us-east-1:lambda:path/2015-03-31/functions/arn:aws:lambda:us-east-1:123456789012:function:${fn}/invocations`;
    const integration = { type: 'aws_proxy', httpMethod: 'POST', uri };
    const ok = { '200': { description: 'ok' } };
    const body = {
      openapi: '3.0.1',
      info: { title: 'sam-stack-pets', version: '1', description: 'Pets, from a SAM template' },
      paths: {
        '/pets': { get: { responses: ok, 'x-amazon-apigateway-integration': integration } },
        '/pets/{id}': { get: { responses: ok, 'x-amazon-apigateway-integration': integration } },
        '/admin': { get: { responses: ok, 'x-amazon-apigateway-integration': integration } },
      },
    };
    const v1 = await seed.apiGateway();
    await v1.send(
      new PutRestApiCommand({ restApiId, mode: 'overwrite', body: new TextEncoder().encode(JSON.stringify(body)) }),
    );
    await v1.send(new CreateDeploymentCommand({ restApiId, stageName: 'prod' }));
  });

  suiteTeardown(async () => {
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    seed?.dispose();
  });

  test('the lens on the SAM API finds the stack, resolves the intrinsics and opens the diff with the summary', async () => {
    const editor = await openFixture('sam-stack.yaml');
    const lens = await waitFor(
      async () =>
        (
          await vscode.commands.executeCommand<vscode.CodeLens[]>('vscode.executeCodeLensProvider', editor.document.uri)
        )?.find((l) => l.command?.title.includes('Compare with Stack')),
      20_000,
      'the Compare with Stack lens',
    );
    const comparison = await vscode.commands.executeCommand<Comparison>(
      lens.command!.command,
      ...(lens.command!.arguments ?? []),
    );
    assert.ok(comparison, 'the command returns the comparison');
    assert.deepEqual(
      comparison.drift.map((d) => [d.operation, d.change]),
      [
        ['GET /admin', 'removed'],
        ['GET /pets', 'changed'],
        ['GET /pets/{id}', 'changed'],
      ],
    );
    assert.deepEqual(
      comparison.unresolved.map((u) => u.expression),
      ['Fn::ImportValue shared-invoke-role'],
    );
    assert.match(comparison.local, /function:sam-stack-[a-z0-9]+-PetsFunction-[A-Z0-9]+\/invocations/);
    const diffTab = await waitFor(
      () => vscode.window.tabGroups.all.flatMap((g) => g.tabs).find((t) => t.input instanceof vscode.TabInputTextDiff),
      10_000,
      'a diff editor',
    );
    assert.match(diffTab.label, /sam-stack\.yaml PetsApi ↔ sam-stack-pets \(prod\)/);
    // Show the placeholder of the unresolved Fn::ImportValue in the screenshot.
    const local = await waitFor(
      () => vscode.window.visibleTextEditors.find((e) => e.document.getText().includes('«unresolved')),
      10_000,
      'the normalized template side of the diff',
    );
    const at = local.document.positionAt(local.document.getText().indexOf('«unresolved'));
    local.revealRange(new vscode.Range(at, at), vscode.TextEditorRevealType.InCenter);
    await new Promise((r) => setTimeout(r, 800));
    await screenshot('compare-with-stack-sam');
  });
});
