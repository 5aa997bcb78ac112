// `node --import tsx test/support/fuzz/main.ts --seed S --cases N --budget SECONDS`: runs the fuzzer (engine.ts)
// and prints its totals as one line of JSON at the end (bench/fuzz.mjs reads it). Progress goes to stderr.
import { percentile, runFuzz } from './engine';

const args = process.argv.slice(2);
const option = (name: string, fallback: number) => {
  const i = args.indexOf(`--${name}`);
  const value = i >= 0 ? Number(args[i + 1]) : fallback;
  if (!Number.isFinite(value) || value <= 0) throw new Error(`--${name} needs a positive number`);
  return value;
};

void (async () => {
  const totals = await runFuzz({
    seed: option('seed', 1616),
    cases: option('cases', 1500),
    timeBudgetMs: option('budget', 900) * 1000,
    maxEdits: option('max-edits', 30),
    progress: (line) => console.error(`fuzz: ${line}`),
  });
  const { times, ...rest } = totals;
  console.log(
    JSON.stringify({
      ...rest,
      timings: times.length,
      p50Ms: percentile(times, 50),
      p99Ms: percentile(times, 99),
      maxMs: Math.max(0, ...times),
    }),
  );
})().catch((e: unknown) => {
  console.error(e instanceof Error ? (e.stack ?? e.message) : String(e));
  process.exit(2);
});
