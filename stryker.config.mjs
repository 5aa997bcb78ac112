// Mutation testing (`npm run mutation`): StrykerJS changes the code one small way at a time (a `>` to `>=`, a
// condition to `true`, a string emptied) and runs the tests that cover each change; a change no test notices is a
// "surviving mutant": a bug the suite would let through. Not part of `npm test` (hours on 2 cores in full); the
// incremental file keeps results between runs, so a re-run after a small change only tests what changed.
// Run one folder at a time through scripts/mutation/run.mjs (`npm run mutation -- <folder>`): it picks the folder's
// files to mutate and its fast test files from scripts/mutation/folders.mjs and passes them here by environment.
// scripts/mutation-report.mjs turns the JSON reports into bench/MUTATION.md.
import { folders, testFilesOf } from './scripts/mutation/folders.mjs';

const folder = folders[process.env.APIGW_MUTATION_FOLDER ?? 'aws-errors'];
if (!folder) throw new Error(`APIGW_MUTATION_FOLDER must be one of: ${Object.keys(folders).join(', ')}`);
const scope = process.env.APIGW_MUTATE?.split(',').filter(Boolean);
const testFiles = process.env.APIGW_MUTATION_TESTS?.split(',').filter(Boolean) ?? testFilesOf('.', folder.tests);
const motoTestFiles = testFilesOf('.', folder.motoTests ?? []);
const name = process.env.APIGW_MUTATION_FOLDER ?? 'aws-errors';

export default {
  testRunner: 'tap',
  // Each test file is bundled (sources included) once in the sandbox, after Stryker has instrumented the sources,
  // so that every mutant run starts plain node instead of node plus tsx (see scripts/mutation/build-tests.mjs).
  buildCommand: `node scripts/mutation/build-tests.mjs ${testFiles.join(' ')}`,
  tap: {
    // The test files by their own names (Stryker's incremental mode compares them), fast ones first, moto-backed
    // ones last; bundle-entry.cjs runs each one's bundle, or tsx where there is none.
    testFiles: [...testFiles, ...motoTestFiles],
    nodeArgs: ['-r', './scripts/mutation/bundle-entry.cjs', '--test-reporter=tap'],
    // Stop a test file at its first failing test: the mutant is killed, the file's other tests need not run.
    forceBail: true,
  },
  // The project compiles with TypeScript 7 (the native compiler), which has no JavaScript compiler API: Stryker's
  // TypeScript checker and its tsconfig rewriting need that API, so mutants are not type-checked first. A mutant that
  // does not compile fails its tests and counts as killed; the report says how many ended that way.
  checkers: [],
  tsconfigFile: 'stryker.tsconfig-not-used.json',
  // With the tap runner a "test" is a test file: each mutant runs only the files whose run reached it.
  coverageAnalysis: 'perTest',
  mutate: scope ?? folder.mutate,
  ignorePatterns: ['.vscode-test', 'test-artifacts', 'dist', 'out', 'bench/results', 'node_modules/.cache'],
  incremental: true,
  incrementalFile: `bench/mutation/incremental/${name}.json`,
  // The incremental file is a full mutation report (mutation-testing-report-schema): scripts/mutation-report.mjs
  // reads it, so no second JSON report is written.
  reporters: ['progress'],
  // One mutant at a time: the machine's two cores are shared (run.mjs also starts Stryker under `nice`).
  concurrency: Number(process.env.APIGW_MUTATION_CONCURRENCY ?? 1),
  // A mutant that loops forever costs this much beyond the test file's own time (x1.5): keep it short, the fast
  // test files take well under a second each.
  timeoutMS: 3000,
  dryRunTimeoutMinutes: 10,
  tempDirName: '.stryker-tmp',
  cleanTempDir: true,
};
