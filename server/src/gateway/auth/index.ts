/**
 * Reserved for issue-15b: the plugins for authorizers (Lambda TOKEN / REQUEST, JWT, Cognito, IAM), API keys and
 * usage plans, and HTTP API CORS. The gateway calls `builtInPlugins` once per served API; until issue-15b lands,
 * no plugin runs and every route is open.
 */
import type { GatewayOptions } from '../options';
import type { GatewayPlugin } from '../plugins';
import type { GatewayApi } from '../types';

export function builtInPlugins(_api: GatewayApi, _options: GatewayOptions): GatewayPlugin[] {
  return [];
}
