/**
 * What the test-invoke feature needs from other features, as small interfaces so it does not depend on how
 * they are built. extension.ts passes them to registerInvokeFeatures.
 */
import type { OperationsResult } from '../../../contract/messages';
import type { LocalGatewayLink } from './core/invoker';
import type { ApiType } from './core/types';

/** The operations of a definition, from the language server's `apigw/operations` request. */
export interface OperationSource {
  operations(documentUri: string): Promise<OperationsResult | undefined>;
}

/** The API (and stage) a document was last deployed to, as remembered by the deploy feature. */
export interface DeployBindingLookup {
  binding(documentUri: string): { apiId: string; apiType?: ApiType; stage?: string } | undefined;
}

export interface InvokeHooks {
  operations?: OperationSource;
  deployBindings?: DeployBindingLookup;
  /** The local gateways (client/src/local): the "Local" mode. */
  local?: LocalGatewayLink;
}
