/**
 * What the generated OpenAPI checkers (`generated/*.ts`) call: the checking context, JSON Schema's value tests on
 * tree nodes, and the choice of one branch of a failed `oneOf`/`anyOf` (the one the value most resembles), so
 * that a problem is reported once instead of once per branch.
 */
import type { AstNode, ObjectNode, PropertyNode } from '../parser/ast';

export type ProblemKind =
  'type' | 'enum' | 'required' | 'unknown' | 'pattern' | 'limit' | 'unique' | 'not' | 'ambiguous';

/** One schema violation, on the node it is about; turned into a message only when it is reported. */
export interface Problem {
  kind: ProblemKind;
  /** The value at fault; for `required` and `unknown`, the object. */
  node: AstNode;
  /** The member at fault (`unknown`), or the duplicate item (`unique`). */
  property?: PropertyNode;
  item?: AstNode;
  /** What the schema calls the value ("Operation", "Schema", ...). */
  title: string;
  /** Allowed types, values or members; the missing member; the pattern; the bound ("minimum 0"). */
  expected?: readonly unknown[];
  detail?: string;
}

/**
 * Checks run either quiet (first failure returns false at once: branch trials) or reporting (every problem is
 * collected). A reporting context is never shared between branches of a choice.
 */
export class Ctx {
  readonly problems: Problem[] = [];
  /** On the reporting context of a whole-document check: the document's text, for reusing unchanged entries. */
  entries?: EntryReuse;
  constructor(readonly quiet: boolean) {}

  report(problem: Problem): false {
    if (!this.quiet) this.problems.push(problem);
    return false;
  }
}

/** Shared by every quiet trial: it records nothing. */
export const QUIET = new Ctx(true);

/**
 * Values a CloudFormation template computes (`Ref`, `Fn::Sub`, `!GetAtt`, an object holding `Fn::Transform`...):
 * CloudFormation resolves them before API Gateway imports the definition, so the check cannot know them. Set for
 * the length of one check of an embedded definition (check.ts); every generated check starts by asking it. Such a
 * value matches any schema, and none under a `not` (`match` flips there): it never causes a finding either way.
 */
export const computedValues: { nodes: ReadonlySet<AstNode> | undefined; match: boolean } = {
  nodes: undefined,
  match: true,
};

/** A `not` subschema's quiet check, with computed values matching nothing: only what is known can rule a value out. */
export function holdsForNot(check: Check, n: AstNode): boolean {
  if (computedValues.nodes === undefined) return check(n, QUIET);
  computedValues.match = !computedValues.match;
  try {
    return check(n, QUIET);
  } finally {
    computedValues.match = !computedValues.match;
  }
}

export type Check = (n: AstNode, c: Ctx) => boolean;

/** A member written without a value (`key:` in YAML) is null, where the key stands. */
export function valueOf(p: PropertyNode): AstNode {
  return p.value ?? { type: 'null', value: null, offset: p.key.offset, length: p.key.length, parent: p };
}

export function isType(n: AstNode, type: string): boolean {
  switch (type) {
    case 'integer':
      return n.type === 'number' && Number.isInteger(n.value);
    default:
      return n.type === type;
  }
}

export function typeFail(n: AstNode, c: Ctx, title: string, types: readonly string[]): false {
  return c.report({ kind: 'type', node: n, title, expected: types });
}

/** Whether a scalar node equals one of a schema's `enum` values (the schemas' enums hold scalars only). */
export function inEnum(n: AstNode, values: readonly unknown[]): boolean {
  if (n.type === 'object' || n.type === 'array')
    return values.some((v) => v !== null && typeof v === 'object' && canonical(n) === JSON.stringify(v));
  return values.includes(n.value);
}

/** A text equal for equal JSON values, whatever the key order (for `uniqueItems`). */
export function canonical(n: AstNode): string {
  switch (n.type) {
    case 'object':
      return `{${n.properties
        .map((p) => `${JSON.stringify(p.key.value)}:${canonical(valueOf(p))}`)
        .sort()
        .join(',')}}`;
    case 'array':
      return `[${n.items.map(canonical).join(',')}]`;
    default:
      return JSON.stringify(n.value);
  }
}

/**
 * The first item equal to an earlier one, if any. Most arrays under `uniqueItems` are short lists of names
 * (`required`, `tags`): compared in place, without building a text per item.
 */
export function duplicateItem(items: readonly AstNode[]): AstNode | undefined {
  if (items.length < 2) return undefined;
  if (items.length <= 16) {
    for (let j = 1; j < items.length; j++)
      for (let i = 0; i < j; i++) if (sameValue(items[i], items[j])) return items[j];
    return undefined;
  }
  const seen = new Set<string>();
  for (const item of items) {
    const key = item.type === 'string' ? `s${item.value}` : canonical(item);
    if (seen.has(key)) return item;
    seen.add(key);
  }
  return undefined;
}

