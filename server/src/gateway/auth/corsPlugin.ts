/**
 * CORS of HTTP APIs as a gateway plugin: preflight requests are answered before routing (no OPTIONS route is
 * needed), and every answer, gateway responses included, gets the configured headers instead of the backend's
 * (https://docs.aws.amazon.com/apigateway/latest/developerguide/http-api-cors.html). The logic is in cors.ts.
 */
import type { GatewayPlugin } from '../plugins';
import type { Exchange } from '../pipeline/exchange';
import { applyCorsHeaders, isPreflight, preflightResponse, type CorsConfig, type RequestHeaders } from './cors';

function requestHeaders(ex: Exchange): RequestHeaders {
  const out: RequestHeaders = {};
  for (const [name, values] of Object.entries(ex.request.headers)) out[name.toLowerCase()] = values[0];
  return out;
}

export function corsPlugin(config: CorsConfig): GatewayPlugin {
  return {
    name: 'cors',
    beforeRoute(ex) {
      const headers = requestHeaders(ex);
      if (!isPreflight(ex.request.method, headers)) return undefined;
      const answer = preflightResponse(config, headers);
      ex.log(`CORS preflight for ${headers['access-control-request-method']} from ${headers.origin}: ${Object.keys(answer.headers).length ? 'allowed' : 'not allowed by the CORS configuration'}`);
      return { statusCode: answer.statusCode, headers: Object.fromEntries(Object.entries(answer.headers).map(([k, v]) => [k, [v]])), body: Buffer.alloc(0) };
    },
    finishResponse(ex, response) {
      // The preflight answer above is already complete.
      if (isPreflight(ex.request.method, requestHeaders(ex))) return;
      const flat: Record<string, string> = {};
      for (const [name, values] of Object.entries(response.headers)) flat[name] = values.join(',');
      const next = applyCorsHeaders(config, requestHeaders(ex), flat);
      // Backend CORS headers go (applyCorsHeaders leaves them out); other headers keep their own values.
      for (const name of Object.keys(response.headers)) if (!(name in next) || name.toLowerCase().startsWith('access-control-')) delete response.headers[name];
      for (const [name, value] of Object.entries(next)) if (name.startsWith('access-control-')) response.headers[name] = [value];
    },
  };
}
