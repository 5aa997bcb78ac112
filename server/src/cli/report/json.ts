// `--format json`: the findings as data, for scripts.
import type { CheckFinding } from '../findings';

export function jsonReport(findings: readonly CheckFinding[], files: readonly string[]): string {
  const count = (s: string) => findings.filter((f) => f.severity === s).length;
  return (
    JSON.stringify(
      {
        files,
        findings,
        summary: {
          error: count('error'),
          warning: count('warning'),
          information: count('information'),
          hint: count('hint'),
        },
      },
      null,
      2,
    ) + '\n'
  );
}
