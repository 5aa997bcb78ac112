/**
 * Asks the language server for a SAM / CloudFormation template as JSON with its intrinsics in long form
 * (`apigw/templateJson`): the server owns parsing, so `!Sub` and friends are read the way the diagnostics read them.
 */
import type * as vscode from 'vscode';
import { TemplateJsonRequest, type TemplateJsonParams } from '../../../../contract/messages';
import type { LanguageFeatures } from '../../language/languageClient';

const TIMEOUT_MS = 10_000;

/** The template as parsed JSON; undefined when the document is not a template (or the server does not answer). */
export type TemplateReader = (document: vscode.TextDocument) => Promise<unknown>;

export function createTemplateReader(language: Pick<LanguageFeatures, 'ready'> | undefined): TemplateReader {
  return async (document) => {
    if (!language) return undefined;
    try {
      const client = await language.ready();
      const params: TemplateJsonParams = { uri: document.uri.toString() };
      const timeout = new Promise<undefined>((resolve) => setTimeout(() => resolve(undefined), TIMEOUT_MS).unref?.());
      const result = await Promise.race([client.sendRequest(TemplateJsonRequest, params), timeout]);
      return result ? (JSON.parse(result.json) as unknown) : undefined;
    } catch {
      return undefined;
    }
  };
}
