/** The request parameters an operation declares (for `method.request.*` mappings), from its path and `parameters`. */
import type { Operation } from '../document/definitionIndex';
import { AstNode, ObjectNode, asString, getValue } from '../parser/ast';
import { derefObject } from './refs';

export type ParameterLocation = 'path' | 'querystring' | 'header';

export interface DeclaredParameters {
  path: Set<string>;
  querystring: Set<string>;
  header: Set<string>;
  /** False when some parameter could not be read (computed, unresolved $ref): then nothing is "missing". */
  complete: boolean;
}

const inToLocation: Record<string, ParameterLocation> = { path: 'path', query: 'querystring', header: 'header' };

export function pathTemplateParameters(path: string): string[] {
  return [...path.matchAll(/\{([^{}+]+)\+?\}/g)].map((m) => m[1]);
}

export function declaredParameters(root: ObjectNode, op: Operation): DeclaredParameters {
  const declared: DeclaredParameters = {
    path: new Set(pathTemplateParameters(op.path)),
    querystring: new Set(),
    header: new Set(),
    complete: true,
  };
  const add = (list: AstNode | undefined) => {
    if (!list) return;
    if (list.type !== 'array') {
      declared.complete = false;
      return;
    }
    for (const item of list.items) {
      const param = derefObject(root, item);
      const name = asString(getValue(param, 'name'));
      const where = asString(getValue(param, 'in'));
      if (!param || !name || !where) {
        declared.complete = false;
        continue;
      }
      const location = inToLocation[where];
      if (location) declared[location].add(location === 'header' ? name.toLowerCase() : name);
    }
  };
  add(getValue(op.pathItem, 'parameters'));
  add(getValue(op.node, 'parameters'));
  return declared;
}

export function isDeclared(declared: DeclaredParameters, location: ParameterLocation, name: string): boolean {
  return declared[location].has(location === 'header' ? name.toLowerCase() : name);
}
