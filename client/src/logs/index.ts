import type { ExtensionServices } from '../common/services';

export function registerLogFeatures(_services: ExtensionServices): void {
  // Not built yet.
}
