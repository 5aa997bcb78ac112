import type { ExtensionServices } from '../common/services';

export function registerLanguageFeatures(_services: ExtensionServices): void {
  // Not built yet.
}
