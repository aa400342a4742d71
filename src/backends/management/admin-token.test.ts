import { describe, expect, it } from 'vitest'

import { clusteredAdminToken as guide } from './admin-token'

const location = { namespace: 'influxdb', directory: '' }
const byId = (steps: readonly { id: string; text: string }[], id: string) => steps.find((step) => step.id === id)?.text

describe('the namespace', () => {
  it.each(['influxdb', 'a', 'influxdb-prod-2', '0abc', 'a'.repeat(63)])('accepts %s, an RFC 1123 label', (name) => {
    expect(guide.checkNamespace(name)).toEqual({ ok: true, value: name })
  })

  it('is taken without the spaces around it', () => {
    expect(guide.checkNamespace('  influxdb \n')).toEqual({ ok: true, value: 'influxdb' })
  })

  it.each([
    ['', 'Enter the namespace InfluxDB Clustered runs in.'],
    ['   ', 'Enter the namespace InfluxDB Clustered runs in.'],
    ['a'.repeat(64), 'A namespace name has at most 63 characters; this one has 64.'],
    ['InfluxDB', 'Use lowercase letters: a Kubernetes namespace name cannot contain capitals.'],
    ['influx db', 'A namespace name cannot contain spaces.'],
    ['influx_db', 'A namespace name can contain only lowercase letters, digits and “-”, not “_”.'],
    ['influx.db', 'A namespace name can contain only lowercase letters, digits and “-”, not “.”.'],
    ['influxdb;rm', 'A namespace name can contain only lowercase letters, digits and “-”, not “;”.'],
    ['influx\u202edb', 'A namespace name can contain only lowercase letters, digits and “-”.'],
    ['café', 'A namespace name can contain only lowercase letters, digits and “-”.'],
    ['-influxdb', 'A namespace name starts and ends with a lowercase letter or a digit.'],
    ['influxdb-', 'A namespace name starts and ends with a lowercase letter or a digit.'],
  ])('refuses %j: %s', (name, error) => {
    expect(guide.checkNamespace(name)).toEqual({ ok: false, error })
  })
})

describe('a job name', () => {
  it('may be left empty, and may contain dots between labels', () => {
    expect(guide.checkJobName(' ')).toEqual({ ok: true, value: '' })
    expect(guide.checkJobName('key-gen.v2')).toEqual({ ok: true, value: 'key-gen.v2' })
  })

  it.each([
    ['key-gen.', 'A job name starts and ends with a lowercase letter or a digit, around every “.”.'],
    ['key..gen', 'A job name starts and ends with a lowercase letter or a digit, around every “.”.'],
    ['job/key-gen', 'A job name can contain only lowercase letters, digits, “-” and “.”, not “/”.'],
    ['k'.repeat(64), 'A job name has at most 63 characters; this one has 64.'],
  ])('refuses %j', (name, error) => {
    expect(guide.checkJobName(name)).toEqual({ ok: false, error })
  })
})

describe('the folder for token.json', () => {
  it.each([
    ['', ''],
    ['/home/me/influxctl/', '/home/me/influxctl'],
    ['/', '/'],
    ['C:\\Users\\me', 'C:\\Users\\me'],
    ['C:\\', 'C:\\'],
  ])('takes %j as %j', (text, value) => {
    expect(guide.checkDirectory(text)).toEqual({ ok: true, value })
  })

  it.each([
    ['influxctl', /full path/],
    ['./influxctl', /full path/],
    ['~/influxctl', /“~” is a shell shortcut/],
    ['/tmp/a\nb', /line breaks or control characters/],
  ])('refuses %j', (text, error) => {
    const check = guide.checkDirectory(text)
    expect(check.ok).toBe(false)
    expect(check.ok ? '' : check.error).toMatch(error)
  })
})

describe('the commands', () => {
  it('fetch the admin token exactly as InfluxData’s docs write it, with the namespace', () => {
    expect(byId(guide.fetchSteps({ ...location, namespace: 'influxdb-prod' }), 'fetch')).toBe(
      [
        'kubectl get secrets/admin-token \\',
        '  --template={{.data.token}} \\',
        '  --namespace influxdb-prod | base64 -d > token.json',
      ].join('\n'),
    )
  })

  it('write the profile section with a placeholder folder, or the one given, in both places', () => {
    const placeholder = guide.fetchSteps(location)
    expect(byId(placeholder, 'profile')).toBe(
      ['[[profile]]', '# ...', '  [profile.auth.token]', '    token_file = "/DIRECTORY_PATH/token.json"'].join('\n'),
    )
    expect(placeholder.find((step) => step.id === 'profile')?.explain).toMatch(/Replace `\/DIRECTORY_PATH`/)

    const given = guide.fetchSteps({ ...location, directory: '/home/me/influxctl' })
    expect(byId(given, 'fetch')).toMatch(/ > \/home\/me\/influxctl\/token\.json$/)
    expect(byId(given, 'profile')).toMatch(/token_file = "\/home\/me\/influxctl\/token\.json"$/)
    expect(given.find((step) => step.id === 'profile')?.explain).not.toMatch(/DIRECTORY_PATH/)
  })

  it('quote a folder for the shell and for TOML', () => {
    const steps = guide.fetchSteps({ ...location, directory: "/home/o'brien/my tokens" })
    expect(byId(steps, 'fetch')).toMatch(/ > '\/home\/o'\\''brien\/my tokens\/token\.json'$/)
    expect(byId(steps, 'profile')).toMatch(/token_file = "\/home\/o'brien\/my tokens\/token\.json"$/)
    const windows = guide.fetchSteps({ ...location, directory: 'C:\\Users\\me' })
    expect(byId(windows, 'fetch')).toMatch(/ > 'C:\\Users\\me\\token\.json'$/)
    expect(byId(windows, 'profile')).toMatch(/token_file = "C:\\\\Users\\\\me\\\\token\.json"$/)
  })

  it('revoke the token as the docs’ runbook does, in its order, with the namespace in every command', () => {
    const steps = guide.revokeSteps({ ...location, namespace: 'ns1', keyGenJob: '', adminTokenJob: '' })
    expect(steps.map((step) => step.id)).toEqual(['delete-secrets', 'list-jobs', 'delete-jobs', 'restart', 'new-token'])
    expect(byId(steps, 'delete-secrets')).toBe('kubectl delete secret rsa-keys admin-token --namespace ns1')
    expect(byId(steps, 'list-jobs')).toBe('kubectl get jobs --namespace ns1')
    expect(byId(steps, 'delete-jobs')).toBe('kubectl delete job/KEY_GEN_JOB job/CREATE_ADMIN_TOKEN_JOB \\\n  --namespace ns1')
    expect(byId(steps, 'restart')).toBe('kubectl delete pods \\\n  --selector app=token-management \\\n  --namespace ns1')
    expect(byId(steps, 'new-token')).toBe(byId(guide.fetchSteps({ ...location, namespace: 'ns1' }), 'fetch'))
    for (const step of steps) expect(step.text).toContain('--namespace ns1')
  })

  it('name the jobs once they are typed', () => {
    const steps = guide.revokeSteps({ ...location, keyGenJob: 'key-gen-x1', adminTokenJob: 'create-admin-token-x1' })
    expect(byId(steps, 'delete-jobs')).toMatch(/^kubectl delete job\/key-gen-x1 job\/create-admin-token-x1 \\/)
    expect(steps.find((step) => step.id === 'delete-jobs')?.explain).not.toMatch(/KEY_GEN_JOB/)
  })
})
