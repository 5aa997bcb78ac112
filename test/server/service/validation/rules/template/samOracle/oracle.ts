/**
 * The SAM transform as an oracle: runs aws-sam-translator
 * (test/server/service/validation/rules/template/samOracle/translate.py, one Python process per batch) on templates,
 * and our checks on the same text, and compares: does the transform reject, do we report an error, and is one of our
 * errors on the property the variant changed.
 */
import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { DiagnosticSeverity, type Diagnostic } from 'vscode-languageserver-types';
import { getLanguageService } from '../../../../../../../server/src/service/languageService';
import { getProperty, type AstNode } from '../../../../../../../server/src/service/parser/ast';

const root = path.resolve(__dirname, '..', '..', '..', '..', '..', '..', '..');

export interface TransformResult {
  id: string;
  accepted: boolean;
  errors: { logicalId: string | null; message: string }[];
  crash?: string;
}

export function samPython(): string {
  return execFileSync(process.execPath, [path.join(root, 'scripts', 'ensure-sam-translator.mjs')], {
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'inherit'],
  }).trim();
}

/** The transform's verdict on each template, in one Python process. */
export function runTransform(python: string, items: { id: string; text: string }[]): Map<string, TransformResult> {
  const out = execFileSync(python, [path.join(__dirname, 'translate.py')], {
    input: JSON.stringify(items),
    encoding: 'utf8',
    maxBuffer: 256 * 1024 * 1024,
    stdio: ['pipe', 'pipe', 'ignore'],
    timeout: 600_000,
  });
  return new Map((JSON.parse(out) as TransformResult[]).map((r) => [r.id, r]));
}

const service = getLanguageService({ host: {} });

export interface OurVerdict {
  errors: Diagnostic[];
  /** The text's offsets of the nodes at the target paths (key start to value end). */
  spans: { start: number; end: number }[];
  lineOf(offset: number): number;
}

/** Our error diagnostics on a template, and where its target properties are. */
export function ourErrors(file: string, text: string, targets: string[][] = []): OurVerdict {
  const language = /\.json$/i.test(file) ? 'json' : 'yaml';
  const doc = service.parseDocument(pathToFileURL(file).toString(), language, 1, text);
  const errors = service.validate(doc).filter((d) => d.severity === DiagnosticSeverity.Error);
  const spans: { start: number; end: number }[] = [];
  for (const target of targets) {
    // The deepest property of the path that exists: a removed property is about its parent.
    let node: AstNode | undefined = doc.parsed.root;
    let span: { start: number; end: number } | undefined;
    for (const key of target) {
      const prop = getProperty(node, key);
      if (!prop) break;
      span = { start: prop.offset, end: prop.offset + prop.length };
      node = prop.value;
    }
    if (span) spans.push(span);
  }
  return { errors, spans, lineOf: (offset) => doc.text.positionAt(offset).line };
}

/** An error lies inside one of the changed properties (on its key line or within its value). */
export function onTarget(verdict: OurVerdict): boolean {
  return verdict.errors.some((d) =>
    verdict.spans.some((s) => {
      const line = d.range.start.line;
      return line >= verdict.lineOf(s.start) && line <= verdict.lineOf(Math.max(s.start, s.end - 1));
    }),
  );
}
