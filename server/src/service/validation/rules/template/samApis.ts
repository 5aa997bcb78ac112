/** SAM APIs and the function events bound to them, with the authorizers each API declares. */
import { asIntrinsic } from '../../../document/intrinsics';
import type { TemplateModel, TemplateResource } from '../../../document/model';
import { AstNode, ObjectNode, PropertyNode, asObject, asString, getValue } from '../../../parser/ast';

/** The authorizers declared in an API's `Auth.Authorizers` (keys of that map). */
export function declaredAuthorizers(api: TemplateResource): PropertyNode[] {
  return asObject(getValue(asObject(getValue(api.properties, 'Auth')), 'Authorizers'))?.properties ?? [];
}

/** The logical id a `!Ref X` / `{Ref: X}` names, if the node is one. */
export function refTarget(node: AstNode | undefined): string | undefined {
  const fn = asIntrinsic(node);
  return fn?.name === 'Ref' && fn.argument?.type === 'string' ? fn.argument.value : undefined;
}

export interface ApiEvent {
  function: TemplateResource;
  name: PropertyNode;
  /** `Api` or `HttpApi`. */
  type: string;
  properties: ObjectNode | undefined;
  /** The API the event is bound to; undefined for SAM's implicit API or when computed. */
  api: TemplateResource | undefined;
  /** The event names its API explicitly (`RestApiId` / `ApiId`). */
  explicit: boolean;
}

export function apiEvents(template: TemplateModel): ApiEvent[] {
  const out: ApiEvent[] = [];
  for (const fn of template.resources.values()) {
    if (fn.type !== 'AWS::Serverless::Function') continue;
    for (const event of asObject(getValue(fn.properties, 'Events'))?.properties ?? []) {
      const type = asString(getValue(event.value, 'Type'));
      if (type !== 'Api' && type !== 'HttpApi') continue;
      const properties = asObject(getValue(event.value, 'Properties'));
      const idNode = getValue(properties, type === 'Api' ? 'RestApiId' : 'ApiId');
      // SAM takes `!Ref Api` or the logical id written as a plain string.
      const target = refTarget(idNode) ?? (idNode?.type === 'string' && !idNode.tag ? idNode.value : undefined);
      out.push({
        function: fn,
        name: event,
        type,
        properties,
        api: target ? template.resources.get(target) : undefined,
        explicit: idNode !== undefined,
      });
    }
  }
  return out;
}

/** The implicit API's `Auth` from `Globals` (`Globals.Api.Auth` or `Globals.HttpApi.Auth`). */
export function globalAuthorizers(template: TemplateModel, type: string): PropertyNode[] {
  const globals = asObject(getValue(asObject(getValue(template.root, 'Globals')), type));
  return asObject(getValue(asObject(getValue(globals, 'Auth')), 'Authorizers'))?.properties ?? [];
}
