/** What a system token may read: health, metrics, ping, or every system endpoint (`*`). */
import type { Permission } from '../../../lib/permission'
import { Choice, ChoiceGroup } from '../../../ui/choice-group'
import styles from './token-form.module.css'

export const SYSTEM_ENDPOINTS = [
  { name: 'health', label: 'Health', explain: '/health — is the server up' },
  { name: 'metrics', label: 'Metrics', explain: '/metrics — Prometheus metrics' },
  { name: 'ping', label: 'Ping', explain: '/ping — product and version' },
] as const

export interface SystemChoice {
  all: boolean
  names: ReadonlySet<string>
}

export function systemPermissions(choice: SystemChoice): Permission[] {
  if (choice.all) return [{ resourceType: 'system', resourceNames: ['*'], actions: ['read'] }]
  const names = SYSTEM_ENDPOINTS.map((e) => e.name).filter((name) => choice.names.has(name))
  return names.length ? [{ resourceType: 'system', resourceNames: names, actions: ['read'] }] : []
}

export function SystemChoices({ value, onChange }: { value: SystemChoice; onChange: (value: SystemChoice) => void }) {
  const toggle = (name: string) => {
    const names = new Set(value.names)
    if (names.has(name)) names.delete(name)
    else names.add(name)
    onChange({ ...value, names })
  }
  return (
    <ChoiceGroup type="checkbox" legend="System endpoints (read)">
      <Choice checked={value.all} onChange={() => onChange({ ...value, all: !value.all })}>
        All system endpoints, including ones added later (sent as <code>system:*:read</code>)
      </Choice>
      {SYSTEM_ENDPOINTS.map((endpoint) => (
        <Choice
          key={endpoint.name}
          checked={value.all || value.names.has(endpoint.name)}
          disabled={value.all}
          onChange={() => toggle(endpoint.name)}
        >
          {endpoint.label} <span className={styles.typeExplain}>{endpoint.explain}</span>
        </Choice>
      ))}
    </ChoiceGroup>
  )
}
