/**
 * Wires the language service to an LSP connection: document sync, debounced validation, and one-line
 * delegations for each request. Takes the connection as a parameter so tests can drive it over any stream.
 */
import fs from 'node:fs';
import { Connection, Range, TextDocumentSyncKind, TextDocuments } from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { DIAGNOSTIC_SOURCE } from '../../contract/diagnostics';
import { DefinitionJsonRequest, LocateRequest, OperationsRequest } from '../../contract/messages';
import type { ApiDocument } from './service/document/model';
import type { SingleEdit } from './service/parser/incremental';
import { getLanguageService } from './service/languageService';
import { primeLanguageService } from './service/prime/prime';
import { severityOf } from './service/validation/validate';
import { SettingsCache } from './settings';

/** Files larger than this are not checked: parsing them would stall the editor. */
export const MAX_DOCUMENT_BYTES = 16 * 1024 * 1024;
const CHANGE_DEBOUNCE_MS = 40;

export function startServer(connection: Connection): void {
  const log = { error: (m: string) => connection.console.error(m) };
  const service = getLanguageService({
    host: {
      readFile(path) {
        try {
          return fs.statSync(path).size <= MAX_DOCUMENT_BYTES ? fs.readFileSync(path, 'utf8') : undefined;
        } catch {
          return undefined;
        }
      },
    },
    log,
  });
  /** The one edit between two versions of a document, when a change was exactly one edit. */
  const lastEdits = new Map<string, { from: number; to: number; edit: SingleEdit }>();
  const documents = new TextDocuments({
    create: TextDocument.create,
    update(doc, changes, version) {
      const change = changes.length === 1 ? (changes[0] as { range?: Range; text: string }) : undefined;
      if (change?.range) {
        const offset = doc.offsetAt(change.range.start);
        lastEdits.set(doc.uri, { from: doc.version, to: version, edit: { offset, removed: doc.offsetAt(change.range.end) - offset, text: change.text } });
      } else lastEdits.delete(doc.uri);
      return TextDocument.update(doc, changes, version);
    },
  });
  const settings = new SettingsCache(connection);
  const models = new Map<string, Promise<ApiDocument>>();
  const timers = new Map<string, NodeJS.Timeout>();

  /**
   * Parsed once per document version and settings; every request shares it. After a single edit inside a
   * string, the previous version's tree is patched instead of parsed again.
   */
  function model(doc: TextDocument): Promise<ApiDocument> {
    const key = doc.uri;
    const cached = models.get(key);
    const build = async (previous?: ApiDocument) => {
      const s = await settings.get(doc.uri);
      const text = doc.getText();
      if (text.length > MAX_DOCUMENT_BYTES) return service.parseDocument(doc.uri, doc.languageId, doc.version, '', s);
      const edit = lastEdits.get(key);
      if (previous && edit && edit.from === previous.version && edit.to === doc.version) {
        return service.updateDocument(previous, edit.edit, text, doc.version, s);
      }
      return service.parseDocument(doc.uri, doc.languageId, doc.version, text, s);
    };
    if (cached) {
      // A failed build must not poison the chain: the next version starts from a full parse.
      const next = cached.then((m) => (m.version === doc.version ? m : build(m)), () => build());
      models.set(key, next);
      return next;
    }
    const next = build();
    models.set(key, next);
    return next;
  }

  async function validate(doc: TextDocument): Promise<void> {
    const s = await settings.get(doc.uri);
    if (doc.getText().length > MAX_DOCUMENT_BYTES) {
      const severity = severityOf('too-large', s);
      const range = { start: { line: 0, character: 0 }, end: { line: 0, character: 1 } };
      const message = `This file is larger than ${MAX_DOCUMENT_BYTES / 1024 / 1024} MB; API Gateway checks are skipped (AWS imports at most 6 MB).`;
      void connection.sendDiagnostics({ uri: doc.uri, version: doc.version, diagnostics: severity ? [{ range, severity, source: DIAGNOSTIC_SOURCE, code: 'too-large', message }] : [] });
      return;
    }
    const m = await model(doc);
    if (documents.get(doc.uri)?.version !== doc.version) return;
    // The OpenAPI schema check (when `s.openApiSchema`) runs in the same pass, on the same tree: one publication.
    const diagnostics = service.validate(m, s);
    void connection.sendDiagnostics({ uri: doc.uri, version: doc.version, diagnostics });
  }

  const lastRun = new Map<string, number>();

  /**
   * Validates at once when the document has been quiet (the first keystroke after a pause shows its result
   * without waiting); keystrokes that follow quickly are coalesced into one run after `delay`.
   */
  function schedule(doc: TextDocument, delay: number): void {
    const pending = timers.has(doc.uri);
    clearTimeout(timers.get(doc.uri));
    if (!pending && Date.now() - (lastRun.get(doc.uri) ?? 0) > delay) delay = 0;
    lastRun.set(doc.uri, Date.now());
    timers.set(doc.uri, setTimeout(() => {
      timers.delete(doc.uri);
      validate(doc).catch((e) => log.error(`validation failed for ${doc.uri}: ${(e as Error).stack ?? e}`));
    }, delay));
  }

  const withModel = async <T>(uri: string, empty: T, f: (m: ApiDocument) => T): Promise<T> => {
    const doc = documents.get(uri);
    if (!doc) return empty;
    try {
      return f(await model(doc));
    } catch (e) {
      log.error(`request failed for ${uri}: ${String((e as Error).stack ?? e)}`);
      return empty;
    }
  };

  connection.onInitialize((params) => {
    settings.supportsPull = !!params.capabilities.workspace?.configuration;
    return {
      capabilities: {
        textDocumentSync: TextDocumentSyncKind.Incremental,
        completionProvider: { triggerCharacters: ['"', ':', ' ', '.', '$', '/', '#'], resolveProvider: false },
        hoverProvider: true,
        codeActionProvider: { codeActionKinds: ['quickfix'] },
        definitionProvider: true,
        referencesProvider: true,
        documentSymbolProvider: true,
        codeLensProvider: { resolveProvider: false },
      },
      serverInfo: { name: 'API Gateway Language Server' },
    };
  });

  connection.onDidChangeConfiguration(() => {
    settings.clear();
    models.clear();
    documents.all().forEach((d) => schedule(d, 0));
  });

  // Fired for opens too; an open (or the first edit after a pause) is validated at once.
  documents.onDidChangeContent((e) => schedule(e.document, CHANGE_DEBOUNCE_MS));
  documents.onDidClose((e) => {
    clearTimeout(timers.get(e.document.uri));
    timers.delete(e.document.uri);
    models.delete(e.document.uri);
    lastEdits.delete(e.document.uri);
    lastRun.delete(e.document.uri);
    settings.clear(e.document.uri);
    void connection.sendDiagnostics({ uri: e.document.uri, diagnostics: [] });
  });

  connection.onCompletion((p) => withModel(p.textDocument.uri, null, (m) => service.complete(m, p.position)));
  connection.onHover((p) => withModel(p.textDocument.uri, null, (m) => service.hover(m, p.position)));
  connection.onCodeAction((p) => withModel(p.textDocument.uri, [], (m) => service.codeActions(m, p.range, p.context.diagnostics)));
  connection.onDefinition((p) => withModel(p.textDocument.uri, [], (m) => service.definition(m, p.position)));
  connection.onReferences((p) => withModel(p.textDocument.uri, [], (m) => service.references(m, p.position, p.context.includeDeclaration)));
  connection.onDocumentSymbol((p) => withModel(p.textDocument.uri, [], (m) => service.documentSymbols(m)));
  connection.onCodeLens((p) => withModel(p.textDocument.uri, [], (m) => service.codeLenses(m)));
  connection.onRequest(LocateRequest, (p) => withModel(p.uri, null, (m) => service.locate(m, p.path)));
  connection.onRequest(OperationsRequest, (p) => withModel(p.uri, null, (m) => service.operations(m)));
  connection.onRequest(DefinitionJsonRequest, (p) => withModel(p.uri, null, (m) => service.definitionJson(m)));

  // Before listening: the first document then meets a parser that has seen every path (see prime.ts).
  primeLanguageService(service);
  documents.listen(connection);
  connection.listen();
}
