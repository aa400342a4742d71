// @vitest-environment node
import { describe, expect, it } from 'vitest'

import { advisoriesFrom, type Allowlist, readAuditOutput, runAudit } from './audit-report.mjs'

/** `npm audit --omit=dev --json` (report version 2) with a high, a critical and a moderate advisory. */
const REPORT = JSON.stringify({
  auditReportVersion: 2,
  vulnerabilities: {
    'path-to-regexp': {
      name: 'path-to-regexp',
      severity: 'high',
      isDirect: false,
      via: [
        {
          source: 1101850,
          name: 'path-to-regexp',
          dependency: 'path-to-regexp',
          title: 'path-to-regexp outputs backtracking regular expressions',
          url: 'https://github.com/advisories/GHSA-9wv6-86v2-598j',
          severity: 'high',
          cwe: ['CWE-1333'],
          cvss: { score: 7.5, vectorString: 'CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:N/I:N/A:H' },
          range: '<0.1.10',
        },
      ],
      effects: ['router-lib'],
      range: '<0.1.10',
      nodes: ['node_modules/path-to-regexp'],
      fixAvailable: true,
    },
    // Vulnerable only through path-to-regexp: no advisory of its own.
    'router-lib': {
      name: 'router-lib',
      severity: 'high',
      isDirect: true,
      via: ['path-to-regexp'],
      effects: [],
      range: '1.0.0 - 1.2.0',
      nodes: ['node_modules/router-lib'],
      fixAvailable: true,
    },
    'form-data': {
      name: 'form-data',
      severity: 'critical',
      isDirect: false,
      via: [
        {
          source: 1106509,
          name: 'form-data',
          dependency: 'form-data',
          title: 'form-data uses unsafe random function for choosing boundary',
          url: 'https://github.com/advisories/GHSA-fjxv-7rqg-78g4',
          severity: 'critical',
          cwe: ['CWE-330'],
          cvss: { score: 0, vectorString: null },
          range: '>=4.0.0 <4.0.4',
        },
      ],
      effects: [],
      range: '4.0.0 - 4.0.3',
      nodes: ['node_modules/form-data'],
      fixAvailable: true,
    },
    nanoid: {
      name: 'nanoid',
      severity: 'moderate',
      isDirect: false,
      via: [
        {
          source: 1101163,
          name: 'nanoid',
          dependency: 'nanoid',
          title: 'Predictable results in nanoid generation when given non-integer values',
          url: 'https://github.com/advisories/GHSA-mwcw-c2x4-8c55',
          severity: 'moderate',
          cwe: ['CWE-835'],
          cvss: { score: 4.3, vectorString: 'CVSS:3.1/AV:N/AC:L/PR:N/UI:R/S:U/C:L/I:N/A:N' },
          range: '<3.3.8',
        },
      ],
      effects: [],
      range: '<3.3.8',
      nodes: ['node_modules/nanoid'],
      fixAvailable: true,
    },
  },
  metadata: {
    vulnerabilities: { info: 0, low: 0, moderate: 1, high: 2, critical: 1, total: 4 },
    dependencies: { prod: 42, dev: 0, optional: 0, peer: 0, peerOptional: 0, total: 41 },
  },
})

const CLEAN = JSON.stringify({
  auditReportVersion: 2,
  vulnerabilities: {},
  metadata: { vulnerabilities: { info: 0, low: 0, moderate: 0, high: 0, critical: 0, total: 0 }, dependencies: { prod: 42 } },
})

/** What npm prints on stdout when the registry refuses the bulk advisory endpoint. */
const REFUSED = JSON.stringify({
  message: '405 Method Not Allowed - POST https://registry.npmjs.org/-/npm/v1/security/advisories/bulk',
  method: 'POST',
  uri: 'https://registry.npmjs.org/-/npm/v1/security/advisories/bulk',
  headers: { allow: ['GET,HEAD'], 'content-length': ['0'] },
  statusCode: 405,
  body: '',
  error: { summary: '', detail: '' },
})
const REFUSED_STDERR = [
  'npm warn audit 405 Method Not Allowed - POST https://registry.npmjs.org/-/npm/v1/security/advisories/bulk',
  'npm error audit endpoint returned an error',
].join('\n')

const formDataAllowed: Allowlist = {
  advisories: [
    {
      id: 'GHSA-fjxv-7rqg-78g4',
      package: 'form-data',
      reason: 'Only the mock server uses multipart bodies; fixed release pending upstream.',
      reviewed: '2026-11-24',
    },
  ],
}

