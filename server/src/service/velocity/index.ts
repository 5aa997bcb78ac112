// The mapping-template engine's public surface (agreed in notes/VELOCITY-API.md): parse a Velocity template
// and render it for a request as API Gateway would. Everything else in this folder is private to it.
// Pure: no Node-only module, no vscode. Never throws: problems are returned.
import { buildGlobals, collectOverrides, awsHosts } from './aws';
import type { MacroDefinition, TemplateNode } from './ast';
import { evaluate } from './evaluator';
import { parseVelocity } from './parser';

/** 0-based positions inside the template text. */
export interface TemplatePosition { offset: number; line: number; character: number }
export interface TemplateRange { start: TemplatePosition; end: TemplatePosition }

export interface TemplateProblem {
  message: string;            // in our own words, says what is wrong and what to write instead
  range: TemplateRange;
  severity: 'error' | 'warning';
  code: string;               // e.g. 'vtl-syntax', 'vtl-unknown-method', 'vtl-runtime'
}

/** A parsed template; opaque to callers except for `problems`. Parsing is cheap and cached by callers. */
export interface ParsedTemplate { readonly text: string; readonly problems: TemplateProblem[] }

/** The request a mapping template sees. Same shape as the CLI's REQUEST.json; every member optional. */
export interface TemplateRequest {
  body?: string;                                  // raw body text
  headers?: Record<string, string>;
  query?: Record<string, string>;
  path?: Record<string, string>;
  stageVariables?: Record<string, string>;
  context?: Record<string, unknown>;              // $context members (requestId, stage, resourcePath, httpMethod,
                                                  // identity: {sourceIp, ...}, authorizer: {...}, requestTimeEpoch ...)
}

export interface TemplateOverrides {
  /** #set($context.requestOverride.header.X = ...), querystring, path (request templates). */
  request: { header: Record<string, string>; querystring: Record<string, string>; path: Record<string, string> };
  /** #set($context.responseOverride.status = 400), header (response templates). */
  response: { status?: number; header: Record<string, string> };
}

export interface RenderResult {
  output: string;
  problems: TemplateProblem[];     // syntax errors and run-time problems (the render still returns what it can)
  overrides: TemplateOverrides;
}

export interface RenderOptions {
  /** Output cap in bytes; rendering stops with a problem past it. Default a few MB. */
  maxOutputBytes?: number;
}

const DEFAULT_MAX_OUTPUT = 4 * 1024 * 1024;

/** What parseTemplate keeps behind the public shape. */
interface ParsedInternals extends ParsedTemplate {
  readonly nodes: TemplateNode[];
  readonly macros: Map<string, MacroDefinition>;
  /** A syntax error makes Velocity refuse the whole template. */
  readonly failed: boolean;
}

export function parseTemplate(text: string): ParsedTemplate {
  const source = typeof text === 'string' ? text : String(text);
  try {
    const parsed = parseVelocity(source);
    const lines = lineStarts(source);
    const problems: TemplateProblem[] = parsed.error
      ? [{ message: parsed.error.message, range: rangeOf(lines, parsed.error.offset, parsed.error.end), severity: 'error', code: 'vtl-syntax' }]
      : [];
    const result: ParsedInternals = { text: source, problems, nodes: parsed.nodes, macros: parsed.macros, failed: parsed.error !== null };
    return result;
  } catch (e) {
    return internalFailure(source, e);
  }
}

export function renderTemplate(template: string | ParsedTemplate, request: TemplateRequest, options?: RenderOptions): RenderResult {
  const empty: TemplateOverrides = { request: { header: {}, querystring: {}, path: {} }, response: { header: {} } };
  let parsed: ParsedInternals;
  try {
    const p = typeof template === 'string' ? parseTemplate(template) : template;
    parsed = ('nodes' in p ? p : parseTemplate(p.text)) as ParsedInternals;
  } catch (e) {
    return { output: '', problems: internalFailure('', e).problems, overrides: empty };
  }
  if (parsed.failed) return { output: '', problems: parsed.problems, overrides: empty };
  try {
    const globals = buildGlobals(request ?? {});
    const max = Math.max(0, options?.maxOutputBytes ?? DEFAULT_MAX_OUTPUT);
    // Macros defined by #evaluate are added while rendering; they must not leak into the next render.
    const result = evaluate(parsed.nodes, new Map(parsed.macros), globals, awsHosts, max);
    const lines = lineStarts(parsed.text);
    const problems = [
      ...parsed.problems,
      ...result.problems.map((p) => ({ message: p.message, range: rangeOf(lines, p.offset, p.end), severity: p.severity, code: p.code })),
    ];
    return { output: result.output, problems, overrides: collectOverrides(globals) };
  } catch (e) {
    return { output: '', problems: internalFailure(parsed.text, e).problems, overrides: empty };
  }
}

function internalFailure(text: string, e: unknown): ParsedInternals {
  const at = { offset: 0, line: 0, character: 0 };
  const message = `The template engine failed on this template (${e instanceof Error ? e.message : String(e)}); please report it.`;
  return { text, problems: [{ message, range: { start: at, end: at }, severity: 'error', code: 'vtl-internal' }], nodes: [], macros: new Map(), failed: true };
}

function lineStarts(text: string): number[] {
  const starts = [0];
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 10) starts.push(i + 1);
    else if (c === 13 && text.charCodeAt(i + 1) !== 10) starts.push(i + 1);
  }
  return starts;
}

function positionOf(lines: number[], offset: number): TemplatePosition {
  let lo = 0;
  let hi = lines.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (lines[mid] <= offset) lo = mid;
    else hi = mid - 1;
  }
  return { offset, line: lo, character: offset - lines[lo] };
}

function rangeOf(lines: number[], start: number, end: number): TemplateRange {
  return { start: positionOf(lines, start), end: positionOf(lines, Math.max(start, end)) };
}
