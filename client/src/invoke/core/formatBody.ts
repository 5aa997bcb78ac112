/** Shows a response body the way its content type asks: pretty JSON, text, or the size of binary data. */
import type { FormattedBody } from './types';

/** Bodies larger than this are cut before they are shown. */
export const maxShownBytes = 2 * 1024 * 1024;

export function formatBody(bytes: Uint8Array, contentType: string | undefined, truncated = false): FormattedBody {
  const base = { size: bytes.byteLength, ...(contentType ? { contentType } : {}), ...(truncated ? { truncated } : {}) };
  if (bytes.byteLength === 0) return { kind: 'empty', text: '', ...base };
  const type = (contentType ?? '').split(';')[0].trim().toLowerCase();
  const declaredBinary = type !== '' && !isTextType(type);
  const text = declaredBinary ? undefined : decodeUtf8(bytes);
  if (text === undefined) return { kind: 'binary', text: '', ...base };
  if (isJsonType(type) || (type === '' && /^\s*[[{]/.test(text))) {
    try {
      return { kind: 'json', text: JSON.stringify(JSON.parse(text), null, 2), ...base };
    } catch {
      // Invalid JSON (or cut short): show it as it came.
    }
  }
  return { kind: 'text', text, ...base };
}

/** TestInvokeMethod returns the body as a string already. */
export function formatTextBody(body: string | undefined, contentType: string | undefined): FormattedBody {
  return formatBody(new TextEncoder().encode(body ?? ''), contentType);
}

function isJsonType(type: string): boolean {
  return type === 'application/json' || type.endsWith('+json') || type === 'text/json';
}

function isTextType(type: string): boolean {
  return (
    type.startsWith('text/') ||
    isJsonType(type) ||
    type.endsWith('+xml') ||
    [
      'application/xml',
      'application/javascript',
      'application/x-www-form-urlencoded',
      'application/yaml',
      'application/x-yaml',
      'application/graphql',
    ].includes(type)
  );
}

/** Undefined when the bytes are not UTF-8 text (invalid sequences or control characters). */
function decodeUtf8(bytes: Uint8Array): string | undefined {
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return undefined;
  }

  return /[\u0000-\u0008\u000e-\u001f]/.test(text) ? undefined : text;
}
