/**
 * Names a value may refer to: request validators, local `$ref` targets, SAM authorizers, and the template's own
 * resources (as `!GetAtt X.Arn`, `!Ref X`, or a `!Sub` Lambda invocation URI).
 */
import { CompletionItem, CompletionItemKind } from 'vscode-languageserver-types';
import { BUILT_IN_AUTHORIZERS } from '../../catalogue/samSettings';
import type { Definition } from '../../document/model';
import { AstNode, asObject, getValue } from '../../parser/ast';
import { apiEvents, declaredAuthorizers, globalAuthorizers } from '../../validation/rules/template/samApis';
import type { PathContext } from '../pathContext';
import { snippetEnv } from './env';
import { CompletionSite, intrinsicItem, valueItem } from './items';

export function validatorNames(site: CompletionSite, def: Definition): CompletionItem[] {
  const validators = asObject(getValue(def.root, 'x-amazon-apigateway-request-validators'));
  return (validators?.properties ?? []).map((p) => {
    const body = getValue(p.value, 'validateRequestBody');
    const params = getValue(p.value, 'validateRequestParameters');
    const what =
      [
        body?.type === 'boolean' && body.value ? 'body' : '',
        params?.type === 'boolean' && params.value ? 'parameters' : '',
      ]
        .filter(Boolean)
        .join(' and ') || 'nothing';
    return valueItem(
      site,
      p.key.value,
      `Request validator \`${p.key.value}\`: checks ${what}.`,
      CompletionItemKind.Reference,
    );
  });
}

const refHolders: Record<'openapi3' | 'swagger2', string[][]> = {
  openapi3: [
    ['components', 'schemas'],
    ['components', 'parameters'],
    ['components', 'responses'],
    ['components', 'requestBodies'],
    ['components', 'headers'],
    ['components', 'examples'],
    ['components', 'securitySchemes'],
    ['components', 'links'],
    ['components', 'callbacks'],
    ['components', 'x-amazon-apigateway-integrations'],
  ],
  swagger2: [['definitions'], ['parameters'], ['responses']],
};

/** Local pointers to reusable components; the holder nearest the cursor's place first. */
export function refTargets(site: CompletionSite, ctx: PathContext): CompletionItem[] {
  const def = ctx.def;
  if (!def) return [];
  const items: CompletionItem[] = [];
  const parentKey = ctx.defPath?.[ctx.defPath.length - 2];
  for (const holder of refHolders[def.version]) {
    let node: AstNode | undefined = def.root;
    for (const seg of holder) node = getValue(node, seg);
    const preferred =
      typeof parentKey === 'string' &&
      (holder[holder.length - 1] === parentKey ||
        (parentKey === 'x-amazon-apigateway-integration' && holder[1] === 'x-amazon-apigateway-integrations') ||
        (parentKey === 'schema' && /schemas|definitions/.test(holder[holder.length - 1])));
    for (const p of asObject(node)?.properties ?? []) {
      const pointer = `#/${[...holder, p.key.value].map((s) => s.replace(/~/g, '~0').replace(/\//g, '~1')).join('/')}`;
      items.push({
        ...valueItem(site, pointer, undefined, CompletionItemKind.Reference),
        sortText: `${preferred ? 0 : 1}${pointer}`,
      });
    }
  }
  return items;
}

/** Authorizer names for SAM `Auth.DefaultAuthorizer` and function events' `Auth.Authorizer`. */
export function samAuthorizerNames(site: CompletionSite): CompletionItem[] {
  const template = site.doc.template;
  const path = site.cursor.path;
  if (!template || path[0] !== 'Resources' || typeof path[1] !== 'string') return [];
  const resource = template.resources.get(path[1]);
  if (!resource) return [];
  let names: string[] | undefined;
  if (path.length === 5 && path[3] === 'Auth' && path[4] === 'DefaultAuthorizer')
    names = declaredAuthorizers(resource).map((p) => p.key.value);
  if (
    path.length === 8 &&
    path[3] === 'Events' &&
    path[5] === 'Properties' &&
    path[6] === 'Auth' &&
    path[7] === 'Authorizer'
  ) {
    const event = apiEvents(template).find((e) => e.function === resource && e.name.key.value === path[4]);
    if (event)
      names = (
        event.api ? declaredAuthorizers(event.api) : event.explicit ? [] : globalAuthorizers(template, event.type)
      ).map((p) => p.key.value);
  }
  if (!names) return [];
  return [...names, ...BUILT_IN_AUTHORIZERS].map((n) =>
    valueItem(
      site,
      n,
      BUILT_IN_AUTHORIZERS.includes(n as never)
        ? n === 'NONE'
          ? 'No authorization for this route.'
          : 'IAM authorization: callers sign requests with SigV4.'
        : `Authorizer \`${n}\` from \`Auth.Authorizers\`.`,
      CompletionItemKind.Reference,
    ),
  );
}

const arnFields: Record<string, 'functions' | 'roles' | 'userPools'> = {
  FunctionArn: 'functions',
  UserPoolArn: 'userPools',
  FunctionInvokeRole: 'roles',
  InvokeRole: 'roles',
  credentials: 'roles',
  authorizerCredentials: 'roles',
  Role: 'roles',
};

/** The template's resources where a value names one of them. */
export function templateResourceRefs(site: CompletionSite): CompletionItem[] {
  if (!site.doc.template) return [];
  const key = site.cursor.path[site.cursor.path.length - 1];
  if (typeof key !== 'string') return [];
  const env = snippetEnv(site.doc);
  if (key === 'uri' || key === 'authorizerUri') {
    return env.functions.map((fn) =>
      intrinsicItem(
        site,
        { '!Sub': `arn:aws:apigateway:\${AWS::Region}:lambda:path/2015-03-31/functions/\${${fn}.Arn}/invocations` },
        `${fn} (Lambda invocation URI)`,
        `Calls the function \`${fn}\` of this template.`,
      ),
    );
  }
  const kind = arnFields[key];
  if (kind)
    return env[kind].map((id) =>
      intrinsicItem(
        site,
        { '!GetAtt': `${id}.Arn` },
        `!GetAtt ${id}.Arn`,
        `The ARN of \`${id}\`, a resource of this template.`,
      ),
    );
  if (key === 'RestApiId' || key === 'ApiId') {
    const type = key === 'RestApiId' ? 'AWS::Serverless::Api' : 'AWS::Serverless::HttpApi';
    return [...site.doc.template.resources.values()]
      .filter(
        (r) =>
          r.type === type || r.type === (key === 'RestApiId' ? 'AWS::ApiGateway::RestApi' : 'AWS::ApiGatewayV2::Api'),
      )
      .map((r) =>
        intrinsicItem(
          site,
          { '!Ref': r.logicalId },
          `!Ref ${r.logicalId}`,
          `The API \`${r.logicalId}\` of this template.`,
        ),
      );
  }
  return [];
}
