/**
 * Comparing a template's API with its stack, against real moto stacks (CreateStack, DescribeStacks,
 * ListStacks, DescribeStackResource, ListStackResources) and, for SAM, the template the real SAM transform makes.
 * moto's CloudFormation creates an AWS::ApiGateway::RestApi without reading its `Body` (observed: the API has only
 * its root resource), and so cannot create the Deployment / Stage of such an API. Each test therefore puts into the
 * stack's own API the definition AWS would have imported, written out here by hand with the stack's physical names
 * (PutRestApi), and deploys the stage (CreateDeployment), as CloudFormation does on AWS.
 */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { CreateDeploymentCommand, PutRestApiCommand } from '@aws-sdk/client-api-gateway';
import { CreateStackCommand, DescribeStacksCommand } from '@aws-sdk/client-cloudformation';
import type { AwsConnection } from '../../../../client/src/aws/connection';
import { placeholder } from '../../../../client/src/compare/stack/intrinsicResolver';
import { findStacksWithResource, StackLookupError } from '../../../../client/src/compare/stack/stackLookup';
import {
  compareTemplateWithStack,
  prepareTemplateComparison,
} from '../../../../client/src/compare/stack/templateCompare';
import { templateApis } from '../../../../client/src/compare/stack/templateApis';
import { describeDrift } from '../../../../client/src/compare/operationDiff';
import { getLanguageService } from '../../../../server/src/service/languageService';
import { motoConnection } from '../../../support/moto';

const root = path.resolve(__dirname, '..', '..', '..', '..');
const service = getLanguageService({ host: {} });
/** Stack names of this run: the moto server may be shared with earlier runs. */
const run = Date.now().toString(36);

/** The template as the client gets it from the server (`apigw/templateJson`): intrinsics in long form. */
function templateJson(yaml: string): unknown {
  const doc = service.parseDocument('file:///work/template.yaml', 'yaml', 1, yaml);
  return JSON.parse(service.templateJson(doc)!.json);
}

async function createStack(conn: AwsConnection, name: string, template: unknown, parameters: Record<string, string>) {
  const cf = await conn.cloudFormation();
  await cf.send(
    new CreateStackCommand({
      StackName: name,
      TemplateBody: JSON.stringify(template),
      Parameters: Object.entries(parameters).map(([ParameterKey, ParameterValue]) => ({
        ParameterKey,
        ParameterValue,
      })),
      Capabilities: ['CAPABILITY_IAM'],
    }),
  );
  for (let i = 0; i < 40; i++) {
    const stack = (await cf.send(new DescribeStacksCommand({ StackName: name }))).Stacks![0];
    if (!stack.StackStatus!.endsWith('IN_PROGRESS')) return stack;
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`${name} did not finish`);
}

/** What CloudFormation does on AWS with the Body, which moto leaves out: import it, deploy the stage. */
async function importAndDeploy(conn: AwsConnection, restApiId: string, body: unknown, stageName: string) {
  const v1 = await conn.apiGateway();
  await v1.send(
    new PutRestApiCommand({ restApiId, mode: 'overwrite', body: new TextEncoder().encode(JSON.stringify(body)) }),
  );
  await v1.send(new CreateDeploymentCommand({ restApiId, stageName }));
}

const cfnTemplate = `AWSTemplateFormatVersion: '2010-09-09'
Parameters:
  Env: {Type: String, AllowedValues: [live, test]}
Conditions:
  IsLive: !Equals [!Ref Env, live]
Resources:
  PetsRole:
    Type: AWS::IAM::Role
    Properties:
      AssumeRolePolicyDocument: {Version: '2012-10-17', Statement: []}
  PetsFunction:
    Type: AWS::Lambda::Function
    Properties:
      Runtime: python3.12
      Handler: index.handler
      Role: !GetAtt PetsRole.Arn
      Code: {ZipFile: "def handler(e, c): return {'statusCode': 200}"}
  PetsApi:
    Type: AWS::ApiGateway::RestApi
    Properties:
      Name: cfn-pets
      Body:
        openapi: '3.0.1'
        info: {title: cfn-pets, version: '1', description: pets from a stack}
        paths:
          /pets:
            get:
              x-amazon-apigateway-integration:
                type: aws_proxy
                httpMethod: POST
                uri: !Sub arn:\${AWS::Partition}:apigateway:\${AWS::Region}:lambda:path/2015-03-31/functions/\${PetsFunction.Arn}/invocations
                credentials: !GetAtt [PetsRole, Arn]
                timeoutInMillis: !If [IsLive, 10000, 29000]
          /health:
            get:
              x-amazon-apigateway-integration:
                type: http_proxy
                httpMethod: GET
                uri: !Join ['', ['https://', !Ref 'AWS::StackName', '.example.com/', !GetAtt PetsRole.RoleId]]
`;

