/**
 * Compare with Deployed, without the editor: export the stage (REST GetExport with API Gateway's extensions, HTTP
 * ExportApi), normalize both sides, and summarize the drift by operation. Pure AWS logic, no `vscode`.
 */
import type { ApiType } from '../aws/apis';
import type { AwsConnection } from '../aws/connection';
import { exportDefinition } from '../explorer/exportDefinition';
import { alignBuiltInModels, normalizeDefinition, type Json } from './normalize';
import { operationDrift, type OperationDrift } from './operationDiff';
import { maskUnresolved } from './stack/maskUnresolved';
import type { Unresolved } from './stack/intrinsicResolver';

export interface Comparison {
  /** Both sides normalized, as pretty JSON with sorted keys: what the diff editor shows. */
  local: string;
  deployed: string;
  drift: OperationDrift[];
  /** What the user should know about the comparison itself (e.g. an export without extensions). */
  notes: string[];
  /** Intrinsics the stack could not answer: shown as placeholders on the local side, never counted as drift. */
  unresolved: Unresolved[];
}

export interface CompareOptions {
  /** The intrinsics left as placeholders in the local definition (a template's API resolved against its stack). */
  unresolved?: Unresolved[];
}

export async function compareWithDeployed(
  conn: AwsConnection,
  localDefinition: unknown,
  api: { id: string; type: ApiType },
  stage: string,
  options: CompareOptions = {},
): Promise<Comparison> {
  const exported = await exportDefinition(conn, api, stage, 'json');
  let deployedRaw: unknown;
  try {
    deployedRaw = JSON.parse(exported.text);
  } catch {
    throw new Error('API Gateway returned an export that is not JSON.');
  }
  return compareDefinitions(localDefinition, deployedRaw, options);
}

export function compareDefinitions(
  localDefinition: unknown,
  deployedDefinition: unknown,
  options: CompareOptions = {},
): Comparison {
  const local = normalizeDefinition(localDefinition);
  const deployed = alignBuiltInModels(local, normalizeDefinition(deployedDefinition));
  const notes: string[] = [];
  const raw = deployedDefinition as {
    swagger?: unknown;
    paths?: Record<string, Record<string, Record<string, unknown>>>;
  };
  const exportedOps = Object.values(raw?.paths ?? {}).flatMap((item) => Object.values(item ?? {}));
  if (
    exportedOps.length > 0 &&
    !exportedOps.some((op) => op && typeof op === 'object' && 'x-amazon-apigateway-integration' in op)
  ) {
    notes.push(
      'The export holds no x-amazon-apigateway-integration at all (emulators such as moto export paths only): integrations show as drift.',
    );
  }
  if (raw?.swagger !== undefined && (localDefinition as { openapi?: unknown })?.openapi !== undefined) {
    notes.push('The export is Swagger 2.0 and the definition OpenAPI 3: their shapes differ beyond drift.');
  }
  const text = (value: Json) => `${JSON.stringify(value, null, 2)}\n`;
  const unresolved = options.unresolved ?? [];
  if (unresolved.length)
    notes.push(
      `${unresolved.length === 1 ? '1 value' : `${unresolved.length} values`} could not be resolved from the stack: they show as «unresolved: …» and are not counted as drift.`,
    );
  return {
    local: text(local),
    deployed: text(deployed),
    drift: operationDrift(maskUnresolved(local, deployed), deployed),
    notes,
    unresolved,
  };
}
