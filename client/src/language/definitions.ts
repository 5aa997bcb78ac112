/**
 * What the language server knows about a definition (`apigw/operations`): its API type and where that type comes
 * from, its OpenAPI version, title and operations. Deploy and test invoke ask here instead of reading the text
 * themselves, so there is one API-type inference (the language service's) and one glob engine for the
 * `apigw.apiType.overrides` setting.
 */
import { OperationsRequest, type OperationsResult } from '../../../contract/messages';
import type { LanguageFeatures } from './languageClient';

export interface DefinitionSource {
  /** undefined when the document holds no definition. Rejects when the server cannot be reached. */
  operations(documentUri: string): Promise<OperationsResult | undefined>;
}

export function definitionsFrom(language: Pick<LanguageFeatures, 'ready'>): DefinitionSource {
  return {
    async operations(uri) {
      const client = await language.ready();
      return (await client.sendRequest(OperationsRequest, { uri })) ?? undefined;
    },
  };
}
