// typescript-eslint with type information: its recommended type-checked rules over every TypeScript file, each
// file checked in the project of its layer (the tsconfig.json nearest to it). Rules turned off are listed with the
// reason they are noise for this codebase. JavaScript (scripts, bench, test runners, the webviews' pages) gets
// ESLint's and typescript-eslint's recommended rules that need no types. The root eslint.config.mjs re-exports this,
// so paths are the repo's.
import js from '@eslint/js';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  {
    ignores: [
      '**/node_modules/**',
      'dist/**',
      'out/**',
      '.vscode-test/**',
      'test-artifacts/**',
      'test/fixtures/**',
      // Lambda handlers the local gateway's tests run, and the editor tests' workspace: data, not our code.
      'test/**/fixtures/**',
      'test/editor/workspace/**',
      'media/vendor/**',
      '.moto/**',
      '.stryker-tmp/**',
      'bench/results/**',
      'tsconfig/**',
    ],
  },
  {
    // JavaScript has no types to read, so only the rules that work without them: ESLint's recommended set (with
    // no-undef, which TypeScript does for .ts files) and typescript-eslint's recommended, non-type-checked one.
    files: ['**/*.js', '**/*.mjs', '**/*.cjs'],
    extends: [js.configs.recommended, tseslint.configs.recommended],
    languageOptions: { ecmaVersion: 'latest', sourceType: 'module', globals: globals.node },
    rules: {
      // typescript-eslint's version of the rule replaces ESLint's, with the same underscore convention as in .ts.
      'no-unused-vars': 'off',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    // The webviews' pages: plain scripts in the browser, given acquireVsCodeApi() by VS Code.
    files: ['media/**/*.js'],
    languageOptions: { sourceType: 'script', globals: { ...globals.browser, acquireVsCodeApi: 'readonly' } },
  },
  {
    files: ['**/*.ts', '**/*.mts'],
    extends: [tseslint.configs.recommendedTypeChecked],
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname + '/..' },
    },
    rules: {
      // Parameters a signature needs but a body does not use are named with a leading underscore.
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      // Values parsed from YAML/JSON become text through common/scalarText.ts, never "[object Object]".
      '@typescript-eslint/no-base-to-string': 'error',
    },
  },
  {
    files: ['test/**/*.ts', 'bench/**/*.mts'],
    rules: {
      // Tests print what they got in their failure messages (a diagnostic's message is `string | MarkupContent` in
      // LSP 3.18's types); product code goes through common/scalarText.ts.
      '@typescript-eslint/no-base-to-string': 'off',
      // node:test's describe() and test() return promises that the runner itself tracks; awaiting them is not
      // how the tests are written (nor how node:test's documentation writes them).
      '@typescript-eslint/no-floating-promises': 'off',
      // Tests read untyped JSON (LSP replies, webview messages, AWS answers) and assert on its fields: the assertion
      // is the check, and typing every reply first would only restate it.
      '@typescript-eslint/no-unsafe-member-access': 'off',
      '@typescript-eslint/no-unsafe-assignment': 'off',
      '@typescript-eslint/no-unsafe-argument': 'off',
      '@typescript-eslint/no-unsafe-call': 'off',
      '@typescript-eslint/no-unsafe-return': 'off',
      '@typescript-eslint/no-explicit-any': 'off',
      // Stubs of the SDK and of VS Code implement async interfaces with bodies that have nothing to await.
      '@typescript-eslint/require-await': 'off',
    },
  },
);
