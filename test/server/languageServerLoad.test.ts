/**
 * Twenty documents opened, edited (appends, edits inside strings, ranges written end-first) and some closed at
 * once, with completions and hovers sent between the edits, through the bundled server over stdio. Every answer
 * and every publication must be what a fresh in-process parse gives for the version it claims (or, for a request,
 * a later one); each open document ends on its latest version; nothing is published for a document after it closed.
 */
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { after, before, describe, test } from 'node:test';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { Position, Range } from 'vscode-languageserver-types';
import { getLanguageService } from '../../server/src/service/languageService';
import { serverPath, startServer, TestServer } from '../support/lspServer';
import { random } from '../support/random';

const DOCUMENTS = 20;
const EDITS_PER_DOCUMENT = 12;
const CLOSED = new Set([3, 8, 13, 17, 19]);
const settings = { apiTypeOverrides: {}, enable: true, severity: {}, openApiSchema: false };
const service = getLanguageService();
const normal = (x: unknown) => JSON.parse(JSON.stringify(x ?? null));

const baseText = (i: number) => `openapi: 3.0.1
info: {title: t0, version: '1'}
paths:
  /base${i}:
    get:
      responses: {'200': {description: ok}}
      x-amazon-apigateway-integration:
        type: mock
`;

interface Sent {
  uri: string;
  version: number;
  kind: 'completion' | 'hover';
  position: Position;
  answer: Promise<unknown>;
}

describe('twenty documents at once over stdio', () => {
  let server: TestServer;
  before(async () => {
    if (!fs.existsSync(serverPath))
      execFileSync(process.execPath, [path.join(__dirname, '..', '..', 'scripts', 'build.mjs')]);
    server = await startServer({ validation: { openApiSchema: false } });
  });
  after(() => server.stop());

  test('answers and diagnostics are for the latest version; closed documents stay quiet', async () => {
    const rnd = random(16);
    const texts = new Map<string, Map<number, string>>();
    const docs: TextDocument[] = [];
    const closedAt = new Map<string, number>();
    const sent: Sent[] = [];
    for (let i = 0; i < DOCUMENTS; i++) {
      const uri = `file:///load/doc${i}.yaml`;
      docs.push(TextDocument.create(uri, 'yaml', 1, baseText(i)));
      texts.set(uri, new Map([[1, baseText(i)]]));
      server.open(uri, 'yaml', baseText(i));
    }
    const editsLeft = docs.map(() => EDITS_PER_DOCUMENT);
    let step = 0;
    while (editsLeft.some((n) => n > 0)) {
      const i = Math.floor(rnd() * DOCUMENTS);
      if (editsLeft[i] === 0) continue;
      editsLeft[i]--;
      const doc = docs[i];
      const version = doc.version + 1;
      const text = doc.getText();
      let range: Range;
      let newText: string;
      if (rnd() < 0.5) {
        // A new operation whose integration type is wrong in its own way.
        const end = doc.positionAt(text.length);
        range = { start: end, end };
        newText = `  /p${version}:\n    get:\n      responses: {'200': {description: ok}}\n      x-amazon-apigateway-integration:\n        type: mock${version}\n`;
      } else {
        // Typing inside the title (the incremental patch's case), sometimes with the range written end-first.
        const at = text.indexOf('title: ') + 'title: '.length;
        const start = doc.positionAt(at);
        const end = doc.positionAt(text.indexOf(',', at));
        range = rnd() < 0.5 ? { start, end } : { start: end, end: start };
        newText = `t${version}`;
      }
      docs[i] = TextDocument.update(doc, [{ range, text: newText }], version);
      texts.get(doc.uri)!.set(version, docs[i].getText());
      server.connection.sendNotification('textDocument/didChange', {
        textDocument: { uri: doc.uri, version },
        contentChanges: [{ range, text: newText }],
      });
      // Requests about the newest operation: a stale answer would be about text that is not there.
      const lines = docs[i].getText().split('\n');
      let typeLine = lines.length - 1;
      while (typeLine > 0 && !lines[typeLine].startsWith('        type: ')) typeLine--;
      for (const [kind, position] of [
        ['completion', { line: typeLine, character: 16 }],
        ['hover', { line: typeLine, character: 10 }],
      ] as const) {
        const method = kind === 'completion' ? 'textDocument/completion' : 'textDocument/hover';
        sent.push({
          uri: doc.uri,
          version,
          kind,
          position,
          answer: server.connection.sendRequest(method, { textDocument: { uri: doc.uri }, position }),
        });
      }
      if (editsLeft[i] === 0 && CLOSED.has(i)) {
        server.connection.sendNotification('textDocument/didClose', { textDocument: { uri: doc.uri } });
        closedAt.set(doc.uri, version);
      }
      // Now and then let the server's timers and reads run between messages.
      if (++step % 7 === 0) await new Promise((r) => setTimeout(r, Math.floor(rnd() * 30)));
    }

    // Every open document settles on its latest version.
    const open = docs.filter((d) => !closedAt.has(d.uri));
    for (const doc of open) {
      await server.diagnostics(
        doc.uri,
        () => server.publications.filter((p) => p.uri === doc.uri).at(-1)?.version === doc.version,
        30_000,
      );
    }
    // Long enough for anything a closed document still had under way (validation, debounce) to have come out.
    await new Promise((r) => setTimeout(r, 1500));

    const inProcess = (uri: string, version: number) =>
      service.parseDocument(uri, 'yaml', version, texts.get(uri)!.get(version)!, settings);
    for (const p of server.publications) {
      if (p.version === undefined) continue;
      const expected = normal(service.validate(inProcess(p.uri, p.version), settings));
      assert.deepEqual(normal(p.diagnostics), expected, `${p.uri} version ${p.version}`);
    }
    for (const doc of docs) {
      const mine = server.publications.filter((p) => p.uri === doc.uri);
      const versions = mine.flatMap((p) => (p.version === undefined ? [] : [p.version]));
      assert.deepEqual(
        versions,
        [...versions].sort((a, b) => a - b),
        `${doc.uri}: versions published in order`,
      );
      if (closedAt.has(doc.uri)) {
        const close = mine.findIndex((p) => p.version === undefined);
        assert.ok(close >= 0, `${doc.uri}: cleared on close`);
        assert.deepEqual(mine[close].diagnostics, []);
        assert.deepEqual(mine.slice(close + 1), [], `${doc.uri}: nothing published after close`);
      } else {
        assert.equal(mine.at(-1)?.version, doc.version);
      }
    }

    let answered = 0;
    for (const s of sent) {
      const answer = normal(await s.answer);
      if (closedAt.has(s.uri) && answer === null) continue;
      const versions = [...texts.get(s.uri)!.keys()].filter((v) => v >= s.version);
      const expected = versions.map((v) => {
        const doc = inProcess(s.uri, v);
        return normal(s.kind === 'completion' ? service.complete(doc, s.position) : service.hover(doc, s.position));
      });
      assert.ok(
        expected.some((e) => JSON.stringify(e) === JSON.stringify(answer)),
        `${s.kind} on ${s.uri} at version ${s.version}: ${JSON.stringify(answer).slice(0, 300)}`,
      );
      if (answer !== null && (s.kind === 'hover' || answer.items?.length > 0)) answered++;
    }
    // The requests were about text that exists: they were answered, not left empty.
    assert.ok(answered > sent.length / 2, `${answered} of ${sent.length} answered`);
  });
});
