/**
 * The gateway's plugins for access control (issue 15): HTTP API CORS (corsPlugin.ts), then authorizers, API keys
 * and usage plans (authPlugin.ts). The gateway calls `builtInPlugins` once per served API.
 */
import type { GatewayOptions } from '../options';
import type { GatewayPlugin } from '../plugins';
import type { GatewayApi } from '../types';
import { authPlugin } from './authPlugin';
import { corsConfigFrom } from './cors';
import { corsPlugin } from './corsPlugin';
import { samCors } from './samAuth';

export type { AuthOptions } from './options';

export function builtInPlugins(api: GatewayApi, options: GatewayOptions): GatewayPlugin[] {
  const plugins: GatewayPlugin[] = [];
  // CORS configuration is an HTTP API feature (x-amazon-apigateway-cors; REST APIs do CORS with OPTIONS methods).
  const cors = api.kind === 'HTTP' ? (corsConfigFrom(api.definition['x-amazon-apigateway-cors']) ?? samCors(api.resourceProperties)) : undefined;
  if (cors) plugins.push(corsPlugin(cors));
  plugins.push(authPlugin(api, options));
  return plugins;
}
