/**
 * The explorer's tree as plain data: which nodes exist under which, and how each one is labelled. Pure (no
 * `vscode`), so it is tested against moto; explorerView.ts turns nodes into TreeItems.
 *
 * Nodes are also what VS Code hands to the commands of the view's context menus, so method and route nodes carry
 * the fields of `TestInvokeArgs` and stage nodes carry `{ apiId, apiType, stage }` at their top level.
 */
import { Commands, type TestInvokeArgs } from '../../../contract/commands';
import {
  ApiSummary,
  ApiType,
  AuthorizerSummary,
  listApis,
  listAuthorizers,
  listResources,
  listRoutes,
  listStages,
  ResourceSummary,
  RouteSummary,
  splitRouteKey,
  StageSummary,
} from '../aws/apis';
import type { AwsConnection } from '../aws/connection';
import { describeAwsError } from '../aws/errors';
import { domainNames, usagePlanKeys, usagePlansOfStage, vpcLinks, type UsagePlanSummary } from '../aws/regionResources';

export type GroupKind = 'stages' | 'resources' | 'routes' | 'authorizers';

interface NodeBase {
  /** Unique within the tree, stable across refreshes (keeps expansion state). */
  id: string;
}
export interface ApiNode extends NodeBase {
  kind: 'api';
  api: ApiSummary;
}
export interface GroupNode extends NodeBase {
  kind: 'group';
  group: GroupKind;
  api: ApiSummary;
}
export interface StageNode extends NodeBase {
  kind: 'stage';
  apiId: string;
  apiType: ApiType;
  stage: string;
  api: ApiSummary;
  details: StageSummary;
}
export interface ResourceNode extends NodeBase {
  kind: 'resource';
  api: ApiSummary;
  resource: ResourceSummary;
}
export interface MethodNode extends NodeBase, TestInvokeArgs {
  kind: 'method';
  apiId: string;
  apiType: ApiType;
  authorizationType?: string;
  integrationType?: string;
}
export interface RouteNode extends NodeBase, TestInvokeArgs {
  kind: 'route';
  apiId: string;
  apiType: ApiType;
  route: RouteSummary;
}
export interface AuthorizerNode extends NodeBase {
  kind: 'authorizer';
  authorizer: AuthorizerSummary;
}
export interface MessageNode extends NodeBase {
  kind: 'message';
  text: string;
}
export interface LoadingNode extends NodeBase {
  kind: 'loading';
}
export interface ErrorNode extends NodeBase {
  kind: 'error';
  message: string;
  /** What to load again on retry; undefined means the root. */
  parent?: ExplorerNode;
  /** The endpoint (an emulator) lacks the operation: shown as information, with nothing to retry. */
  gap?: boolean;
}

/** Region-wide parts beside the APIs. */
export interface SectionNode extends NodeBase {
  kind: 'section';
  section: 'domains' | 'vpcLinks';
}
/** A stage's usage plans (REST), loaded when expanded. */
export interface UsagePlansNode extends NodeBase {
  kind: 'usagePlans';
  apiId: string;
  stage: string;
}
export interface UsagePlanNode extends NodeBase {
  kind: 'usagePlan';
  plan: UsagePlanSummary;
}
/** A read-only fact with fixed children (stage settings, a domain's mappings, an API key). */
export interface InfoNode extends NodeBase {
  kind: 'info';
  label: string;
  description?: string;
  tooltip?: string;
  icon: string;
  contextValue?: string;
  children?: InfoNode[];
  /** What the node's actions need (the stage for Flush Stage Cache, the key for Copy API Key). */
  data?: { apiId?: string; stage?: string; apiKeyId?: string; apiKeyName?: string };
}

export type ExplorerNode =
  | ApiNode
  | GroupNode
  | StageNode
  | ResourceNode
  | MethodNode
  | RouteNode
  | AuthorizerNode
  | MessageNode
  | LoadingNode
  | ErrorNode
  | SectionNode
  | UsagePlansNode
  | UsagePlanNode
  | InfoNode;

/** The node's look, independent of VS Code's types. */
export interface NodeView {
  label: string;
  description?: string;
  tooltip?: string;
  contextValue?: string;
  /** A codicon id. */
  icon?: string;
  collapsible: boolean;
  /** A command to run when the node is clicked. */
  command?: { command: string; title: string; arguments: unknown[] };
}

const typeSlug = (type: ApiType) => type.toLowerCase() as 'rest' | 'http' | 'websocket';
const typeLabel: Record<ApiType, string> = { REST: 'REST', HTTP: 'HTTP', WEBSOCKET: 'WebSocket' };

