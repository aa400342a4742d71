/// <reference types="vitest/config" />
import { rmSync } from 'node:fs'
import { availableParallelism } from 'node:os'
import { resolve } from 'node:path'

import react from '@vitejs/plugin-react'
import { defineConfig, type Plugin } from 'vite'

/** public/mockServiceWorker.js only serves the demo build; a real build must not ship it. */
function dropMswWorker(): Plugin {
  let outDir = ''
  return {
    name: 'drop-msw-worker',
    apply: 'build',
    configResolved(config) {
      outDir = resolve(config.root, config.build.outDir)
    },
    closeBundle() {
      rmSync(resolve(outDir, 'mockServiceWorker.js'), { force: true })
    },
  }
}

export default defineConfig(({ mode }) => ({
  plugins: [react(), mode !== 'demo' && dropMswWorker()],
  build: { outDir: mode === 'demo' ? 'dist-demo' : 'dist' },
  server: { host: '127.0.0.1', port: 5173 },
  preview: { host: '127.0.0.1', port: 4173, strictPort: true },
  test: {
    setupFiles: ['./src/test/setup.ts'],
    restoreMocks: true,
    // These machines are shared and have 2 cores; a loaded run must not fail on time alone.
    testTimeout: 15_000,
    // Vitest leaves one core to its main process (one worker here); the workers wait on jsdom
    // and timers often enough that two on two cores ran the suite in 415 s instead of 620-720 s.
    maxWorkers: Math.max(2, availableParallelism() - 1),
    // Components render in jsdom; pure logic, clients, mocks and servers run in Node, which
    // starts far faster per file. A `.test.ts` that needs a DOM says so in its first line
    // (`// @vitest-environment jsdom`).
    projects: [
      { extends: true, test: { name: 'components', environment: 'jsdom', include: ['src/**/*.test.tsx'] } },
      {
        extends: true,
        test: {
          name: 'logic',
          environment: 'node',
          include: ['src/**/*.test.ts', 'eslint/**/*.test.ts', 'server/**/*.test.ts', 'scripts/**/*.test.ts'],
        },
      },
    ],
  },
}))
