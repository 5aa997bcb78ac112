/**
 * Checks a value against its catalogue schema: types, fields, enums with AWS's case rules, ranges, patterns,
 * and which API types read a field. Intrinsic functions and `${...}` placeholders stand for values that are
 * only known at deploy time and are accepted; `Fn::If` branches are each checked.
 * Severity evidence: API Gateway's import refuses a value of the wrong type, outside its enum or range, or a
 * required field left out (BadRequestException, apigateway-facts.md §4.3); unknown fields and fields the API type
 * does not read are ignored, so those are warnings.
 */
import { Field, Schema, schemaFor } from '../catalogue/types';
import { ifBranches, isIntrinsic, subTemplate } from '../document/intrinsics';
import { AstNode, ObjectNode, PropertyNode, scalarText } from '../parser/ast';
import { pythonTruthy } from './pythonTruth';
import { closestMatches, didYouMean, listOf } from '../util/similarity';
import type { DefinitionContext, RuleId, Span } from './rule';

/** What the schema check needs of its caller: the API type and a place to report to. */
export type SchemaCheckContext = Pick<DefinitionContext<SchemaCheckRuleId>, 'apiType' | 'report'> & {
  /**
   * A named field set to null counts as left out (SAM's resources: the transform reads `UsagePlan: null` or
   * `MethodSettings: null` as absent and writes no null into the template it makes, but refuses a null entry of a
   * map such as `Authorizers: {Tok: null}`; checked with aws-sam-translator).
   */
  nullIsAbsent?: boolean;
};

/** The ids the schema check reports: a rule module that calls checkValue lists them among its own. */
export const SCHEMA_CHECK_RULES = [
  'value-type',
  'value-truth',
  'value-format',
  'enum-case',
  'enum-value',
  'value-range',
  'field-api-type',
  'missing-field',
  'unknown-field',
] as const satisfies readonly RuleId[];
export type SchemaCheckRuleId = (typeof SCHEMA_CHECK_RULES)[number];

const kindName: Record<Schema['kind'], string> = {
  string: 'a string',
  integer: 'an integer',
  number: 'a number',
  boolean: 'true or false',
  object: 'an object',
  array: 'a list',
  map: 'an object (map)',
  any: 'a value',
};

function describeNode(node: AstNode): string {
  switch (node.type) {
    case 'object':
      return 'an object';
    case 'array':
      return 'a list';
    case 'null':
      return 'nothing';
    case 'boolean':
      return String(node.value);
    case 'number':
      return node.raw;
    default:
      return `"${node.value}"`;
  }
}

/** Where a missing-field problem is reported: on the key that holds the object, else on the object. */
export function anchorOf(node: AstNode): Span {
  const parent = node.parent;
  if (parent?.type === 'property') return parent.key;
  return { offset: node.offset, length: Math.min(node.length, 1) };
}

export function checkValue(ctx: SchemaCheckContext, node: AstNode | undefined, base: Schema, label: string): void {
  if (!node || base.checkedBy) return;
  const branches = ifBranches(node);
  if (branches) {
    for (const b of branches) checkValue(ctx, b, base, label);
    return;
  }
  const schema = schemaFor(base, ctx.apiType);
  const sub = subTemplate(node);
  if (sub) {
    if (schema.kind === 'string' || schema.kind === 'any') checkString(ctx, sub.node, sub.text, schema, label);
    return;
  }
  if (isIntrinsic(node)) return;

  switch (schema.kind) {
    case 'any':
      return;
    case 'string': {
      const text = scalarText(node);
      if (text === undefined) return typeError(ctx, node, schema, label);
      return checkString(ctx, node, text, schema, label);
    }
    case 'integer':
    case 'number': {
      const value =
        node.type === 'number'
          ? node.value
          : node.type === 'string' && /^-?\d+(\.\d+)?$/.test(node.value.trim())
            ? Number(node.value)
            : undefined;
      if (node.type === 'string' && node.value.includes('${')) return;
      if (value === undefined || (schema.kind === 'integer' && !Number.isInteger(value)))
        return typeError(ctx, node, schema, label);
      return checkRange(ctx, node, value, schema, label);
    }
    case 'boolean':
      if (schema.readByTruth) return checkTruth(ctx, node, label);
      if (
        node.type === 'boolean' ||
        (node.type === 'string' && (node.value === 'true' || node.value === 'false' || node.value.includes('${')))
      )
        return;
      return typeError(ctx, node, schema, label);
    case 'array':
      if (node.type !== 'array') return typeError(ctx, node, schema, label);
      if (schema.items) for (const item of node.items) checkValue(ctx, item, schema.items, label);
      return;
    case 'object':
      if (node.type !== 'object') return typeError(ctx, node, schema, label);
      return checkObject(ctx, node, schema, label);
    case 'map':
      if (node.type !== 'object') return typeError(ctx, node, schema, label);
      return checkMap(ctx, node, schema, label);
  }
}

/** A setting the SAM transform reads by its truth: anything but true or false is said as it is read. */
function checkTruth(ctx: SchemaCheckContext, node: AstNode, label: string): void {
  if (node.type === 'boolean' || (node.type === 'string' && node.value.includes('${'))) return;
  const truth = pythonTruthy(node);
  ctx.report(
    'value-truth',
    node,
    `The SAM transform reads '${label}' by its truth: ${describeNode(node)} counts as ${truth}. Write true or false.`,
    { replaceWith: [String(truth)] },
  );
}

