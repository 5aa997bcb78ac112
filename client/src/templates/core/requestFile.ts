/**
 * The sample request file of a template, kept with the workspace under `.vscode/apigateway/requests/`: its
 * name (stable for one template of one document) and its first content. Pure, so that it is tested in Node.
 */
import type { TemplateRequestJson } from '../../../../contract/messages';
import { checkRequest } from '../../../../contract/templateRequest';

export const REQUESTS_FOLDER = '.vscode/apigateway/requests';

/** `openapi-post-pets-request-application-json.json`: readable, and one file per template. */
export function requestFileName(documentPath: string, label: string): string {
  const base = documentPath.replace(/^.*[\\/]/, '').replace(/\.[^.]+$/, '');
  const slug = `${base}-${label}`
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 120);
  return `${slug || 'template'}.json`;
}

/** The file's first text: the body as a JSON value when it is JSON (easier to edit than an escaped string). */
export function initialRequestText(request: TemplateRequestJson): string {
  // The body first: it is what people edit most.
  const { body, ...rest } = request;
  const out: Record<string, unknown> = { ...(body !== undefined ? { body } : {}), ...rest };
  if (typeof request.body === 'string') {
    try {
      out.body = JSON.parse(request.body);
    } catch {
      /* not JSON: kept as text */
    }
  }
  return `${JSON.stringify(out, null, 2)}\n`;
}

/** The request in a request file's text; `error` says why it could not be read. */
export function readRequestText(text: string): { request: TemplateRequestJson; notes: string[]; error?: string } {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (e) {
    return { request: {}, notes: [], error: `The request file is not valid JSON: ${(e as Error).message}` };
  }
  return checkRequest(value);
}
