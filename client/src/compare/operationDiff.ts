/**
 * A summary of drift by operation between two normalized definitions: which operations only one side has, and for
 * the others what changed (integration, authorizer, request validator, parameters, request body, responses). Pure.
 */
import type { Json } from './normalize';

export type Aspect = 'integration' | 'authorizer' | 'validator' | 'parameters' | 'request body' | 'responses' | 'other';

export interface OperationDrift {
  /** "GET /pets". */
  operation: string;
  change: 'added' | 'removed' | 'changed';
  aspects: Aspect[];
}

const isObject = (v: unknown): v is Record<string, Json> => typeof v === 'object' && v !== null && !Array.isArray(v);

function operations(doc: Json): Map<string, Record<string, Json>> {
  const out = new Map<string, Record<string, Json>>();
  if (!isObject(doc) || !isObject(doc.paths)) return out;
  for (const [path, item] of Object.entries(doc.paths)) {
    if (!isObject(item)) continue;
    for (const [method, op] of Object.entries(item)) {
      if (isObject(op) && method !== 'parameters') out.set(`${method === 'x-amazon-apigateway-any-method' ? 'ANY' : method.toUpperCase()} ${path}`, op);
    }
  }
  return out;
}

const aspectOf = (key: string): Aspect =>
  key === 'x-amazon-apigateway-integration'
    ? 'integration'
    : key === 'security' || key === 'x-amazon-apigateway-auth'
      ? 'authorizer'
      : key === 'x-amazon-apigateway-request-validator'
        ? 'validator'
        : key === 'parameters'
          ? 'parameters'
          : key === 'requestBody'
            ? 'request body'
            : key === 'responses'
              ? 'responses'
              : 'other';

/** `local` is what the repository holds, `deployed` what the stage runs: "added" means only local has it. */
export function operationDrift(local: Json, deployed: Json): OperationDrift[] {
  const mine = operations(local);
  const theirs = operations(deployed);
  const out: OperationDrift[] = [];
  for (const [name, op] of mine) {
    const other = theirs.get(name);
    if (!other) {
      out.push({ operation: name, change: 'added', aspects: [] });
      continue;
    }
    const aspects = new Set<Aspect>();
    for (const key of new Set([...Object.keys(op), ...Object.keys(other)])) {
      if (JSON.stringify(op[key]) !== JSON.stringify(other[key])) aspects.add(aspectOf(key));
    }
    if (aspects.size) out.push({ operation: name, change: 'changed', aspects: [...aspects].sort() });
  }
  for (const name of theirs.keys()) if (!mine.has(name)) out.push({ operation: name, change: 'removed', aspects: [] });
  return out.sort((a, b) => a.operation.localeCompare(b.operation));
}

export function describeDrift(drift: OperationDrift[]): string {
  if (drift.length === 0) return 'No drift: every operation is the same in the definition and on the stage.';
  const sign = { added: '+', removed: '−', changed: '~' } as const;
  return drift.map((d) => `${sign[d.change]} ${d.operation}${d.change === 'changed' ? ` (${d.aspects.join(', ')})` : d.change === 'added' ? ' (only in the definition)' : ' (only on the stage)'}`).join('\n');
}
