/** The key/value lists of the panel (query string, headers, stage variables). */
import type { KeyValue } from './types';

/** Lower-cased header map; later entries win; rows without a name are ignored. */
export function headerMap(rows: readonly KeyValue[]): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [name, value] of rows) {
    const key = name.trim().toLowerCase();
    if (key) out[key] = value;
  }
  return out;
}

export function recordOf(rows: readonly KeyValue[]): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [name, value] of rows) if (name.trim()) out[name.trim()] = value;
  return out;
}

/** Header names whose values are credentials: never stored in history. */
export const sensitiveHeaders = new Set([
  'authorization',
  'x-api-key',
  'cookie',
  'x-amz-security-token',
  'proxy-authorization',
]);

export function isValidHeaderName(name: string): boolean {
  return /^[!#$%&'*+.^_`|~0-9A-Za-z-]+$/.test(name);
}
