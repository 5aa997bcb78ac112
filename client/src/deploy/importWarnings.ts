/**
 * Where in the definition an API Gateway import warning points. API Gateway words its warnings in prose
 * ("Unable to put method 'GET' on resource at path '/pets': …", "Parse issue: attribute paths.'/pets'(get).x is
 * unexpected"); this pulls out the JSON path so the warning can be shown on the right line. Pure.
 */

export type JsonPath = (string | number)[];

const methods = 'GET|PUT|POST|DELETE|OPTIONS|HEAD|PATCH|ANY|X-AMAZON-APIGATEWAY-ANY-METHOD';

export function warningPath(warning: string, options: { swagger2?: boolean } = {}): JsonPath | undefined {
  // "attribute paths.'/pets'(get).responses.'200' is unexpected"
  const parse = /paths\.'([^']+)'(?:\((\w+)\))?((?:\.(?:'[^']*'|[\w$-]+))*)/.exec(warning);
  if (parse) {
    const rest = [...parse[3].matchAll(/\.(?:'([^']*)'|([\w$-]+))/g)].map((m) => m[1] ?? m[2]);
    return ['paths', parse[1], ...(parse[2] ? [parse[2].toLowerCase()] : []), ...rest];
  }
  const resource = /(?:resource at )?path '([^']+)'/i.exec(warning);
  if (resource) {
    const method = new RegExp(
      `'(${methods})'|\\b(${methods}) ${resource[1].replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`,
      'i',
    ).exec(warning);
    const name = (method?.[1] ?? method?.[2])?.toLowerCase();
    return ['paths', resource[1], ...(name ? [name === 'any' ? 'x-amazon-apigateway-any-method' : name] : [])];
  }
  // "Unable to create model for 'Pet': …"
  const model = /model (?:for |named |with name )?'([^']+)'/i.exec(warning);
  if (model) return options.swagger2 ? ['definitions', model[1]] : ['components', 'schemas', model[1]];
  // "Unable to create authorizer 'jwt': …"
  const authorizer = /authorizer '([^']+)'/i.exec(warning);
  if (authorizer)
    return options.swagger2 ? ['securityDefinitions', authorizer[1]] : ['components', 'securitySchemes', authorizer[1]];
  return undefined;
}

export interface TextRange {
  start: { line: number; character: number };
  end: { line: number; character: number };
}

/**
 * Fallback when the language server cannot locate a path: finds each string key of the path in turn, each one
 * after the previous, in JSON or YAML text. Returns the last key found, or undefined when the first is missing.
 */
export function locateByText(text: string, path: JsonPath): TextRange | undefined {
  let from = 0;
  let found: { offset: number; length: number } | undefined;
  for (const key of path) {
    if (typeof key !== 'string') continue;
    const escaped = key.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    const re = new RegExp(`(^|[\\s{,])(["']?)(${escaped})\\2\\s*:`, 'gm');
    re.lastIndex = from;
    const m = re.exec(text);
    if (!m) break;
    const offset = m.index + m[1].length + m[2].length;
    found = { offset, length: key.length };
    from = offset + key.length;
  }
  if (!found) return undefined;
  return { start: positionAt(text, found.offset), end: positionAt(text, found.offset + found.length) };
}

function positionAt(text: string, offset: number): { line: number; character: number } {
  const before = text.slice(0, offset);
  const line = before.split('\n').length - 1;
  return { line, character: offset - (before.lastIndexOf('\n') + 1) };
}
