// The transport floor: a language server that does nothing but answer. It publishes empty diagnostics for every
// open and change, and empty completion lists, over the same vscode-languageserver connection our server uses.
// No server that publishes diagnostics can be faster than this one.
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const requireFromRoot = createRequire(path.join(path.dirname(fileURLToPath(import.meta.url)), '..', 'package.json'));
const { createConnection, ProposedFeatures, TextDocumentSyncKind } = requireFromRoot('vscode-languageserver/node');

const connection = createConnection(ProposedFeatures.all);
connection.onInitialize(() => ({ capabilities: { textDocumentSync: TextDocumentSyncKind.Incremental, completionProvider: {} } }));
const publish = ({ textDocument }) => connection.sendDiagnostics({ uri: textDocument.uri, version: textDocument.version, diagnostics: [] });
connection.onDidOpenTextDocument(publish);
connection.onDidChangeTextDocument(publish);
connection.onCompletion(() => []);
connection.listen();
