// One finding of `apigw-check`, as every report format prints it, and the order they are printed in.
import type { Diagnostic } from 'vscode-languageserver-types';
import type { Severity } from '../service/validation/rule';

export interface CheckFinding {
  file: string;
  /** 1-based, as editors and CI annotations count. */
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  severity: Severity;
  rule: string;
  message: string;
}

const severityOf: Record<number, Severity> = { 1: 'error', 2: 'warning', 3: 'information', 4: 'hint' };
const rank: Record<Severity, number> = { error: 0, warning: 1, information: 2, hint: 3 };

export function toFinding(file: string, d: Diagnostic): CheckFinding {
  return {
    file,
    line: d.range.start.line + 1,
    column: d.range.start.character + 1,
    endLine: d.range.end.line + 1,
    endColumn: d.range.end.character + 1,
    severity: severityOf[d.severity ?? 1],
    rule: String(d.code ?? 'unknown'),
    message: typeof d.message === 'string' ? d.message : d.message.value,
  };
}

/** By file, then line, then column. */
export function sortFindings(findings: CheckFinding[]): CheckFinding[] {
  return findings.sort((a, b) =>
    a.file < b.file ? -1 : a.file > b.file ? 1 : a.line - b.line || a.column - b.column || a.rule.localeCompare(b.rule),
  );
}

/** Does a finding reach the --fail-on threshold? */
export function atOrAbove(finding: CheckFinding, threshold: Severity): boolean {
  return rank[finding.severity] <= rank[threshold];
}
