/**
 * Asks the language server for the open definition as JSON (`apigw/definitionJson`): the server owns parsing, so
 * YAML, comments and CloudFormation tags are read the one way the diagnostics read them.
 */
import type * as vscode from 'vscode';
import { DefinitionJsonRequest, type DefinitionJsonParams, type DefinitionJsonResult } from '../../../contract/messages';
import type { LanguageFeatures } from '../language/languageClient';

const TIMEOUT_MS = 10_000;

export type DefinitionReader = (document: vscode.TextDocument) => Promise<DefinitionJsonResult | undefined>;

export function createDefinitionReader(language: Pick<LanguageFeatures, 'ready'> | undefined): DefinitionReader {
  return async (document) => {
    if (!language) return undefined;
    try {
      const client = await language.ready();
      const params: DefinitionJsonParams = { uri: document.uri.toString() };
      const timeout = new Promise<undefined>((resolve) => setTimeout(() => resolve(undefined), TIMEOUT_MS).unref?.());
      return (await Promise.race([client.sendRequest(DefinitionJsonRequest, params), timeout])) ?? undefined;
    } catch {
      return undefined;
    }
  };
}
