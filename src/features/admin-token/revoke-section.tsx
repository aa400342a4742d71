/** The only way to revoke the admin token: new keys for the cluster, then a new token. */
import { type ReactNode, useState } from 'react'

import type { AdminTokenGuide, TokenLocation } from '../../backends/product-guides'
import { TextField } from '../../ui/field'
import { useErrorTiming } from '../../ui/use-error-timing'
import styles from './admin-token.module.css'
import { CommandSteps } from './command-steps'

export function RevokeSection({
  guide,
  where,
  blocked,
}: {
  guide: AdminTokenGuide
  /** The namespace and folder, checked; null while one of them is wrong. */
  where: TokenLocation | null
  blocked: ReactNode
}) {
  const [keyGenJob, setKeyGenJob] = useState('')
  const [adminTokenJob, setAdminTokenJob] = useState('')
  const errors = useErrorTiming<'keyGen' | 'adminToken'>()
  const keyGenCheck = guide.checkJobName(keyGenJob)
  const adminTokenCheck = guide.checkJobName(adminTokenJob)
  const input =
    where && keyGenCheck.ok && adminTokenCheck.ok
      ? { ...where, keyGenJob: keyGenCheck.value, adminTokenJob: adminTokenCheck.value }
      : null

  return (
    <section aria-labelledby="revoke">
      <h2 id="revoke">Revoke the admin token</h2>
      <p>
        The admin token is long-lived, and the only way to revoke it is to give the cluster new keys and have a new admin token
        made: InfluxData’s runbook, step by step.
      </p>
      <div className={styles.fields}>
        <TextField
          label="key-gen job name (optional)"
          hint="As step 2 below lists it."
          value={keyGenJob}
          autoComplete="off"
          spellCheck={false}
          error={errors.shown('keyGen', keyGenCheck.ok ? null : keyGenCheck.error)}
          onChange={(event) => {
            setKeyGenJob(event.target.value)
            errors.change('keyGen', event.target.value)
          }}
        />
        <TextField
          label="create-admin-token job name (optional)"
          hint="As step 2 below lists it."
          value={adminTokenJob}
          autoComplete="off"
          spellCheck={false}
          error={errors.shown('adminToken', adminTokenCheck.ok ? null : adminTokenCheck.error)}
          onChange={(event) => {
            setAdminTokenJob(event.target.value)
            errors.change('adminToken', event.target.value)
          }}
        />
      </div>
      {input ? <CommandSteps label="Revoke the admin token" steps={guide.revokeSteps(input)} /> : blocked}
    </section>
  )
}
