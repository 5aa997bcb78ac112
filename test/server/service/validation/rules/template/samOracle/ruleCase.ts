/**
 * Template rule cases: a template and every diagnostic the language service gives on it, as the user sees it
 * (range, severity, code, message, quick-fix data). The fast tests beside each rule hold the service to them; the
 * SAM transform test (samTranslator.test.ts) holds them to the transform: a case with an error diagnostic is a
 * template the transform rejects, a case without one a template it accepts (unless the case says the error comes
 * from CloudFormation, after the transform, or the transform's verdict is not what it is about).
 */
import assert from 'node:assert/strict';
import { getLanguageService } from '../../../../../../../server/src/service/languageService';

export interface RuleCase {
  name: string;
  text: string;
  /** `L<line>:<col>-<line>:<col> <severity> <code> <text at the range> | <message>` (1-based), then `  fix <data>`. */
  expect: string[];
  /** What the transform does not judge: CloudFormation's own schema, warnings about run-time behaviour. */
  oracle?: 'cloudformation' | 'none';
  /** The document's address, when not a YAML template (a `.vtl` file, a JSON definition). */
  uri?: string;
}

const service = getLanguageService({ host: {} });
const severities = ['', 'error', 'warning', 'information', 'hint'];

export const SAM_HEADER = "AWSTemplateFormatVersion: '2010-09-09'\nTransform: AWS::Serverless-2016-10-31\n";

/** A SAM template: optional Globals, then the Resources (both written indented as under their section). */
export function sam(resources: string, globals?: string): string {
  return `${SAM_HEADER}${globals ? `Globals:\n${globals}` : ''}Resources:\n${resources}`;
}

/** Every diagnostic of the document in the case's notation. */
export function diagnosticLines(text: string, uri = 'file:///cases/template.yaml'): string[] {
  const doc = service.parseDocument(uri, uri.endsWith('.json') ? 'json' : 'yaml', 1, text);
  const lines: string[] = [];
  for (const d of service.validate(doc)) {
    const { start, end } = d.range;
    const at = doc.text.getText(d.range).replace(/\n/g, '\\n');
    const message = typeof d.message === 'string' ? d.message : String(d.message);
    lines.push(
      `L${start.line + 1}:${start.character + 1}-${end.line + 1}:${end.character + 1} ${severities[d.severity ?? 0]} ${String(d.code)} ${at} | ${message}`,
    );
    if (d.data !== undefined) lines.push(`  fix ${JSON.stringify(d.data)}`);
  }
  return lines;
}

export function checkCase(c: RuleCase): void {
  assert.deepEqual(diagnosticLines(c.text, c.uri), c.expect);
}

/** Does the case expect an error diagnostic (what the transform should then reject)? */
export function expectsError(c: RuleCase): boolean {
  return c.expect.some((line) => / error /.test(line.split(' | ')[0]));
}