function sameValue(a: AstNode, b: AstNode): boolean {
  if (a.type !== b.type) return false;
  if (a.type === 'array')
    return (
      a.items.length === (b as typeof a).items.length &&
      a.items.every((item, i) => sameValue(item, (b as typeof a).items[i]))
    );
  if (a.type === 'object') {
    const other = b as typeof a;
    if (a.properties.length !== other.properties.length) return false;
    return a.properties.every((p) => {
      const q = other.properties.find((x) => x.key.value === p.key.value);
      return q !== undefined && sameValue(valueOf(p), valueOf(q));
    });
  }
  return a.value === (b as typeof a).value;
}

export function has(n: ObjectNode, key: string): boolean {
  if (n.properties.length < 8) {
    for (const p of n.properties) if (p.key.value === key) return true;
    return false;
  }
  if (!n.index) {
    n.index = new Map();
    for (const p of n.properties) if (!n.index.has(p.key.value)) n.index.set(p.key.value, p);
  }
  return n.index.has(key);
}

/** A string's length as JSON Schema counts it: in code points. */
export function codePoints(s: string): number {
  let count = 0;
  for (let i = 0; i < s.length; i++) {
    const code = s.charCodeAt(i);
    if (code < 0xd800 || code > 0xdbff) count++;
  }
  return count;
}

/**
 * `oneOf` (exactly one branch) and `anyOf` (at least one). Quiet trials first; only when they fail in a reporting
 * context is each branch checked again, reporting, and the problems of the branch the value most resembles are
 * kept: a value that merely picked the wrong branch gets that branch's problems, not all of them.
 */
/** The members a branch knows: by name, or by pattern (`^x-`). */
export interface KnownMembers {
  names: ReadonlySet<string>;
  patterns: readonly RegExp[];
  /** A Reference Object: `$ref` decides, whatever else the object holds. */
  reference: boolean;
}

export function choice(
  n: AstNode,
  c: Ctx,
  branches: readonly Check[],
  titles: readonly string[],
  exactlyOne: boolean,
  title: string,
  known: readonly KnownMembers[],
): boolean {
  let passed = 0;
  let firstPassed = -1;
  for (let i = 0; i < branches.length; i++) {
    if (branches[i](n, QUIET)) {
      passed++;
      if (firstPassed < 0) firstPassed = i;
      if (!exactlyOne) return true;
    }
  }
  if (passed === 1) return true;
  // More than one branch holding may be a computed value's doing (an `in: !Ref Location`): no finding.
  if (passed > 1 && computedValues.nodes !== undefined) return true;
  if (c.quiet) return false;
  if (passed > 1)
    return c.report({ kind: 'ambiguous', node: n, title, expected: titles.filter((_, i) => branches[i](n, QUIET)) });
  let best: Problem[] | undefined;
  let bestScore = Infinity;
  const trials: Problem[][] = [];
  for (let i = 0; i < branches.length; i++) {
    const trial = new Ctx(false);
    branches[i](n, trial);
    trials.push(trial.problems);
    const score = discriminated(n, known[i]) + strangeMembers(n, known[i]) * 200 + resemblance(n, trial.problems);
    if (score < bestScore) {
      bestScore = score;
      best = trial.problems;
    }
  }
  // Branches ruled out by `$ref` take no part in what the value could have been.
  const candidates = trials.filter((_, i) => discriminated(n, known[i]) === 0);
  for (const p of mergeAlternatives(best ?? [], candidates, n, title)) c.problems.push(p);
  // A branch that fails without saying why (it cannot, but keep the document marked invalid).
  if (!best?.length) c.report({ kind: 'not', node: n, title, detail: `must match one of: ${titles.join(', ')}` });
  return false;
}

/** `$ref` tells a Reference Object from anything else: a branch on the wrong side of it is out. */
function discriminated(n: AstNode, known: KnownMembers | undefined): number {
  if (n.type !== 'object' || !known) return 0;
  return has(n, '$ref') === known.reference ? 0 : 500;
}

/** How many of an object's members a branch has never heard of: `name`, `in` and `schema` are no Reference's. */
function strangeMembers(n: AstNode, known: KnownMembers | undefined): number {
  if (n.type !== 'object' || !known || (known.names.size === 0 && known.patterns.length === 0)) return 0;
  let strange = 0;
  for (const p of n.properties) {
    const name = p.key.value;
    if (!known.names.has(name) && !known.patterns.some((r) => r.test(name))) strange++;
  }
  return strange;
}

