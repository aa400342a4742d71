/**
 * Two permission sets compared grant by grant: one action on one resource (or on `*`, every one
 * of its type). A product whose update replaces the whole set (the management API's PATCH) must
 * say what the new set adds and removes before it is sent, and a lost answer is checked by
 * comparing the server's set with the one sent.
 */
import type { Permission } from './permission'

export interface Grant {
  resourceType: string
  /** A resource's name, or `*` for every resource of the type. */
  resourceName: string
  action: string
}

const keyOf = (grant: Grant) => `${grant.resourceType}\n${grant.resourceName}\n${grant.action}`

/** `*` first, then code-point order. */
const byName = (a: string, b: string) => (a === b ? 0 : a === '*' ? -1 : b === '*' ? 1 : a < b ? -1 : 1)

function compareGrants(a: Grant, b: Grant): number {
  if (a.resourceType !== b.resourceType) return a.resourceType < b.resourceType ? -1 : 1
  if (a.action !== b.action) return a.action < b.action ? -1 : 1
  return byName(a.resourceName, b.resourceName)
}

/** Every grant of a set, once each, in a stable order (type, action, then `*` and names). */
export function grantsOf(permissions: readonly Permission[]): Grant[] {
  const grants = new Map<string, Grant>()
  for (const { resourceType, resourceNames, actions } of permissions) {
    for (const action of actions) {
      for (const resourceName of resourceNames) {
        const grant = { resourceType, resourceName, action }
        grants.set(keyOf(grant), grant)
      }
    }
  }
  return [...grants.values()].sort(compareGrants)
}

export interface PermissionDiff {
  /** In `after`, not in `before`. */
  added: Grant[]
  /** In `before`, not in `after`. */
  removed: Grant[]
}

export function diffPermissions(before: readonly Permission[], after: readonly Permission[]): PermissionDiff {
  const old = grantsOf(before)
  const next = grantsOf(after)
  const oldKeys = new Set(old.map(keyOf))
  const nextKeys = new Set(next.map(keyOf))
  return {
    added: next.filter((grant) => !oldKeys.has(keyOf(grant))),
    removed: old.filter((grant) => !nextKeys.has(keyOf(grant))),
  }
}

/** The same grants, however they are grouped. */
export function samePermissions(a: readonly Permission[], b: readonly Permission[]): boolean {
  const { added, removed } = diffPermissions(a, b)
  return added.length === 0 && removed.length === 0
}
