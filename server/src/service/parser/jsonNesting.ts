/**
 * How deep a JSON text nests, found by a flat scan before any recursive parser sees it: jsonc-parser descends
 * one stack frame per level and overflows the stack at a few thousand levels, which would leave the document
 * without any result. Strings and comments are skipped so that brackets inside them do not count.
 */

/** The offset of the first `{` or `[` that opens level `maxDepth + 1`, or -1 when the text stays within it. */
export function offsetBeyondDepth(text: string, maxDepth: number): number {
  let depth = 0;
  const n = text.length;
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if (c === 34 /* " */) {
      // To the closing quote, or the end of the line for an unterminated string (as the JSON scanner does).
      for (i++; i < n; i++) {
        const s = text.charCodeAt(i);
        if (s === 92 /* \ */) i++;
        else if (s === 34 || s === 10 || s === 13) break;
      }
    } else if (c === 47 /* / */ && text.charCodeAt(i + 1) === 47) {
      while (i < n && text.charCodeAt(i) !== 10) i++;
    } else if (c === 47 && text.charCodeAt(i + 1) === 42 /* * */) {
      const end = text.indexOf('*/', i + 2);
      i = end < 0 ? n : end + 1;
    } else if (c === 123 /* { */ || c === 91 /* [ */) {
      if (++depth > maxDepth) return i;
    } else if (c === 125 /* } */ || c === 93 /* ] */) {
      if (depth > 0) depth--;
    }
  }
  return -1;
}
