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
  /**
   * Reads a file referenced by an external `$ref`: its text, undefined when it does not exist, or a refusal that
   * says why it was not read (too large, a directory or device, outside what may be read). Never fetches URLs.
   */
  readFile?(path: string): string | undefined | FileRefusal;
}

/** A file a host would not read. */
export interface FileRefusal {
  /** The end of a sentence that starts with the file's name: "is a directory, not a file". */
  reason: string;
  /** The reference is surely broken (a directory, a device): an error. Otherwise it is only left unchecked. */
  broken: boolean;
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

