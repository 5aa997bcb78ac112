/**
 * The bundled server (dist/server.js, built by the test run) over a real LSP connection on stdio: capabilities,
 * URIs and positions as a client sees them.
 */
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import fs from 'node:fs';
import { execFileSync } from 'node:child_process';
import path from 'node:path';
import type { CodeLens, Diagnostic, DocumentSymbol } from 'vscode-languageserver-types';
import { LocateRequest, OperationsRequest, OperationsResult } from '../../contract/messages';
import { serverPath, startServer, TestServer } from '../support/lspServer';

const definition = `openapi: 3.0.1
info: {title: pets, version: '1'}
paths:
  /pets/{id}:
    get:
      parameters:
        - {name: id, in: path, required: true, schema: {type: string}}
      x-amazon-apigateway-integration:
        type: lambda
        httpMethod: POST
        uri: arn:aws:apigateway:us-east-1:lambda:path/2015-03-31/functions/arn:aws:lambda:us-east-1:123456789012:function:pets/invocations
`;

describe('language server over stdio', () => {
  let server: TestServer;
  before(async () => {
    if (!fs.existsSync(serverPath))
      execFileSync(process.execPath, [path.join(__dirname, '..', '..', 'scripts', 'build.mjs')]);
    server = await startServer({ validation: { severity: { 'unknown-field': 'off' } } });
  });
  after(() => server.stop());

  test('publishes diagnostics with codes, source and positions', async () => {
    const uri = 'file:///work/pets.yaml';
    server.open(uri, 'yaml', definition);
    const diagnostics = await server.diagnostics(uri, (d) => d.length > 0);
    const enumError = diagnostics.find((d) => d.code === 'enum-value');
    assert.ok(enumError, JSON.stringify(diagnostics));
    assert.equal(enumError.source, 'apigw');
    assert.deepEqual(enumError.range.start, { line: 8, character: 14 });
    assert.deepEqual(enumError.range.end, { line: 8, character: 20 });
  });

  test('re-validates after an incremental edit', async () => {
    const uri = 'file:///work/edit.yaml';
    server.open(uri, 'yaml', definition);
    await server.diagnostics(uri, (d) => d.some((x) => x.code === 'enum-value'));
    server.connection.sendNotification('textDocument/didChange', {
      textDocument: { uri, version: 2 },
      contentChanges: [
        { range: { start: { line: 8, character: 14 }, end: { line: 8, character: 20 } }, text: 'aws_proxy' },
      ],
    });
    const after = await server.diagnostics(uri, (d) => !d.some((x) => x.code === 'enum-value'));
    assert.deepEqual(
      after.filter((d: Diagnostic) => d.severity === 1),
      [],
    );
  });

  test('settings pulled from the client change severities', async () => {
    const uri = 'file:///work/typo.yaml';
    server.open(uri, 'yaml', definition.replace('httpMethod', 'httpMetod'));
    const diagnostics = await server.diagnostics(uri, (d) => d.length > 0);
    assert.ok(!diagnostics.some((d) => d.code === 'unknown-field'), 'unknown-field is off by configuration');
  });

  test('OpenAPI schema findings arrive in the same first publication as the API Gateway checks', async () => {
    const uri = 'file:///work/schema.yaml';
    server.open(uri, 'yaml', definition.replace('    get:\n', '    get:\n      operationID: getPet\n'));
    const first = await server.diagnostics(uri, (d) => d.length > 0);
    assert.ok(
      first.some((d) => d.code === 'enum-value'),
      JSON.stringify(first),
    );
    const typo = first.find((d) => d.code === 'openapi-schema' && String(d.message).includes("'operationID'"));
    assert.ok(typo, JSON.stringify(first));
    assert.equal(typo.severity, 2);
    assert.deepEqual(typo.range, { start: { line: 5, character: 6 }, end: { line: 5, character: 17 } });
  });

  test('leaves other YAML alone', async () => {
    const uri = 'file:///work/compose.yaml';
    server.open(uri, 'yaml', 'services:\n  web:\n    image: nginx\n');
    const diagnostics = await server.diagnostics(uri);
    assert.deepEqual(diagnostics, []);
  });

  test('reports YAML syntax errors and still checks the rest', async () => {
    const uri = 'file:///work/broken.yaml';
    server.open(uri, 'yaml', definition + 'x-amazon-apigateway-binary-media-types: [image/png\n');
    const diagnostics = await server.diagnostics(uri, (d) => d.length > 0);
    assert.ok(diagnostics.some((d) => d.code === 'syntax'));
    assert.ok(diagnostics.some((d) => d.code === 'enum-value'));
  });

  test('document symbols, code lenses and custom requests', async () => {
    const uri = 'file:///work/nav.yaml';
    server.open(uri, 'yaml', definition);
    await server.diagnostics(uri);
    const symbols = await server.connection.sendRequest<DocumentSymbol[]>('textDocument/documentSymbol', {
      textDocument: { uri },
    });
    assert.equal(symbols[0].name, '/pets/{id}');
    assert.equal(symbols[0].children?.[0].name, 'GET');
    const lenses = await server.connection.sendRequest<CodeLens[]>('textDocument/codeLens', { textDocument: { uri } });
    assert.equal(lenses.length, 2);
    assert.equal(lenses[0].command?.command, 'apigw.runLocal');
    assert.deepEqual(lenses[0].range.start, { line: 0, character: 0 });
    assert.deepEqual(lenses[0].command?.arguments?.[0], { documentUri: uri, apiType: 'REST', label: 'pets' });
    assert.equal(lenses[1].command?.command, 'apigw.testInvoke');
    assert.deepEqual(lenses[1].command?.arguments?.[0], {
      documentUri: uri,
      path: '/pets/{id}',
      method: 'GET',
      apiType: 'REST',
    });
    const ops = (await server.connection.sendRequest(OperationsRequest, { uri })) as OperationsResult;
    assert.deepEqual(
      ops.operations.map((o) => [o.method, o.path, o.pathParameters]),
      [['GET', '/pets/{id}', ['id']]],
    );
    const range = await server.connection.sendRequest(LocateRequest, { uri, path: ['paths', '/pets/{id}', 'get'] });
    assert.deepEqual(range, { start: { line: 4, character: 4 }, end: { line: 4, character: 7 } });
  });

  test('answers requests for documents it does not know without failing', async () => {
    const hover = await server.connection.sendRequest('textDocument/hover', {
      textDocument: { uri: 'file:///nope.yaml' },
      position: { line: 0, character: 0 },
    });
    assert.equal(hover, null);
  });
});