function typeError(ctx: SchemaCheckContext, node: AstNode, schema: Schema, label: string): void {
  ctx.report('value-type', node, `'${label}' must be ${kindName[schema.kind]}, not ${describeNode(node)}.`);
}

function checkString(ctx: SchemaCheckContext, node: AstNode, text: string, schema: Schema, label: string): void {
  if (text.includes('${')) return;
  if (schema.enum) checkEnum(ctx, node, text, schema, label);
  else if (schema.pattern && !schema.pattern.regex.test(text)) {
    ctx.report('value-format', node, `'${label}' must be ${schema.pattern.message}; "${text}" is not.`);
  }
}

function checkEnum(ctx: SchemaCheckContext, node: AstNode, text: string, schema: Schema, label: string): void {
  const values = schema.enum!;
  if (values.includes(text)) return;
  const sameCase = values.find((v) => v.toLowerCase() === text.toLowerCase());
  if (sameCase) {
    if (!schema.caseInsensitive) {
      ctx.report('enum-case', node, `'${label}' is written "${sameCase}"; AWS may not recognise "${text}".`, {
        replaceWith: [sameCase],
      });
    }
    return;
  }
  const suggestions = closestMatches(text, values);
  ctx.report(
    'enum-value',
    node,
    `"${text}" is not a valid '${label}'. Use ${listOf(values.map((v) => `"${v}"`))}.${didYouMean(suggestions)}`,
    {
      replaceWith: suggestions.length ? suggestions : [...values],
    },
  );
}

function checkRange(ctx: SchemaCheckContext, node: AstNode, value: number, schema: Schema, label: string): void {
  const { minimum, maximum } = schema;
  if ((minimum !== undefined && value < minimum) || (maximum !== undefined && value > maximum)) {
    const forType = schema.byApiType?.[ctx.apiType] ? ` for ${ctx.apiType} APIs` : '';
    const range =
      minimum !== undefined && maximum !== undefined
        ? `between ${minimum} and ${maximum}`
        : minimum !== undefined
          ? `at least ${minimum}`
          : `at most ${maximum}`;
    ctx.report('value-range', node, `'${label}' must be ${range}${forType}; got ${value}.`);
  }
}

function checkObject(ctx: SchemaCheckContext, node: ObjectNode, schema: Schema, label: string): void {
  const fields = schema.fields ?? {};
  const names = Object.keys(fields);
  for (const prop of node.properties) {
    const key = prop.key.value;
    const field: Field | undefined = fields[key];
    if (!field) {
      if (!schema.openFields && !key.startsWith('x-') && key !== '$ref' && key !== '<<')
        reportUnknownField(ctx, prop, names, label);
      continue;
    }
    if (field.apiTypes && !field.apiTypes.includes(ctx.apiType)) {
      ctx.report(
        'field-api-type',
        prop.key,
        `'${key}' is not read by ${ctx.apiType} APIs (only ${listOf([...field.apiTypes])}); API Gateway ignores it here.`,
      );
    }
    if (prop.value?.type === 'null' && ctx.nullIsAbsent) continue;
    checkValue(ctx, prop.value, field, key);
  }
  for (const required of schema.required ?? []) {
    if (!node.properties.some((p) => p.key.value === required)) {
      ctx.report('missing-field', anchorOf(node), `'${label}' needs '${required}'.`, {
        addField: { name: required, value: '', objectOffset: node.offset },
      });
    }
  }
}

function reportUnknownField(ctx: SchemaCheckContext, prop: PropertyNode, names: string[], label: string): void {
  const suggestions = closestMatches(prop.key.value, names);
  const known = names.length ? ` Known fields: ${names.join(', ')}.` : '';
  ctx.report(
    'unknown-field',
    prop.key,
    `'${label}' has no field '${prop.key.value}'; API Gateway ignores it.${suggestions.length ? didYouMean(suggestions) : known}`,
    suggestions.length ? { replaceWith: suggestions } : undefined,
  );
}

function checkMap(ctx: SchemaCheckContext, node: ObjectNode, schema: Schema, label: string): void {
  const keys = schema.keys;
  for (const prop of node.properties) {
    const key = prop.key.value;
    if (keys?.enum && !keys.enum.includes(key) && !key.includes('${')) {
      const sameCase = keys.enum.find((v) => v.toLowerCase() === key.toLowerCase());
      if (sameCase)
        ctx.report('enum-case', prop.key, `'${label}' key is written "${sameCase}".`, { replaceWith: [sameCase] });
      else {
        const suggestions = closestMatches(key, keys.enum);
        ctx.report(
          'enum-value',
          prop.key,
          `"${key}" is not a valid key of '${label}' (${keys.description.replace(/\.$/, '')}).${didYouMean(suggestions)}`,
          { replaceWith: suggestions.length ? suggestions : [...keys.enum] },
        );
      }
    } else if (keys?.pattern && !keys.pattern.regex.test(key) && !key.includes('${')) {
      ctx.report('value-format', prop.key, `Keys of '${label}' must be ${keys.pattern.message}; "${key}" is not.`);
    }
    if (schema.values) checkValue(ctx, prop.value, schema.values, key);
  }
}
