/**
 * What deploy needs to know about a standalone OpenAPI definition before sending it: its API type, its title and
 * its OpenAPI version. The language server answers (`apigw/operations`, the one API-type inference and the one
 * reading of the `apigw.apiType.overrides` setting); this turns its answer into deploy's terms. Pure.
 */
import type { OperationsResult } from '../../../contract/messages';
import type { DeployableApiType } from './deployCore';

export interface DefinitionInfo {
  /** The type the definition or the settings imply; undefined when nothing says (then ask, suggesting REST). */
  apiType?: DeployableApiType;
  /** `swagger: "2.0"`: only REST APIs import it; HTTP APIs need OpenAPI 3. */
  swagger2: boolean;
  title?: string;
}

/** `server` is undefined when the server has no definition for the document or could not be asked. */
export function definitionInfo(server: OperationsResult | undefined): DefinitionInfo {
  if (!server) return { swagger2: false };
  // WebSocket APIs are not created by importing OpenAPI: leave the choice to the user between the two that are.
  const apiType = server.apiTypeSource !== 'default' && server.apiType !== 'WEBSOCKET' ? server.apiType : undefined;
  return { apiType, swagger2: server.version === 'swagger2', ...(server.title ? { title: server.title } : {}) };
}
