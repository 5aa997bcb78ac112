/**
 * Fetches a deployed API's OpenAPI definition, with the API Gateway extensions, as text. Pure (no `vscode`).
 * REST: GetExport of a stage (oas30, extensions=apigateway). HTTP: ExportApi (OAS30, YAML). WebSocket APIs have no
 * export in API Gateway.
 */
import type { ApiType } from '../aws/apis';
import type { AwsConnection } from '../aws/connection';
import { awsErrorMessage } from '../aws/errors';

export interface ExportedDefinition {
  text: string;
  language: 'json' | 'yaml';
}

export class ExportError extends Error {
  override name = 'ExportError';
}

/** `format`: YAML for HTTP APIs by default (what people read); JSON when the result is compared or parsed. */
export async function exportDefinition(conn: AwsConnection, api: { id: string; type: ApiType }, stage?: string, format: 'yaml' | 'json' = 'yaml'): Promise<ExportedDefinition> {
  const ctx = { region: conn.region, profile: conn.profile, endpoint: conn.endpoint, action: 'apigateway:GET' };
  if (api.type === 'WEBSOCKET') throw new ExportError('API Gateway cannot export WebSocket APIs as OpenAPI.');
  if (api.type === 'REST') {
    if (!stage) throw new ExportError('API Gateway exports a REST API from a stage: deploy it to a stage first.');
    const { GetExportCommand } = await import('@aws-sdk/client-api-gateway');
    const client = await conn.apiGateway();
    try {
      const res = await client.send(
        new GetExportCommand({ restApiId: api.id, stageName: stage, exportType: 'oas30', accepts: 'application/json', parameters: { extensions: 'apigateway' } }),
      );
      return asDefinition(res.body, res.contentType);
    } catch (err) {
      throw new ExportError(awsErrorMessage(err, { ...ctx, operation: 'GetExport' }));
    }
  }
  const { ExportApiCommand } = await import('@aws-sdk/client-apigatewayv2');
  const client = await conn.apiGatewayV2();
  try {
    const res = await client.send(new ExportApiCommand({ ApiId: api.id, Specification: 'OAS30', OutputType: format === 'json' ? 'JSON' : 'YAML', IncludeExtensions: true, StageName: stage }));
    return asDefinition(res.body, format === 'json' ? 'application/json' : 'application/yaml');
  } catch (err) {
    throw new ExportError(awsErrorMessage(err, { ...ctx, operation: 'ExportApi' }));
  }
}

function asDefinition(body: Uint8Array | undefined, contentType: string | undefined): ExportedDefinition {
  const text = body ? new TextDecoder().decode(body) : '';
  if (!text.trim()) throw new ExportError('API Gateway returned an empty definition.');
  const json = /json/i.test(contentType ?? '') || /^\s*[{[]/.test(text);
  return { text: json ? prettyJson(text) : text, language: json ? 'json' : 'yaml' };
}

function prettyJson(text: string): string {
  try {
    return `${JSON.stringify(JSON.parse(text), null, 2)}\n`;
  } catch {
    return text;
  }
}
