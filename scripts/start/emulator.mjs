// The local AWS endpoint of `npm start`: a moto server on 127.0.0.1 (started like the editor tests start it),
// seeded from the examples by scripts/seed/ (TypeScript, loaded through tsx so it can reuse the extension's code),
// plus a trickle of new log lines so a log tail shows something arriving.
import path from 'node:path';
import { tsImport } from 'tsx/esm/api';
import { startMoto } from '../lib/moto.mjs';

const trafficEveryMs = 15_000;

export async function startEmulator({ root, say }) {
  const moto = await startMoto();
  let conn;
  let timer;
  let inFlight = Promise.resolve();
  const stop = async () => {
    clearInterval(timer);
    await inFlight.catch(() => undefined);
    conn?.dispose();
    await moto.stop();
  };
  try {
    const seed = await tsImport(path.join(root, 'scripts', 'seed', 'seedEmulator.ts'), import.meta.url);
    conn = seed.emulatorConnection(moto.endpoint);
    const seeded = await seed.seedEmulator(conn, path.join(root, 'examples'));
    const logs = await conn.logs();
    const xray = await conn.xray();
    let index = 0;
    timer = setInterval(() => {
      inFlight = seed
        .writeSampleTraffic(logs, seeded, Date.now(), index++, xray)
        .catch((e) => say(`could not write sample log lines: ${e.message}`));
    }, trafficEveryMs);
    timer.unref();
    return { endpoint: moto.endpoint, region: seed.emulatorRegion, seeded, stop, stopNow: moto.stopNow };
  } catch (e) {
    await stop();
    throw new Error(`could not seed the local emulator at ${moto.endpoint}: ${e.message}`, { cause: e });
  }
}
