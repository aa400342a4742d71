/// <reference types="vite/client" />

interface ImportMetaEnv {
  /** "true" in demo builds: the mock InfluxDB 3 runs in the browser. */
  readonly VITE_DEMO?: string
}

interface ImportMeta {
  readonly env: ImportMetaEnv
}