describe('Compare with Stack: a CloudFormation template against a real moto stack', () => {
  const aws = motoConnection();

  test('stack lookup, physical ids, parameters, the resolved intrinsics and the summary', async () => {
    const template = templateJson(cfnTemplate);
    const [api] = templateApis(template);
    assert.equal(api.logicalId, 'PetsApi');
    await createStack(aws.connection, `pets-live-${run}`, template, { Env: 'live' });
    await createStack(aws.connection, `unrelated-${run}`, { Resources: { Q: { Type: 'AWS::SQS::Queue' } } }, {});

    const found = await findStacksWithResource(aws.connection, 'PetsApi');
    assert.deepEqual(
      found.withResource.map((s) => [s.stackName, s.resource?.type]),
      [[`pets-live-${run}`, 'AWS::ApiGateway::RestApi']],
    );
    assert.ok(found.others.some((s) => s.stackName === `unrelated-${run}`));

    const prepared = await prepareTemplateComparison(aws.connection, template, api, `pets-live-${run}`);
    const fn = prepared.stack.resources.PetsFunction.physicalId;
    const role = prepared.stack.resources.PetsRole.physicalId;
    assert.equal(prepared.api.id, found.withResource[0].resource!.physicalId);
    assert.equal(prepared.stack.parameters.Env, 'live');
    assert.equal(prepared.stack.accountId, '123456789012');
    const lambdaUri = `arn:aws:apigateway:us-east-1:lambda:path/2015-03-31/functions/arn:aws:lambda:us-east-1:123456789012:function:${fn}/invocations`;
    const resolved = prepared.resolved as {
      paths: Record<string, { get: { 'x-amazon-apigateway-integration': Record<string, unknown> } }>;
    };
    assert.deepEqual(resolved.paths['/pets'].get['x-amazon-apigateway-integration'], {
      type: 'aws_proxy',
      httpMethod: 'POST',
      uri: lambdaUri,
      credentials: `arn:aws:iam::123456789012:role/${role}`,
      timeoutInMillis: 10000,
    });
    assert.equal(
      resolved.paths['/health'].get['x-amazon-apigateway-integration'].uri,
      `https://pets-live-${run}.example.com/${placeholder('Fn::GetAtt ["PetsRole","RoleId"]')}`,
    );
    assert.deepEqual(
      prepared.unresolved.map((u) => u.path),
      ['/paths/~1health/get/x-amazon-apigateway-integration/uri'],
    );
    assert.equal(prepared.stage, undefined, 'a CloudFormation RestApi names no stage: the user picks one');

    // The stage runs /pets as written and /orders that the template does not have.
    await importAndDeploy(
      aws.connection,
      prepared.api.id,
      {
        openapi: '3.0.1',
        info: { title: 'cfn-pets', version: '1', description: 'pets from a stack' },
        paths: {
          '/pets': {
            get: {
              'x-amazon-apigateway-integration': { type: 'aws_proxy', httpMethod: 'POST', uri: lambdaUri },
            },
          },
          '/orders': {
            get: {
              'x-amazon-apigateway-integration': {
                type: 'http_proxy',
                httpMethod: 'GET',
                uri: 'https://example.com/o',
              },
            },
          },
        },
      },
      'live',
    );
    const comparison = await compareTemplateWithStack(aws.connection, prepared, 'live');
    assert.deepEqual(
      comparison.drift.map((d) => [d.operation, d.change]),
      [
        ['GET /health', 'added'],
        ['GET /orders', 'removed'],
        ['GET /pets', 'changed'],
      ],
    );
    assert.ok(comparison.notes.some((n) => /1 value could not be resolved/.test(n)));
    assert.ok(
      comparison.notes.some((n) => /no x-amazon-apigateway-integration/.test(n)),
      'moto exports paths only',
    );
    assert.match(comparison.local, /example.com\/«unresolved: Fn::GetAtt/);
    assert.match(describeDrift(comparison.drift), /− GET \/orders \(only on the stage\)/);
  });

  test('a stack without the API resource, and a stack that does not exist, get clear errors', async () => {
    const template = templateJson(cfnTemplate);
    const [api] = templateApis(template);
    await assert.rejects(
      prepareTemplateComparison(aws.connection, template, api, `unrelated-${run}`),
      (e: unknown) => e instanceof StackLookupError && /has no resource PetsApi/.test(e.message),
    );
    await assert.rejects(
      prepareTemplateComparison(aws.connection, template, api, 'never-made'),
      (e: unknown) => (e as Error).name === 'ValidationError' && /does not exist/.test((e as Error).message),
    );
  });
});

