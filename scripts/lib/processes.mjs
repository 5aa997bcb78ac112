// Free ports, polling with a deadline and killing what the runner started (whole process groups, by id).
import net from 'node:net';

export function freePort() {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.once('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address();
      srv.close(() => resolve(port));
    });
  });
}

/** Polls `check` until it returns a truthy value; throws `what` when the deadline passes. */
export async function pollUntil(check, { timeoutMs, intervalMs = 100, what }) {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await check();
    if (value) return value;
    if (Date.now() > deadline) throw new Error(`${what} (waited ${Math.round(timeoutMs / 1000)} s)`);
    await new Promise((r) => setTimeout(r, intervalMs));
  }
}

/**
 * Stops a child started with `detached: true` (so it leads its own process group) together with everything
 * it spawned: SIGTERM to the group, SIGKILL after a grace period.
 */
export function killGroup(child, graceMs = 3000) {
  return new Promise((resolve) => {
    if (!child || child.pid === undefined || child.exitCode !== null || child.signalCode !== null) {
      signalGroup(child, 'SIGKILL'); // leftovers of an exited leader
      return resolve();
    }
    const timer = setTimeout(() => signalGroup(child, 'SIGKILL'), graceMs);
    child.once('exit', () => {
      clearTimeout(timer);
      signalGroup(child, 'SIGKILL');
      resolve();
    });
    signalGroup(child, 'SIGTERM');
  });
}

function signalGroup(child, signal) {
  if (!child || child.pid === undefined) return;
  try {
    process.kill(-child.pid, signal);
  } catch {
    /* group already gone */
  }
}
