/**
 * SAM APIs and their function events: each property the type the SAM transform accepts, the required ones present, no
 * property the resource does not have. Severity evidence (error): the transform raises InvalidResourceException ("Type
 * of property 'X' is invalid", "Property 'X' should be a map", "Missing required property 'StageName'", "property X not
 * defined for resource of type ...") and the stack is not created (aws-sam-translator 1.115.0, model/__init__.py
 * `validate_properties`, `__setattr__`; eventsources/push.py; checked against the transform by
 * test/server/service/validation/rules/template/samTranslator.test.ts).
 */
import { findTemplateResource } from '../../../catalogue/samSettings';
import { getProperty, getValue, ObjectNode, PropertyNode } from '../../../parser/ast';
import { closestMatches, didYouMean } from '../../../util/similarity';
import { templateRule, type TemplateContext } from '../../rule';
import { apiEvents } from './samApis';
import { pythonTruthy } from '../../pythonTruth';
import {
  apiPropertyTable,
  GLOBAL_API_PROPERTIES,
  HTTP_API_PROPERTIES,
  REST_API_PROPERTIES,
  REST_NO_INTRINSICS,
  describeValue,
  hasKind,
  HTTP_EVENT_PROPERTIES,
  isIntrinsicValue,
  kindsText,
  languageExtensions,
  present,
  REST_EVENT_PROPERTIES,
  SamKind,
} from './samShapes';

export const samPropertyTypesRule = templateRule({
  name: 'sam-property-type',
  reports: ['sam-property-type'],
  checkTemplate(ctx) {
    for (const api of ctx.template.resources.values()) {
      const table = apiPropertyTable(api.type);
      if (!table || !api.properties) continue;
      // Values the catalogue describes are checked in more detail by the template settings rule.
      const described = new Set(Object.keys(findTemplateResource(api.type)?.properties.fields ?? {}));
      for (const prop of api.properties.properties) {
        const kinds = table[prop.key.value];
        if (!kinds) {
          if (!prop.key.value.startsWith('__')) unknownProperty(ctx, prop, Object.keys(table), api.type);
          continue;
        }
        // An empty DefinitionBody is replaced by the definition SAM generates (unless a DefinitionUri is given).
        if (
          prop.key.value === 'DefinitionBody' &&
          !pythonTruthy(prop.value) &&
          !present(getValue(api.properties, 'DefinitionUri'))
        )
          continue;
        if (described.has(prop.key.value)) continue;
        // Without AWS::LanguageExtensions to resolve them first, SAM reads these itself and cannot take intrinsics.
        if (
          api.type === 'AWS::Serverless::Api' &&
          REST_NO_INTRINSICS.has(prop.key.value) &&
          isIntrinsicValue(prop.value) &&
          !languageExtensions(ctx.template)
        ) {
          ctx.report(
            'sam-property-type',
            prop.value!,
            `The SAM transform reads '${prop.key.value}' itself and takes no intrinsic function here: write true or false (or add the AWS::LanguageExtensions transform, which resolves it first).`,
          );
          continue;
        }
        checkKind(ctx, prop, kinds);
      }
      if (api.type === 'AWS::Serverless::Api' && !present(getValue(api.properties, 'StageName'))) {
        ctx.report(
          'sam-property-type',
          getProperty(api.node, 'Properties')?.key ?? api.keyNode.key,
          `The SAM transform needs a 'StageName' for ${api.logicalId} (an AWS::Serverless::Api): add 'StageName: prod' (or your stage) under its Properties (Globals.Api cannot set it).`,
          { addField: { name: 'StageName', value: 'prod', objectOffset: api.properties.offset } },
        );
      }
    }
    for (const event of apiEvents(ctx.template)) checkEvent(ctx, event.name, event.type, event.properties);
    checkGlobals(ctx);
  },
});

