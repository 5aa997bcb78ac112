/** Runs every rule over a document and turns findings into LSP diagnostics with stable codes and ranges. */
import { Diagnostic, DiagnosticSeverity } from 'vscode-languageserver-types';
import { indexDefinition } from '../document/definitionIndex';
import type { ApiDocument, Definition } from '../document/model';
import { checkOpenApiStructure } from '../openapiSchema/check';
import { DEFINITION_RULES, RULES_BY_ID, TEMPLATE_RULES } from './registry';
import type { DefinitionContext, Finding, ServiceHost, Severity } from './rule';

export const DIAGNOSTIC_SOURCE = 'apigw';

export type SeveritySetting = Severity | 'off';

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

/** Rules that apply to any OpenAPI document, even one not (yet) written for API Gateway. */
const GENERIC_RULES = new Set(['refs']);

export interface ValidationLog {
  error(message: string): void;
}

export function validateDocument(doc: ApiDocument, settings: ValidationSettings, host: ServiceHost, log?: ValidationLog): Diagnostic[] {
  if (settings.enable === false || doc.kind === 'other') return [];
  const findings: Finding[] = doc.parsed.problems.map((p) => ({ message: p.message, offset: p.offset, length: p.length, rule: p.rule ?? 'syntax' }));
  for (const def of doc.definitions) findings.push(...validateDefinition(doc, def, host, log));
  if (doc.template) findings.push(...validateTemplate(doc, host, log));
  if (settings.openApiSchema) findings.push(...validateStructure(doc, log));
  return toDiagnostics(doc, withoutSyntaxEchoes(doc, findings), settings);
}

/**
 * The OpenAPI schema check of a standalone definition. Not of definitions inside templates: their values may be
 * intrinsics (`Fn::Sub` objects where strings go). Not of a document with syntax errors: its tree is partial, and
 * every member cut off would be reported again as missing.
 */
function validateStructure(doc: ApiDocument, log?: ValidationLog): Finding[] {
  if (doc.kind !== 'definition' || doc.definitions.length !== 1) return [];
  if (doc.parsed.problems.some((p) => (p.rule ?? 'syntax') === 'syntax')) return [];
  try {
    return checkOpenApiStructure(doc.definitions[0], doc.text.getText());
  } catch (err) {
    log?.error(`OpenAPI schema check failed on ${doc.uri}: ${(err as Error).stack ?? err}`);
    return [];
  }
}

/** On a line with a syntax error, other findings are echoes of it (a half-read value): keep the syntax error. */
function withoutSyntaxEchoes(doc: ApiDocument, findings: Finding[]): Finding[] {
  const brokenLines = new Set<number>();
  for (const f of findings) if (f.rule === 'syntax') brokenLines.add(doc.text.positionAt(f.offset).line);
  if (brokenLines.size === 0) return findings;
  return findings.filter((f) => f.rule === 'syntax' || !brokenLines.has(doc.text.positionAt(f.offset).line));
}

export function validateDefinition(doc: ApiDocument, def: Definition, host: ServiceHost, log?: ValidationLog): Finding[] {
  const findings: Finding[] = [];
  const ctx: DefinitionContext = {
    doc, def, apiType: def.apiType, host,
    // Built on first use: a plain OpenAPI file needs no index at all.
    get index() {
      return indexDefinition(def);
    },
    report(rule, at, message, data) {
      findings.push({ rule, message, offset: at.offset, length: at.length, ...(data ? { data } : {}) });
    },
  };
  // A plain OpenAPI file without a single API Gateway extension is not (yet) an API Gateway definition.
  const forApiGateway = def.resource !== undefined || def.apiTypeSource === 'setting' || (doc.text.getText().includes('x-amazon-apigateway-') && ctx.index.extensions.length > 0);
  for (const rule of DEFINITION_RULES) {
    if (!forApiGateway && !GENERIC_RULES.has(rule.id)) continue;
    try {
      rule.check(ctx);
    } catch (err) {
      // One faulty rule must not take the other diagnostics down with it.
      log?.error(`rule ${rule.id} failed on ${doc.uri}: ${(err as Error).stack ?? err}`);
    }
  }
  return findings;
}

export function validateTemplate(doc: ApiDocument, host: ServiceHost, log?: ValidationLog): Finding[] {
  const findings: Finding[] = [];
  const template = doc.template;
  if (!template) return findings;
  const ctx = {
    doc, template, host,
    report(rule: string, at: { offset: number; length: number }, message: string, data?: Finding['data']) {
      findings.push({ rule, message, offset: at.offset, length: at.length, ...(data ? { data } : {}) });
    },
  };
  for (const rule of TEMPLATE_RULES) {
    try {
      rule.checkTemplate(ctx);
    } catch (err) {
      log?.error(`rule ${rule.id} failed on ${doc.uri}: ${(err as Error).stack ?? err}`);
    }
  }
  return findings;
}

export function toDiagnostics(doc: ApiDocument, findings: Finding[], settings: ValidationSettings): Diagnostic[] {
  const out: Diagnostic[] = [];
  const seen = new Set<string>();
  for (const f of findings) {
    const configured = settings.severity?.[f.rule];
    if (configured === 'off') continue;
    const severity = configured && configured in severities ? configured : RULES_BY_ID.get(f.rule)?.severity ?? 'warning';
    // Fn::If branches and shared $ref targets can report the same problem twice.
    const key = `${f.rule}|${f.offset}|${f.length}|${f.message}`;
    if (seen.has(key)) continue;
    seen.add(key);
    const diagnostic: Diagnostic = {
      range: { start: doc.text.positionAt(f.offset), end: doc.text.positionAt(f.offset + Math.max(f.length, 1)) },
      severity: severities[severity as Severity],
      code: f.rule,
      source: DIAGNOSTIC_SOURCE,
      message: f.message,
    };
    if (f.data) diagnostic.data = f.data;
    out.push(diagnostic);
  }
  return out;
}
