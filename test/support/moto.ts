/**
 * A real moto server (AWS emulator) on 127.0.0.1 for tests, through the one launcher that `npm start` and the
 * editor tests use too (scripts/lib/moto.mjs), and an AWS connection of the extension's own pointed at it.
 */
import { after, before } from 'node:test';
import { AwsConnection, createConnection } from '../../client/src/aws/connection';
import type { MotoProcess } from '../../scripts/lib/moto.mjs';

export type MotoServer = Omit<MotoProcess, 'stopNow'>;

export const testCredentials = { accessKeyId: 'test', secretAccessKey: 'test' };
export const testRegion = 'us-east-1';

export async function startMoto(): Promise<MotoServer> {
  const launcher = await import('../../scripts/lib/moto.mjs');
  return launcher.startMoto();
}

/**
 * For a `describe` block: starts moto before its tests and stops it after, with an AWS connection of the
 * extension's own (client/src/aws/connection.ts) pointed at it.
 */
export function motoConnection(): { readonly server: MotoServer; readonly connection: AwsConnection } {
  let server: MotoServer | undefined;
  let connection: AwsConnection | undefined;
  before(async () => {
    server = await startMoto();
    connection = createConnection({ endpoint: server.endpoint, region: testRegion, credentials: testCredentials });
  });
  after(async () => {
    connection?.dispose();
    await server?.stop();
  });
  return {
    get server() {
      return server!;
    },
    get connection() {
      return connection!;
    },
  };
}
