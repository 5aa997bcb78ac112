/**
 * Text of values read from parsed JSON or YAML (definitions, templates, tokens, Lambda answers) where a string is
 * needed. A scalar gives its text; an object or array never becomes "[object Object]": each caller says what it
 * stands for instead (a default, or its JSON).
 */

/** A string as is, a number or boolean as JSON writes it; undefined for null, objects, arrays and anything else. */
export function scalarText(value: unknown): string | undefined {
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean' || typeof value === 'bigint') return String(value);
  return undefined;
}

/** A scalar's text, an object or array as its JSON (as API Gateway prints them); undefined for null or nothing. */
export function jsonText(value: unknown): string | undefined {
  if (value === null || value === undefined) return undefined;
  return scalarText(value) ?? JSON.stringify(value);
}
