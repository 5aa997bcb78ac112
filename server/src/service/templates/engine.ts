/**
 * The one door to the mapping-template engine (issue 17a's `velocity/`) for the editor features: parses are
 * cached by text, so that typing in one template of a large definition parses only that template again.
 */
import { ParsedTemplate, parseTemplate } from '../velocity';

const MAX_CACHED = 256;
const parses = new Map<string, ParsedTemplate>();

export function parseCached(text: string): ParsedTemplate {
  let parsed = parses.get(text);
  if (parsed) {
    // Most recently used last, so the oldest entry is the first to go.
    parses.delete(text);
    parses.set(text, parsed);
    return parsed;
  }
  parsed = parseTemplate(text);
  parses.set(text, parsed);
  if (parses.size > MAX_CACHED) parses.delete(parses.keys().next().value as string);
  return parsed;
}