describe('npm audit report', () => {
  it('lists each advisory once, under the package that has it, most severe first', () => {
    const output = readAuditOutput(REPORT)
    expect(output.ok).toBe(true)
    if (!output.ok) return
    expect(advisoriesFrom(output.report).map((a) => [a.severity, a.package, a.ghsa, a.source])).toEqual([
      ['critical', 'form-data', 'GHSA-fjxv-7rqg-78g4', 1106509],
      ['high', 'path-to-regexp', 'GHSA-9wv6-86v2-598j', 1101850],
      ['moderate', 'nanoid', 'GHSA-mwcw-c2x4-8c55', 1101163],
    ])
  })

  it('fails on a high advisory that is not allow-listed, and passes the allow-listed critical and the moderate', () => {
    const { exitCode, lines } = runAudit({ stdout: REPORT, allowlist: formDataAllowed })
    expect(exitCode).toBe(1)
    const text = lines.join('\n')
    expect(text).toContain('BLOCKING  HIGH path-to-regexp <0.1.10: path-to-regexp outputs backtracking regular expressions')
    expect(text).toContain('allowed   CRITICAL form-data')
    expect(text).toContain('Only the mock server uses multipart bodies')
    expect(text).toContain('below     MODERATE nanoid')
    expect(text).toContain('failing on 1 high or critical advisory')
    expect(lines.filter((line) => line.includes('BLOCKING'))).toHaveLength(1)
  })

  it('passes when every high or critical advisory is allow-listed, by GHSA id, advisory URL or npm number', () => {
    const allowlist: Allowlist = {
      advisories: [
        ...formDataAllowed.advisories,
        {
          id: 'https://github.com/advisories/GHSA-9wv6-86v2-598j',
          package: 'path-to-regexp',
          reason: 'Only reached with fixed route patterns.',
          reviewed: '2026-11-24',
        },
      ],
    }
    expect(runAudit({ stdout: REPORT, allowlist }).exitCode).toBe(0)
    const byNumber: Allowlist = {
      advisories: allowlist.advisories.map((entry) => (entry.package === 'form-data' ? { ...entry, id: '1106509' } : entry)),
    }
    const { exitCode, lines } = runAudit({ stdout: REPORT, allowlist: byNumber })
    expect(exitCode).toBe(0)
    expect(lines.at(-1)).toBe('audit: no high or critical advisory outside the allowlist.')
  })

  it('does not let an entry for one package allow the same advisory id in another', () => {
    const wrongPackage: Allowlist = {
      advisories: [{ ...formDataAllowed.advisories[0]!, package: 'form-data-lite' }],
    }
    const { exitCode, lines } = runAudit({ stdout: REPORT, allowlist: wrongPackage })
    expect(exitCode).toBe(1)
    expect(lines.join('\n')).toContain('BLOCKING  CRITICAL form-data')
    expect(lines.join('\n')).toContain('allowlist entry GHSA-fjxv-7rqg-78g4 (form-data-lite) matches no current advisory')
  })

  it('passes a clean report and says what it scanned', () => {
    expect(runAudit({ stdout: CLEAN, allowlist: { advisories: [] } })).toEqual({
      exitCode: 0,
      lines: [
        'audit: 0 advisories in production dependencies (42 scanned).',
        'audit: no high or critical advisory outside the allowlist.',
      ],
    })
  })

  it('rejects an allowlist entry without a reason or with a bad review date', () => {
    const { exitCode, lines } = runAudit({
      stdout: REPORT,
      allowlist: { advisories: [{ id: 'GHSA-fjxv-7rqg-78g4', package: 'form-data', reason: ' ', reviewed: '24/11/2026' }] },
    })
    expect(exitCode).toBe(1)
    expect(lines).toEqual([
      'audit: the allowlist is invalid.',
      'audit-allowlist.json advisories[0]: "reason" is missing.',
      'audit-allowlist.json advisories[0]: "reviewed" must be a date (YYYY-MM-DD), got "24/11/2026".',
    ])
  })
})

describe('when the audit cannot run', () => {
  it('says the registry refused the advisory endpoint, and fails', () => {
    const { exitCode, lines } = runAudit({ stdout: REFUSED, stderr: REFUSED_STDERR, allowlist: { advisories: [] } })
    expect(exitCode).toBe(1)
    expect(lines[0]).toBe('audit: NOT AUDITED — `npm audit --omit=dev` could not run.')
    expect(lines[1]).toBe(
      'audit: reason: 405 Method Not Allowed - POST https://registry.npmjs.org/-/npm/v1/security/advisories/bulk' +
        " — the registry at https://registry.npmjs.org (or a proxy in front of it) refuses npm's advisory endpoint",
    )
    expect(lines.at(-1)).toMatch(/^audit: failing\. .*AUDIT_UNAVAILABLE_OK=1/)
  })

  it('passes, still saying it did not audit, only with AUDIT_UNAVAILABLE_OK=1', () => {
    for (const value of [undefined, '', '0', 'true']) {
      expect(runAudit({ stdout: REFUSED, allowlist: { advisories: [] }, env: { AUDIT_UNAVAILABLE_OK: value } }).exitCode).toBe(1)
    }
    const { exitCode, lines } = runAudit({ stdout: REFUSED, allowlist: { advisories: [] }, env: { AUDIT_UNAVAILABLE_OK: '1' } })
    expect(exitCode).toBe(0)
    expect(lines[0]).toContain('NOT AUDITED')
    expect(lines.at(-1)).toBe('audit: AUDIT_UNAVAILABLE_OK=1 is set, so this run passes without an audit.')
  })

  it('treats output that is not a JSON report as not audited, with npm’s own error', () => {
    const { exitCode, lines } = runAudit({
      stdout: '',
      stderr: 'npm error code ENOTFOUND\nnpm error network request to https://registry.npmjs.org failed',
      allowlist: { advisories: [] },
    })
    expect(exitCode).toBe(1)
    expect(lines[1]).toBe(
      'audit: reason: npm error code ENOTFOUND npm error network request to https://registry.npmjs.org failed',
    )
  })

  it('never lets a blocking advisory pass because of AUDIT_UNAVAILABLE_OK', () => {
    expect(runAudit({ stdout: REPORT, allowlist: { advisories: [] }, env: { AUDIT_UNAVAILABLE_OK: '1' } }).exitCode).toBe(1)
  })
})
