/**
 * Stage 1, route: the method and path select a route. No route: REST answers 403 "Missing Authentication Token"
 * (also for a known resource with another method; DG "Gateway response types", runtime facts G17), HTTP APIs
 * 404 "Not Found" (DG "Working with routes for HTTP APIs", facts G19). A route the definition breaks answers 500
 * and names the problem, so the rest of the API still serves.
 */
import type { Stage } from './stage';

export const routeStage: Stage = (ex, env) => {
  const match = env.matcher.match(ex.request.method, ex.request.path);
  if (!match) {
    ex.log(`No route for ${ex.request.method} ${ex.request.path}`);
    return ex.api.kind === 'REST' ? ex.gatewayResponse('MISSING_AUTHENTICATION_TOKEN') : ex.gatewayResponse('RESOURCE_NOT_FOUND');
  }
  ex.route = match.route;
  ex.pathParameters = match.pathParameters;
  ex.context.resourcePath = match.route.path;
  ex.context.routeKey = match.route.routeKey;
  ex.log(`HTTP Method: ${ex.request.method}, Resource Path: ${ex.request.path}`);
  if (match.route.broken) {
    ex.log(`Execution failed due to configuration error: ${match.route.broken}`);
    return ex.gatewayResponse('API_CONFIGURATION_ERROR', `Internal server error: the definition breaks this route (${match.route.broken})`);
  }
  return undefined;
};
