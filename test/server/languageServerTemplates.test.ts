/**
 * Mapping templates over the real protocol (the bundled dist/server.js over stdio): a `.vtl` document's
 * diagnostics, the Render Template lens, and the sample-request and render requests.
 */
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { after, before, describe, test } from 'node:test';
import type { CodeLens } from 'vscode-languageserver-types';
import type { RenderTemplateArgs } from '../../contract/commands';
import {
  RenderTemplateRequest,
  SampleTemplateRequest,
  type RenderTemplateResult,
  type SampleTemplateRequestResult,
} from '../../contract/messages';
import { serverPath, startServer, TestServer } from '../support/lspServer';

const DEFINITION = `openapi: 3.0.1
info: {title: t, version: '1'}
paths:
  /pets/{id}:
    get:
      parameters:
        - {name: id, in: path, required: true, schema: {type: string, example: p-7}}
      responses: {'200': {description: ok}}
      x-amazon-apigateway-integration:
        type: mock
        requestTemplates:
          application/json: '{"statusCode": 200, "id": "$input.params(''id'')"}'
`;

describe('mapping templates over LSP', () => {
  let server: TestServer;
  before(async () => {
    if (!fs.existsSync(serverPath))
      execFileSync(process.execPath, [path.join(__dirname, '..', '..', 'scripts', 'build.mjs')]);
    server = await startServer();
  });
  after(() => server?.stop());

  test('a .vtl document gets Velocity syntax diagnostics', async () => {
    server.open('file:///t/mapping.vtl', 'velocity', '#set($a = 1)\n#foreach($x in $list)\n$x\n');
    const d = await server.diagnostics('file:///t/mapping.vtl', (x) => x.length > 0);
    assert.deepEqual(
      d.map((x) => [x.code, x.range.start.line]),
      [['template-syntax', 1]],
    );
  });

  test('Render Template lens, sample request and render', async () => {
    const uri = 'file:///t/pets.yaml';
    server.open(uri, 'yaml', DEFINITION);
    await server.diagnostics(uri);
    const lenses = await server.connection.sendRequest<CodeLens[]>('textDocument/codeLens', { textDocument: { uri } });
    const lens = lenses.find((l) => l.command?.command === 'apigw.renderTemplate');
    assert.ok(lens, 'a Render Template lens');
    const args = lens.command!.arguments![0] as RenderTemplateArgs;
    assert.equal(lens.range.start.line, 11);
    const sample = await server.connection.sendRequest<SampleTemplateRequestResult>(SampleTemplateRequest.method, {
      uri,
      templatePath: args.templatePath,
    });
    assert.deepEqual(sample?.request.path, { id: 'p-7' });
    assert.deepEqual(sample?.operation, { path: '/pets/{id}', method: 'GET' });
    const rendered = await server.connection.sendRequest<RenderTemplateResult>(RenderTemplateRequest.method, {
      uri,
      templatePath: args.templatePath,
      request: sample.request,
    });
    assert.equal(rendered.output, '{"statusCode": 200, "id": "p-7"}');
    const none = await server.connection.sendRequest<RenderTemplateResult | null>(RenderTemplateRequest.method, {
      uri,
      templatePath: ['nowhere'],
      request: {},
    });
    assert.equal(none, null);
  });
});
