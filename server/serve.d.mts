import type { Server } from 'node:http'
export declare const PROXIED: RegExp
export declare function createConsoleServer(options: {
  dir: string
  target?: string | null
  recovery?: string | null
  insecure?: boolean
}): Server
