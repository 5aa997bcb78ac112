/**
 * dist/gatewayHost.js: the process that hosts one local gateway for the extension (client/src/local), started
 * with child_process.fork. It takes one `start` message, answers `listening` (or `failed`), streams execution-log
 * lines in batches, and exits on `stop`, on SIGTERM, or when the extension's IPC channel closes, so that a
 * gateway never outlives the editor that started it.
 */
import { isToHost, type FromHost, type HostLogLine } from '../../../contract/localGateway';
import { startGateway, type StartedGateway } from './startGateway';

let gateway: StartedGateway | undefined;
let stopping = false;
let pending: HostLogLine[] = [];
let flushTimer: NodeJS.Timeout | undefined;

function send(message: FromHost): void {
  if (process.connected) process.send?.(message);
}

/** Lines go out in small batches: a busy API must not turn into one IPC message per line. */
function queueLog(line: HostLogLine): void {
  pending.push(line);
  flushTimer ??= setTimeout(flush, 20);
}

function flush(): void {
  flushTimer = undefined;
  if (pending.length === 0) return;
  const lines = pending;
  pending = [];
  send({ type: 'log', lines });
}

async function stop(code = 0): Promise<never> {
  if (!stopping) {
    stopping = true;
    const deadline = setTimeout(() => process.exit(code), 2000);
    try {
      await gateway?.stop();
    } catch {
      /* exiting anyway */
    }
    flush();
    clearTimeout(deadline);
    send({ type: 'stopped' });
  }
  process.exit(code);
}

process.on('message', (raw: unknown) => {
  if (!isToHost(raw)) return;
  if (raw.type === 'stop') {
    void stop();
    return;
  }
  if (gateway) return;
  startGateway(raw.options, queueLog).then(
    (started) => {
      gateway = started;
      send({ type: 'listening', ...started.listening });
    },
    (err: unknown) => {
      send({ type: 'failed', message: (err as Error)?.message ?? String(err) });
      void stop(1);
    },
  );
});
process.on('disconnect', () => void stop());
process.on('SIGTERM', () => void stop());
process.on('SIGINT', () => void stop());
