// The decisions of `npm run audit` (scripts/audit.mjs), kept free of I/O so they can be tested:
// read `npm audit --omit=dev --json`, tell "the audit could not run" apart from a report, and
// fail on any high or critical advisory that audit-allowlist.json does not list with a reason.

export const BLOCKING_SEVERITIES = ['high', 'critical']
const SEVERITY_ORDER = ['info', 'low', 'moderate', 'high', 'critical']
const REQUIRED_FIELDS = ['id', 'package', 'reason', 'reviewed']

/**
 * Reads npm's output. A report has `vulnerabilities` (audit report version 2, npm 7 and later);
 * anything else means the audit did not run — npm then prints its error as JSON on stdout, e.g.
 * `{ "statusCode": 405, "message": "405 Method Not Allowed - POST …/advisories/bulk" }` when the
 * registry does not offer the advisory endpoint.
 */
export function readAuditOutput(stdout, stderr = '') {
  let parsed
  try {
    parsed = JSON.parse(stdout)
  } catch {
    const npmErrors = stderr
      .split('\n')
      .filter((line) => /^npm (error|ERR!|warn audit)/.test(line))
      .join(' ')
    return { ok: false, reason: npmErrors || `npm printed no JSON report${stderr ? `: ${stderr.trim()}` : ''}` }
  }
  if (parsed && typeof parsed === 'object' && parsed.vulnerabilities && typeof parsed.vulnerabilities === 'object') {
    return { ok: true, report: parsed }
  }
  const message = parsed?.message ?? parsed?.error?.summary ?? 'npm printed an unrecognised report'
  const code = parsed?.statusCode ?? parsed?.error?.code
  let reason = String(message)
  if (parsed?.statusCode === 405 || parsed?.statusCode === 404) {
    const registry = parsed.uri ? ` at ${new URL(parsed.uri).origin}` : ''
    reason += ` — the registry${registry} (or a proxy in front of it) refuses npm's advisory endpoint`
  } else if (code && !reason.includes(String(code))) {
    reason += ` (${code})`
  }
  return { ok: false, reason }
}

/** One entry per advisory (npm repeats an advisory under every package it reaches through). */
export function advisoriesFrom(report) {
  const seen = new Map()
  for (const vulnerability of Object.values(report.vulnerabilities)) {
    for (const via of vulnerability.via ?? []) {
      // A string names another vulnerable package: its advisories are listed under it.
      if (typeof via !== 'object' || via === null) continue
      const ghsa = /GHSA(-[23456789cfghjmpqrvwx]{4}){3}/.exec(via.url ?? '')?.[0] ?? null
      const advisory = {
        source: via.source ?? null,
        ghsa,
        url: via.url ?? null,
        package: via.name ?? vulnerability.name,
        title: via.title ?? '',
        severity: via.severity ?? vulnerability.severity ?? 'unknown',
        range: via.range ?? '',
      }
      seen.set(`${advisory.source ?? advisory.url}|${advisory.package}`, advisory)
    }
  }
  return [...seen.values()].sort(
    (a, b) => SEVERITY_ORDER.indexOf(b.severity) - SEVERITY_ORDER.indexOf(a.severity) || a.package.localeCompare(b.package),
  )
}

/** Problems with audit-allowlist.json, as sentences; empty when it is valid. */
export function allowlistProblems(allowlist) {
  if (!allowlist || !Array.isArray(allowlist.advisories)) return ['audit-allowlist.json must have an "advisories" array.']
  const problems = []
  allowlist.advisories.forEach((entry, index) => {
    const where = `audit-allowlist.json advisories[${index}]`
    for (const field of REQUIRED_FIELDS) {
      if (typeof entry?.[field] !== 'string' || entry[field].trim() === '') problems.push(`${where}: "${field}" is missing.`)
    }
    if (typeof entry?.reviewed === 'string' && !/^\d{4}-\d{2}-\d{2}$/.test(entry.reviewed)) {
      problems.push(`${where}: "reviewed" must be a date (YYYY-MM-DD), got "${entry.reviewed}".`)
    }
  })
  return problems
}

