/**
 * What one rule module tells the user about an inline definition, through the language service's validation entry
 * point: each diagnostic as one line with its code, severity, range, the text it underlines, its message and its
 * quick-fix data, so that a test holds all of it at once.
 */
import fs from 'node:fs';
import { getLanguageService } from '../../../../../server/src/service/languageService';
import type { RuleId } from '../../../../../server/src/service/validation/rule';

const severities = ['', 'error', 'warning', 'information', 'hint'];

export interface DiagnoseOptions {
  apiType?: 'REST' | 'HTTP' | 'WEBSOCKET';
  /** The document's language (yaml unless said). */
  json?: boolean;
  /** The document's URI (a file under /test unless said). */
  uri?: string;
  /** The files $refs can read (path -> text); the real file system when left out, none at all when null. */
  files?: Record<string, string> | null;
  /** The paths the service read, in order. */
  reads?: string[];
  /** Lines the service logs as errors (a rule that throws is logged, not reported). */
  errors?: string[];
}

/**
 * `code severity L:C-L:C "underlined text" message` (1-based lines and columns) for every diagnostic whose code the
 * rule module reports, in the order the service returns them, each followed by `  fix {data}` when it has fix data.
 */
export function diagnose(text: string, rule: { reports: readonly RuleId[] }, options: DiagnoseOptions = {}): string[] {
  const { files } = options;
  const readFile = (p: string) => {
    options.reads?.push(p);
    return files ? files[p] : fs.existsSync(p) ? fs.readFileSync(p, 'utf8') : undefined;
  };
  const service = getLanguageService({
    host: files === null ? {} : { readFile },
    log: { error: (message: string) => options.errors?.push(message) },
  });
  const settings = options.apiType ? { apiTypeOverrides: { '**': options.apiType } } : {};
  const languageId = options.json ? 'json' : 'yaml';
  const uri = options.uri ?? `file:///test/api.${languageId}`;
  const doc = service.parseDocument(uri, languageId, 1, text, settings);
  const lines: string[] = [];
  for (const d of service.validate(doc, settings)) {
    if (!rule.reports.includes(String(d.code) as RuleId)) continue;
    const { start, end } = d.range;
    const underlined = doc.text.getText(d.range);
    lines.push(
      `${String(d.code)} ${severities[d.severity ?? 0]} ${start.line + 1}:${start.character + 1}-${end.line + 1}:${end.character + 1} ${JSON.stringify(underlined)} ${String(d.message)}`,
    );
    if (d.data !== undefined) lines.push(`  fix ${JSON.stringify(d.data)}`);
  }
  return lines;
}
