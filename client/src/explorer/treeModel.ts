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
  | ErrorNode;

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
    if (!apis.length)
      return [message('root', `No APIs in ${conn.region}${conn.endpoint ? ` at ${conn.endpoint}` : ''}`)];
    return apis.map((api) => ({ kind: 'api', id: `api/${api.id}`, api }));
  }
  switch (node.kind) {
    case 'api': {
      const groups: GroupKind[] =
        node.api.type === 'REST' ? ['stages', 'resources', 'authorizers'] : ['stages', 'routes', 'authorizers'];
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
      return stages.map((s) => ({
        kind: 'stage',
        id: `${node.id}/${s.name}`,
        apiId: api.id,
        apiType: api.type,
        stage: s.name,
        api,
        details: s,
      }));
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
        const invoke =
          api.type === 'WEBSOCKET' ? { method: 'MESSAGE', path: route.routeKey } : { method: method ?? 'ANY', path };
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

function message(parentId: string, text: string): MessageNode {
  return { kind: 'message', id: `${parentId}/message`, text };
}

export function loadingNode(parent?: ExplorerNode): LoadingNode {
  return { kind: 'loading', id: `${parent?.id ?? 'root'}/loading` };
}

/** What is shown instead of a node's children when loading them failed; clicking it retries. */
export function errorNode(
  conn: Pick<AwsConnection, 'region' | 'profile' | 'endpoint'>,
  error: unknown,
  parent?: ExplorerNode,
): ErrorNode {
  const operation = parent ? undefined : 'GetRestApis/GetApis';
  const { message: text } = describeAwsError(error, {
    region: conn.region,
    profile: conn.profile,
    endpoint: conn.endpoint,
    operation,
    action: 'apigateway:GET',
  });
  return { kind: 'error', id: `${parent?.id ?? 'root'}/error`, message: text, parent };
}

const groupLabels: Record<GroupKind, string> = {
  stages: 'Stages',
  resources: 'Resources & methods',
  routes: 'Routes',
  authorizers: 'Authorizers',
};
const groupIcons: Record<GroupKind, string> = {
  stages: 'layers',
  resources: 'list-tree',
  routes: 'list-tree',
  authorizers: 'shield',
};

export function describeNode(node: ExplorerNode): NodeView {
  switch (node.kind) {
    case 'api':
      return {
        label: node.api.name,
        description: `${typeLabel[node.api.type]} · ${node.api.id}`,
        tooltip: [
          `${node.api.name} (${typeLabel[node.api.type]} API)`,
          `ID: ${node.api.id}`,
          node.api.description,
          node.api.createdDate && `Created ${formatDate(node.api.createdDate)}`,
        ]
          .filter(Boolean)
          .join('\n'),
        contextValue: `api.${typeSlug(node.api.type)}`,
        icon: node.api.type === 'WEBSOCKET' ? 'plug' : node.api.type === 'HTTP' ? 'globe' : 'server',
        collapsible: true,
      };
    case 'group':
      return {
        label: groupLabels[node.group],
        contextValue: `group.${node.group}`,
        icon: groupIcons[node.group],
        collapsible: true,
      };
    case 'stage':
      return {
        label: node.stage,
        description: stageDescription(node.details),
        tooltip: stageTooltip(node.details),
        contextValue: `stage.${typeSlug(node.apiType)}`,
        icon: 'rocket',
        collapsible: false,
      };
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
        description:
          [
            node.integrationType,
            node.authorizationType && node.authorizationType !== 'NONE' ? `auth ${node.authorizationType}` : undefined,
          ]
            .filter(Boolean)
            .join(' · ') || undefined,
        tooltip: `${node.method} ${node.path}`,
        contextValue: 'method.rest',
        icon: 'symbol-method',
        collapsible: false,
      };
    case 'route':
      return {
        label: node.route.routeKey,
        description:
          node.route.authorizationType && node.route.authorizationType !== 'NONE'
            ? `auth ${node.route.authorizationType}`
            : undefined,
        tooltip: [node.route.routeKey, node.route.target && `Target: ${node.route.target}`].filter(Boolean).join('\n'),
        contextValue: `route.${typeSlug(node.apiType)}`,
        icon: 'symbol-method',
        collapsible: false,
      };
    case 'authorizer':
      return {
        label: node.authorizer.name,
        description: node.authorizer.type,
        tooltip: [
          node.authorizer.name,
          node.authorizer.type && `Type: ${node.authorizer.type}`,
          node.authorizer.identitySource && `Identity source: ${node.authorizer.identitySource}`,
        ]
          .filter(Boolean)
          .join('\n'),
        contextValue: 'authorizer',
        icon: 'key',
        collapsible: false,
      };
    case 'message':
      return { label: node.text, contextValue: 'message', icon: 'info', collapsible: false };
    case 'loading':
      return { label: 'Loading…', contextValue: 'loading', icon: 'loading~spin', collapsible: false };
    case 'error':
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
    s.variables && Object.keys(s.variables).length
      ? `Stage variables: ${Object.keys(s.variables).join(', ')}`
      : undefined,
  ];
  return lines.filter(Boolean).join('\n');
}
