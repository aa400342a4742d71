// @ts-check
import js from '@eslint/js'
import playwright from 'eslint-plugin-playwright'
import reactHooks from 'eslint-plugin-react-hooks'
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
  {
    files: ['**/*.{ts,tsx}'],
    extends: [js.configs.recommended, tseslint.configs.recommendedTypeChecked, reactHooks.configs.flat.recommended],
    languageOptions: {
      ecmaVersion: 2022,
      globals: { ...globals.browser },
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-console': ['error', { allow: ['warn', 'error'] }],
    },
  },
  {
    files: ['src/**/*.{ts,tsx}'],
    plugins: { architecture },
    rules: { 'architecture/layers': ['error', { srcDir: 'src' }] },
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
