/** The one entry to parsing: picks the parser by language id or, failing that, by the first character. */
import type { ParseResult } from './ast';
import { parseJson } from './jsonParser';
import { parseYaml } from './yamlParser';

export type SyntaxKind = 'yaml' | 'json' | 'jsonc';

export function syntaxOf(languageId: string, text: string): SyntaxKind {
  if (languageId === 'json' || languageId === 'jsonc') return languageId;
  if (languageId === 'yaml') return 'yaml';
  return /^\s*[{[]/.test(text) ? 'json' : 'yaml';
}

export function parse(text: string, syntax: SyntaxKind): ParseResult {
  return syntax === 'yaml' ? parseYaml(text) : parseJson(text, syntax === 'jsonc');
}
