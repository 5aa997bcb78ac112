/**
 * OpenAPI structure check of a definition, standalone or embedded in a template (`DefinitionBody`, `Body`): the
 * checker compiled from the official schema of its version (`generated/`, see scripts/generate-openapi-checkers.mjs)
 * walks the parsed tree itself, right after the API Gateway checks. Versions API Gateway cannot import get one
 * diagnostic saying which it can, and no structure check.
 */
import { AstNode, getProperty, scalarText } from '../parser/ast';
import type { Definition } from '../document/model';
import { isIntrinsic } from '../document/intrinsics';
import type { Finding } from '../validation/rule';
import { checkDocument as checkOpenApi30 } from './generated/openapi30';
import { checkDocument as checkSwagger20 } from './generated/swagger20';
import { SCHEMA_RULE, likelyMeant, toFinding } from './messages';
import { computedIn } from './computed';
import { OPERATION_KEYS } from '../catalogue/enums';
import { Ctx, EntryReuse, Problem, computedValues } from './runtime';

export const VERSION_RULE = 'openapi-version';
/** Enough to act on; a document with more is structurally something else. */
export const MAX_SCHEMA_FINDINGS = 100;

/**
 * `text` is the document's text: with it, entries of the top-level maps left unchanged by an incremental edit
 * keep their previous results (see `unit` in runtime.ts).
 */
export function checkOpenApiStructure(def: Definition, text?: string): Finding[] {
  const isSwagger = def.version === 'swagger2';
  const versionProperty = getProperty(def.root, isSwagger ? 'swagger' : 'openapi');
  const version = scalarText(versionProperty?.value);
  // Computed versions (a template's !Ref) cannot be judged.
  if (version === undefined || !versionProperty?.value || isIntrinsic(versionProperty.value)) return [];
  const check = isSwagger
    ? version === '2.0'
      ? checkSwagger20
      : undefined
    : /^3\.0(\.|$)/.test(version)
      ? checkOpenApi30
      : undefined;
  if (!check)
    return [unsupportedVersion(versionProperty.value, isSwagger ? `Swagger ${version}` : `OpenAPI ${version}`)];
  if (!def.resource) return structureFindings(def.root, check, text);
  // In a template, what CloudFormation computes matches anything (runtime.ts, computedValues).
  computedValues.nodes = computedIn(def.root);
  try {
    return structureFindings(def.root, check, text);
  } finally {
    computedValues.nodes = undefined;
  }
}

/** Every problem of `root` under one compiled checker, as findings, at most MAX_SCHEMA_FINDINGS. */
export function structureFindings(
  root: AstNode,
  check: (n: AstNode, c: Ctx) => boolean,
  text?: string,
  reuse?: EntryReuse,
): Finding[] {
  const ctx = new Ctx(false);
  if (text !== undefined) {
    ctx.entries = reuse ?? { text, reused: 0, checked: 0 };
    ctx.entries.root = root;
  }
  check(root, ctx);
  return withoutNotEchoes(withoutTypoEchoes(withoutPathKeys(root, ctx.problems)))
    .slice(0, MAX_SCHEMA_FINDINGS)
    .map(toFinding);
}

const pathItemOperations = new Set<string>([...OPERATION_KEYS, 'x-amazon-apigateway-any-method']);

/**
 * A path with operations but no leading '/' is the path rules' finding (`path-leading-slash`, with its quick fix),
 * and `$default` is HTTP APIs' default route, which AWS imports: the schema's "paths start with '/'" would say the
 * first twice and contradict the path rules on the second.
 */
function withoutPathKeys(root: AstNode, problems: Problem[]): Problem[] {
  const paths = getProperty(root, 'paths')?.value;
  if (!paths) return problems;
  const ownedByPathRules = (p: Problem): boolean => {
    if (p.kind !== 'unknown' || p.node !== paths || !p.property) return false;
    if (p.property.key.value === '$default') return true;
    const item = p.property.value;
    return item?.type === 'object' && item.properties.some((m) => pathItemOperations.has(m.key.value));
  };
  return problems.filter((p) => !ownedByPathRules(p));
}

/**
 * Swagger's `responses: {}` breaks both `minProperties: 1` and a `not` (not only extensions): one mistake. A `not`
 * says the least, so on a value that has another finding it is left out.
 */
function withoutNotEchoes(problems: Problem[]): Problem[] {
  if (!problems.some((p) => p.kind === 'not')) return problems;
  const other = new Set(problems.filter((p) => p.kind !== 'not').map((p) => p.node));
  return problems.filter((p) => p.kind !== 'not' || !other.has(p.node));
}

/** `descripton:` is one mistake, not also a missing `description`: the misspelt key's finding says both. */
function withoutTypoEchoes(problems: Problem[]): Problem[] {
  const meant = new Map<AstNode, Set<string>>();
  for (const p of problems) {
    const guess = likelyMeant(p);
    if (guess) (meant.get(p.node) ?? meant.set(p.node, new Set()).get(p.node)!).add(guess);
  }
  if (meant.size === 0) return problems;
  return problems.filter((p) => !(p.kind === 'required' && p.detail && meant.get(p.node)?.has(p.detail)));
}

/**
 * "API Gateway supports OpenAPI v2.0 and OpenAPI v3.0 definition files" for REST APIs
 * (https://docs.aws.amazon.com/apigateway/latest/developerguide/api-gateway-import-api.html), and HTTP APIs
 * "support only the OpenAPI 3.0 specification"
 * (https://docs.aws.amazon.com/apigateway/latest/developerguide/http-api-open-api.html). OpenAPI 3.1 is not
 * among them.
 */
function unsupportedVersion(node: AstNode, written: string): Finding {
  return {
    rule: VERSION_RULE,
    message: `${written} is not a version API Gateway imports: REST APIs import OpenAPI 2.0 (swagger: "2.0") and OpenAPI 3.0 (openapi: "3.0.x"), HTTP APIs OpenAPI 3.0 only. The OpenAPI structure is not checked.`,
    offset: node.offset,
    length: node.length,
  };
}

export { SCHEMA_RULE };