/** SAM refuses a property in Globals.Api / Globals.HttpApi that it does not merge (StageName, for one). */
function checkGlobals(ctx: TemplateContext): void {
  const globals = getValue(ctx.template.root, 'Globals');
  for (const [section, allowed] of Object.entries(GLOBAL_API_PROPERTIES)) {
    const props = getValue(globals, section);
    if (props?.type !== 'object') continue;
    const table = section === 'Api' ? REST_API_PROPERTIES : HTTP_API_PROPERTIES;
    const described = new Set(
      Object.keys(findTemplateResource(`AWS::Serverless::${section}`)?.properties.fields ?? {}),
    );
    for (const prop of props.properties) {
      if (allowed.includes(prop.key.value)) {
        if (!described.has(prop.key.value)) checkKind(ctx, prop, table[prop.key.value]);
        continue;
      }
      const suggestions = closestMatches(prop.key.value, [...allowed]);
      const where =
        prop.key.value === 'StageName' || prop.key.value === 'DefinitionBody'
          ? ' Set it on each API resource instead.'
          : didYouMean(suggestions);
      ctx.report(
        'sam-property-type',
        prop.key,
        `The SAM transform does not accept '${prop.key.value}' in Globals.${section}.${where}`,
      );
    }
  }
}

function checkKind(ctx: TemplateContext, prop: PropertyNode, kinds: readonly SamKind[]): boolean {
  const value = prop.value;
  if (!present(value) || kinds.length === 0 || isIntrinsicValue(value) || hasKind(value, kinds)) return true;
  ctx.report(
    'sam-property-type',
    value,
    `The SAM transform rejects '${prop.key.value}' here: it must be ${kindsText(kinds)}, not ${describeValue(value)}.`,
  );
  return false;
}

function unknownProperty(ctx: TemplateContext, prop: PropertyNode, known: string[], type: string): void {
  const suggestions = closestMatches(prop.key.value, known);
  ctx.report(
    'sam-property-type',
    prop.key,
    `${type} has no property '${prop.key.value}'; the SAM transform rejects the template.${suggestions.length ? didYouMean(suggestions) : ' Remove it.'}`,
    suggestions.length ? { replaceWith: suggestions } : undefined,
  );
}

function checkEvent(ctx: TemplateContext, name: PropertyNode, type: string, properties: ObjectNode | undefined): void {
  const propsNode = getValue(name.value, 'Properties');
  // SAM reads an event's Properties itself: an intrinsic there is a mapping with one unknown key to it.
  const computed = isIntrinsicValue(propsNode) && !languageExtensions(ctx.template);
  if (present(propsNode) && ((propsNode.type !== 'object' && !isIntrinsicValue(propsNode)) || computed)) {
    ctx.report(
      'sam-property-type',
      propsNode,
      `The Properties of the ${type} event '${name.key.value}' must be a mapping (Path, Method, ...), not ${describeValue(propsNode)}.`,
    );
    return;
  }
  if (!properties) return;
  const table = type === 'Api' ? REST_EVENT_PROPERTIES : HTTP_EVENT_PROPERTIES;
  for (const prop of properties.properties) {
    const kinds = table[prop.key.value];
    if (kinds) checkKind(ctx, prop, kinds);
  }
  // An Api event needs both; an HttpApi event may leave both out (the `$default` route) but not only one.
  const path = getProperty(properties, 'Path');
  const method = getProperty(properties, 'Method');
  const hasPath = path && present(path.value);
  const hasMethod = method && present(method.value);
  if (type === 'Api' || hasPath || hasMethod) {
    for (const [label, has] of [
      ['Path', hasPath],
      ['Method', hasMethod],
    ] as const) {
      if (has) continue;
      const example = label === 'Path' ? 'Path: /items' : 'Method: get';
      ctx.report(
        'sam-property-type',
        getProperty(name.value, 'Properties')?.key ?? name.key,
        `The ${type} event '${name.key.value}' needs a '${label}' (for example '${example}'); the SAM transform rejects it without one.`,
      );
    }
  }
}
