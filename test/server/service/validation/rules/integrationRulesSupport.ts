/**
 * What the integration rules' tests read of a document: every diagnostic the language service reports on it, as a
 * user sees it (place, severity, code, message, quick-fix data). Shared by the tests of the integration rules
 * (integrationUri, requestParameters, ...), which check one rule's diagnostics at a time.
 */
import { getLanguageService } from '../../../../../server/src/service/languageService';

const service = getLanguageService({ host: { readFile: () => undefined } });
const severities = ['', 'error', 'warning', 'information', 'hint'];

export interface Seen {
  /** `line:column-line:column`, both 1-based, as an editor shows them. */
  at: string;
  severity: string;
  code: string;
  message: string;
  data?: unknown;
}

export interface DiagnoseOptions {
  apiType?: 'REST' | 'HTTP' | 'WEBSOCKET';
  json?: boolean;
}

/** The diagnostics of `text`, in the order the service gives them. */
export function diagnose(text: string, options: DiagnoseOptions = {}): Seen[] {
  const settings = options.apiType ? { apiTypeOverrides: { '**': options.apiType } } : {};
  const uri = `file:///work/api.${options.json ? 'json' : 'yaml'}`;
  const doc = service.parseDocument(uri, options.json ? 'json' : 'yaml', 1, text, settings);
  return service.validate(doc, settings).map((d) => ({
    at: `${d.range.start.line + 1}:${d.range.start.character + 1}-${d.range.end.line + 1}:${d.range.end.character + 1}`,
    severity: severities[d.severity ?? 0],
    code: String(d.code),
    message: String(d.message),
    ...(d.data !== undefined ? { data: d.data } : {}),
  }));
}

/** Only the diagnostics with one of these codes. */
export function diagnoseCodes(text: string, codes: string[], options: DiagnoseOptions = {}): Seen[] {
  return diagnose(text, options).filter((d) => codes.includes(d.code));
}

/** The 1-based `line:column-line:column` span of the first occurrence of `needle` (on one line) in `text`. */
export function spanOf(text: string, needle: string, from = 0): string {
  const at = text.indexOf(needle, from);
  if (at < 0) throw new Error(`'${needle}' is not in the text`);
  const before = text.slice(0, at).split('\n');
  const line = before.length;
  const col = before[before.length - 1].length + 1;
  return `${line}:${col}-${line}:${col + needle.length}`;
}
