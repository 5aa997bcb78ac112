// What a deploy refuses before it sends anything to AWS: a WebSocket API (OpenAPI cannot describe one) and a deploy
// cancelled before its first step. The connection points at a closed port: any request would fail differently.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { createConnection } from '../../../client/src/aws/connection';
import { deployDefinition, DeployCancelledError, DeployError } from '../../../client/src/deploy/deployCore';
import type { DeployRequest } from '../../../client/src/deploy/deployCore';

const offline = () =>
  createConnection({
    endpoint: 'http://127.0.0.1:9',
    region: 'us-east-1',
    credentials: { accessKeyId: 'test', secretAccessKey: 'test' },
  });

describe('deploy refusals before any AWS call', () => {
  test('a WebSocket API is refused with a pointer to templates, at the validation step', async () => {
    const conn = offline();
    try {
      const request = { body: '{}', apiType: 'WEBSOCKET', stage: 'prod' } as unknown as DeployRequest;
      await assert.rejects(deployDefinition(conn, request), (err: unknown) => {
        assert.ok(err instanceof DeployError);
        assert.equal(err.name, 'DeployError');
        assert.equal(err.step, 'validate');
        assert.equal(
          err.message,
          'WebSocket APIs cannot be imported from OpenAPI; deploy them with a template instead.',
        );
        return true;
      });
    } finally {
      conn.dispose();
    }
  });

  test('a deploy cancelled before its first step says nothing was changed', async () => {
    const conn = offline();
    const steps: string[] = [];
    try {
      for (const apiId of [undefined, 'abc123']) {
        await assert.rejects(
          deployDefinition(
            conn,
            { body: '{}', apiType: 'REST', apiId, stage: 'dev' },
            { isCancelled: () => true, onStep: (s) => steps.push(s) },
          ),
          (err: unknown) => {
            assert.ok(err instanceof DeployCancelledError);
            assert.equal(err.name, 'DeployCancelledError');
            assert.equal(err.apiId, undefined);
            assert.equal(err.message, 'Deploy cancelled before anything was changed.');
            return true;
          },
        );
      }
      assert.deepEqual(steps, []);
    } finally {
      conn.dispose();
    }
  });

  test('a deploy cancelled after the import names the API it may have changed', () => {
    const err = new DeployCancelledError('abc123');
    assert.equal(
      err.message,
      'Deploy cancelled. The definition may already be imported into API abc123, but no stage was updated.',
    );
  });
});
