import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { modeNotes, unsupportedByEmulator } from '../../../../client/src/invoke/core/modeNotes';
import type { InvokeTarget } from '../../../../client/src/invoke/core/target';

/** What the panel says before sending, and how an emulator's "not implemented" answers are turned into advice. */

const rest: InvokeTarget = {
  apiType: 'REST',
  pathTemplate: '/p',
  operationMethod: 'GET',
  apiId: 'a1',
  region: 'us-east-1',
  stages: [],
};
const endpoint = 'http://127.0.0.1:5000';
const local = { documentUri: 'file:///w/api.yaml' };
const useLocal = ' Choose "Local gateway" to run the definition on 127.0.0.1 with its execution log.';
const openDefinition =
  ' Open the definition in the editor and use Test Invoke there (or "API Gateway: Run API Locally") to run it on the local gateway.';

describe('mode notes, target by target', () => {
  test('HTTP API against AWS: no TestInvokeMethod, and the local gateway offered only with the definition', () => {
    const note =
      'HTTP APIs have no TestInvokeMethod (it exists for REST APIs only): requests go to the deployed stage.';
    assert.deepEqual(modeNotes({ ...rest, apiType: 'HTTP' }), { http: note });
    assert.deepEqual(modeNotes({ ...rest, apiType: 'HTTP', local }), { http: `${note}${useLocal}` });
  });

  test('REST API on an emulator without the definition: how to run it locally instead', () => {
    assert.deepEqual(modeNotes({ ...rest, endpoint }), {
      testInvoke: `${endpoint} is an emulator: moto does not implement TestInvokeMethod (LocalStack does).${openDefinition}`,
      http: `${endpoint} is an emulator: moto has no data plane, so requests to a stage end as an S3 "NoSuchBucket" answer (LocalStack serves stages).${openDefinition}`,
    });
  });

  test('HTTP API on an emulator: both notes, one after the other', () => {
    const notes = modeNotes({ ...rest, apiType: 'HTTP', endpoint, local });
    assert.match(
      notes.http ?? '',
      /^HTTP APIs have no TestInvokeMethod .*Local gateway.* http:\/\/127\.0\.0\.1:5000 is an emulator: moto has no data plane/,
    );
  });

  test('WebSocket API on an emulator: connections go to AWS, and no local gateway is offered', () => {
    const notes = modeNotes({ ...rest, apiType: 'WEBSOCKET', endpoint, local });
    assert.equal(
      notes.http,
      `${endpoint} is an emulator: WebSocket stages are not served by moto (no data plane), so connections go to AWS's wss:// address.`,
    );
    assert.equal(
      notes.testInvoke,
      `${endpoint} is an emulator: moto does not implement TestInvokeMethod (LocalStack does).`,
    );
  });

  test('a loopback test server is not an emulator: nothing is said', () => {
    assert.deepEqual(modeNotes({ ...rest, endpoint, baseUrl: 'http://127.0.0.1:9' }), {});
  });
});

describe("an emulator's answers", () => {
  const emu = { ...rest, endpoint };
  const notImplemented = `The emulator at ${endpoint} does not implement TestInvokeMethod`;

  test('TestInvokeMethod: 500, 501 or a NotImplemented name or body', () => {
    assert.equal(
      unsupportedByEmulator(emu, 'testInvoke', { status: 500 }),
      `${notImplemented} (HTTP 500).${openDefinition}`,
    );
    assert.equal(
      unsupportedByEmulator({ ...emu, local }, 'testInvoke', { status: 501 }),
      `${notImplemented} (HTTP 501).${useLocal}`,
    );
    assert.equal(
      unsupportedByEmulator(emu, 'testInvoke', { name: 'notimplementederror' }),
      `${notImplemented} (HTTP 500).${openDefinition}`,
    );
    assert.match(
      unsupportedByEmulator(emu, 'testInvoke', { status: 400, body: 'NotImplemented yet' }) ?? '',
      /HTTP 400/,
    );
    assert.equal(
      unsupportedByEmulator(emu, 'testInvoke', { status: 400, name: 'BadRequest', body: 'nope' }),
      undefined,
    );
    assert.equal(unsupportedByEmulator(emu, 'testInvoke', { status: 404, body: 'NoSuchBucket' }), undefined);
  });

  test('HTTP: only a 404 that is an S3 NoSuchBucket page', () => {
    assert.equal(
      unsupportedByEmulator(emu, 'http', { status: 404, body: 'NoSuchBucket' }),
      `The emulator at ${endpoint} has no data plane for this API: it answered as S3 ("NoSuchBucket"), which is what moto does.${openDefinition}`,
    );
    assert.equal(unsupportedByEmulator(emu, 'http', { status: 500, body: 'NoSuchBucket' }), undefined);
    assert.equal(unsupportedByEmulator(emu, 'http', { status: 404 }), undefined);
    assert.equal(unsupportedByEmulator(emu, 'http', { status: 500, name: 'NotImplemented' }), undefined);
    assert.equal(unsupportedByEmulator(emu, 'local', { status: 500, body: 'NoSuchBucket' }), undefined);
  });

  test('a test server on 127.0.0.1 keeps its own answers', () => {
    const server = { ...emu, baseUrl: 'http://127.0.0.1:9' };
    assert.equal(unsupportedByEmulator(server, 'testInvoke', { status: 500 }), undefined);
    assert.equal(unsupportedByEmulator(server, 'http', { status: 404, body: 'NoSuchBucket' }), undefined);
  });
});
