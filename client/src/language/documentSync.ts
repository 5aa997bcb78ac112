/**
 * Which documents the language client syncs to the server. Pure (no `vscode`) so that it can be tested in Node.
 * Only YAML/JSON documents that pass the cheap sniff are sent: the server never sees a user's other files,
 * and a document that becomes an API Gateway definition while typed is opened on the server at that moment.
 */
import { isApiGatewayDocument } from '../../../contract/sniff';

/** Languages the client looks at; each document is then sniffed. */
export const candidateLanguages = ['yaml', 'json', 'jsonc'] as const;
/** Schemes the server can read from the text it is sent (no remote or virtual file systems needed). */
export const candidateSchemes = ['file', 'untitled'] as const;

export function isCandidateDocument(languageId: string, scheme: string): boolean {
  return (
    (candidateLanguages as readonly string[]).includes(languageId) &&
    (candidateSchemes as readonly string[]).includes(scheme)
  );
}

export type OpenDecision = 'open' | 'skip';
/** 'change': forward the change; 'open': the document just became relevant, send it whole as an open. */
export type ChangeDecision = 'change' | 'open' | 'skip';
export type CloseDecision = 'close' | 'skip';

/**
 * Remembers which documents the server has been sent. A document stays synced once opened, even if an edit
 * removes its markers: the server then clears its diagnostics itself instead of keeping stale ones.
 */
export class DocumentSyncFilter {
  private readonly synced = new Set<string>();

  onOpen(uri: string, text: string): OpenDecision {
    if (this.synced.has(uri)) return 'skip';
    if (!isApiGatewayDocument(text)) return 'skip';
    this.synced.add(uri);
    return 'open';
  }

  onChange(uri: string, text: () => string): ChangeDecision {
    if (this.synced.has(uri)) return 'change';
    return this.onOpen(uri, text()) === 'open' ? 'open' : 'skip';
  }

  onClose(uri: string): CloseDecision {
    return this.synced.delete(uri) ? 'close' : 'skip';
  }

  isSynced(uri: string): boolean {
    return this.synced.has(uri);
  }

  /** A new server process knows no documents. */
  reset(): void {
    this.synced.clear();
  }
}
