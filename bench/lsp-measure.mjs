// Drives one language server over one file and measures what a user waits for: the first diagnostics after
// opening, completion latency, re-validation after a one-character edit, and the server's memory.
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { pathToFileURL } from 'node:url';
import { completionPositions, oneCharEditPosition } from './documents.mjs';
import { editorAnswer, startServer, stopServer } from './lsp-client.mjs';
import { processMemory } from './machine.mjs';
import { warmUpText } from './tools.mjs';

const CLIENT_CAPABILITIES = {
  workspace: {
    configuration: true,
    didChangeConfiguration: { dynamicRegistration: true },
    workspaceFolders: false,
    applyEdit: false,
  },
  window: { workDoneProgress: true, showMessage: {} },
  textDocument: {
    synchronization: { dynamicRegistration: true, didSave: true, willSave: false },
    publishDiagnostics: {
      relatedInformation: true,
      versionSupport: true,
      codeDescriptionSupport: true,
      dataSupport: true,
    },
    completion: {
      dynamicRegistration: true,
      contextSupport: true,
      completionItem: {
        snippetSupport: true,
        documentationFormat: ['markdown', 'plaintext'],
        insertReplaceSupport: true,
        labelDetailsSupport: true,
      },
    },
    hover: { contentFormat: ['markdown', 'plaintext'] },
  },
};

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/** The same items in an order whose every prefix is spread over the whole list (stride coprime with its length). */
export function interleave(items) {
  const n = items.length;
  if (n < 3) return items;
  let stride = Math.max(1, Math.round(n * 0.618));
  while (gcd(stride, n) !== 1) stride++;
  return Array.from({ length: n }, (_, i) => items[(i * stride) % n]);
}

const gcd = (a, b) => (b === 0 ? a : gcd(b, a % b));

export const median = (values) => percentile(values, 50);
export function percentile(values, p) {
  if (values.length === 0) return undefined;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))];
}

/**
 * Measures `tool` on `doc` within `budgetMs`. Never throws: a phase that fails or runs out of time is reported
 * as 'crashed' or 'timeout' and the phases after it are skipped. `log` receives progress lines.
 */