/** The children of a node; the root when `node` is undefined. Errors propagate (see errorNode). */
export async function loadChildren(conn: AwsConnection, node?: ExplorerNode): Promise<ExplorerNode[]> {
  if (!node) {
    const apis = await listApis(conn);
    const sections: SectionNode[] = [
      { kind: 'section', id: 'section/domains', section: 'domains' },
      { kind: 'section', id: 'section/vpcLinks', section: 'vpcLinks' },
    ];
    if (!apis.length) return [message('root', `No APIs in ${conn.region}${conn.endpoint ? ` at ${conn.endpoint}` : ''}`), ...sections];
    return [...apis.map((api): ApiNode => ({ kind: 'api', id: `api/${api.id}`, api })), ...sections];
  }
  switch (node.kind) {
    case 'stage':
      return stageChildren(node);
    case 'usagePlans': {
      const plans = await usagePlansOfStage(conn, node.apiId, node.stage);
      if (!plans.length) return [message(node.id, 'No usage plan covers this stage')];
      return plans.map((plan) => ({ kind: 'usagePlan', id: `${node.id}/${plan.id}`, plan }));
    }
    case 'usagePlan': {
      const keys = await usagePlanKeys(conn, node.plan.id);
      if (!keys.length) return [message(node.id, 'No API keys')];
      // Key values stay masked in the tree; "Copy API Key" reads the value when asked.
      return keys.map((k) => info(`${node.id}/${k.id}`, k.name ?? k.id, { description: `${k.type ?? 'API_KEY'} · ••••••••`, icon: 'key', contextValue: 'apiKey', data: { apiKeyId: k.id, apiKeyName: k.name } }));
    }
    case 'section':
      return node.section === 'domains' ? domainChildren(conn, node) : vpcLinkChildren(conn, node);
    case 'info':
      return node.children ?? [];
    case 'api': {
      const groups: GroupKind[] = node.api.type === 'REST' ? ['stages', 'resources', 'authorizers'] : ['stages', 'routes', 'authorizers'];
      return groups.map((group) => ({ kind: 'group', id: `${node.id}/${group}`, group, api: node.api }));
    }
    case 'group':
      return loadGroup(conn, node);
    case 'resource':
      return node.resource.methods.map((m) => ({
        kind: 'method',
        id: `${node.id}/${m.method}`,
        apiId: node.api.id,
        apiType: node.api.type,
        path: node.resource.path,
        method: m.method,
        authorizationType: m.authorizationType,
        integrationType: m.integrationType,
      }));
    default:
      return [];
  }
}

async function loadGroup(conn: AwsConnection, node: GroupNode): Promise<ExplorerNode[]> {
  const { api } = node;
  switch (node.group) {
    case 'stages': {
      const stages = await listStages(conn, api);
      if (!stages.length) return [message(node.id, 'No stages: deploy with "API Gateway: Deploy Stage…"')];
      return stages.map((s) => ({ kind: 'stage', id: `${node.id}/${s.name}`, apiId: api.id, apiType: api.type, stage: s.name, api, details: s }));
    }
    case 'resources': {
      const resources = await listResources(conn, api.id);
      return resources.map((resource) => ({ kind: 'resource', id: `${node.id}/${resource.id}`, api, resource }));
    }
    case 'routes': {
      const routes = await listRoutes(conn, api.id);
      if (!routes.length) return [message(node.id, 'No routes')];
      return routes.map((route) => {
        const { method, path } = splitRouteKey(route.routeKey);
        // "$default" catches every method and path; WebSocket routes are messages, not HTTP methods.
        const invoke = api.type === 'WEBSOCKET' ? { method: 'MESSAGE', path: route.routeKey } : { method: method ?? 'ANY', path };
        return { kind: 'route', id: `${node.id}/${route.id}`, apiId: api.id, apiType: api.type, route, ...invoke };
      });
    }
    case 'authorizers': {
      const authorizers = await listAuthorizers(conn, api);
      if (!authorizers.length) return [message(node.id, 'No authorizers')];
      return authorizers.map((authorizer) => ({ kind: 'authorizer', id: `${node.id}/${authorizer.id}`, authorizer }));
    }
  }
}

function info(id: string, label: string, rest: Omit<InfoNode, 'kind' | 'id' | 'label'>): InfoNode {
  return { kind: 'info', id, label, ...rest };
}

