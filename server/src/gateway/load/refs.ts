/** Local `$ref`s (`#/components/...`) inside a definition, followed with a bound so that cycles cannot hang. */
import { scalarText } from '../../../../common/scalarText';
import { decodePercentOrKeep } from '../../../../common/percentDecode';

export function resolveRef(root: unknown, value: unknown): unknown {
  let current = value;
  for (let hops = 0; hops < 20; hops++) {
    const ref = isObject(current) ? current.$ref : undefined;
    if (typeof ref !== 'string' || !ref.startsWith('#/')) return current;
    current = pointer(root, ref);
  }
  return undefined;
}

function pointer(root: unknown, ref: string): unknown {
  let node = root;
  for (const raw of ref.slice(2).split('/')) {
    const key = decodePercentOrKeep(raw).replace(/~1/g, '/').replace(/~0/g, '~');
    if (!isObject(node) && !Array.isArray(node)) return undefined;
    node = (node as Record<string, unknown>)[key];
  }
  return node;
}

export function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export function stringMap(value: unknown): Record<string, string> {
  const out: Record<string, string> = {};
  if (!isObject(value)) return out;
  for (const [k, v] of Object.entries(value)) {
    const text = scalarText(v);
    if (text !== undefined) out[k] = text;
  }
  return out;
}
