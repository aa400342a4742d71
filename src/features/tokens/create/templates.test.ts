import { describe, expect, it } from 'vitest'

import { influxdb2Screens } from '../../../backends/influxdb2/screens'
import { influxdb2Templates } from '../../../backends/influxdb2/templates'
import { influxdb3Screens } from '../../../backends/influxdb3/screens'
import { influxdb3Templates } from '../../../backends/influxdb3/templates'
import { managementScreens } from '../../../backends/management/screens'
import { managementTemplates } from '../../../backends/management/templates'
import type { ProductTemplates } from '../../../backends/product-templates'
import { templateDate, templateSeed } from './templates'

const NOW = Date.UTC(2026, 10, 30, 23, 59)
const byId = (templates: ProductTemplates, id: string) => {
  const found = templates.templates.find((t) => t.id === id)
  if (!found) throw new Error(`no template ${id}`)
  return found
}
const seedOf = (result: ReturnType<typeof templateSeed>) => {
  if (!result.ok) throw new Error(result.reason)
  return result.seed
}

describe('templateSeed on InfluxDB 3 Enterprise', () => {
  const types = influxdb3Screens.tokenTypes
  it('dates the name in UTC', () => {
    expect(templateDate(NOW)).toBe('2026-11-30')
    expect(seedOf(templateSeed(byId(influxdb3Templates, 'telegraf-writer'), types, 'enterprise', NOW)).name).toBe(
      'telegraf-writer-2026-11-30',
    )
  })

  it('fills a Telegraf writer as a database token with an empty grid and a year, saying what to tick', () => {
    const seed = seedOf(templateSeed(byId(influxdb3Templates, 'telegraf-writer'), types, 'enterprise', NOW))
    expect(seed.type.id).toBe('database')
    expect(seed.grid).toEqual({ read: new Set(), write: new Set() })
    expect(seed.expiry).toEqual({ kind: 'preset', preset: '1y' })
    expect(seed.note).toMatch(/Write/)
  })

  it('fills the monitor as a system token on every endpoint (system:*:read)', () => {
    const seed = seedOf(templateSeed(byId(influxdb3Templates, 'monitor'), types, 'enterprise', NOW))
    expect(seed.type.id).toBe('system')
    expect(seed.resources.all).toBe(true)
  })

  it('fills the CI admin as an admin token that expires after 7 days', () => {
    const seed = seedOf(templateSeed(byId(influxdb3Templates, 'ci-admin'), types, 'enterprise', NOW))
    expect(seed.type.grants.kind).toBe('full-access')
    expect(seed.name).toBe('ci-admin-2026-11-30')
    expect(seed.expiry).toEqual({ kind: 'preset', preset: '7d' })
  })
})

describe('templateSeed where a type is missing or unavailable', () => {
  it('says why Core cannot make a Grafana reader (no resource tokens), and still makes the CI admin', () => {
    const types = influxdb3Screens.tokenTypes
    const reader = templateSeed(byId(influxdb3Templates, 'grafana-reader'), types, 'core', NOW)
    expect(reader).toEqual({ ok: false, reason: expect.stringMatching(/Enterprise/) as unknown })
    expect(templateSeed(byId(influxdb3Templates, 'ci-admin'), types, 'core', NOW).ok).toBe(true)
  })

  it('refuses a template whose type the product lacks', () => {
    const result = templateSeed(byId(influxdb3Templates, 'ci-admin'), influxdb2Screens.tokenTypes, 'influxdb2', NOW)
    expect(result.ok).toBe(false)
  })
})

describe('the other products’ templates', () => {
  it('InfluxDB 2 fills custom bucket tokens, and names the monitor and CI admin as not offered', () => {
    const seed = seedOf(templateSeed(byId(influxdb2Templates, 'grafana-reader'), influxdb2Screens.tokenTypes, 'influxdb2', NOW))
    expect(seed.type.id).toBe('custom')
    expect(seed.name).toBe('Grafana reader 2026-11-30')
    expect(influxdb2Templates.notOffered.map((job) => job.label)).toEqual(['Health and metrics monitor', 'CI admin for 7 days'])
  })

  it('every template of every product fills one of its types', () => {
    const products = [
      [influxdb3Templates, influxdb3Screens.tokenTypes, 'enterprise'],
      [influxdb2Templates, influxdb2Screens.tokenTypes, 'influxdb2'],
      [managementTemplates, managementScreens('clustered', 'InfluxDB Clustered').tokenTypes, 'unknown'],
    ] as const
    for (const [templates, types, product] of products) {
      for (const template of templates.templates) expect(templateSeed(template, types, product, NOW).ok).toBe(true)
    }
  })
})
