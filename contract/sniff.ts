/**
 * A cheap look at a document's text, without parsing: is it an API Gateway definition or a template that
 * carries one? Used by the client to decide which documents to sync, and by the server before any work.
 */
const definitionMarker = /^\s*\{?\s*["']?(openapi|swagger)["']?\s*:/m;
const extensionMarker = /x-amazon-apigateway-/;
const topLevelVersion = /^\{?["']?(openapi|swagger)["']?\s*:|^\s{2,4}"(openapi|swagger)"\s*:/m;
const templateResource = /AWS::(Serverless::(Api|HttpApi)|ApiGateway::RestApi|ApiGatewayV2::Api)\b/;
const templateStageSettings = /AWS::(ApiGateway::(Stage|UsagePlan)|ApiGatewayV2::Stage)\b/;
/** SAM's implicit APIs: functions with Api or HttpApi events. */
const samImplicitApi =
  /AWS::Serverless::Function\b[\s\S]*\bType:\s*["']?(Api|HttpApi)\b|"AWS::Serverless::Function"[\s\S]*"Type"\s*:\s*"(Api|HttpApi)"/;

/** How much of a document the sniff reads: markers sit near the top of real files. */
const SNIFF_LIMIT = 64 * 1024;

export type SniffResult = 'definition' | 'template' | undefined;

export function sniffDocument(text: string): SniffResult {
  const head = text.length > SNIFF_LIMIT ? text.slice(0, SNIFF_LIMIT) : text;
  if (templateResource.test(head) || templateStageSettings.test(head) || samImplicitApi.test(head)) return 'template';
  if (definitionMarker.test(head) || extensionMarker.test(head)) return 'definition';
  // Large files may declare their API resources, or their OpenAPI version, late in the file.
  if (text.length > SNIFF_LIMIT) {
    if (templateResource.test(text) || templateStageSettings.test(text) || samImplicitApi.test(text)) return 'template';
    if (topLevelVersion.test(text) || extensionMarker.test(text)) return 'definition';
  }
  return undefined;
}

export function isApiGatewayDocument(text: string): boolean {
  return sniffDocument(text) !== undefined;
}
