import type { Server } from 'node:http'
export declare const PROXIED_BY_PRODUCT: Record<'influxdb3' | 'influxdb2' | 'cloud-dedicated' | 'clustered', RegExp>
export declare const PROXIED: RegExp
export declare function createConsoleServer(options: {
  dir: string
  target?: string | null
  product?: keyof typeof PROXIED_BY_PRODUCT
  recovery?: string | null
  insecure?: boolean
}): Server
