/** Runs every rule over a document and turns findings into LSP diagnostics with stable codes and ranges. */
import { Diagnostic, DiagnosticSeverity } from 'vscode-languageserver-types';
import { DIAGNOSTIC_SOURCE } from '../../../../contract/diagnostics';
import type { SeveritySetting } from '../../../../contract/settings';
import { indexDefinition } from '../document/definitionIndex';
import type { ApiDocument, Definition } from '../document/model';
import { checkOpenApiStructure } from '../openapiSchema/check';
import { isVtlDocument } from '../templates/discover';
import { DEFINITION_RULES, DOCUMENT_RULES, RULES_BY_ID, TEMPLATE_RULES, type RuleId } from './registry';
import type { DefinitionContext, DocumentContext, Finding, ServiceHost, Severity, TemplateContext } from './rule';

export { DIAGNOSTIC_SOURCE };
export type { SeveritySetting };

export interface ValidationSettings {
  enable?: boolean;
  /** Rule id → severity, from `apigw.validation.severity`. */
  severity?: Record<string, SeveritySetting>;
  /** Also check a standalone definition's structure against the OpenAPI 3.0 / Swagger 2.0 schema (`apigw.validation.openApiSchema`). */
  openApiSchema?: boolean;
}

const severities: Record<Severity, DiagnosticSeverity> = {
  error: DiagnosticSeverity.Error,
  warning: DiagnosticSeverity.Warning,
  information: DiagnosticSeverity.Information,
  hint: DiagnosticSeverity.Hint,
};

export interface ValidationLog {
  error(message: string): void;
}

export function validateDocument(
  doc: ApiDocument,
  settings: ValidationSettings,
  host: ServiceHost,
  log?: ValidationLog,
): Diagnostic[] {
  if (settings.enable === false) return [];
  if (doc.kind === 'other') {
    return isVtlDocument(doc.uri, doc.text.languageId) ? toDiagnostics(doc, validateWhole(doc, log), settings) : [];
  }
  const findings: Finding[] = doc.parsed.problems.map((p) => ({
    message: p.message,
    offset: p.offset,
    length: p.length,
    rule: p.rule ?? 'syntax',
  }));
  for (const def of doc.definitions) findings.push(...validateDefinition(doc, def, host, log));
  if (doc.template) findings.push(...validateTemplate(doc, host, log));
  if (settings.openApiSchema) findings.push(...validateStructure(doc, log));
  findings.push(...validateWhole(doc, log));
  return toDiagnostics(doc, withoutSyntaxEchoes(doc, findings), settings);
}

/**
 * The OpenAPI schema check of a standalone definition, and of each definition embedded in a template (where the
 * values CloudFormation computes match anything: check.ts). Not of a document with syntax errors: its tree is
 * partial, and every member cut off would be reported again as missing.
 */
function validateStructure(doc: ApiDocument, log?: ValidationLog): Finding[] {
  if (doc.parsed.problems.some((p) => (p.rule ?? 'syntax') === 'syntax')) return [];
  const findings: Finding[] = [];
  for (const def of doc.definitions) {
    try {
      findings.push(...checkOpenApiStructure(def, doc.text.getText()));
    } catch (err) {
      log?.error(`OpenAPI schema check failed on ${doc.uri}: ${String((err as Error).stack ?? err)}`);
    }
  }
  return findings;
}

/** On a line with a syntax error, other findings are echoes of it (a half-read value): keep the syntax error. */
function withoutSyntaxEchoes(doc: ApiDocument, findings: Finding[]): Finding[] {
  const brokenLines = new Set<number>();
  for (const f of findings) if (f.rule === 'syntax') brokenLines.add(doc.text.positionAt(f.offset).line);
  if (brokenLines.size === 0) return findings;
  return findings.filter((f) => f.rule === 'syntax' || !brokenLines.has(doc.text.positionAt(f.offset).line));
}

/** The ids each rule module declares it reports; a report of another id is a bug in the module, logged. */
const declared = new Map<object, ReadonlySet<RuleId>>(
  [...DEFINITION_RULES, ...TEMPLATE_RULES, ...DOCUMENT_RULES].map((r) => [r, new Set(r.reports)]),
);