export async function measureLsp(tool, doc, { budgetMs = 120_000, completions = 200, edits = 3, log = () => {} } = {}) {
  const deadline = performance.now() + budgetMs;
  const left = () => Math.max(1, Math.round(deadline - performance.now()));
  const result = { status: 'ok' };
  const warmUpFile = path.join(path.dirname(doc.file), `bench-warm-up.${doc.format}`);
  const warmUpUri = pathToFileURL(warmUpFile).href;
  const settings = tool.settings(doc, warmUpFile);
  const spawnedAt = performance.now();
  const server = startServer(tool.script, ['--stdio'], {
    answerServerRequest: (method, params) => editorAnswer(method, params, settings),
  });
  const publishes = [];
  server.client.onNotification((n) => {
    if (n.method === 'textDocument/publishDiagnostics' && n.params?.uri === doc.uri) publishes.push(n.receivedAt);
  });
  // A publish that names an older version (a late background pass) does not answer a newer change.
  const nextDiagnostics = (uri, version = 1) =>
    server.client.waitForNotification(
      'textDocument/publishDiagnostics',
      (p) => p?.uri === uri && !(typeof p.version === 'number' && p.version < version),
      left(),
    );
  /** Waits until the document has had no new diagnostics for `quietMs` (or the budget ends); the last one's time. */
  const settle = async (quietMs) => {
    for (;;) {
      const last = publishes.at(-1) ?? 0;
      const quietFor = performance.now() - last;
      if (quietFor >= quietMs || left() <= 1) return last;
      await sleep(Math.min(quietMs - quietFor + 5, left()));
    }
  };

  let phase = 'initialize';
  try {
    const init = await server.client.request(
      'initialize',
      {
        processId: process.pid,
        clientInfo: { name: 'apigw-bench' },
        rootUri: null,
        workspaceFolders: null,
        capabilities: CLIENT_CAPABILITIES,
      },
      left(),
    );
    result.startupMs = init.receivedAt - spawnedAt;
    const sync = init.result?.capabilities?.textDocumentSync;
    const incremental = (typeof sync === 'number' ? sync : sync?.change) === 2;
    server.client.notify('initialized', {});
    server.client.notify('workspace/didChangeConfiguration', { settings });

    phase = 'warm-up';
    const warmUp = nextDiagnostics(warmUpUri);
    server.client.notify('textDocument/didOpen', {
      textDocument: {
        uri: warmUpUri,
        languageId: tool.languageId(doc),
        version: 1,
        text: warmUpText(doc.spec, doc.format),
      },
    });
    const warm = await warmUp;
    if (!tool.warmUpApplied(warm.params.diagnostics ?? [])) result.note = 'the OpenAPI schema was not applied';
    server.client.notify('textDocument/didClose', { textDocument: { uri: warmUpUri } });

    phase = 'first diagnostics';
    log(`${tool.id}: opening ${doc.label}`);
    const first = nextDiagnostics(doc.uri);
    const openedAt = performance.now();
    server.client.notify('textDocument/didOpen', {
      textDocument: { uri: doc.uri, languageId: tool.languageId(doc), version: 1, text: doc.text },
    });
    const firstDiagnostics = await first;
    result.firstMs = firstDiagnostics.receivedAt - openedAt;
    result.diagnostics = firstDiagnostics.params.diagnostics?.length ?? 0;
    result.schemaDiagnostics = (firstDiagnostics.params.diagnostics ?? []).filter((d) => d.code === 'openapi-schema' || String(d.source ?? '').startsWith('yaml-schema')).length;
    const settledAt = await settle(1500);
    result.settledMs = settledAt - openedAt;
    result.publishes = publishes.length;
    log(
      `${tool.id}: first diagnostics ${result.firstMs.toFixed(0)} ms (${result.diagnostics}), settled ${result.settledMs.toFixed(0)} ms`,
    );

    phase = 'completion';
    // Interleaved, so that a run cut short by the budget still samples the whole file; 40% of the budget is kept
    // for re-validation and memory.
    const planned = interleave(completionPositions(doc.text, doc.format, completions));
    const times = [];
    let nonEmpty = 0;
    for (const position of planned) {
      if (left() < budgetMs * 0.4) break;
      const sentAt = performance.now();
      const answer = await server.client.request(
        'textDocument/completion',
        { textDocument: { uri: doc.uri }, position, context: { triggerKind: 1 } },
        left(),
      );
      times.push(answer.receivedAt - sentAt);
      const items = Array.isArray(answer.result) ? answer.result : (answer.result?.items ?? []);
      if (items.length > 0) nonEmpty++;
    }
    result.completion = {
      medianMs: median(times),
      p95Ms: percentile(times, 95),
      count: times.length,
      planned: planned.length,
      nonEmpty,
    };
    log(
      `${tool.id}: completion median ${result.completion.medianMs?.toFixed(1)} ms, p95 ${result.completion.p95Ms?.toFixed(1)} ms (${times.length} of ${planned.length})`,
    );

    phase = 're-validation';
    await settle(300);
    const { line: editLine, character: editCharacter } = oneCharEditPosition(doc.text, doc.format);
    const edit = { line: editLine, character: editCharacter };
    const lines = doc.text.split('\n');
    const revalidations = [];
    for (let version = 2; version < 2 + edits && (version === 2 || left() > budgetMs * 0.2); version++) {
      const line = lines[edit.line];
      lines[edit.line] = line.slice(0, edit.character) + 'x' + line.slice(edit.character);
      const change = incremental
        ? { range: { start: edit, end: edit }, rangeLength: 0, text: 'x' }
        : { text: lines.join('\n') };
      const next = nextDiagnostics(doc.uri, version);
      const changedAt = performance.now();
      server.client.notify('textDocument/didChange', {
        textDocument: { uri: doc.uri, version },
        contentChanges: [change],
      });
      const published = await next;
      revalidations.push(published.receivedAt - changedAt);
      await settle(500);
    }
    result.revalidateMs = median(revalidations);
    result.revalidations = revalidations.length;
    log(`${tool.id}: re-validation ${result.revalidateMs.toFixed(0)} ms`);

    phase = 'memory';
    result.memory = processMemory(server.child.pid);
  } catch (error) {
    result.status =
      error?.code === 'timeout' ? 'timeout' : error?.code === 'crashed' || server.client.closed ? 'crashed' : 'failed';
    result.failedPhase = phase;
    result.detail = `${error?.message ?? error}${server.stderrTail() ? ` — stderr: ${server.stderrTail().slice(-400)}` : ''}`;
    log(`${tool.id}: ${result.status} during ${phase}: ${result.detail}`);
  } finally {
    await stopServer(server);
  }
  return result;
}
