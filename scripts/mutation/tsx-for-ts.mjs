// Preloaded into every test process of a mutation run (`node --import`): registers tsx only when the test file is
// TypeScript, i.e. one of the moto-backed test files that cannot be bundled (see build-tests.mjs). The bundled
// (.cjs) test files start without tsx's loader, which is most of a short test file's start-up time.
if (process.argv[1]?.endsWith('.ts')) await import('tsx');
