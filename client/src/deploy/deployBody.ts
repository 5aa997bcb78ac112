/**
 * What an import sends: the open definition as JSON (from the language server, which owns parsing), with `$ref`s to
 * other files bundled in by swagger-parser (API Gateway's import reads one document), and refused when it holds
 * CloudFormation intrinsics (only CloudFormation resolves them: an import would send `Fn::Sub` as text).
 * Pure apart from reading the referenced files; no `vscode`.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { DefinitionJsonResult } from '../../../contract/messages';

export class DeployRefusedError extends Error {}

export interface DeployBody {
  /** JSON text. */
  body: string;
  /** The files bundled in, relative to the definition's folder. */
  bundled: string[];
}

export function intrinsicsRefusal(intrinsics: DefinitionJsonResult['intrinsics']): string | undefined {
  if (intrinsics.length === 0) return undefined;
  const listed = intrinsics
    .slice(0, 3)
    .map((i) => `${i.name} at ${i.path}`)
    .join(', ');
  const more = intrinsics.length > 3 ? ` and ${intrinsics.length - 3} more` : '';
  return (
    `The definition holds CloudFormation intrinsics (${listed}${more}). Only CloudFormation resolves them (AWS::Include, ` +
    'or a SAM/CloudFormation DefinitionBody); an import would send them as literal text. Deploy it with its template ' +
    '(sam deploy), or replace them with values.'
  );
}

/**
 * Bundles the external `$ref`s of `definition` (whose file is `file`) into one document. URLs are never fetched;
 * `allowFile` decides which files may be read (Workspace Trust and the definition's own folder tree).
 */
export async function bundleDefinition(definition: object, file: string, allowFile: (absolute: string) => boolean): Promise<DeployBody> {
  const { default: SwaggerParser } = await import('@apidevtools/swagger-parser');
  const read: string[] = [];
  let refused: string | undefined;
  const refuse = (message: string): never => {
    refused = message;
    throw new DeployRefusedError(message);
  };
  const bundled: unknown = await (SwaggerParser.bundle as (...args: unknown[]) => Promise<unknown>)(file, structuredClone(definition), {
    resolve: {
      http: false,
      file: {
        order: 1,
        canRead: true,
        async read(ref: { url: string }) {
          const absolute = ref.url.startsWith('file:') ? fileURLToPath(ref.url) : ref.url;
          if (!allowFile(absolute)) refuse(`${absolute} is outside the folders a deploy may read (the workspace and the definition's own folder).`);
          const fs = await import('node:fs/promises');
          const stat = await fs.stat(absolute);
          if (!stat.isFile()) refuse(`${absolute} is not a regular file.`);
          if (stat.size > 10 * 1024 * 1024) refuse(`${absolute} is larger than 10 MB.`);
          read.push(path.relative(path.dirname(file), absolute));
          return fs.readFile(absolute);
        },
      },
    },
  }).catch((err: unknown) => {
    // swagger-parser wraps what the reader threw: say our own reason, or what could not be resolved.
    throw new DeployRefusedError(refused ?? `The definition's references to other files could not be bundled: ${(err as Error)?.message ?? String(err)}`);
  });
  return { body: JSON.stringify(bundled), bundled: read.filter((f) => f !== path.basename(file)) };
}