const samTemplate = `AWSTemplateFormatVersion: '2010-09-09'
Transform: AWS::Serverless-2016-10-31
Parameters:
  StageParam: {Type: String, Default: beta}
Resources:
  SamPetsApi:
    Type: AWS::Serverless::Api
    Properties:
      Name: sam-pets
      StageName: !Ref StageParam
      DefinitionBody:
        openapi: '3.0.1'
        info: {title: sam-pets, version: '1', description: pets from SAM}
        paths:
          /pets:
            get:
              x-amazon-apigateway-integration:
                type: aws_proxy
                httpMethod: POST
                uri: !Sub arn:aws:apigateway:\${AWS::Region}:lambda:path/2015-03-31/functions/\${PetsFunction.Arn}/invocations
  PetsFunction:
    Type: AWS::Serverless::Function
    Properties:
      Runtime: python3.12
      Handler: index.handler
      InlineCode: "def handler(e, c): return {'statusCode': 200}"
`;

describe('Compare with Stack: a SAM template, transformed by the real SAM translator, deployed to moto', () => {
  const aws = motoConnection();

  test("SAM's logical id finds the generated RestApi, StageName gives the stage, the function's ARN is resolved", async () => {
    const python = execFileSync(process.execPath, [path.join(root, 'scripts', 'ensure-sam-translator.mjs')], {
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'inherit'],
    }).trim();
    const transformed = JSON.parse(
      execFileSync(python, [path.join(__dirname, 'samToCloudFormation.py')], {
        input: samTemplate,
        encoding: 'utf8',
        stdio: ['pipe', 'pipe', 'ignore'],
      }),
    ) as { Resources: Record<string, { Type: string }> };
    assert.equal(transformed.Resources.SamPetsApi.Type, 'AWS::ApiGateway::RestApi');
    // moto cannot deploy a RestApi whose Body it ignored: the Deployment and Stage are made below instead.
    for (const [id, r] of Object.entries(transformed.Resources))
      if (r.Type === 'AWS::ApiGateway::Deployment' || r.Type === 'AWS::ApiGateway::Stage')
        delete transformed.Resources[id];
    await createStack(aws.connection, `sam-pets-${run}`, transformed, { StageParam: 'gamma' });

    const template = templateJson(samTemplate);
    const [api] = templateApis(template);
    assert.equal(api.resourceType, 'AWS::Serverless::Api');
    const prepared = await prepareTemplateComparison(aws.connection, template, api, `sam-pets-${run}`);
    assert.equal(prepared.stage, 'gamma', "SAM's StageName, resolved from the stack's parameter");
    assert.equal(prepared.stack.resources.SamPetsApi.physicalId, prepared.api.id);
    const fn = prepared.stack.resources.PetsFunction.physicalId;
    const uri = `arn:aws:apigateway:us-east-1:lambda:path/2015-03-31/functions/arn:aws:lambda:us-east-1:123456789012:function:${fn}/invocations`;
    assert.deepEqual(prepared.unresolved, []);
    assert.ok(prepared.notes.some((n) => /SAM adds to DefinitionBody/.test(n)));

    await importAndDeploy(
      aws.connection,
      prepared.api.id,
      {
        openapi: '3.0.1',
        info: { title: `sam-pets-${run}`, version: '1', description: 'pets from SAM' },
        paths: {
          '/pets': { get: { 'x-amazon-apigateway-integration': { type: 'aws_proxy', httpMethod: 'POST', uri } } },
        },
      },
      'gamma',
    );
    const comparison = await compareTemplateWithStack(aws.connection, prepared, 'gamma');
    // moto's export has no integrations; the operation set is the same.
    assert.deepEqual(
      comparison.drift.map((d) => [d.operation, d.change]),
      [['GET /pets', 'changed']],
    );
    assert.match(comparison.local, new RegExp(`function:${fn}/invocations`));
  });
});
