/**
 * The fuzzer: broken corpus files and random edit sequences through the bundled server over stdio, with
 * completions and hovers in between. It counts crashes (the process ends, or logs an internal failure), hangs
 * (no answer or no diagnostics within `hangMs`) and mismatches (the server's diagnostics for the final text of an
 * edit sequence differ from a fresh parse's; an incrementally patched tree differs from a fresh parse's). Used by
 * the fuzz test (short) and by `npm run bench` (long, bench/fuzz.mjs).
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { getLanguageService } from '../../../server/src/service/languageService';
import { referencedFilesHost } from '../../../server/src/refFiles/referencedFilesHost';
import { listFixtures, sharedDir } from '../fixtures';
import { startServer, TestServer } from '../lspServer';
import { random } from '../random';
import { treeDump } from '../treeShape';
import { mutateFile, nextEdit, randomPosition, Random } from './generators';

export interface FuzzOptions {
  seed: number;
  /** Cases to run (each a mutated file or an edit sequence), unless the time budget ends first. */
  cases: number;
  timeBudgetMs: number;
  /** An answer or a publication later than this is a hang. */
  hangMs?: number;
  /** Edits per edit sequence, at most. */
  maxEdits?: number;
  progress?: (line: string) => void;
}

export interface FuzzTotals {
  seed: number;
  cases: number;
  edits: number;
  requests: number;
  crashes: string[];
  hangs: string[];
  mismatches: string[];
  /** Milliseconds of every answer and of every wait for diagnostics. */
  times: number[];
  /** Peak resident memory of the server processes, MB (Linux; undefined elsewhere). */
  peakServerMb?: number;
  elapsedMs: number;
}

const SETTINGS = { apiTypeOverrides: {}, enable: true, severity: {}, openApiSchema: false };
const service = getLanguageService();
const normal = (x: unknown) => JSON.stringify(x ?? null);

class Hang extends Error {}

function within<T>(promise: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  return Promise.race([
    promise,
    new Promise<T>((_, reject) => (timer = setTimeout(() => reject(new Hang(what)), ms))),
  ]).finally(() => clearTimeout(timer));
}

/** Corpus files in a fixed order: the valid definitions and the rule fixtures. */
export function fuzzCorpus(): string[] {
  const valid = path.join(sharedDir, 'corpus', 'valid');
  const fixtures = path.resolve(__dirname, '..', '..', 'fixtures', 'rules');
  return [...(fs.existsSync(valid) ? listFixtures(valid) : []), ...listFixtures(fixtures)].filter(
    (f) => fs.statSync(f).size < 300_000,
  );
}

/** A folder with a FIFO and a sparse 60 MB file, for the hostile `$ref`s. */
function makeHostileDir(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'apigw-fuzz-'));
  fs.writeFileSync(path.join(dir, 'big.yaml'), '');
  fs.truncateSync(path.join(dir, 'big.yaml'), 60 * 1024 * 1024);
  if (process.platform !== 'win32') execFileSync('mkfifo', [path.join(dir, 'fifo.yaml')]);
  return dir;
}

