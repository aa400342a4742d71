// @ts-check
import js from '@eslint/js'
import pluginQuery from '@tanstack/eslint-plugin-query'
import checkFile from 'eslint-plugin-check-file'
import jestDom from 'eslint-plugin-jest-dom'
import playwright from 'eslint-plugin-playwright'
import reactHooks from 'eslint-plugin-react-hooks'
import simpleImportSort from 'eslint-plugin-simple-import-sort'
import testingLibrary from 'eslint-plugin-testing-library'
import { defineConfig, globalIgnores } from 'eslint/config'
import globals from 'globals'
import tseslint from 'typescript-eslint'
import architecture from './eslint/layers.js'

export default defineConfig([
  globalIgnores([
    'dist',
    'dist-demo',
    'coverage',
    'playwright-report',
    'test-results',
    'bench-results',
    'public/mockServiceWorker.js',
  ]),
  // The pre-paint theme script (see docs/design.md): plain browser JavaScript, served as is.
  { files: ['public/theme-init.js'], languageOptions: { globals: globals.browser } },
  {
    files: ['**/*.{ts,tsx}'],
    extends: [js.configs.recommended, tseslint.configs.recommendedTypeChecked, reactHooks.configs.flat.recommended],
    languageOptions: {
      ecmaVersion: 2022,
      globals: { ...globals.browser },
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    plugins: { 'simple-import-sort': simpleImportSort },
    rules: {
      'simple-import-sort/imports': 'error',
      'simple-import-sort/exports': 'error',
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-console': ['error', { allow: ['warn', 'error'] }],
    },
  },
  {
    files: ['src/**/*.{ts,tsx}'],
    extends: [pluginQuery.configs['flat/recommended']],
    plugins: { architecture },
    rules: { 'architecture/layers': ['error', { srcDir: 'src' }] },
  },
  {
    // Component tests: query the page as a user would, and assert with jest-dom's matchers.
    files: ['src/**/*.test.tsx'],
    extends: [testingLibrary.configs['flat/react'], jestDom.configs['flat/recommended']],
    rules: {
      // renderApp answers the screen with the session store, query client and router beside it;
      // `app` names that bundle better than a destructuring of a dozen fields at every call.
      'testing-library/render-result-naming-convention': 'off',
    },
  },
  {
    // File and folder names in kebab-case (React components included: token-list.tsx).
    files: ['src/**/*', 'e2e/**/*', 'server/**/*', 'scripts/**/*', 'bench/**/*'],
    plugins: { 'check-file': checkFile },
    rules: {
      'check-file/filename-naming-convention': [
        'error',
        { '**/*.{ts,tsx,js,mjs,css}': 'KEBAB_CASE' },
        { ignoreMiddleExtensions: true },
      ],
      'check-file/folder-naming-convention': ['error', { '**/': 'KEBAB_CASE' }],
    },
  },
  {
    // Node-side code: the standalone mock server, scripts, e2e and configs.
    files: ['src/mocks/standalone*.ts', 'scripts/**', 'e2e/**', '*.config.ts', 'eslint/**'],
    languageOptions: { globals: { ...globals.node } },
    rules: { 'no-console': 'off' },
  },
  {
    // The Playwright journeys. The plugin's recommended set also allows `({}, use)`: Playwright
    // reads a fixture's dependencies from its parameter's pattern.
    files: ['e2e/**'],
    extends: [playwright.configs['flat/recommended']],
    rules: {
      'react-hooks/rules-of-hooks': 'off', // a Playwright fixture hands over its value through a callback named `use`; no React runs here
      // Our assertion helpers (expectNoAxeViolations, expectSecretGone…) count as assertions.
      'playwright/expect-expect': ['warn', { assertFunctionPatterns: ['^expect[A-Z]'] }],
    },
  },
  {
    files: ['**/*.{js,mjs}'],
    extends: [js.configs.recommended],
    languageOptions: { globals: { ...globals.node } },
  },
])
