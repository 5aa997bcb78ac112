/**
 * Percent-decoding of text a user or a client wrote (`$ref` pointers, document addresses, request paths): a `%` not
 * followed by two hex digits (`#/definitions/100%`, `file:///w/50%.yaml`) makes `decodeURIComponent` throw, and the
 * text is then kept as written instead of stopping whatever was reading it.
 */
export function decodePercentOrKeep(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}
