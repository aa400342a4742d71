/**
 * The names InfluxDB 3 reserves, in one place for the client, the screens and the mock: the
 * operator token (created by `influxdb3 create token --admin`, never deletable) and the server's
 * own database. InfluxData documentation: "Manage admin tokens", "Query system data".
 */
export const OPERATOR_TOKEN_NAME = '_admin'
export const SYSTEM_DATABASE = '_internal'