/** Collects findings for one rule module at a time, checking each id against the module's `reports`. */
function collector(doc: ApiDocument, log: ValidationLog | undefined) {
  const findings: Finding[] = [];
  let current: { name: string; reports: readonly RuleId[] } | undefined;
  return {
    findings,
    run(rule: { name: string; reports: readonly RuleId[] }, check: () => void): void {
      current = rule;
      try {
        check();
      } catch (err) {
        // One faulty rule must not take the other diagnostics down with it.
        log?.error(`rule ${rule.name} failed on ${doc.uri}: ${String((err as Error).stack ?? err)}`);
      }
    },
    report: (rule: RuleId, at: { offset: number; length: number }, message: string, data?: Finding['data']): void => {
      if (current && !declared.get(current)?.has(rule))
        log?.error(`rule ${current.name} reported '${rule}', which it does not list in its reports`);
      findings.push({ rule, message, offset: at.offset, length: at.length, ...(data ? { data } : {}) });
    },
  };
}

export function validateDefinition(
  doc: ApiDocument,
  def: Definition,
  host: ServiceHost,
  log?: ValidationLog,
): Finding[] {
  const out = collector(doc, log);
  const ctx: DefinitionContext = {
    doc,
    def,
    apiType: def.apiType,
    host,
    // Built on first use: a plain OpenAPI file needs no index at all.
    get index() {
      return indexDefinition(def);
    },
    report: out.report,
  };
  // A plain OpenAPI file without a single API Gateway extension is not (yet) an API Gateway definition. The text
  // test spares such a file the index; a quoted key may spell the name with escapes (`x-amazon-apigateway\u002d...`).
  const forApiGateway =
    def.resource !== undefined ||
    def.apiTypeSource === 'setting' ||
    (mayNameExtension(doc.text.getText()) && ctx.index.extensions.length > 0);
  for (const rule of DEFINITION_RULES) {
    if (!forApiGateway && !rule.generic) continue;
    out.run(rule, () => rule.check(ctx));
  }
  return out.findings;
}

/** False only when no key can be an `x-amazon-apigateway-*` extension: the name is nowhere, nor any escape. */
const mayNameExtension = (text: string): boolean => text.includes('x-amazon-apigateway-') || text.includes('\\');

export function validateTemplate(doc: ApiDocument, host: ServiceHost, log?: ValidationLog): Finding[] {
  const template = doc.template;
  if (!template) return [];
  const out = collector(doc, log);
  const ctx: TemplateContext = { doc, template, host, report: out.report };
  for (const rule of TEMPLATE_RULES) out.run(rule, () => rule.checkTemplate(ctx));
  return out.findings;
}

export function toDiagnostics(doc: ApiDocument, findings: Finding[], settings: ValidationSettings): Diagnostic[] {
  const out: Diagnostic[] = [];
  const seen = new Set<string>();
  for (const f of findings) {
    const severity = severityOf(f.rule, settings);
    if (!severity) continue;
    // Fn::If branches and shared $ref targets can report the same problem twice.
    const key = `${f.rule}|${f.offset}|${f.length}|${f.message}`;
    if (seen.has(key)) continue;
    seen.add(key);
    const diagnostic: Diagnostic = {
      range: { start: doc.text.positionAt(f.offset), end: doc.text.positionAt(f.offset + Math.max(f.length, 1)) },
      severity,
      code: f.rule,
      source: DIAGNOSTIC_SOURCE,
      message: f.message,
    };
    if (f.data) diagnostic.data = f.data;
    out.push(diagnostic);
  }
  return out;
}

/** The severity of a rule's diagnostics: the user's setting, else the registry's default; undefined when off. */
export function severityOf(rule: RuleId, settings: ValidationSettings): DiagnosticSeverity | undefined {
  const configured = settings.severity?.[rule];
  if (configured === 'off') return undefined;
  const severity: Severity =
    configured && configured in severities ? configured : (RULES_BY_ID.get(rule)?.severity ?? 'warning');
  return severities[severity];
}

/** The document rules: mapping templates wherever they are (definitions, CloudFormation resources, `.vtl` files). */
export function validateWhole(doc: ApiDocument, log?: ValidationLog): Finding[] {
  const out = collector(doc, log);
  const ctx: DocumentContext = { doc, report: out.report };
  for (const rule of DOCUMENT_RULES) out.run(rule, () => rule.checkDocument(ctx));
  return out.findings;
}
