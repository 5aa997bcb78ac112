/**
 * The shapes of rules. What users see of a rule is its registered meta (registry.ts): a stable id (the
 * diagnostic's `code`), a default severity that reflects what AWS does, and a line saying what it finds.
 * Error: import, deployment or the request path would fail. Warning: AWS ignores it, or it is almost surely a
 * mistake. Information: a hint. A rule module checks a definition (or a template) and reports only the ids it
 * lists; its name appears in logs only.
 */
import type { ApiType } from '../catalogue/types';
import type { DefinitionIndex } from '../document/definitionIndex';
import type { ApiDocument, Definition, TemplateModel } from '../document/model';
import type { RuleId } from './registry';

export type { RuleId };

export type Severity = 'error' | 'warning' | 'information' | 'hint';

export interface RuleMeta<Id extends string = string> {
  id: Id;
  severity: Severity;
  /** One line: what the rule finds. */
  description: string;
}

/** Extra data a quick fix needs, carried in the diagnostic. */
export interface FixData {
  /** Replace the diagnostic's range with one of these. */
  replaceWith?: string[];
  /** Insert a field into the object that starts at `objectOffset`. */
  addField?: { name: string; value: string; objectOffset: number };
  /** Declare a request validator with this name. */
  addValidator?: string;
  /** Add a MOCK integration to the operation that starts at `operationOffset`. */
  addMockIntegration?: { operationOffset: number };
}

export interface Finding {
  rule: RuleId;
  message: string;
  offset: number;
  length: number;
  data?: FixData;
}

export interface Span {
  offset: number;
  length: number;
}

export interface ServiceHost {
  /**
   * Reads a file referenced by an external `$ref`: its text, undefined when it does not exist, or a refusal that
   * says why it was not read (too large, a directory or device, outside what may be read). Never fetches URLs.
   */
  readFile?(path: string): string | undefined | FileRefusal;
  /** A file URL as a path (Node's fileURLToPath); without it, the POSIX reading of the URL. Throws when invalid. */
  fileUrlToPath?(this: void, href: string): string;
}

/** A file a host would not read. */
export interface FileRefusal {
  /** The end of a sentence that starts with the file's name: "is a directory, not a file". */
  reason: string;
  /** The reference is surely broken (a directory, a device): an error. Otherwise it is only left unchecked. */
  broken: boolean;
}

export interface DefinitionContext<Id extends RuleId = RuleId> {
  doc: ApiDocument;
  def: Definition;
  apiType: ApiType;
  index: DefinitionIndex;
  host: ServiceHost;
  report(rule: Id, at: Span, message: string, data?: FixData): void;
}

/** A rule module over one definition. */
export interface DefinitionRule<Id extends RuleId = RuleId> {
  /** For logs only (e.g. "rule authorizers failed"); users see the ids it reports. */
  name: string;
  /** Every id the module reports: `ctx.report` takes only these. */
  reports: readonly Id[];
  /** Also runs on OpenAPI files without any API Gateway extension (yet). */
  generic?: boolean;
  check(ctx: DefinitionContext<Id>): void;
}

/** Context of a rule over a whole SAM/CloudFormation template (stage settings, usage plans, SAM Auth). */
export interface TemplateContext<Id extends RuleId = RuleId> {
  doc: ApiDocument;
  template: TemplateModel;
  host: ServiceHost;
  report(rule: Id, at: Span, message: string, data?: FixData): void;
}

export interface TemplateRule<Id extends RuleId = RuleId> {
  name: string;
  reports: readonly Id[];
  checkTemplate(ctx: TemplateContext<Id>): void;
}

/** Declares a definition rule module; a `ctx.report` of an id missing from `reports` fails to compile. */
export function definitionRule<const Id extends RuleId>(rule: DefinitionRule<Id>): DefinitionRule<Id> {
  return rule;
}

/** Declares a template rule module, as definitionRule does. */
export function templateRule<const Id extends RuleId>(rule: TemplateRule<Id>): TemplateRule<Id> {
  return rule;
}

/** Context of a rule over a whole document, whatever it holds (mapping templates in definitions, resources, `.vtl` files). */
export interface DocumentContext<Id extends RuleId = RuleId> {
  doc: ApiDocument;
  report(rule: Id, at: Span, message: string, data?: FixData): void;
}

export interface DocumentRule<Id extends RuleId = RuleId> {
  name: string;
  reports: readonly Id[];
  checkDocument(ctx: DocumentContext<Id>): void;
}

/** Declares a document rule module, as definitionRule does. */
export function documentRule<const Id extends RuleId>(rule: DocumentRule<Id>): DocumentRule<Id> {
  return rule;
}
