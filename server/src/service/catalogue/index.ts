/** Lookups over the catalogue; the only module other layers import from it. */
import { EXTENSIONS } from './extensions';
import type { ExtensionSpec } from './types';

export * from './types';
export { EXTENSIONS } from './extensions';

export const EXTENSION_PREFIX = 'x-amazon-apigateway-';

const byName = new Map(EXTENSIONS.map((e) => [e.name, e]));

export function findExtension(name: string): ExtensionSpec | undefined {
  return byName.get(name);
}

export function isApiGatewayExtensionKey(key: string): boolean {
  return key.startsWith(EXTENSION_PREFIX);
}