export async function runFuzz(options: FuzzOptions): Promise<FuzzTotals> {
  const hangMs = options.hangMs ?? 5000;
  const rnd = random(options.seed);
  const files = fuzzCorpus();
  if (files.length === 0) throw new Error('no corpus files found');
  const hostileDir = makeHostileDir();
  const totals: FuzzTotals = {
    seed: options.seed,
    cases: 0,
    edits: 0,
    requests: 0,
    crashes: [],
    hangs: [],
    mismatches: [],
    times: [],
    elapsedMs: 0,
  };
  const started = Date.now();
  // Two servers: the edit sequences are compared with in-process results without the OpenAPI schema check; the
  // broken files go to one that runs it, so that it sees them too.
  const servers: { schema?: Watched; plain?: Watched } = {};
  const server = async (kind: 'schema' | 'plain') => {
    const current = servers[kind];
    if (current && !current.ended) return current;
    if (current) totals.crashes.push(`server (${kind}) ended: ${current.exit}`);
    // `anywhere`: the hostile `$ref`s (a FIFO, a sparse 60 MB file in a temporary folder) reach the reader.
    return (servers[kind] = await watch({
      validation: { openApiSchema: kind === 'schema', referencedFiles: 'anywhere' },
    }));
  };
  try {
    for (let n = 0; n < options.cases && Date.now() - started < options.timeBudgetMs; n++) {
      const file = files[Math.floor(rnd() * files.length)];
      const uri = pathToFileURL(path.join(path.dirname(file), `fuzz-${n}-${path.basename(file)}`)).toString();
      const languageId = file.endsWith('.json') ? 'json' : 'yaml';
      const original = fs.readFileSync(file, 'utf8');
      const label = `case ${n} (seed ${options.seed}) ${path.relative(sharedDir, file)}`;
      try {
        if (rnd() < 0.5)
          await brokenFile(await server('schema'), rnd, uri, languageId, original, label, hostileDir, hangMs, totals);
        else
          await editSequence(
            await server('plain'),
            rnd,
            uri,
            languageId,
            original,
            label,
            hostileDir,
            hangMs,
            options.maxEdits ?? 15,
            totals,
          );
      } catch (e) {
        if (e instanceof Hang) totals.hangs.push(`${label}: ${e.message}`);
        else throw e;
      }
      totals.cases++;
      if (n % 25 === 24)
        options.progress?.(
          `${totals.cases} cases, ${totals.crashes.length} crashes, ${totals.hangs.length} hangs, ${totals.mismatches.length} mismatches`,
        );
    }
    for (const s of Object.values(servers)) {
      if (!s) continue;
      const internal = s.server.logs.filter(
        (l) => l.type === 1 && /failed|Maximum call stack|out of memory/i.test(l.message),
      );
      totals.crashes.push(...internal.map((l) => `server logged: ${l.message.slice(0, 300)}`));
      if (s.ended) totals.crashes.push(`server ended: ${s.exit}`);
      const peak = peakMemoryMb(s.server.process.pid);
      if (peak !== undefined) totals.peakServerMb = Math.max(totals.peakServerMb ?? 0, peak);
    }
  } finally {
    await Promise.all(Object.values(servers).map((s) => s?.server.stop()));
    fs.rmSync(hostileDir, { recursive: true, force: true });
  }
  totals.elapsedMs = Date.now() - started;
  return totals;
}

interface Watched {
  server: TestServer;
  ended: boolean;
  exit?: string;
}

async function watch(configuration: Record<string, unknown>): Promise<Watched> {
  const server = await startServer(configuration);
  const watched: Watched = { server, ended: false };
  server.process.once('exit', (code, signal) => {
    watched.ended = true;
    watched.exit = `code ${code}, signal ${signal}`;
  });
  return watched;
}

/** Opens a broken file, waits for its diagnostics, asks a few questions, closes it. */
async function brokenFile(
  watched: Watched,
  rnd: Random,
  uri: string,
  languageId: string,
  original: string,
  label: string,
  hostileDir: string,
  hangMs: number,
  totals: FuzzTotals,
): Promise<void> {
  const { text, kinds } = mutateFile(rnd, original, uri, languageId, hostileDir);
  const server = watched.server;
  const doc = TextDocument.create(uri, languageId, 1, text);
  const t0 = Date.now();
  server.open(uri, languageId, text);
  await within(published(server, uri, 1), hangMs, `no diagnostics after opening (${kinds.join(', ')})`);
  totals.times.push(Date.now() - t0);
  for (let i = 0; i < 3; i++) await ask(server, rnd, doc, hangMs, totals, kinds.join(', '));
  server.connection.sendNotification('textDocument/didClose', { textDocument: { uri } });
}

