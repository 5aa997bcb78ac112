import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { compareWithDeployed } from '../../../client/src/compare/compareCore';
import { deployDefinition } from '../../../client/src/deploy/deployCore';
import { ExportError } from '../../../client/src/explorer/exportDefinition';
import { motoConnection } from '../../support/moto';

const definition = {
  openapi: '3.0.1',
  info: { title: 'Compared', description: 'x', version: '1' },
  paths: {
    '/pets': {
      get: {
        responses: { '200': { description: 'ok' } },
        'x-amazon-apigateway-integration': { type: 'http_proxy', httpMethod: 'GET', uri: 'https://example.com/pets' },
      },
    },
  },
};

describe('compare with deployed, against moto', () => {
  const aws = motoConnection();

  test('a REST stage is exported (GetExport) and compared; an export without integrations is said', async () => {
    const deployed = await deployDefinition(aws.connection, {
      body: JSON.stringify(definition),
      apiType: 'REST',
      stage: 'dev',
    });
    const withExtra = { ...definition, paths: { ...definition.paths, '/new': definition.paths['/pets'] } };
    const result = await compareWithDeployed(aws.connection, withExtra, { id: deployed.apiId, type: 'REST' }, 'dev');
    assert.ok(
      result.drift.some((d) => d.operation === 'GET /new' && d.change === 'added'),
      JSON.stringify(result.drift),
    );
    assert.ok(
      result.drift.some((d) => d.operation === 'GET /pets' && d.change === 'changed'),
      'moto exports no integrations: the operation differs',
    );
    assert.ok(result.notes.some((n) => n.includes('no x-amazon-apigateway-integration')));
  });

  test('an HTTP API on an endpoint without ExportApi gets a clear error', async () => {
    const deployed = await deployDefinition(aws.connection, {
      body: JSON.stringify(definition),
      apiType: 'HTTP',
      stage: 'dev',
      newApiName: 'Compared HTTP',
    });
    await assert.rejects(
      compareWithDeployed(aws.connection, definition, { id: deployed.apiId, type: 'HTTP' }, 'dev'),
      (e: unknown) => e instanceof ExportError && /ExportApi/.test(e.message),
    );
  });
});
