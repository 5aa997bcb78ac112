import type { ExtensionServices } from '../common/services';

export function registerInvokeFeatures(_services: ExtensionServices): void {
  // Not built yet.
}
