/**
 * Builds the LanguageClient for the bundled server (dist/server.js). Documents are filtered by the sniff in
 * middleware, like microsoft/vscode-eslint's client: the server only ever hears of API Gateway documents.
 */
import * as vscode from 'vscode';
import { DidOpenTextDocumentNotification, LanguageClient, State, TransportKind } from 'vscode-languageclient/node';
import type { LanguageClientOptions, Middleware, ServerOptions } from 'vscode-languageclient/node';
import { candidateLanguages, candidateSchemes, DocumentSyncFilter } from './documentSync';
import { currentFileAccess } from './fileAccess';

import { clientId, clientName } from './names';

export interface ClientChannels {
  /** The server's own log (its stderr and window/logMessage). */
  readonly output: vscode.LogOutputChannel;
  /**
   * LSP message trace. vscode-languageclient 11 traces only while this channel's log level is Trace
   * ("Developer: Set Log Level…"); `apigw.trace.server` then picks `messages` or `verbose`.
   */
  readonly trace: vscode.LogOutputChannel;
}

export const documentSelector = candidateSchemes.flatMap((scheme) =>
  candidateLanguages.map((language) => ({ scheme, language })),
);

export function createLanguageClient(
  context: vscode.ExtensionContext,
  channels: ClientChannels,
  filter: DocumentSyncFilter,
): LanguageClient {
  const module = context.asAbsolutePath('dist/server.js');
  const serverOptions: ServerOptions = {
    run: { module, transport: TransportKind.ipc },
    debug: { module, transport: TransportKind.ipc, options: { execArgv: ['--nolazy', '--inspect=6019'] } },
  };
  const clientOptions: LanguageClientOptions = {
    documentSelector,
    synchronize: { configurationSection: clientId },
    outputChannel: channels.output,
    traceOutputChannel: channels.trace,
    middleware: filteringMiddleware(filter, () => client),
    // Workspace Trust decides which files `$ref`s may make the server read (fileAccess.ts).
    initializationOptions: { fileAccess: currentFileAccess() },
  };
  const client = new LanguageClient(clientId, clientName, serverOptions, clientOptions);
  return client;
}

function filteringMiddleware(filter: DocumentSyncFilter, getClient: () => LanguageClient): Middleware {
  const synced = (document: vscode.TextDocument) => filter.isSynced(document.uri.toString());
  return {
    didOpen: async (document, next) => {
      if (filter.onOpen(document.uri.toString(), document.getText(), document.languageId) === 'open')
        await next(document);
    },
    didChange: async (event, next) => {
      const decision = filter.onChange(
        event.document.uri.toString(),
        () => event.document.getText(),
        event.document.languageId,
      );
      if (decision === 'change') return next(event);
      if (decision === 'open') {
        // The document just became an API Gateway document: its whole current text goes in one didOpen.
        const client = getClient();
        await client.sendNotification(
          DidOpenTextDocumentNotification.type,
          client.code2ProtocolConverter.asOpenTextDocumentParams(event.document),
        );
      }
    },
    didClose: async (document, next) => {
      if (filter.onClose(document.uri.toString()) === 'close') await next(document);
    },
    didSave: async (document, next) => {
      if (synced(document)) await next(document);
    },
    willSave: async (event, next) => {
      if (synced(event.document)) await next(event);
    },
    // Requests about other YAML/JSON files never reach the server.
    provideCompletionItem: (document, position, context, token, next) =>
      synced(document) ? next(document, position, context, token) : undefined,
    provideHover: (document, position, token, next) => (synced(document) ? next(document, position, token) : undefined),
    provideCodeActions: (document, range, context, token, next) =>
      synced(document) ? next(document, range, context, token) : undefined,
    provideDefinition: (document, position, token, next) =>
      synced(document) ? next(document, position, token) : undefined,
    provideDocumentSymbols: (document, token, next) => (synced(document) ? next(document, token) : undefined),
    provideCodeLenses: (document, token, next) => (synced(document) ? next(document, token) : undefined),
  };
}

/** Between an automatic restart's stop and start the state is never observable from outside, so this means "gave up". */
export function hasGivenUp(client: LanguageClient): boolean {
  return client.state === State.Stopped || client.state === State.StartFailed;
}
