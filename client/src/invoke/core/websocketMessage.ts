/**
 * The first message offered for a WebSocket route, built from the API's route selection expression so that
 * API Gateway routes it to that route: `$request.body.action` and `sendMessage` give `{"action": "sendMessage"}`.
 * https://docs.aws.amazon.com/apigateway/latest/developerguide/websocket-api-develop-routes.html
 */

/** `$request.body.a.b` → ['a', 'b']; undefined for expressions that do not read the JSON body. */
export function bodyPath(expression: string | undefined): string[] | undefined {
  const m = /^\$request\.body\.([A-Za-z0-9_$-]+(?:\.[A-Za-z0-9_$-]+)*)$/.exec((expression ?? '').trim());
  return m ? m[1].split('.') : undefined;
}

/**
 * The message text for a route. `$connect` and `$disconnect` take no message; `$default` gets an empty JSON
 * object (any message that matches no route goes there); other keys are put at the expression's path.
 */
export function prefillMessage(expression: string | undefined, routeKey: string): string {
  if (routeKey === '$connect' || routeKey === '$disconnect') return '';
  if (routeKey === '$default') return '{}';
  const path = bodyPath(expression ?? '$request.body.action');
  if (!path) return routeKey;
  let value: unknown = routeKey;
  for (const key of [...path].reverse()) value = { [key]: value };
  return JSON.stringify(value);
}