/** An entry's `id` may be the GHSA id, npm's numeric advisory id, or the advisory URL. */
function matches(entry, advisory) {
  if (entry.package !== advisory.package) return false
  const id = entry.id.trim()
  return id === advisory.ghsa || id === advisory.url || id === String(advisory.source)
}

/** Sorts the advisories into blocking, allowed (with their entry) and below the threshold. */
export function decide(advisories, allowlist) {
  const entries = allowlist.advisories
  const used = new Set()
  const result = { blocking: [], allowed: [], belowThreshold: [], unusedEntries: [] }
  for (const advisory of advisories) {
    if (!BLOCKING_SEVERITIES.includes(advisory.severity)) {
      result.belowThreshold.push(advisory)
      continue
    }
    const entry = entries.find((candidate) => matches(candidate, advisory))
    if (entry) {
      used.add(entry)
      result.allowed.push({ advisory, entry })
    } else {
      result.blocking.push(advisory)
    }
  }
  result.unusedEntries = entries.filter((entry) => !used.has(entry))
  return result
}

const describe = (a) =>
  `${a.severity.toUpperCase()} ${a.package}${a.range ? ` ${a.range}` : ''}: ${a.title} (${a.ghsa ?? a.source ?? '?'}${
    a.url && a.url !== a.ghsa ? ` ${a.url}` : ''
  })`

/**
 * The whole decision: what to print and the exit code. `env.AUDIT_UNAVAILABLE_OK === '1'` lets
 * a run pass when the audit itself could not run (it still says so loudly); nothing lets a
 * blocking advisory pass but an allowlist entry.
 */
export function runAudit({ stdout, stderr = '', allowlist, env = {} }) {
  const lines = []
  const problems = allowlistProblems(allowlist)
  if (problems.length > 0) return { exitCode: 1, lines: ['audit: the allowlist is invalid.', ...problems] }

  const output = readAuditOutput(stdout, stderr)
  if (!output.ok) {
    lines.push('audit: NOT AUDITED — `npm audit --omit=dev` could not run.', `audit: reason: ${output.reason}`)
    if (env.AUDIT_UNAVAILABLE_OK === '1') {
      lines.push('audit: AUDIT_UNAVAILABLE_OK=1 is set, so this run passes without an audit.')
      return { exitCode: 0, lines }
    }
    lines.push('audit: failing. Run it where the registry answers audits, or set AUDIT_UNAVAILABLE_OK=1 to accept the gap.')
    return { exitCode: 1, lines }
  }

  const advisories = advisoriesFrom(output.report)
  const { blocking, allowed, belowThreshold, unusedEntries } = decide(advisories, allowlist)
  const dependencies = output.report.metadata?.dependencies
  const scanned = typeof dependencies === 'object' ? (dependencies.prod ?? dependencies.total) : dependencies
  lines.push(
    `audit: ${advisories.length} ${advisories.length === 1 ? 'advisory' : 'advisories'} in production dependencies${
      scanned === undefined ? '' : ` (${scanned} scanned)`
    }.`,
  )
  for (const advisory of blocking) lines.push(`  BLOCKING  ${describe(advisory)}`)
  for (const { advisory, entry } of allowed) {
    lines.push(`  allowed   ${describe(advisory)} — ${entry.reason} (reviewed ${entry.reviewed})`)
  }
  for (const advisory of belowThreshold) lines.push(`  below     ${describe(advisory)}`)
  for (const entry of unusedEntries) {
    lines.push(`audit: allowlist entry ${entry.id} (${entry.package}) matches no current advisory; remove it.`)
  }
  if (blocking.length > 0) {
    lines.push(
      `audit: failing on ${blocking.length} high or critical ${blocking.length === 1 ? 'advisory' : 'advisories'}. ` +
        'Upgrade, or add an entry with a reason to audit-allowlist.json.',
    )
    return { exitCode: 1, lines }
  }
  lines.push('audit: no high or critical advisory outside the allowlist.')
  return { exitCode: 0, lines }
}
