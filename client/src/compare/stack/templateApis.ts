/**
 * The APIs of a SAM / CloudFormation template that can be compared with a stack: resources whose definition is
 * written in the template (`DefinitionBody` of AWS::Serverless::Api / HttpApi, `Body` of AWS::ApiGateway::RestApi /
 * AWS::ApiGatewayV2::Api). Works on the template as JSON with intrinsics in long form (`apigw/templateJson`). Pure.
 */
import type { ApiType } from '../../aws/apis';

export interface TemplateApi {
  logicalId: string;
  resourceType: string;
  apiType: ApiType;
  /** The definition with its intrinsics, as written. */
  definition: Record<string, unknown>;
  /** SAM's StageName as written (a string or an intrinsic); SAM HTTP APIs default to `$default`. */
  stageName?: unknown;
  /** The resource type the stack holds for it: SAM's transform keeps the logical id on the API it generates. */
  stackType: 'AWS::ApiGateway::RestApi' | 'AWS::ApiGatewayV2::Api';
}

export interface TemplateSections {
  Parameters?: Record<string, unknown>;
  Conditions?: Record<string, unknown>;
  Mappings?: Record<string, unknown>;
  Resources?: Record<string, unknown>;
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

const holders: Record<string, { property: string; stackType: TemplateApi['stackType']; sam: boolean }> = {
  'AWS::Serverless::Api': { property: 'DefinitionBody', stackType: 'AWS::ApiGateway::RestApi', sam: true },
  'AWS::Serverless::HttpApi': { property: 'DefinitionBody', stackType: 'AWS::ApiGatewayV2::Api', sam: true },
  'AWS::ApiGateway::RestApi': { property: 'Body', stackType: 'AWS::ApiGateway::RestApi', sam: false },
  'AWS::ApiGatewayV2::Api': { property: 'Body', stackType: 'AWS::ApiGatewayV2::Api', sam: false },
};

export function templateApis(template: unknown): TemplateApi[] {
  if (!isObject(template) || !isObject(template.Resources)) return [];
  const out: TemplateApi[] = [];
  for (const [logicalId, resource] of Object.entries(template.Resources)) {
    if (!isObject(resource) || typeof resource.Type !== 'string') continue;
    const holder = holders[resource.Type];
    const props = isObject(resource.Properties) ? resource.Properties : {};
    const body = props[holder?.property ?? ''];
    // `Fn::Transform` (AWS::Include) puts the definition in another file: nothing to compare here.
    if (!holder || !isObject(body) || !('openapi' in body || 'swagger' in body)) continue;
    const apiType: ApiType =
      resource.Type === 'AWS::Serverless::Api' || resource.Type === 'AWS::ApiGateway::RestApi'
        ? 'REST'
        : props.ProtocolType === 'WEBSOCKET'
          ? 'WEBSOCKET'
          : 'HTTP';
    out.push({
      logicalId,
      resourceType: resource.Type,
      apiType,
      definition: body,
      stackType: holder.stackType,
      ...(holder.sam
        ? { stageName: props.StageName ?? (resource.Type === 'AWS::Serverless::HttpApi' ? '$default' : undefined) }
        : {}),
    });
  }
  return out;
}

export function templateSections(template: unknown): TemplateSections {
  if (!isObject(template)) return {};
  const section = (key: string) => (isObject(template[key]) ? template[key] : undefined);
  return {
    Parameters: section('Parameters'),
    Conditions: section('Conditions'),
    Mappings: section('Mappings'),
    Resources: section('Resources'),
  };
}

/** SAM templates declare the transform; their DefinitionBody gets what events, Auth and Cors add on deploy. */
export function isSamTemplate(template: unknown): boolean {
  if (!isObject(template)) return false;
  const transform = template.Transform;
  const names = Array.isArray(transform) ? transform : [transform];
  return names.some((t) => typeof t === 'string' && t.startsWith('AWS::Serverless'));
}
