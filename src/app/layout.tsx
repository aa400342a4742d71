import { useId, useState } from 'react'
import { NavLink, Outlet } from 'react-router-dom'

import { ReconnectDialog } from '../features/connection/reconnect-dialog'
import { ServerIdentity } from '../features/connection/server-identity'
import { capitalize } from '../lib/token-describe'
import { useProductScreens, useSession } from '../session/session-context'
import { Badge } from '../ui/badge'
import styles from './layout.module.css'
import { ThemeToggle } from './theme-toggle'
import { UnreachableBar } from './unreachable-bar'

export function Layout() {
  const session = useSession()
  const { adminTokenGuide, databaseNoun } = useProductScreens()
  // On a narrow screen the links fold behind a Menu button (a disclosure); wide, the button is hidden.
  const [menuOpen, setMenuOpen] = useState(false)
  const navId = useId()
  return (
    <div className={styles.shell}>
      <a className={styles.skip} href="#main">
        Skip to content
      </a>
      <header className={styles.header}>
        <span className={styles.brand}>
          {/* The console's mark, a keyhole in a hexagon: the favicon's drawing. */}
          <img className={styles.logo} src="/favicon.svg" alt="" width={24} height={24} />
          InfluxDB Token Console
        </span>
        <button
          type="button"
          className={styles.menuButton}
          aria-expanded={menuOpen}
          aria-controls={navId}
          onClick={() => setMenuOpen((open) => !open)}
        >
          Menu
        </button>
        {/* A link followed closes the menu. */}
        <nav
          id={navId}
          aria-label="Main"
          className={styles.nav}
          data-open={menuOpen ? '' : undefined}
          onClick={(event) => {
            if (event.target instanceof Element && event.target.closest('a')) setMenuOpen(false)
          }}
        >
          <NavLink to="/tokens" className={({ isActive }) => (isActive ? styles.active : undefined)}>
            Tokens
          </NavLink>
          <NavLink to="/databases" className={({ isActive }) => (isActive ? styles.active : undefined)}>
            {databaseNoun ? capitalize(databaseNoun.many) : 'Databases'}
          </NavLink>
          <NavLink to="/leak-check" className={({ isActive }) => (isActive ? styles.active : undefined)}>
            Leak check
          </NavLink>
          <NavLink to="/connection" className={({ isActive }) => (isActive ? styles.active : undefined)}>
            Connection
          </NavLink>
          {session && adminTokenGuide ? (
            <NavLink to={`/${session.product}/admin-token`} className={({ isActive }) => (isActive ? styles.active : undefined)}>
              Admin token
            </NavLink>
          ) : null}
        </nav>
        <div className={styles.server}>
          {session && !session.expired ? <ServerIdentity /> : <span>Not connected</span>}
          {session?.demo ? (
            <Badge tone="warning" title="Data lives in this browser tab and resets on reload">
              Demo server
            </Badge>
          ) : null}
          <ThemeToggle />
        </div>
      </header>
      {/* A new connection starts with nothing known about its server. */}
      <UnreachableBar key={session?.connectionKey} />
      <main id="main" className={styles.main} tabIndex={-1}>
        <Outlet />
      </main>
      <ReconnectDialog />
    </div>
  )
}
