// Mutation testing (`npm run mutation`): StrykerJS changes the code one small way at a time (a `>` to `>=`, a
// condition to `true`, a string emptied) and runs the tests that cover each change; a change no test notices is a
// "surviving mutant": a bug the suite would let through. Not part of `npm test` (hours on 2 cores in full); the
// incremental file keeps results between runs, so a re-run after a small change only tests what changed.
// scripts/mutation-report.mjs turns the JSON report into bench/MUTATION.md.
const scope = process.env.APIGW_MUTATE?.split(',').filter(Boolean);

export default {
  testRunner: 'tap',
  tap: {
    testFiles: process.env.APIGW_MUTATION_TESTS?.split(',').filter(Boolean) ?? [
      // The language service's and the client cores' tests; not the editor suites (they run only inside VS Code)
      // nor the two differential tests (a JVM and a Python oracle on every run).
      'test/server/service/**/!(*.editor|differential|samTranslator).test.ts',
      'test/client/invoke/**/!(*.editor).test.ts',
      'test/client/logs/**/!(*.editor).test.ts',
      'test/client/aws/**/*.test.ts',
      'test/client/explorer/**/!(*.editor).test.ts',
      'test/client/deploy/**/!(*.editor).test.ts',
    ],
    nodeArgs: ['--import', 'tsx', '--test-reporter=tap'],
  },
  // The project compiles with TypeScript 7 (the native compiler), which has no JavaScript compiler API: Stryker's
  // TypeScript checker and its tsconfig rewriting need that API, so mutants are not type-checked first. A mutant that
  // does not compile fails its tests and counts as killed; the report says how many ended that way.
  checkers: [],
  tsconfigFile: 'stryker.tsconfig-not-used.json',
  coverageAnalysis: 'perTest',
  mutate: scope ?? [
    'server/src/service/parser/**/*.ts',
    'server/src/service/document/**/*.ts',
    'server/src/service/validation/**/*.ts',
    'server/src/service/features/**/*.ts',
    'client/src/invoke/core/**/*.ts',
    'client/src/logs/{poller,liveTail,tailSession,crossSourceDedupe,formatting,logBuffer,orderedBatcher,rateMeter,startTime,tailArgs,logGroups,logErrors}.ts',
    'client/src/deploy/{deployCore,deployGuards,deployBody,emulatorCopy}.ts',
    'client/src/aws/errors.ts',
  ],
  ignorePatterns: ['.vscode-test', 'test-artifacts', 'dist', 'out', 'bench/results', 'node_modules/.cache'],
  incremental: true,
  incrementalFile: 'bench/mutation/stryker-incremental.json',
  reporters: ['progress', 'json'],
  jsonReporter: { fileName: 'bench/mutation/mutation-report.json' },
  concurrency: 2,
  timeoutMS: 30000,
  // The first run goes through every test file once, with coverage; the moto-backed ones take minutes on 2 cores.
  dryRunTimeoutMinutes: 30,
  tempDirName: '.stryker-tmp',
  cleanTempDir: true,
};
