/** From what the user filled in on the panel to a concrete HTTP request for the deployed stage. */
import { headerMap, isValidHeaderName } from './keyValues';
import { fillPathTemplate } from './pathTemplate';
import { invokeUrl, StageLocation } from './invokeUrl';
import type { HttpInvokeRequest, InvokeForm } from './types';

export const httpMethods = ['GET', 'POST', 'PUT', 'PATCH', 'DELETE', 'HEAD', 'OPTIONS'] as const;

/** ANY operations run with the method chosen on the panel; others with their own. */
export function defaultMethod(operationMethod: string): string {
  const upper = operationMethod.toUpperCase();
  return (httpMethods as readonly string[]).includes(upper) ? upper : 'GET';
}

export function methodAllowsBody(method: string): boolean {
  return method !== 'GET' && method !== 'HEAD';
}

export function buildHttpRequest(location: StageLocation, pathTemplate: string, form: InvokeForm): HttpInvokeRequest {
  const method = form.method.toUpperCase();
  if (!(httpMethods as readonly string[]).includes(method))
    throw new Error(`Unsupported HTTP method "${form.method}".`);
  const badHeader = form.headers.find(([name]) => name.trim() && !isValidHeaderName(name.trim()));
  if (badHeader) throw new Error(`"${badHeader[0]}" is not a valid header name.`);
  const path = fillPathTemplate(pathTemplate, form.pathParams);
  const headers = headerMap(form.headers);
  if (form.apiKey.trim()) headers['x-api-key'] = form.apiKey.trim();
  const withBody = methodAllowsBody(method) && form.body !== '';
  if (withBody && !headers['content-type'])
    headers['content-type'] = looksLikeJson(form.body) ? 'application/json' : 'text/plain; charset=utf-8';
  return { method, url: invokeUrl(location, path, form.query), headers, ...(withBody ? { body: form.body } : {}) };
}

function looksLikeJson(text: string): boolean {
  try {
    JSON.parse(text);
    return true;
  } catch {
    return false;
  }
}
