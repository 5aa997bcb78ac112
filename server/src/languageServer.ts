/**
 * Wires the language service to an LSP connection: document sync, debounced validation, and one-line
 * delegations for each request. Takes the connection as a parameter so tests can drive it over any stream.
 */
import { fileURLToPath } from 'node:url';
import {
  Connection,
  Diagnostic,
  InitializeParams,
  Range,
  TextDocumentSyncKind,
  TextDocuments,
} from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { DIAGNOSTIC_SOURCE } from '../../contract/diagnostics';
import {
  DefinitionJsonRequest,
  TemplateJsonRequest,
  FileAccessNotification,
  FileAccessParams,
  LocateRequest,
  OperationsRequest,
  RenderTemplateRequest,
  SampleTemplateRequest,
} from '../../contract/messages';
import type { FileAccessState } from './refFiles/access';
import { referencedFilesHost } from './refFiles/referencedFilesHost';
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
  // No host of its own: each check gets one holding the files its `$ref`s name, read beforehand without
  // blocking (refFiles/).
  const service = getLanguageService({ host: { fileUrlToPath: fileURLToPath }, log });
  /** Workspace Trust and folders, from the client (FileAccessNotification); clients without trust are trusted. */
  let fileAccess: FileAccessState = { trusted: true, folders: [] };
  /** The one edit between two versions of a document, when a change was exactly one edit. */
  const lastEdits = new Map<string, { from: number; to: number; edit: SingleEdit }>();
  const documents = new TextDocuments({
    create: TextDocument.create,
    update(doc, changes, version) {
      const change = changes.length === 1 ? (changes[0] as { range?: Range; text: string }) : undefined;
      if (change?.range) {
        // A range whose end comes before its start is read as its reverse, as TextDocument.update does.
        const [start, end] = [doc.offsetAt(change.range.start), doc.offsetAt(change.range.end)].sort((a, b) => a - b);
        lastEdits.set(doc.uri, {
          from: doc.version,
          to: version,
          edit: { offset: start, removed: end - start, text: change.text },
        });
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
      const next = cached.then(
        (m) => (m.version === doc.version ? m : build(m)),
        () => build(),
      );
      models.set(key, next);
      return next;
    }
    const next = build();
    models.set(key, next);
    return next;
  }

  /**
   * The one way diagnostics leave the server. Every result was computed for one version of one open document;
   * it is published only while that document is still open at that version. TextDocuments updates the document
   * object in place, so callers capture the object and its version when they start, and both are compared here:
   * a newer version, a close, or a close and re-open (a new object, maybe at the same version) drop the result.
   */
  function publish(doc: TextDocument, version: number, diagnostics: Diagnostic[]): boolean {
    if (documents.get(doc.uri) !== doc || doc.version !== version) return false;
    void connection.sendDiagnostics({ uri: doc.uri, version, diagnostics });
    return true;
  }

  async function validate(doc: TextDocument): Promise<void> {
    const version = doc.version;
    const s = await settings.get(doc.uri);
    if (doc.getText().length > MAX_DOCUMENT_BYTES) {
      const severity = severityOf('too-large', s);
      const range = { start: { line: 0, character: 0 }, end: { line: 0, character: 1 } };
      const message = `This file is larger than ${MAX_DOCUMENT_BYTES / 1024 / 1024} MB; API Gateway checks are skipped (AWS imports at most 6 MB).`;
      publish(
        doc,
        version,
        severity ? [{ range, severity, source: DIAGNOSTIC_SOURCE, code: 'too-large', message }] : [],
      );
      return;
    }
    const m = await model(doc);
    // A newer version has its own validation coming: nothing to do for this one.
    if (m.version !== version || doc.version !== version) return;
    const host = await referencedFilesHost(service.referencedFiles(m), doc.uri, fileAccess, s.referencedFiles);
    if (doc.version !== version) return;
    // The OpenAPI schema check (when `s.openApiSchema`) runs in the same pass, on the same tree: one publication.
    publish(doc, version, service.validate(m, s, host));
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
    timers.set(
      doc.uri,
      setTimeout(() => {
        timers.delete(doc.uri);
        validate(doc).catch((e) => log.error(`validation failed for ${doc.uri}: ${(e as Error).stack ?? e}`));
      }, delay),
    );
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
    fileAccess = initialFileAccess(params);
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

  connection.onNotification(FileAccessNotification, (p: FileAccessParams) => {
    fileAccess = { trusted: p.trusted === true, folders: filePaths(p.folders) };
    documents.all().forEach((d) => schedule(d, 0));
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
  connection.onCodeAction((p) =>
    withModel(p.textDocument.uri, [], (m) => service.codeActions(m, p.range, p.context.diagnostics)),
  );
  connection.onDefinition((p) => withModel(p.textDocument.uri, [], (m) => service.definition(m, p.position)));
  connection.onReferences((p) =>
    withModel(p.textDocument.uri, [], (m) => service.references(m, p.position, p.context.includeDeclaration)),
  );
  connection.onDocumentSymbol((p) => withModel(p.textDocument.uri, [], (m) => service.documentSymbols(m)));
  connection.onCodeLens((p) => withModel(p.textDocument.uri, [], (m) => service.codeLenses(m)));
  connection.onRequest(LocateRequest, (p) => withModel(p.uri, null, (m) => service.locate(m, p.path)));
  connection.onRequest(OperationsRequest, (p) => withModel(p.uri, null, (m) => service.operations(m)));
  connection.onRequest(DefinitionJsonRequest, (p) => withModel(p.uri, null, (m) => service.definitionJson(m)));
  connection.onRequest(TemplateJsonRequest, (p) => withModel(p.uri, null, (m) => service.templateJson(m)));
  connection.onRequest(SampleTemplateRequest, (p) =>
    withModel(p.uri, null, (m) => service.sampleTemplateRequest(m, p.templatePath)),
  );
  connection.onRequest(RenderTemplateRequest, (p) =>
    withModel(p.uri, null, (m) => service.renderTemplate(m, p.templatePath, p.request)),
  );

  // Before listening: the first document then meets a parser that has seen every path (see prime.ts).
  primeLanguageService(service);
  documents.listen(connection);
  connection.listen();
}

/**
 * VS Code's client says whether the workspace is trusted (initializationOptions.fileAccess). Other clients have no
 * Workspace Trust: the user started the server, so it is trusted, with the folders the client names.
 */
function initialFileAccess(params: InitializeParams): FileAccessState {
  const given = (params.initializationOptions as { fileAccess?: FileAccessParams } | undefined)?.fileAccess;
  if (given) return { trusted: given.trusted === true, folders: filePaths(given.folders) };
  const folders = params.workspaceFolders?.map((f) => f.uri) ?? (params.rootUri ? [params.rootUri] : []);
  return { trusted: true, folders: filePaths(folders) };
}

function filePaths(uris: unknown): string[] {
  if (!Array.isArray(uris)) return [];
  const paths: string[] = [];
  for (const uri of uris) {
    try {
      if (typeof uri === 'string' && uri.startsWith('file:')) paths.push(fileURLToPath(uri));
    } catch {
      /* not a local folder */
    }
  }
  return paths;
}
