/**
 * One walk over a definition that finds its operations and every `x-amazon-apigateway-*` key with the place it
 * stands in. Rules, completion and symbols read this index instead of walking the tree again.
 */
import { EXTENSION_PREFIX, Place } from '../catalogue';
import { OPERATION_KEYS } from '../catalogue/enums';
import { AstNode, ObjectNode, PropertyNode, asObject } from '../parser/ast';
import { ifBranches } from './intrinsics';
import type { Definition } from './model';

export interface Operation {
  path: string;
  /** Upper case; `ANY` for `x-amazon-apigateway-any-method`. */
  method: string;
  pathKey: PropertyNode;
  pathItem: ObjectNode;
  property: PropertyNode;
  node: ObjectNode;
}

export interface ExtensionUse {
  name: string;
  /** Where it stands; `other` where no extension belongs. */
  place: Place | 'other';
  property: PropertyNode;
  /** The object holding it (root, path item, operation, ...). */
  owner: ObjectNode;
}

export interface DefinitionIndex {
  operations: Operation[];
  extensions: ExtensionUse[];
  securitySchemes: Map<string, PropertyNode>;
}

const operationKeys = new Set<string>(OPERATION_KEYS);
const cache = new WeakMap<Definition, DefinitionIndex>();

export function indexDefinition(def: Definition): DefinitionIndex {
  let index = cache.get(def);
  if (!index) {
    index = buildIndex(def);
    cache.set(def, index);
  }
  return index;
}

/** Objects that stand where one object is expected, seeing through `Fn::If` branches. */
function objectsAt(node: AstNode | undefined): ObjectNode[] {
  const branches = ifBranches(node);
  if (branches) return branches.flatMap(objectsAt);
  const obj = asObject(node);
  return obj ? [obj] : [];
}

function buildIndex(def: Definition): DefinitionIndex {
  const index: DefinitionIndex = { operations: [], extensions: [], securitySchemes: new Map() };
  const ext = (property: PropertyNode, place: Place | 'other', owner: ObjectNode) =>
    index.extensions.push({ name: property.key.value, place, property, owner });

  const root = def.root;
  for (const prop of root.properties) {
    const key = prop.key.value;
    if (key.startsWith(EXTENSION_PREFIX)) ext(prop, 'root', root);
    else if (key === 'paths') for (const paths of objectsAt(prop.value)) walkPaths(paths, index, ext);
    else if (key === 'securityDefinitions') walkSchemes(prop.value, index, ext);
    else if (key === 'components') {
      for (const components of objectsAt(prop.value)) {
        for (const cprop of components.properties) {
          if (cprop.key.value.startsWith(EXTENSION_PREFIX)) ext(cprop, 'components', components);
          else if (cprop.key.value === 'securitySchemes') walkSchemes(cprop.value, index, ext);
          else findStray(cprop.value, ext);
        }
      }
    } else if (key === 'servers' || key === 'tags') {
      const place: Place = key === 'servers' ? 'server' : 'tag';
      if (prop.value?.type === 'array') {
        for (const item of prop.value.items) {
          for (const obj of objectsAt(item)) {
            for (const p of obj.properties) {
              if (p.key.value.startsWith(EXTENSION_PREFIX)) ext(p, place, obj);
              else findStray(p.value, ext);
            }
          }
        }
      }
    } else findStray(prop.value, ext);
  }
  return index;
}

type Report = (property: PropertyNode, place: Place | 'other', owner: ObjectNode) => void;

function walkPaths(paths: ObjectNode, index: DefinitionIndex, ext: Report): void {
  for (const pathKey of paths.properties) {
    if (pathKey.key.value.startsWith(EXTENSION_PREFIX)) {
      ext(pathKey, 'other', paths);
      continue;
    }
    for (const pathItem of objectsAt(pathKey.value)) {
      for (const prop of pathItem.properties) {
        const key = prop.key.value;
        const isAny = key === 'x-amazon-apigateway-any-method';
        if (isAny) ext(prop, 'pathItem', pathItem);
        if (isAny || operationKeys.has(key)) {
          for (const op of objectsAt(prop.value)) {
            index.operations.push({
              path: pathKey.key.value,
              method: isAny ? 'ANY' : key.toUpperCase(),
              pathKey,
              pathItem,
              property: prop,
              node: op,
            });
            for (const opProp of op.properties) {
              if (opProp.key.value.startsWith(EXTENSION_PREFIX)) ext(opProp, 'operation', op);
              else findStray(opProp.value, ext);
            }
          }
        } else if (key.startsWith(EXTENSION_PREFIX)) ext(prop, 'pathItem', pathItem);
        else findStray(prop.value, ext);
      }
    }
  }
}

function walkSchemes(node: AstNode | undefined, index: DefinitionIndex, ext: Report): void {
  for (const schemes of objectsAt(node)) {
    for (const scheme of schemes.properties) {
      index.securitySchemes.set(scheme.key.value, scheme);
      for (const obj of objectsAt(scheme.value)) {
        for (const p of obj.properties) {
          if (p.key.value.startsWith(EXTENSION_PREFIX)) ext(p, 'securityScheme', obj);
        }
      }
    }
  }
}

/** Extension keys anywhere else (inside schemas, info, ...) are in the wrong place. */
function findStray(node: AstNode | undefined, ext: Report): void {
  // Iterative: real documents can nest deeply (schemas), and recursion would grow the stack with them.
  const stack: (AstNode | undefined)[] = [node];
  while (stack.length) {
    const current = stack.pop();
    if (!current) continue;
    if (current.type === 'object') {
      for (const p of current.properties) {
        if (p.key.value.startsWith(EXTENSION_PREFIX)) ext(p, 'other', current);
        else stack.push(p.value);
      }
    } else if (current.type === 'array') {
      for (const item of current.items) stack.push(item);
    }
  }
}

export function operationIntegration(op: Operation): PropertyNode | undefined {
  return op.node.properties.find((p) => p.key.value === 'x-amazon-apigateway-integration');
}