/** What a stage is set to, as facts: variables, cache, canary, tracing, WAF; REST stages also their usage plans. */
function stageChildren(node: StageNode): ExplorerNode[] {
  const d = node.details;
  const out: ExplorerNode[] = [];
  const vars = Object.entries(d.variables ?? {});
  out.push(
    info(`${node.id}/variables`, 'Stage variables', {
      description: vars.length ? String(vars.length) : 'none',
      icon: 'symbol-variable',
      children: vars.map(([k, v]) => info(`${node.id}/variables/${k}`, k, { description: v, tooltip: `${k} = ${v}`, icon: 'symbol-constant' })),
    }),
  );
  if (node.apiType === 'REST') {
    const c = d.caching;
    out.push(
      info(`${node.id}/cache`, 'Cache', {
        description: c?.enabled ? [c.clusterSize && `${c.clusterSize} GB`, c.ttlSeconds !== undefined && `TTL ${c.ttlSeconds}s`, c.encrypted ? 'encrypted' : undefined, c.status].filter(Boolean).join(' · ') || 'on' : 'off',
        tooltip: c?.enabled ? 'Right-click: Flush Stage Cache' : 'No cache cluster on this stage',
        icon: 'database',
        contextValue: c?.enabled ? 'stageCache.on' : 'stageCache.off',
        data: { apiId: node.apiId, stage: node.stage },
      }),
      info(`${node.id}/canary`, 'Canary', {
        description: d.canary ? `${d.canary.percentTraffic ?? 0}% to deployment ${d.canary.deploymentId ?? '?'}` : 'none',
        tooltip: d.canary
          ? [`${d.canary.percentTraffic ?? 0}% of requests go to deployment ${d.canary.deploymentId ?? '?'}`, d.canary.useStageCache ? 'Uses the stage cache' : undefined, ...Object.entries(d.canary.stageVariableOverrides ?? {}).map(([k, v]) => `${k} = ${v} (override)`)].filter(Boolean).join('\n')
          : undefined,
        icon: 'beaker',
      }),
      info(`${node.id}/tracing`, 'X-Ray tracing', { description: d.tracing ? 'on' : 'off', icon: 'pulse' }),
      info(`${node.id}/waf`, 'WAF web ACL', { description: d.webAclArn ? d.webAclArn.replace(/^.*\/webacl\//, '') : 'none', tooltip: d.webAclArn, icon: 'shield' }),
      { kind: 'usagePlans', id: `${node.id}/usagePlans`, apiId: node.apiId, stage: node.stage },
    );
  }
  return out;
}

async function domainChildren(conn: AwsConnection, node: SectionNode): Promise<ExplorerNode[]> {
  const domains = await domainNames(conn);
  if (!domains.length) return [message(node.id, 'No custom domain names')];
  return domains.map((d) =>
    info(`${node.id}/${d.name}`, d.name, {
      description: [d.endpointType, d.securityPolicy, d.truststoreUri ? 'mutual TLS' : undefined].filter(Boolean).join(' · '),
      tooltip: [d.name, d.status && `Status: ${d.status}`, d.securityPolicy && `TLS policy: ${d.securityPolicy}`, d.truststoreUri && `Truststore: ${d.truststoreUri}${d.truststoreVersion ? ` (version ${d.truststoreVersion})` : ''}`].filter(Boolean).join('\n'),
      icon: 'globe',
      children: d.mappings.length
        ? d.mappings.map((m, i) => info(`${node.id}/${d.name}/${i}`, `/${m.key ?? ''}`, { description: `→ ${m.apiId ?? '?'} · ${m.stage ?? '?'}`, icon: 'arrow-right' }))
        : [info(`${node.id}/${d.name}/none`, 'No API mappings', { icon: 'info' })],
    }),
  );
}

async function vpcLinkChildren(conn: AwsConnection, node: SectionNode): Promise<ExplorerNode[]> {
  const links = await vpcLinks(conn);
  if (!links.length) return [message(node.id, 'No VPC links')];
  return links.map((l) =>
    info(`${node.id}/${l.id}`, l.name ?? l.id, {
      description: `${l.version} · ${l.status ?? 'unknown'}`,
      tooltip: [`${l.name ?? l.id} (${l.version === 'v1' ? 'REST, to a Network Load Balancer' : 'HTTP APIs'})`, `ID: ${l.id}`, l.statusMessage, ...l.targets].filter(Boolean).join('\n'),
      icon: l.status === 'AVAILABLE' ? 'plug' : 'warning',
    }),
  );
}

function message(parentId: string, text: string): MessageNode {
  return { kind: 'message', id: `${parentId}/message`, text };
}

export function loadingNode(parent?: ExplorerNode): LoadingNode {
  return { kind: 'loading', id: `${parent?.id ?? 'root'}/loading` };
}

/** What is shown instead of a node's children when loading them failed; clicking it retries. */
export function errorNode(conn: Pick<AwsConnection, 'region' | 'profile' | 'endpoint'>, error: unknown, parent?: ExplorerNode): ErrorNode {
  const operation = parent ? (parent.kind === 'group' ? groupOperations[parent.group] : undefined) : 'GetRestApis/GetApis';
  const described = describeAwsError(error, { region: conn.region, profile: conn.profile, endpoint: conn.endpoint, operation, action: 'apigateway:GET' });
  // An emulator that lacks the operation is a gap, not a failure: say so in words, without a raw HTTP status.
  if (described.kind === 'notOffered' && conn.endpoint && parent?.kind === 'group') {
    const what = groupLabels[parent.group].toLowerCase();
    const apiType = parent.api.type === 'REST' ? 'REST' : parent.api.type === 'HTTP' ? 'HTTP' : 'WebSocket';
    return { kind: 'error', id: `${parent.id}/error`, message: `The emulator at ${conn.endpoint} does not offer ${operation} for ${apiType} APIs, so the ${what} cannot be listed here. AWS lists them.`, parent, gap: true };
  }
  return { kind: 'error', id: `${parent?.id ?? 'root'}/error`, message: described.message, parent };
}

const groupOperations: Record<GroupKind, string> = { stages: 'GetStages', resources: 'GetResources', routes: 'GetRoutes', authorizers: 'GetAuthorizers' };

const groupLabels: Record<GroupKind, string> = { stages: 'Stages', resources: 'Resources & methods', routes: 'Routes', authorizers: 'Authorizers' };
const groupIcons: Record<GroupKind, string> = { stages: 'layers', resources: 'list-tree', routes: 'list-tree', authorizers: 'shield' };

export function describeNode(node: ExplorerNode): NodeView {
  switch (node.kind) {
    case 'api':
      return {
        label: node.api.name,
        description: `${typeLabel[node.api.type]} · ${node.api.id}`,
        tooltip: [`${node.api.name} (${typeLabel[node.api.type]} API)`, `ID: ${node.api.id}`, node.api.description, node.api.createdDate && `Created ${formatDate(node.api.createdDate)}`]
          .filter(Boolean)
          .join('\n'),
        contextValue: `api.${typeSlug(node.api.type)}`,
        icon: node.api.type === 'WEBSOCKET' ? 'plug' : node.api.type === 'HTTP' ? 'globe' : 'server',
        collapsible: true,
      };
    case 'group':
      return { label: groupLabels[node.group], contextValue: `group.${node.group}`, icon: groupIcons[node.group], collapsible: true };
    case 'stage':
      return {
        label: node.stage,
        description: stageDescription(node.details),
        tooltip: stageTooltip(node.details),
        contextValue: `stage.${typeSlug(node.apiType)}`,
        icon: 'rocket',
        collapsible: true,
      };
    case 'section':
      return node.section === 'domains'
        ? { label: 'Custom domain names', contextValue: 'section.domains', icon: 'globe', collapsible: true }
        : { label: 'VPC links', contextValue: 'section.vpcLinks', icon: 'plug', collapsible: true };
    case 'usagePlans':
      return { label: 'Usage plans', contextValue: 'usagePlans', icon: 'dashboard', collapsible: true };
    case 'usagePlan': {
      const p = node.plan;
      const quota = p.quota?.limit !== undefined ? `quota ${p.quota.limit}/${(p.quota.period ?? '').toLowerCase()}` : undefined;
      const throttle = p.throttle ? `throttle ${p.throttle.rateLimit ?? '–'} rps / ${p.throttle.burstLimit ?? '–'} burst` : undefined;
      return {
        label: p.name,
        description: [throttle, quota].filter(Boolean).join(' · ') || undefined,
        tooltip: [p.name, p.description, `ID: ${p.id}`, `Stages: ${p.stages.join(', ')}`].filter(Boolean).join('\n'),
        contextValue: 'usagePlan',
        icon: 'dashboard',
        collapsible: true,
      };
    }
    case 'info':
      return { label: node.label, description: node.description, tooltip: node.tooltip, contextValue: node.contextValue ?? 'info', icon: node.icon, collapsible: !!node.children?.length };
    case 'resource':
      return {
        label: node.resource.path,
        description: node.resource.methods.length ? node.resource.methods.map((m) => m.method).join(' ') : 'no methods',
        contextValue: 'resource.rest',
        icon: 'symbol-folder',
        collapsible: node.resource.methods.length > 0,
      };
    case 'method':
      return {
        label: node.method,
        description: [node.integrationType, node.authorizationType && node.authorizationType !== 'NONE' ? `auth ${node.authorizationType}` : undefined].filter(Boolean).join(' · ') || undefined,
        tooltip: `${node.method} ${node.path}`,
        contextValue: 'method.rest',
        icon: 'symbol-method',
        collapsible: false,
      };
    case 'route':
      return {
        label: node.route.routeKey,
        description: node.route.authorizationType && node.route.authorizationType !== 'NONE' ? `auth ${node.route.authorizationType}` : undefined,
        tooltip: [node.route.routeKey, node.route.target && `Target: ${node.route.target}`].filter(Boolean).join('\n'),
        contextValue: `route.${typeSlug(node.apiType)}`,
        icon: 'symbol-method',
        collapsible: false,
      };
    case 'authorizer':
      return {
        label: node.authorizer.name,
        description: node.authorizer.type,
        tooltip: [node.authorizer.name, node.authorizer.type && `Type: ${node.authorizer.type}`, node.authorizer.identitySource && `Identity source: ${node.authorizer.identitySource}`].filter(Boolean).join('\n'),
        contextValue: 'authorizer',
        icon: 'key',
        collapsible: false,
      };
    case 'message':
      return { label: node.text, contextValue: 'message', icon: 'info', collapsible: false };
    case 'loading':
      return { label: 'Loading…', contextValue: 'loading', icon: 'loading~spin', collapsible: false };
    case 'error':
      if (node.gap) return { label: 'Not available from this emulator', description: node.message, tooltip: node.message, contextValue: 'gap', icon: 'info', collapsible: false };
      return {
        label: 'Could not load',
        description: node.message,
        tooltip: `${node.message}\n\nClick to try again.`,
        contextValue: 'error',
        icon: 'error',
        collapsible: false,
        command: { command: Commands.refreshExplorer, title: 'Retry', arguments: [node] },
      };
  }
}

function formatDate(d: Date): string {
  return `${d.toISOString().slice(0, 16).replace('T', ' ')} UTC`;
}

function throttleText(t: StageSummary['throttle']): string | undefined {
  if (!t) return undefined;
  return `throttle ${t.rateLimit ?? '–'} rps / ${t.burstLimit ?? '–'} burst`;
}

function cacheText(c: StageSummary['caching']): string | undefined {
  if (!c?.enabled) return undefined;
  return `cache${c.clusterSize ? ` ${c.clusterSize} GB` : ''}${c.ttlSeconds !== undefined ? ` ttl ${c.ttlSeconds}s` : ''}`;
}

export function stageDescription(s: StageSummary): string {
  return [
    s.lastDeployment ? `deployed ${formatDate(s.lastDeployment)}` : s.deploymentId ? undefined : 'not deployed',
    s.autoDeploy ? 'auto-deploy' : undefined,
    throttleText(s.throttle),
    s.logging ? `logs ${s.logging}` : undefined,
    cacheText(s.caching),
  ]
    .filter(Boolean)
    .join(' · ');
}

export function stageTooltip(s: StageSummary): string {
  const lines = [
    `Stage ${s.name}`,
    s.description,
    `Last deployment: ${s.lastDeployment ? formatDate(s.lastDeployment) : 'unknown'}${s.deploymentId ? ` (${s.deploymentId})` : ''}`,
    s.lastDeploymentStatus && `Status: ${s.lastDeploymentStatus}`,
    s.autoDeploy !== undefined && `Auto-deploy: ${s.autoDeploy ? 'on' : 'off'}`,
    `Throttling: ${throttleText(s.throttle) ?? 'account defaults'}`,
    `Execution logging: ${s.logging ?? 'off'}${s.dataTrace ? ', full request/response data' : ''}`,
    `Detailed metrics: ${s.metrics ? 'on' : 'off'}`,
    `Access logs: ${s.accessLogDestination ?? 'off'}`,
    `Caching: ${cacheText(s.caching) ?? 'off'}`,
    s.tracing && 'X-Ray tracing: on',
    s.variables && Object.keys(s.variables).length ? `Stage variables: ${Object.keys(s.variables).join(', ')}` : undefined,
  ];
  return lines.filter(Boolean).join('\n');
}
