// `--format text`: one line per finding, `file:line:col: severity rule: message`, as compilers print them, and a
// summary line.
import type { CheckFinding } from '../findings';

export function textReport(findings: readonly CheckFinding[], fileCount: number): string {
  const lines = findings.map((f) => `${f.file}:${f.line}:${f.column}: ${f.severity} ${f.rule}: ${f.message}`);
  const count = (s: string) => findings.filter((f) => f.severity === s).length;
  lines.push(
    `${fileCount} file(s) checked: ${count('error')} error(s), ${count('warning')} warning(s), ${count('information') + count('hint')} note(s)`,
  );
  return lines.join('\n') + '\n';
}
