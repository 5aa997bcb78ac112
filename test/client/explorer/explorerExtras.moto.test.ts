import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import {
  CreateApiKeyCommand,
  CreateDeploymentCommand,
  CreateRestApiCommand,
  CreateStageCommand,
  CreateUsagePlanCommand,
  CreateUsagePlanKeyCommand,
  CreateVpcLinkCommand,
  GetResourcesCommand,
  PutIntegrationCommand,
  PutMethodCommand,
} from '@aws-sdk/client-api-gateway';
import {
  CreateApiCommand,
  CreateApiMappingCommand,
  CreateDomainNameCommand,
  CreateVpcLinkCommand as CreateV2VpcLinkCommand,
} from '@aws-sdk/client-apigatewayv2';
import { apiKeyValue, flushStageCache } from '../../../client/src/aws/regionResources';
import { describeNode, loadChildren, type ExplorerNode } from '../../../client/src/explorer/treeModel';
import { motoConnection } from '../../support/moto';

const label = (n: ExplorerNode) => describeNode(n).label;

describe('the rest of a stage and of the region in the tree, against moto', () => {
  const aws = motoConnection();
  const child = async (parent: ExplorerNode | undefined, name: string) => {
    const found = (await loadChildren(aws.connection, parent)).find((n) => label(n) === name);
    assert.ok(found, `${name} under ${parent ? label(parent) : 'the root'}`);
    return found;
  };

  test('a REST stage shows its variables, cache, canary, tracing, WAF and usage plans with masked keys', async () => {
    const v1 = await aws.connection.apiGateway();
    const api = await v1.send(new CreateRestApiCommand({ name: 'extras-pets' }));
    const root = (await v1.send(new GetResourcesCommand({ restApiId: api.id! }))).items![0];
    await v1.send(
      new PutMethodCommand({ restApiId: api.id!, resourceId: root.id!, httpMethod: 'GET', authorizationType: 'NONE' }),
    );
    await v1.send(
      new PutIntegrationCommand({ restApiId: api.id!, resourceId: root.id!, httpMethod: 'GET', type: 'MOCK' }),
    );
    const deployment = await v1.send(new CreateDeploymentCommand({ restApiId: api.id!, stageName: 'dev' }));
    await v1.send(
      new CreateStageCommand({
        restApiId: api.id!,
        stageName: 'live',
        deploymentId: deployment.id!,
        variables: { backend: 'blue' },
        cacheClusterEnabled: true,
        cacheClusterSize: '0.5',
        tracingEnabled: true,
        canarySettings: { percentTraffic: 10, deploymentId: deployment.id! },
      }),
    );
    const plan = await v1.send(
      new CreateUsagePlanCommand({
        name: 'gold',
        apiStages: [{ apiId: api.id!, stage: 'live' }],
        throttle: { rateLimit: 10, burstLimit: 20 },
        quota: { limit: 1000, period: 'DAY' },
      }),
    );
    const key = await v1.send(new CreateApiKeyCommand({ name: 'partner', enabled: true }));
    await v1.send(new CreateUsagePlanKeyCommand({ usagePlanId: plan.id!, keyId: key.id!, keyType: 'API_KEY' }));

    const stage = await child(await child(await child(undefined, 'extras-pets'), 'Stages'), 'live');
    assert.equal(describeNode(stage).collapsible, true);
    const facts = await loadChildren(aws.connection, stage);
    assert.deepEqual(
      facts.map((n) => [label(n), describeNode(n).description]),
      [
        ['Stage variables', '1'],
        ['Cache', '0.5 GB · AVAILABLE'],
        // moto does not keep canarySettings (AWS does): the canary's own display is checked below without it.
        ['Canary', 'none'],
        ['X-Ray tracing', 'on'],
        ['WAF web ACL', 'none'],
        ['Usage plans', undefined],
      ],
    );
    assert.deepEqual(
      (await loadChildren(aws.connection, facts[0])).map((n) => [label(n), describeNode(n).description]),
      [['backend', 'blue']],
    );
    assert.equal(describeNode(facts[1]).contextValue, 'stageCache.on', 'the cache offers Flush Stage Cache');
    const gold = await child(facts[5], 'gold');
    assert.equal(describeNode(gold).description, 'throttle 10 rps / 20 burst · quota 1000/day');
    const [keyNode] = await loadChildren(aws.connection, gold);
    assert.equal(label(keyNode), 'partner');
    assert.match(describeNode(keyNode).description!, /••••/);
    assert.ok(!JSON.stringify(keyNode).includes(key.value!), 'the key value is not in the tree');
    assert.equal(await apiKeyValue(aws.connection, key.id!), key.value, 'the value is read only on request');
    // A stage no plan covers says so.
    const dev = await child(await child(await child(undefined, 'extras-pets'), 'Stages'), 'dev');
    const devPlans = (await loadChildren(aws.connection, dev)).find((n) => label(n) === 'Usage plans')!;
    assert.deepEqual((await loadChildren(aws.connection, devPlans)).map(label), ['No usage plan covers this stage']);
  });

  test('custom domain names with TLS policy, mutual TLS and API mappings; VPC links of both kinds with status', async () => {
    const v2 = await aws.connection.apiGatewayV2();
    const http = await v2.send(new CreateApiCommand({ Name: 'extras-http', ProtocolType: 'HTTP' }));
    await v2.send(
      new CreateDomainNameCommand({
        DomainName: 'api.example.com',
        DomainNameConfigurations: [
          {
            CertificateArn: 'arn:aws:acm:us-east-1:123456789012:certificate/x',
            EndpointType: 'REGIONAL',
            SecurityPolicy: 'TLS_1_2',
          },
        ],
        MutualTlsAuthentication: { TruststoreUri: 's3://bucket/truststore.pem', TruststoreVersion: '3' },
      }),
    );
    await v2.send(
      new CreateApiMappingCommand({
        DomainName: 'api.example.com',
        ApiId: http.ApiId!,
        Stage: '$default',
        ApiMappingKey: 'v1',
      }),
    );
    await (
      await aws.connection.apiGateway()
    ).send(
      new CreateVpcLinkCommand({
        name: 'nlb-link',
        targetArns: ['arn:aws:elasticloadbalancing:us-east-1:123456789012:loadbalancer/net/n/1'],
      }),
    );
    await v2.send(new CreateV2VpcLinkCommand({ Name: 'subnets-link', SubnetIds: ['subnet-1'] }));

    const domains = await child(undefined, 'Custom domain names');
    const domain = await child(domains, 'api.example.com');
    assert.equal(describeNode(domain).description, 'REGIONAL · TLS_1_2 · mutual TLS');
    assert.match(describeNode(domain).tooltip!, /Truststore: s3:\/\/bucket\/truststore\.pem \(version 3\)/);
    assert.deepEqual(
      (await loadChildren(aws.connection, domain)).map((n) => [label(n), describeNode(n).description]),
      [['/v1', `→ ${http.ApiId} · $default`]],
    );
    const links = await loadChildren(aws.connection, await child(undefined, 'VPC links'));
    assert.deepEqual(
      links.map((n) => [label(n), describeNode(n).description]),
      [
        ['nlb-link', 'v1 · AVAILABLE'],
        ['subnets-link', 'v2 · AVAILABLE'],
      ],
    );
  });

  test('a canary release shows its share, deployment and overrides', async () => {
    const api = { id: 'a1', name: 'p', type: 'REST' as const };
    const stage: ExplorerNode = {
      kind: 'stage',
      id: 's',
      apiId: 'a1',
      apiType: 'REST',
      stage: 'prod',
      api,
      details: {
        name: 'prod',
        canary: {
          percentTraffic: 5,
          deploymentId: 'd2',
          stageVariableOverrides: { backend: 'green' },
          useStageCache: true,
        },
      },
    };
    const canary = (await loadChildren(aws.connection, stage)).find((n) => label(n) === 'Canary')!;
    assert.equal(describeNode(canary).description, '5% to deployment d2');
    assert.equal(
      describeNode(canary).tooltip,
      '5% of requests go to deployment d2\nUses the stage cache\nbackend = green (override)',
    );
  });

  test('Flush Stage Cache asks API Gateway (SDK stub: moto does not implement FlushStageCache)', async () => {
    const calls: unknown[] = [];
    const stubbed = {
      ...aws.connection,
      apiGateway: async () => ({ send: async (command: { input: unknown }) => (calls.push(command.input), {}) }),
    } as unknown as typeof aws.connection;
    await flushStageCache(stubbed, 'abc', 'live');
    assert.deepEqual(calls, [{ restApiId: 'abc', stageName: 'live' }]);
  });
});
