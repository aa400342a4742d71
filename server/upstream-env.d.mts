export declare const UPSTREAM_VARIABLES: Record<string, 'influxdb3' | 'influxdb2' | 'cloud-dedicated' | 'clustered'>
export declare function upstreamFromEnv(
  env: Record<string, string | undefined>,
):
  | { product: 'influxdb3' | 'influxdb2' | 'cloud-dedicated' | 'clustered'; target: string; variable: string }
  | { error: string }
  | null
