// APIs that a CloudFormation template builds from resources (no definition body), served by the local gateway:
// a REST API from Resource / Method / RequestValidator / Model / GatewayResponse / Stage, and an HTTP API from
// Route / Integration, over real HTTP.
import assert from 'node:assert/strict';
import path from 'node:path';
import { describe, it } from 'node:test';
import { startGateway } from '../../../server/src/gateway';
import { call, fixtures, startUpstream } from './support';

const template = path.join(fixtures, 'cfn-resources.yaml');

describe('APIs built from CloudFormation resources', () => {
  it('serves the REST API with its resource paths, stage, validator, model and gateway responses', async () => {
    const gw = await startGateway({ path: template });
    try {
      assert.deepEqual(
        gw.apis.map((a) => `${a.id} ${a.kind}`),
        ['ShopApi REST', 'EdgeApi HTTP'],
      );
      assert.equal(gw.url, `http://127.0.0.1:${gw.port}/live`);
      const item = await call(`${gw.url}/items/9`);
      assert.deepEqual(item.json(), { item: '9', stage: 'live', flavour: 'vanilla' });
      const post = (query: string, body: string) =>
        call(`${gw.url}/items${query}`, { method: 'POST', body, headers: { 'content-type': 'application/json' } });
      assert.deepEqual((await post('', '{"name":"x"}')).json(), {
        message: 'Missing required request parameters: [shop]',
      });
      assert.equal((await post('?shop=1', '{}')).status, 400);
      assert.equal((await post('?shop=1', '{"name":"x"}')).status, 201);
      const unknown = await call(`${gw.url}/nowhere`);
      assert.equal(unknown.status, 404);
      assert.deepEqual(unknown.json(), { message: 'no such route' });
    } finally {
      await gw.stop();
    }
  });

  it('serves the HTTP API from its routes and integrations', async () => {
    const upstream = await startUpstream();
    const gw = await startGateway({ path: template }, { api: 'EdgeApi', stageVariables: { upstream: upstream.host } });
    try {
      const res = await call(`${gw.url}/edge?x=1`);
      assert.equal(res.status, 200);
      assert.equal(res.json().url, '/edge?x=1');
      assert.equal((await call(`${gw.url}/other`)).status, 404);
    } finally {
      await gw.stop();
      await upstream.close();
    }
  });
});
