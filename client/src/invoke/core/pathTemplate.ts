/**
 * API Gateway path templates: `/pets/{petId}` and greedy `/files/{proxy+}`.
 * HTTP APIs also have the catch-all route `$default`, which matches any path.
 */

export interface PathParameter {
  name: string;
  /** `{name+}`: the value may contain slashes. */
  greedy: boolean;
}

const placeholder = /\{([^{}]+?)(\+?)\}/g;

export function pathParameters(template: string): PathParameter[] {
  if (isCatchAllRoute(template)) return [{ name: 'path', greedy: true }];
  const seen = new Set<string>();
  const out: PathParameter[] = [];
  for (const m of template.matchAll(placeholder)) {
    if (seen.has(m[1])) continue;
    seen.add(m[1]);
    out.push({ name: m[1], greedy: m[2] === '+' });
  }
  return out;
}

export function isCatchAllRoute(template: string): boolean {
  return template === '$default' || template === '/$default';
}

export class MissingPathParameterError extends Error {
  constructor(readonly names: string[]) {
    super(`Fill in the path parameter${names.length > 1 ? 's' : ''} ${names.map((n) => `{${n}}`).join(', ')}.`);
  }
}

/**
 * Puts the values into the template, percent-encoded. A greedy value keeps its slashes. For the `$default`
 * route the path comes from the parameter `path` (default `/`).
 */
export function fillPathTemplate(template: string, values: Readonly<Record<string, string>>): string {
  if (isCatchAllRoute(template)) {
    const raw = values.path?.trim() || '/';
    return encodeGreedy(raw.startsWith('/') ? raw : `/${raw}`);
  }
  const missing = pathParameters(template)
    .filter((p) => !values[p.name])
    .map((p) => p.name);
  if (missing.length) throw new MissingPathParameterError(missing);
  const filled = template.replace(placeholder, (_all, name: string, plus: string) =>
    plus ? encodeGreedy(values[name]) : encodeURIComponent(values[name]),
  );
  return filled.startsWith('/') ? filled : `/${filled}`;
}

function encodeGreedy(value: string): string {
  return value.split('/').map(encodeURIComponent).join('/');
}
