/**
 * A template request from outside (the client's request file, a custom message) checked into the shape the
 * engine takes: string maps only, a body that is text. The request file may hold the body as a JSON value for
 * easier editing; it is sent as compact JSON text. Every problem is named, nothing throws.
 */
import type { TemplateRequestJson } from './messages';
import { scalarText } from '../common/scalarText';

export interface CheckedRequest {
  request: TemplateRequestJson;
  /** What was dropped or converted, in words. */
  notes: string[];
}

const MAPS = ['headers', 'query', 'path', 'stageVariables'] as const;
const KNOWN = new Set<string>(['body', 'context', ...MAPS]);

export function checkRequest(value: unknown): CheckedRequest {
  const notes: string[] = [];
  const request: TemplateRequestJson = {};
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    return {
      request,
      notes: [
        'The request must be a JSON object such as {"body": "...", "headers": {}, "query": {}, "path": {}, "stageVariables": {}, "context": {}}.',
      ],
    };
  }
  const input = value as Record<string, unknown>;
  for (const key of Object.keys(input))
    if (!KNOWN.has(key))
      notes.push(
        `"${key}" is not a request member (body, headers, query, path, stageVariables, context); it is ignored.`,
      );
  if (input.body !== undefined && input.body !== null)
    request.body = typeof input.body === 'string' ? input.body : JSON.stringify(input.body);
  for (const key of MAPS) {
    const map = input[key];
    if (map === undefined || map === null) continue;
    if (typeof map !== 'object' || Array.isArray(map)) {
      notes.push(`"${key}" must be an object of names to values; it is ignored.`);
      continue;
    }
    const out: Record<string, string> = {};
    for (const [name, v] of Object.entries(map as Record<string, unknown>)) {
      if (v === null || typeof v === 'object') notes.push(`${key}.${name} must be a string; it is ignored.`);
      else out[name] = scalarText(v) ?? '';
    }
    request[key] = out;
  }
  if (input.context !== undefined && input.context !== null) {
    if (typeof input.context === 'object' && !Array.isArray(input.context))
      request.context = input.context as Record<string, unknown>;
    else notes.push('"context" must be an object; it is ignored.');
  }
  return { request, notes };
}
