// What the numbers were measured on: they mean little without the machine.
import fs from 'node:fs';
import os from 'node:os';

export function describeMachine() {
  let cpu = os.cpus()[0]?.model ?? 'unknown CPU';
  try {
    const match = /^model name\s*:\s*(.+)$/m.exec(fs.readFileSync('/proc/cpuinfo', 'utf8'));
    if (match) cpu = match[1].trim();
  } catch {
    // Not Linux: os.cpus() is good enough.
  }
  const memoryGiB = (os.totalmem() / 1024 ** 3).toFixed(1);
  return `${os.availableParallelism()} cores, ${memoryGiB} GiB RAM, ${cpu}, ${os.type()} ${os.release()}, Node ${process.version}`;
}

/** Load averages over 1, 5 and 15 minutes: other work on the machine makes every number here slower. */
export function loadAverage() {
  return os
    .loadavg()
    .map((n) => n.toFixed(2))
    .join(' / ');
}

/** VmRSS and VmHWM (peak) of a live process, in MiB; undefined when /proc cannot tell. */
export function processMemory(pid) {
  try {
    const status = fs.readFileSync(`/proc/${pid}/status`, 'utf8');
    const read = (key) => {
      const match = new RegExp(`^${key}:\\s*(\\d+)\\s*kB`, 'm').exec(status);
      return match ? Number(match[1]) / 1024 : undefined;
    };
    return { rssMiB: read('VmRSS'), peakMiB: read('VmHWM') };
  } catch {
    return undefined;
  }
}