/** Opens a file, edits it many times with questions in between, then compares the result with a fresh parse. */
async function editSequence(
  watched: Watched,
  rnd: Random,
  uri: string,
  languageId: string,
  original: string,
  label: string,
  hostileDir: string,
  hangMs: number,
  maxEdits: number,
  totals: FuzzTotals,
): Promise<void> {
  const server = watched.server;
  let doc = TextDocument.create(uri, languageId, 1, original);
  let model = service.parseDocument(uri, languageId, 1, original, SETTINGS);
  server.open(uri, languageId, original);
  const kinds: string[] = [];
  for (let e = Math.floor(rnd() * maxEdits) + 1; e > 0; e--) {
    const edit = nextEdit(rnd, doc, hostileDir);
    kinds.push(edit.kind);
    const oldText = doc.getText();
    const startOffset = doc.offsetAt(edit.range.start);
    const endOffset = doc.offsetAt(edit.range.end);
    doc = TextDocument.update(doc, [{ range: edit.range, text: edit.text }], doc.version + 1);
    server.connection.sendNotification('textDocument/didChange', {
      textDocument: { uri, version: doc.version },
      contentChanges: [{ range: edit.range, text: edit.text }],
    });
    totals.edits++;
    // The in-process patch, given the edit as the server gets it (end-first ranges too), against a fresh parse.
    const from = Math.min(startOffset, endOffset);
    const patched = service.updateDocument(
      model,
      { offset: startOffset, removed: endOffset - startOffset, text: edit.text },
      doc.getText(),
      doc.version,
      SETTINGS,
    );
    const fresh = service.parseDocument(uri, languageId, doc.version, doc.getText(), SETTINGS);
    if (normal(treeDump(patched.parsed.root)) !== normal(treeDump(fresh.parsed.root))) {
      totals.mismatches.push(
        `${label}: patched tree differs from a fresh parse after ${edit.kind} at ${from} in ${JSON.stringify(oldText.slice(Math.max(0, from - 20), from + 20))}`,
      );
    }
    model = fresh;
    if (rnd() < 0.3) await ask(server, rnd, doc, hangMs, totals, kinds.join(', '));
    if (rnd() < 0.2) await new Promise((r) => setTimeout(r, Math.floor(rnd() * 60)));
  }
  const t0 = Date.now();
  const final = await within(
    published(server, uri, doc.version),
    hangMs,
    `no diagnostics for the last of ${kinds.length} edits`,
  );
  totals.times.push(Date.now() - t0);
  const host = await referencedFilesHost(
    service.referencedFiles(model),
    uri,
    { trusted: true, folders: [] },
    'anywhere',
  );
  const expected = service.validate(model, SETTINGS, host);
  if (normal(final) !== normal(expected)) {
    totals.mismatches.push(
      `${label}: diagnostics after ${kinds.length} edits (${kinds.join(', ')}) differ from a fresh parse's:\n  server: ${normal(final).slice(0, 500)}\n  fresh:  ${normal(expected).slice(0, 500)}`,
    );
  }
  server.connection.sendNotification('textDocument/didClose', { textDocument: { uri } });
}

/** The diagnostics published for exactly `version` of `uri` (the last such publication once it arrives). */
function published(server: TestServer, uri: string, version: number) {
  const last = () => {
    for (let i = server.publications.length - 1; i >= 0; i--)
      if (server.publications[i].uri === uri) return server.publications[i];
    return undefined;
  };
  return server.diagnostics(uri, () => last()?.version === version, 24 * 3600_000).then(() => last()!.diagnostics);
}

async function ask(
  server: TestServer,
  rnd: Random,
  doc: TextDocument,
  hangMs: number,
  totals: FuzzTotals,
  what: string,
): Promise<void> {
  const method = rnd() < 0.5 ? 'textDocument/completion' : 'textDocument/hover';
  const position = randomPosition(rnd, doc);
  const t0 = Date.now();
  await within(
    server.connection.sendRequest(method, { textDocument: { uri: doc.uri }, position }),
    hangMs,
    `${method} at ${JSON.stringify(position)} not answered (${what})`,
  );
  totals.times.push(Date.now() - t0);
  totals.requests++;
}

/** Peak resident set of a process (VmHWM), in MB; Linux only. */
function peakMemoryMb(pid: number | undefined): number | undefined {
  try {
    const status = fs.readFileSync(`/proc/${pid}/status`, 'utf8');
    const kb = /VmHWM:\s+(\d+) kB/.exec(status)?.[1];
    return kb ? Math.round(Number(kb) / 1024) : undefined;
  } catch {
    return undefined;
  }
}

export function percentile(values: number[], p: number): number {
  if (values.length === 0) return 0;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}
