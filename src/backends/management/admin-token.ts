/**
 * Clustered's admin token, as InfluxData's page "Bypass your identity provider" describes it
 * (docs-v2 `content/influxdb3/clustered/admin/bypass-identity-provider.md`): Clustered keeps it
 * in the Kubernetes secret `admin-token`; `kubectl` writes it to `token.json`, and influxctl
 * (2.2.0 or later) uses it through `[profile.auth.token]`. It is revoked only by deleting the
 * `rsa-keys` secret and having the key-gen and create-admin-token jobs run again. The commands
 * are the docs' own, with the operator's namespace, folder and job names in place of the
 * placeholders.
 */
import type { AdminTokenGuide, AdminTokenInput, CommandStep, FieldCheck, TokenLocation } from '../product-guides'

/** The namespace InfluxData's examples install Clustered in. */
const DEFAULT_NAMESPACE = 'influxdb'

// Kubernetes object names (kubernetes.io "Object Names and IDs"): a namespace is an RFC 1123
// label; a Job's name is a DNS subdomain, kept to 63 characters because it becomes a label value.
const LABEL = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?$/
const SUBDOMAIN = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$/
const MAX_NAME = 63

function checkKubernetesName(text: string, noun: string, dots: boolean): FieldCheck {
  const name = text.trim()
  const allowed = dots ? 'lowercase letters, digits, “-” and “.”' : 'lowercase letters, digits and “-”'
  if ((dots ? SUBDOMAIN : LABEL).test(name) && name.length <= MAX_NAME) return { ok: true, value: name }
  if (name.length > MAX_NAME)
    return { ok: false, error: `A ${noun} has at most ${MAX_NAME} characters; this one has ${name.length}.` }
  if (/[A-Z]/.test(name)) return { ok: false, error: `Use lowercase letters: a Kubernetes ${noun} cannot contain capitals.` }
  if (/\s/.test(name)) return { ok: false, error: `A ${noun} cannot contain spaces.` }
  const stray = [...name].find((ch) => !(dots ? /[-a-z0-9.]/ : /[-a-z0-9]/).test(ch))
  if (stray !== undefined) {
    // Show the character only when it is visible ASCII: never an invisible or direction control.
    const which = /^[\x21-\x7e]$/.test(stray) ? `, not “${stray}”` : ''
    return { ok: false, error: `A ${noun} can contain only ${allowed}${which}.` }
  }
  return { ok: false, error: `A ${noun} starts and ends with a lowercase letter or a digit${dots ? ', around every “.”' : ''}.` }
}

function checkNamespace(text: string): FieldCheck {
  if (text.trim() === '') return { ok: false, error: 'Enter the namespace InfluxDB Clustered runs in.' }
  return checkKubernetesName(text, 'namespace name', false)
}

/** Optional: empty leaves the docs' placeholder in the command. */
function checkJobName(text: string): FieldCheck {
  return text.trim() === '' ? { ok: true, value: '' } : checkKubernetesName(text, 'job name', true)
}

/** Optional: an absolute folder, as `token_file` needs it; empty means the current directory. */
function checkDirectory(text: string): FieldCheck {
  const folder = text.trim()
  if (folder === '') return { ok: true, value: '' }
  // eslint-disable-next-line no-control-regex -- control characters are exactly what is refused
  if (/[\u0000-\u001f\u007f]/.test(folder))
    return { ok: false, error: 'A folder path cannot contain line breaks or control characters.' }
  if (folder.startsWith('~')) {
    return {
      ok: false,
      error: 'Write the full path (such as /home/me/influxctl): “~” is a shell shortcut a config file may not expand.',
    }
  }
  if (!folder.startsWith('/') && !/^[A-Za-z]:[\\/]/.test(folder)) {
    return { ok: false, error: 'Write the full path, from “/” (or a drive letter such as C:\\ on Windows).' }
  }
  const trimmed = folder.replace(/[\\/]+$/, '')
  return { ok: true, value: trimmed === '' || /^[A-Za-z]:$/.test(trimmed) ? folder : trimmed }
}

/** A word the shell reads as it is: left bare when it has nothing special, single-quoted otherwise. */
function shellWord(text: string): string {
  return /^[A-Za-z0-9_/.:@%+,=-]+$/.test(text) ? text : `'${text.replace(/'/g, `'\\''`)}'`
}

/** A TOML basic string (toml.io v1.0.0, "String"). */
function tomlString(text: string): string {
  return `"${text.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`
}

