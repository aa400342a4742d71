import type { Server } from 'node:http'
export declare const PROXIED_BY_PRODUCT: { influxdb3: RegExp }
export declare const PROXIED: RegExp
export declare function createConsoleServer(options: {
  dir: string
  target?: string | null
  product?: keyof typeof PROXIED_BY_PRODUCT
  recovery?: string | null
  insecure?: boolean
}): Server
