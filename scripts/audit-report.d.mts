export interface Advisory {
  source: number | null
  ghsa: string | null
  url: string | null
  package: string
  title: string
  severity: string
  range: string
}
export interface AllowlistEntry {
  id: string
  package: string
  reason: string
  reviewed: string
}
export interface Allowlist {
  advisories: AllowlistEntry[]
}
export declare const BLOCKING_SEVERITIES: string[]
export declare function readAuditOutput(
  stdout: string,
  stderr?: string,
): { ok: true; report: { vulnerabilities: Record<string, unknown> } } | { ok: false; reason: string }
export declare function advisoriesFrom(report: { vulnerabilities: Record<string, unknown> }): Advisory[]
export declare function allowlistProblems(allowlist: unknown): string[]
export declare function decide(
  advisories: Advisory[],
  allowlist: Allowlist,
): {
  blocking: Advisory[]
  allowed: { advisory: Advisory; entry: AllowlistEntry }[]
  belowThreshold: Advisory[]
  unusedEntries: AllowlistEntry[]
}
export declare function runAudit(input: {
  stdout: string
  stderr?: string
  allowlist: unknown
  env?: Record<string, string | undefined>
}): { exitCode: 0 | 1; lines: string[] }
