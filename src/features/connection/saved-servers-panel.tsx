/** Direct mode: servers the user saved (name + URL), to pick, rename or remove. Never tokens. */
import { useId, useState } from 'react'

import { checkServerUrl, loadServers, type SavedServer, saveServers } from '../../session/saved-servers'
import { Button } from '../../ui/button'
import { TextField } from '../../ui/field'
import { useErrorTiming } from '../../ui/use-error-timing'
import styles from './connection.module.css'

export function useSavedServers() {
  const [servers, setServers] = useState<SavedServer[]>(() => loadServers(window.localStorage))
  const update = (next: SavedServer[]) => {
    setServers(next)
    saveServers(window.localStorage, next)
  }
  return {
    servers,
    add: (name: string, url: string) => update([...servers, { id: crypto.randomUUID(), name, url }]),
    edit: (id: string, name: string, url: string) => update(servers.map((s) => (s.id === id ? { id, name, url } : s))),
    remove: (id: string) => update(servers.filter((s) => s.id !== id)),
  }
}

export function SavedServersPanel({
  saved,
  currentUrl,
  onPick,
}: {
  saved: ReturnType<typeof useSavedServers>
  currentUrl: string | null
  onPick: (server: SavedServer) => void
}) {
  const [editing, setEditing] = useState<SavedServer | 'new' | null>(null)
  return (
    <section className={styles.panel} aria-labelledby="saved-servers-title">
      <h2 id="saved-servers-title" className={styles.panelTitle}>
        Saved servers
      </h2>
      {saved.servers.length === 0 ? <p className={styles.muted}>No saved servers yet.</p> : null}
      <ul className={styles.servers}>
        {saved.servers.map((server) => (
          <li key={server.id} className={styles.serverRow}>
            <span>
              <strong>{server.name}</strong> <span className={styles.url}>{server.url}</span>
              {server.url === currentUrl ? <span className={styles.current}> (connected)</span> : null}
            </span>
            <span className={styles.rowActions}>
              <Button onClick={() => onPick(server)} aria-label={`Connect to ${server.name}`}>
                {server.url === currentUrl ? 'Reconnect' : 'Switch'}
              </Button>
              <Button variant="ghost" onClick={() => setEditing(server)} aria-label={`Edit ${server.name}`}>
                Edit
              </Button>
              <Button variant="ghost" onClick={() => saved.remove(server.id)} aria-label={`Remove ${server.name}`}>
                Remove
              </Button>
            </span>
          </li>
        ))}
      </ul>
      {editing ? (
        <ServerEditor
          initial={editing === 'new' ? { name: '', url: currentUrl ?? '' } : editing}
          onCancel={() => setEditing(null)}
          onSave={(name, url) => {
            if (editing === 'new') saved.add(name, url)
            else saved.edit(editing.id, name, url)
            setEditing(null)
          }}
        />
      ) : (
        <Button onClick={() => setEditing('new')}>Save a server</Button>
      )}
    </section>
  )
}

function ServerEditor({
  initial,
  onSave,
  onCancel,
}: {
  initial: { name: string; url: string }
  onSave: (name: string, url: string) => void
  onCancel: () => void
}) {
  const id = useId()
  const [name, setName] = useState(initial.name)
  const [url, setUrl] = useState(initial.url)
  const errors = useErrorTiming<'name' | 'url'>()
  const urlCheck = checkServerUrl(url)
  const nameError = name.trim() === '' ? 'Give the server a name, e.g. production.' : null
  return (
    <form
      className={styles.editor}
      aria-labelledby={`${id}-title`}
      onSubmit={(event) => {
        event.preventDefault()
        errors.submit()
        if (nameError || !urlCheck.ok) return
        onSave(name.trim(), urlCheck.url)
      }}
      noValidate
    >
      <h3 id={`${id}-title`} className={styles.editorTitle}>
        {initial.name ? `Edit ${initial.name}` : 'Save a server'}
      </h3>
      <TextField
        label="Name"
        value={name}
        error={errors.shown('name', nameError)}
        onChange={(event) => {
          setName(event.target.value)
          errors.change('name', event.target.value)
        }}
      />
      <TextField
        label="URL"
        value={url}
        placeholder="https://influxdb.example.com:8181"
        error={errors.shown('url', urlCheck.ok ? null : urlCheck.error)}
        onChange={(event) => {
          setUrl(event.target.value)
          errors.change('url', event.target.value)
        }}
      />
      <div className={styles.rowActions}>
        <Button onClick={onCancel}>Cancel</Button>
        <Button type="submit" variant="primary">
          Save server
        </Button>
      </div>
    </form>
  )
}
