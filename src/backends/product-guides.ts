/**
 * The runbook slot of a product's screens (`ProductScreens.adminTokenGuide`): an admin token the
 * console cannot reach, and the commands an operator runs instead. Words and builders only.
 */

/** A value typed into a field of a guide: ready to use (trimmed; '' for an optional field left empty), or why not. */
export type FieldCheck = { ok: true; value: string } | { ok: false; error: string }

/** One step of a runbook: what it does, and the command or file text to copy exactly as shown. */
export interface CommandStep {
  id: string
  title: string
  /** What the step does or what to know about it; text in `backticks` is code. */
  explain: string
  text: string
}

/** Where the admin token is and where it goes, as the operator typed them (checked by the guide first). */
export interface TokenLocation {
  namespace: string
  /** The folder token.json goes to; '' for the current directory. */
  directory: string
}

/** What the revocation needs beside: the jobs' names as `kubectl get jobs` lists them ('' leaves a placeholder). */
export interface AdminTokenInput extends TokenLocation {
  keyGenJob: string
  adminTokenJob: string
}

/**
 * An admin token the console cannot reach (Clustered keeps it in a Kubernetes secret): the
 * commands that fetch it, the CLI profile that uses it, and the only way to revoke it.
 */
export interface AdminTokenGuide {
  defaultNamespace: string
  checkNamespace: (text: string) => FieldCheck
  checkJobName: (text: string) => FieldCheck
  checkDirectory: (text: string) => FieldCheck
  fetchSteps: (location: TokenLocation) => readonly CommandStep[]
  revokeSteps: (input: AdminTokenInput) => readonly CommandStep[]
}
