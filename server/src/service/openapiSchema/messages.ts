/**
 * Says what an OpenAPI schema problem is, in words, on the exact key or value: which member is unknown (and the
 * likely intended one), which is missing, which values or types are allowed.
 */
import type { AstNode } from '../parser/ast';
import type { Finding, Span } from '../validation/rule';
import type { Problem } from './runtime';

export const SCHEMA_RULE = 'openapi-schema';

export function toFinding(problem: Problem): Finding {
  return { rule: SCHEMA_RULE, message: describe(problem), ...placeOf(problem) };
}

function describe(p: Problem): string {
  const where = nameOf(p.node);
  switch (p.kind) {
    case 'type': {
      const expected = (p.expected as string[]).map(withArticle).join(' or ');
      const quote = p.expected?.includes('string') && ['number', 'boolean', 'null'].includes(p.node.type) ? ' (write it in quotes)' : '';
      return `${capital(where)} must be ${expected}, not ${withArticle(p.node.type)}${quote} (${p.title}).`;
    }
    case 'enum': {
      const allowed = (p.expected ?? []).map((v) => JSON.stringify(v));
      const found = p.node.type === 'object' || p.node.type === 'array' ? `${withArticle(p.node.type)}` : JSON.stringify(p.node.value);
      return allowed.length === 1
        ? `${capital(where)} must be ${allowed[0]} here, not ${found} (${p.title}).`
        : `${capital(where)} must be one of ${allowed.join(', ')}, not ${found} (${p.title}).`;
    }
    case 'required':
      if (p.expected && p.expected.length > 1) return `Missing ${(p.expected as string[]).map((m) => `'${m}'`).join(' or ')}: one of them is required (${p.title}).`;
      return `Missing '${p.detail}': ${withArticle(p.title)} requires it.`;
    case 'unknown': {
      const name = p.property!.key.value;
      const members = (p.expected ?? []) as string[];
      const guess = likelyMeant(p);
      const allowed = [...members.slice(0, 16).map((m) => `'${m}'`), ...(members.length > 16 ? ['…'] : []), ...patternWords(p.detail ?? '')];
      return `'${name}' is not allowed in ${withArticle(p.title)}${guess ? ` (did you mean '${guess}'?)` : ''}. Allowed: ${allowed.join(', ') || 'nothing'}.`;
    }
    case 'pattern':
      if (p.detail === '^3\\.0\\.\\d(-.+)?$') return `${capital(where)} must be an OpenAPI 3.0 version written in full, such as "3.0.3".`;
      return `${capital(where)} must match the pattern ${p.detail} (${p.title}).`;
    case 'limit':
      return `${capital(where)} must ${p.node.type === 'number' ? 'be' : 'have'} ${p.detail} (${p.title}).`;
    case 'unique':
      return `${capital(where)} lists the same item twice (${p.title}).`;
    case 'not':
      return `${capital(p.detail ?? 'not allowed here')} (${p.title}).`;
    case 'ambiguous':
      return `${capital(where)} fits more than one of ${(p.expected as string[]).join(', ')}; it must fit exactly one (${p.title}).`;
  }
}

/** `'get'`, `item 2 of 'parameters'`, or `the document`. */
function nameOf(node: AstNode): string {
  const parent = node.parent;
  if (parent?.type === 'property') return `'${parent.key.value}'`;
  if (parent?.type === 'array') {
    const owner = parent.parent?.type === 'property' ? ` of '${parent.parent.key.value}'` : '';
    return `item ${parent.items.indexOf(node) + 1}${owner}`;
  }
  return 'the document';
}

/** On the member's key for unknown members, on the value for wrong values, on the object's key otherwise. */
function placeOf(p: Problem): Span {
  if (p.kind === 'unknown' && p.property) return span(p.property.key);
  if (p.kind === 'unique' && p.item) return span(p.item);
  const node = p.node;
  if (p.kind === 'required' || p.kind === 'not' || p.kind === 'ambiguous' || node.type === 'object' || node.type === 'array') return keyOf(node);
  return span(node);
}

function keyOf(node: AstNode): Span {
  if (node.parent?.type === 'property') return span(node.parent.key);
  if (node.type === 'object' && node.properties.length) return span(node.properties[0].key);
  return { offset: node.offset, length: Math.min(node.length, 1) };
}

function span(n: { offset: number; length: number }): Span {
  return { offset: n.offset, length: n.length };
}

function patternWords(patterns: string): string[] {
  return patterns.split(' ').filter(Boolean).map((pattern) => {
    if (pattern === '^x-') return 'x-… extensions';
    const names = /^\^\(([\w|]+)\)\$$/.exec(pattern);
    if (names) return names[1].split('|').map((n) => `'${n}'`).join(', ');
    if (pattern === '^\\/' || pattern === '^/') return "paths starting with '/'";
    if (pattern === '^([0-9]{3})$|^(default)$' || pattern === '^[1-5](?:\\d{2}|XX)$') return "HTTP status codes such as '200'";
    return `names matching ${pattern}`;
  });
}

function withArticle(word: string): string {
  if (word === 'null') return 'null';
  return /^[aeiouAEIOU]|^(HTTP|XML|API)\b/.test(word) && !/^(OpenAPI)/.test(word) ? `an ${word}` : `a ${word}`;
}

function capital(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

/** For an unknown member: the known member it most likely misspells. */
export function likelyMeant(p: Problem): string | undefined {
  return p.kind === 'unknown' && p.property ? closest(p.property.key.value, (p.expected ?? []) as string[]) : undefined;
}

/** The member a misspelt name most likely meant: same letters in another case, or at most two edits away. */
function closest(name: string, members: readonly string[]): string | undefined {
  const lower = name.toLowerCase();
  let best: string | undefined;
  let bestDistance = Math.min(3, Math.floor(name.length / 3) + 1);
  for (const m of members) {
    if (m.toLowerCase() === lower) return m;
    const d = distance(lower, m.toLowerCase(), bestDistance);
    if (d < bestDistance) {
      bestDistance = d;
      best = m;
    }
  }
  return best;
}

function distance(a: string, b: string, limit: number): number {
  if (Math.abs(a.length - b.length) >= limit) return limit;
  let previous = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) current[j] = Math.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
    previous = current;
  }
  return previous[b.length];
}
