import type { ExtensionServices } from '../common/services';

export function registerExplorerFeatures(_services: ExtensionServices): void {
  // Not built yet.
}
