// ESLint's configuration lives with the linter's own packages in lint/ (see lint/package.json for why).
export { default } from './lint/eslint.config.mjs';
