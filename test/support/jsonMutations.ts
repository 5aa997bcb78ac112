/**
 * Seeded random breakage of a JSON value (a definition): a member dropped, renamed or added, a value of another
 * type or an unknown word in its place, a collection emptied. The same seed gives the same variant.
 */
export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

export interface JsonMutation {
  kind: 'drop' | 'rename' | 'retype' | 'word' | 'add' | 'empty';
  /** Keys and indexes to the changed value (for a rename or an addition, to its object). */
  path: (string | number)[];
  description: string;
}

/** mulberry32: small, fast, good enough to pick places. */
export function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

interface Place {
  parent: Json[] | { [key: string]: Json };
  key: string | number;
  path: (string | number)[];
}

/** Every member and item below the root, except the version member that makes the document what it is. */
function places(root: Json): Place[] {
  const out: Place[] = [];
  const stack: { value: Json; path: (string | number)[] }[] = [{ value: root, path: [] }];
  while (stack.length) {
    const { value, path } = stack.pop()!;
    if (Array.isArray(value)) {
      value.forEach((item, i) => {
        out.push({ parent: value, key: i, path: [...path, i] });
        stack.push({ value: item, path: [...path, i] });
      });
    } else if (value && typeof value === 'object') {
      for (const [key, child] of Object.entries(value)) {
        if (path.length === 0 && (key === 'openapi' || key === 'swagger')) continue;
        out.push({ parent: value, key, path: [...path, key] });
        stack.push({ value: child, path: [...path, key] });
      }
    }
  }
  return out;
}

/** A broken copy of `root` and what was done to it. */
export function mutateJson(root: Json, seed: number): { value: Json; mutation: JsonMutation } {
  const value = structuredClone(root);
  const next = random(seed);
  const all = places(value);
  const place = all[Math.floor(next() * all.length)];
  const kinds: JsonMutation['kind'][] = ['drop', 'rename', 'retype', 'word', 'add', 'empty'];
  const kind = kinds[Math.floor(next() * kinds.length)];
  const { parent, key } = place;
  const current = (parent as Record<string | number, Json>)[key];
  const at = place.path.join(' › ');
  const set = (v: Json) => ((parent as Record<string | number, Json>)[key] = v);
  switch (kind) {
    case 'drop':
      if (Array.isArray(parent)) parent.splice(key as number, 1);
      else delete parent[key as string];
      return { value, mutation: { kind, path: place.path, description: `dropped ${at}` } };
    case 'rename':
      if (!Array.isArray(parent)) {
        const renamed = `${key}z`;
        delete parent[key as string];
        parent[renamed] = current;
        return { value, mutation: { kind, path: place.path.slice(0, -1), description: `renamed ${at} to ${renamed}` } };
      }
      set({ bogusMember: current });
      return { value, mutation: { kind, path: place.path, description: `wrapped ${at} in an object` } };
    case 'retype': {
      const replacement: Json = typeof current === 'string' ? 7 : typeof current === 'number' ? String(current) : typeof current === 'boolean' ? 'yes' : 'text';
      set(replacement);
      return { value, mutation: { kind, path: place.path, description: `${at} = ${JSON.stringify(replacement)}` } };
    }
    case 'word':
      set('bogusword');
      return { value, mutation: { kind, path: place.path, description: `${at} = "bogusword"` } };
    case 'add':
      if (current && typeof current === 'object' && !Array.isArray(current)) {
        current.bogusMember = 1;
        return { value, mutation: { kind, path: place.path, description: `added bogusMember to ${at}` } };
      }
      set([current]);
      return { value, mutation: { kind, path: place.path, description: `${at} put in an array` } };
    case 'empty':
      set(Array.isArray(current) ? [] : current && typeof current === 'object' ? {} : '');
      return { value, mutation: { kind, path: place.path, description: `emptied ${at}` } };
  }
}