function tokenPath(directory: string): string | null {
  if (directory === '') return null
  const separator = directory.includes('\\') && !directory.includes('/') ? '\\' : '/'
  return directory.endsWith(separator) ? `${directory}token.json` : `${directory}${separator}token.json`
}

function fetchCommand({ namespace, directory }: TokenLocation): string {
  const path = tokenPath(directory)
  return [
    'kubectl get secrets/admin-token \\',
    '  --template={{.data.token}} \\',
    `  --namespace ${namespace} | base64 -d > ${path === null ? 'token.json' : shellWord(path)}`,
  ].join('\n')
}

function fetchSteps(input: TokenLocation): CommandStep[] {
  const path = tokenPath(input.directory)
  const where = path === null ? '`token.json` in the current directory' : '`token.json` in that folder'
  return [
    {
      id: 'fetch',
      title: 'Write the admin token to token.json',
      explain: `Reads the \`admin-token\` secret of the namespace \`${input.namespace}\` and decodes it into ${where}. Run it where \`kubectl\` uses your cluster’s context. The file grants full access to the cluster: keep it where only you can read it.`,
      text: fetchCommand(input),
    },
    {
      id: 'profile',
      title: 'Point your influxctl profile at it',
      explain: [
        'Add the `[profile.auth.token]` section to your profile in influxctl’s `config.toml`',
        '(Linux: `~/.config/influxctl/config.toml`; macOS: `~/Library/Application Support/influxctl/config.toml`;',
        'Windows: `%APPDATA%\\influxctl\\config.toml`). `# ...` stands for the profile’s other settings.',
        path === null
          ? 'Replace `/DIRECTORY_PATH` with the full path of the folder you ran the command in (`pwd` prints it).'
          : '',
        'It needs influxctl 2.2.0 or later.',
      ]
        .filter(Boolean)
        .join(' '),
      text: [
        '[[profile]]',
        '# ...',
        '  [profile.auth.token]',
        `    token_file = ${tomlString(path ?? '/DIRECTORY_PATH/token.json')}`,
      ].join('\n'),
    },
  ]
}

function revokeSteps(input: AdminTokenInput): CommandStep[] {
  const { namespace } = input
  const named = input.keyGenJob !== '' && input.adminTokenJob !== ''
  return [
    {
      id: 'delete-secrets',
      title: 'Delete the rsa-keys and admin-token secrets',
      explain: 'The `rsa-keys` secret holds the cluster’s RSA keys; `admin-token` holds the token.',
      text: `kubectl delete secret rsa-keys admin-token --namespace ${namespace}`,
    },
    {
      id: 'list-jobs',
      title: 'Find the key-gen and create-admin-token jobs',
      explain: 'Lists the jobs of the namespace; type the two jobs’ names in the fields above to complete the next command.',
      text: `kubectl get jobs --namespace ${namespace}`,
    },
    {
      id: 'delete-jobs',
      title: 'Delete both jobs, so that kubit re-creates and runs them',
      explain: named
        ? 'The re-created key-gen job makes new keys, and create-admin-token a new admin token.'
        : 'Replace `KEY_GEN_JOB` and `CREATE_ADMIN_TOKEN_JOB` with the names the previous command lists, or type them above. The re-created key-gen job makes new keys, and create-admin-token a new admin token.',
      text: [
        `kubectl delete job/${input.keyGenJob || 'KEY_GEN_JOB'} job/${input.adminTokenJob || 'CREATE_ADMIN_TOKEN_JOB'} \\`,
        `  --namespace ${namespace}`,
      ].join('\n'),
    },
    {
      id: 'restart',
      title: 'Restart the token-management service',
      explain: 'Deletes its pods; Kubernetes starts new ones.',
      text: ['kubectl delete pods \\', '  --selector app=token-management \\', `  --namespace ${namespace}`].join('\n'),
    },
    {
      id: 'new-token',
      title: 'Fetch the new admin token',
      explain:
        'When `kubectl get jobs` shows the re-created create-admin-token job complete, write the new token to token.json again. The old token is revoked: anything that still uses it is refused.',
      text: fetchCommand(input),
    },
  ]
}

export const clusteredAdminToken: AdminTokenGuide = {
  defaultNamespace: DEFAULT_NAMESPACE,
  checkNamespace,
  checkJobName,
  checkDirectory,
  fetchSteps,
  revokeSteps,
}
