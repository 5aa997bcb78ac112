/**
 * A rule: a stable id (the diagnostic's `code`), a default severity that reflects what AWS does, and a check.
 * Error: import, deployment or the request path would fail. Warning: AWS ignores it, or it is almost surely a
 * mistake. Information: a hint.
 */
import type { ApiType } from '../catalogue/types';
import type { DefinitionIndex } from '../document/definitionIndex';
import type { ApiDocument, Definition, TemplateModel } from '../document/model';

export type Severity = 'error' | 'warning' | 'information' | 'hint';

export interface RuleMeta {
  id: string;
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
  rule: string;
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
  /** Reads a file referenced by an external `$ref`; undefined when it does not exist. Never fetches URLs. */
  readFile?(path: string): string | undefined;
}

export interface DefinitionContext {
  doc: ApiDocument;
  def: Definition;
  apiType: ApiType;
  index: DefinitionIndex;
  host: ServiceHost;
  report(rule: string, at: Span, message: string, data?: FixData): void;
}

export interface DefinitionRule extends RuleMeta {
  check(ctx: DefinitionContext): void;
}

/** Context of a rule over a whole SAM/CloudFormation template (stage settings, usage plans, SAM Auth). */
export interface TemplateContext {
  doc: ApiDocument;
  template: TemplateModel;
  host: ServiceHost;
  report(rule: string, at: Span, message: string, data?: FixData): void;
}

export interface TemplateRule extends RuleMeta {
  checkTemplate(ctx: TemplateContext): void;
}


/** Context of a rule over a whole document, whatever it holds (mapping templates in definitions, resources, `.vtl` files). */
export interface DocumentContext {
  doc: ApiDocument;
  report(rule: string, at: Span, message: string, data?: FixData): void;
}

export interface DocumentRule extends RuleMeta {
  checkDocument(ctx: DocumentContext): void;
}