describe('language features over stdio', () => {
  let server: TestServer;
  const uri = 'file:///work/features.yaml';
  const text = `openapi: 3.0.1
info: {title: pets, version: '1'}
x-amazon-apigateway-request-validators:
  all: {validateRequestBody: true, validateRequestParameters: true}
paths:
  /pets:
    get:
      x-amazon-apigateway-request-validator: al
      x-amazon-apigateway-integration:
        type: mock
        passthroughBehavior: when_no_match
        
`;
  before(async () => {
    server = await startServer();
    server.open(uri, 'yaml', text);
    await server.diagnostics(uri, (d) => d.length > 0);
  });
  after(() => server.stop());

  test('completion inside an integration offers its fields', async () => {
    const list = await server.connection.sendRequest<{ items: { label: string }[] } | { label: string }[]>(
      'textDocument/completion',
      { textDocument: { uri }, position: { line: 11, character: 8 } },
    );
    const items = Array.isArray(list) ? list : list.items;
    const labels = items.map((i) => i.label);
    assert.ok(labels.includes('httpMethod') && labels.includes('requestTemplates'), labels.join(','));
    assert.ok(!labels.includes('type'), 'fields already written are not offered again');
  });

  test('hover on an extension key explains it with a documentation link', async () => {
    const hover = await server.connection.sendRequest<{ contents: { value: string } }>('textDocument/hover', {
      textDocument: { uri },
      position: { line: 8, character: 12 },
    });
    assert.match(hover.contents.value, /integration/i);
    assert.match(hover.contents.value, /docs\.aws\.amazon\.com/);
  });

  test('a quick fix renames a misspelt validator', async () => {
    const diagnostics = await server.diagnostics(uri, (d) => d.some((x) => x.code === 'request-validator-ref'));
    const diagnostic = diagnostics.find((d) => d.code === 'request-validator-ref')!;
    const actions = await server.connection.sendRequest<
      { title: string; edit?: { changes?: Record<string, { newText: string }[]> } }[]
    >('textDocument/codeAction', {
      textDocument: { uri },
      range: diagnostic.range,
      context: { diagnostics: [diagnostic] },
    });
    const rename = actions.find((a) => a.edit?.changes?.[uri]?.some((e) => e.newText === 'all'));
    assert.ok(rename, JSON.stringify(actions.map((a) => a.title)));
  });

  test('definition and references of a request validator', async () => {
    const defs = await server.connection.sendRequest<unknown[]>('textDocument/definition', {
      textDocument: { uri: 'file:///work/nav2.yaml' },
      position: { line: 0, character: 0 },
    });
    assert.deepEqual(defs, []);
    const fixed = text.replace('request-validator: al', 'request-validator: all');
    server.open('file:///work/nav2.yaml', 'yaml', fixed);
    await server.diagnostics('file:///work/nav2.yaml');
    const locations = await server.connection.sendRequest<{ range: { start: { line: number } } }[]>(
      'textDocument/definition',
      { textDocument: { uri: 'file:///work/nav2.yaml' }, position: { line: 7, character: 47 } },
    );
    assert.deepEqual(
      locations.map((l) => l.range.start.line),
      [3],
    );
    const refs = await server.connection.sendRequest<{ range: { start: { line: number } } }[]>(
      'textDocument/references',
      {
        textDocument: { uri: 'file:///work/nav2.yaml' },
        position: { line: 3, character: 3 },
        context: { includeDeclaration: false },
      },
    );
    assert.deepEqual(
      refs.map((l) => l.range.start.line),
      [7],
    );
  });
});
