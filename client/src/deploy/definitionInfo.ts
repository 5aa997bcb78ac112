/**
 * What deploy needs to know about a standalone OpenAPI definition before sending it: its API type, its title and
 * its OpenAPI version. A cheap look at the text (the server owns real parsing). Pure.
 */
import type { ApiType } from '../aws/apis';

const httpMarkers = /["']?(x-amazon-apigateway-cors|x-amazon-apigateway-importexport-version|payloadFormatVersion)["']?\s*:/;
// Extensions that only REST APIs understand.
const restMarkers =
  /["']?x-amazon-apigateway-(request-validators?|gateway-responses|binary-media-types|api-key-source|policy|minimum-compression-size|documentation|any-method|endpoint-configuration)["']?\s*:/;

export interface DefinitionInfo {
  /** The type the text implies; undefined when nothing says (then ask, suggesting REST). */
  apiType?: Exclude<ApiType, 'WEBSOCKET'>;
  /** `swagger: "2.0"`: only REST APIs import it; HTTP APIs need OpenAPI 3. */
  swagger2: boolean;
  openApi3: boolean;
  title?: string;
}

export function inspectDefinition(text: string): DefinitionInfo {
  const swagger2 = /^\s*["']?swagger["']?\s*:\s*["']?2/m.test(text);
  const openApi3 = /^\s*["']?openapi["']?\s*:\s*["']?3/m.test(text);
  const apiType = httpMarkers.test(text) ? 'HTTP' : swagger2 || restMarkers.test(text) ? 'REST' : undefined;
  const title = /["']?title["']?\s*:\s*(?:"((?:[^"\\]|\\.)*)"|'([^']*)'|([^\n,}#]+))/.exec(text);
  const raw = title ? (title[1]?.replace(/\\(.)/g, '$1') ?? title[2] ?? title[3] ?? '').trim() : '';
  return { apiType, swagger2, openApi3, title: raw || undefined };
}
