// `--format sarif`: SARIF 2.1.0, the format code-scanning views (GitHub, Azure DevOps, VS Code's SARIF viewer) read,
// with every rule's id, description and default level as the tool's rule metadata.
import { RULES } from '../../service/validation/registry';
import type { Severity } from '../../service/validation/rule';
import type { CheckFinding } from '../findings';

const level: Record<Severity, 'error' | 'warning' | 'note'> = {
  error: 'error',
  warning: 'warning',
  information: 'note',
  hint: 'note',
};

export function sarifReport(findings: readonly CheckFinding[], version: string): string {
  const ruleIndex = new Map<string, number>(RULES.map((r, i) => [r.id, i]));
  const log = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'apigw-check',
            fullName: 'API Gateway Studio checker',
            version,
            rules: RULES.map((r) => ({
              id: r.id,
              shortDescription: { text: r.description },
              defaultConfiguration: { level: level[r.severity] },
            })),
          },
        },
        originalUriBaseIds: { SRCROOT: { uri: toFolderUri(process.cwd()) } },
        results: findings.map((f) => ({
          ruleId: f.rule,
          ...(ruleIndex.has(f.rule) ? { ruleIndex: ruleIndex.get(f.rule) } : {}),
          level: level[f.severity],
          message: { text: f.message },
          locations: [
            {
              physicalLocation: {
                artifactLocation: artifact(f.file),
                region: { startLine: f.line, startColumn: f.column, endLine: f.endLine, endColumn: f.endColumn },
              },
            },
          ],
        })),
      },
    ],
  };
  return JSON.stringify(log, null, 2) + '\n';
}

function toFolderUri(folder: string): string {
  const uri = new URL(`file://${folder.split('/').map(encodeURIComponent).join('/')}`).href;
  return uri.endsWith('/') ? uri : `${uri}/`;
}

/** Paths inside the working folder are relative to SRCROOT, so that code scanning maps them onto the repository. */
function artifact(file: string): { uri: string; uriBaseId?: string } {
  const encoded = file.split('/').map(encodeURIComponent).join('/');
  return file.startsWith('/') ? { uri: `file://${encoded}` } : { uri: encoded, uriBaseId: 'SRCROOT' };
}