/**
 * Branches told apart by one member's value (`in: path` / `in: query` ..., a security scheme's `type`) all fail
 * on that value when it is none of them: say once which values every branch together allows.
 */
function mergeAlternatives(
  best: readonly Problem[],
  trials: readonly Problem[][],
  n: AstNode,
  title: string,
): Problem[] {
  // Every branch asks for one member of its own (`schema` or `content`): one finding naming them all.
  if (trials.length > 1 && trials.every((t) => t.length === 1 && t[0].kind === 'required' && t[0].node === n)) {
    const members = trials.flatMap((t) => t[0].expected ?? [t[0].detail]);
    return [{ kind: 'required', node: n, title, detail: trials[0][0].detail, expected: [...new Set(members)] }];
  }
  return best.map((p) => {
    if (p.kind !== 'enum') return p;
    const allowed = new Set<unknown>();
    for (const trial of trials) {
      const same = trial.find((q) => q.kind === 'enum' && q.node === p.node);
      if (!same) return p;
      for (const v of same.expected ?? []) allowed.add(v);
    }
    if (allowed.size === (p.expected?.length ?? 0)) return p;
    // Named after the choice, not after the one branch that happened to be closest.
    return { ...p, expected: [...allowed], title };
  });
}

/**
 * How far a value is from a branch: a wrong type of the value itself rules the branch out; a discriminating member
 * (`in`, `type`, `$ref`) with a value or presence the branch does not allow comes next; problems further down count
 * least. Lower is closer.
 */
function resemblance(n: AstNode, problems: readonly Problem[]): number {
  let score = 0;
  for (const p of problems) {
    const depth = depthBelow(p.node, n);
    if (depth === 0) {
      if (p.kind === 'type') score += 1000;
      else if (p.kind === 'unknown' && p.property?.key.value === '$ref') score += 100;
      else if (p.kind === 'required') score += 20;
      else score += 10;
    } else if (depth === 1) score += p.kind === 'enum' ? 100 : p.kind === 'type' ? 15 : 3;
    else score += 1;
  }
  return score;
}

function depthBelow(node: AstNode, ancestor: AstNode): number {
  let depth = 0;
  let current: AstNode | undefined = node;
  while (current && current !== ancestor && depth < 64) {
    const parent: PropertyNode | AstNode | undefined = current.parent;
    current = parent?.type === 'property' ? parent.parent : parent;
    depth++;
  }
  return depth;
}

/** How many top-level map entries a check reused and re-checked (tests read it). */
export interface EntryReuse {
  text: string;
  reused: number;
  checked: number;
  /** The definition's root (a template's `DefinitionBody` or `Body`, or the document's root). */
  root?: AstNode;
}

interface EntryResult {
  check: Check;
  /** Checked with computed values (in a template) or without. */
  computed: boolean;
  /** The entry's text when it was checked. */
  source: string;
  ok: boolean;
  problems: Problem[];
}

/**
 * Results of the entries of the top-level maps (`paths`, `components` › `schemas`, `definitions`, ...), by node.
 * The incremental parser patches the previous tree in place (parser/incremental.ts): an entry whose node is the
 * same object and whose text is unchanged has the same subtree, hence the same problems (on the same nodes, whose
 * offsets the patch has moved). Only the entry the edit touched is checked again. A full parse makes new nodes:
 * nothing is reused then. Weak: results go with their tree.
 */
const entryResults = new WeakMap<AstNode, EntryResult>();

export function unit(check: Check, value: AstNode, map: ObjectNode, c: Ctx): boolean {
  const reuse = c.entries;
  if (!reuse || c.quiet || !isTopLevelMap(map, reuse.root)) return check(value, c);
  const source = reuse.text.slice(value.offset, value.offset + value.length);
  const previous = entryResults.get(value);
  const computed = computedValues.nodes !== undefined;
  if (previous && previous.check === check && previous.source === source && previous.computed === computed) {
    reuse.reused++;
    for (const p of previous.problems) c.problems.push(p);
    return previous.ok;
  }
  reuse.checked++;
  const own = new Ctx(false);
  const ok = check(value, own);
  entryResults.set(value, { check, computed, source, ok, problems: own.problems });
  for (const p of own.problems) c.problems.push(p);
  return ok;
}

/**
 * `paths` or `definitions` (a member of the definition's root), or a map one level further (`components` ›
 * `schemas`). Without a root given, the document's root.
 */
function isTopLevelMap(map: ObjectNode, root: AstNode | undefined): boolean {
  const up = map.parent?.parent; // the object holding the map
  if (!up) return false;
  if (root ? up === root : !up.parent) return true;
  return up.parent?.type === 'property' && (root ? up.parent.parent === root : !up.parent.parent.parent);
}
