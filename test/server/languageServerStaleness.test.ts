/**
 * Results computed for an older version never reach the editor, and an edit whose range is written end-first is
 * applied as the text-document library applies it. Through the bundled server over stdio. The first test was
 * written against the background schema worker (whose late result was republished under the new version); the
 * schema check now runs in the validation pass, and the test holds the publication guard for whatever check is
 * asynchronous next (today: the reads of `$ref` files).
 */
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { after, before, describe, test } from 'node:test';
import { getLanguageService } from '../../server/src/service/languageService';
import { serverPath, startServer, TestServer } from '../support/lspServer';

const normal = (x: unknown) => JSON.parse(JSON.stringify(x ?? null));

/** A definition large enough that the OpenAPI schema check takes a while; `/broken` has no responses. */
function bigDefinition(operations: number): string {
  let text =
    "openapi: 3.0.1\ninfo: {title: t, version: '1'}\npaths:\n  /broken:\n    get:\n      x-amazon-apigateway-integration: {type: mock}\n";
  for (let i = 0; i < operations; i++) {
    text += `  /p${i}:\n    get:\n      parameters: [{name: q, in: query, schema: {type: string}}]\n      responses: {'200': {description: ok, content: {application/json: {schema: {type: object, properties: {a: {type: string}}}}}}}\n      x-amazon-apigateway-integration: {type: mock}\n`;
  }
  return text;
}

describe('no stale results over stdio', () => {
  let server: TestServer;
  before(async () => {
    if (!fs.existsSync(serverPath))
      execFileSync(process.execPath, [path.join(__dirname, '..', '..', 'scripts', 'build.mjs')]);
    server = await startServer({});
  });
  after(() => server.stop());

  test('a fix typed while the schema check runs: the old findings are not published again', async () => {
    const uri = 'file:///stale/big.yaml';
    const text = bigDefinition(1500);
    server.open(uri, 'yaml', text);
    const mine = () => server.publications.filter((p) => p.uri === uri);
    await server.diagnostics(uri, () => mine().some((p) => p.version === 1), 30_000);
    // Where a background check of version 1 would still be running.
    await new Promise((r) => setTimeout(r, 800));
    // Version 2 fixes /broken (line 5) and breaks /p0 instead: its own schema finding tells when its check is done.
    const lines = text.split('\n');
    const p0Responses = lines.findIndex((l) => l.startsWith('      responses:'));
    server.connection.sendNotification('textDocument/didChange', {
      textDocument: { uri, version: 2 },
      contentChanges: [
        {
          range: { start: { line: p0Responses, character: 6 }, end: { line: p0Responses, character: 15 } },
          text: 'responsez',
        },
        {
          range: { start: { line: 4, character: 8 }, end: { line: 4, character: 8 } },
          text: "\n      responses: {'200': {description: ok}}",
        },
      ],
    });
    const onP0 = (p: { version?: number; diagnostics: { code?: unknown; range: { start: { line: number } } }[] }) =>
      p.version === 2 &&
      p.diagnostics.some((d) => d.code === 'openapi-schema' && d.range.start.line === p0Responses + 1);
    await server.diagnostics(uri, () => mine().some(onP0), 60_000);
    for (const p of mine().filter((x) => x.version === 2)) {
      assert.ok(
        !p.diagnostics.some((d) => d.code === 'openapi-schema' && d.range.start.line < 6),
        `version 2 shows version 1's finding: ${JSON.stringify(p.diagnostics)}`,
      );
    }
  });

  test('an edit range written end-first is applied as its reverse, and the patched tree equals a fresh parse', async () => {
    const uri = 'file:///stale/reversed.yaml';
    const text =
      "openapi: 3.0.1\ninfo: {title: t, version: '1'}\npaths:\n  /a:\n    get:\n      responses: {'200': {description: ok}}\n      x-amazon-apigateway-integration:\n        type: mock\n";
    server.open(uri, 'yaml', text);
    await server.diagnostics(uri, () => server.publications.some((p) => p.uri === uri && p.version === 1));
    // "mock" → "mack", written from its end to its start.
    server.connection.sendNotification('textDocument/didChange', {
      textDocument: { uri, version: 2 },
      contentChanges: [{ range: { start: { line: 7, character: 16 }, end: { line: 7, character: 15 } }, text: 'a' }],
    });
    const published = await server.diagnostics(
      uri,
      () => server.publications.filter((p) => p.uri === uri).at(-1)?.version === 2,
    );
    const service = getLanguageService();
    const fresh = service.parseDocument(uri, 'yaml', 2, text.replace('type: mock', 'type: mack'));
    assert.deepEqual(
      normal(published.filter((d) => d.code !== 'openapi-schema')),
      normal(service.validate(fresh, { openApiSchema: false })),
    );
    assert.ok(
      published.some((d) => String(d.message).includes('"mack" is not a valid')),
      JSON.stringify(published),
    );
  });
});
