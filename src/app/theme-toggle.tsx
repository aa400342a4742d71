/**
 * The header's theme choice: System (the default, following prefers-color-scheme), Light or
 * Dark. A choice other than System is kept in localStorage and set as <html data-theme>, which
 * global.css reads; public/theme-init.js applies it again before the next load's first paint.
 */
import { useState } from 'react'

import { useMediaQuery } from '../ui/use-media-query'
import styles from './layout.module.css'

type ThemeChoice = 'system' | 'light' | 'dark'

const KEY = 'influxdb3-console.theme'
const DARK = '(prefers-color-scheme: dark)'

function storedChoice(): ThemeChoice {
  try {
    const stored = window.localStorage.getItem(KEY)
    return stored === 'light' || stored === 'dark' ? stored : 'system'
  } catch {
    return 'system'
  }
}

export function ThemeToggle() {
  const [choice, setChoice] = useState(storedChoice)
  const systemDark = useMediaQuery(DARK)

  function choose(next: ThemeChoice) {
    setChoice(next)
    const root = document.documentElement
    if (next === 'system') delete root.dataset.theme
    else root.dataset.theme = next
    try {
      if (next === 'system') window.localStorage.removeItem(KEY)
      else window.localStorage.setItem(KEY, next)
    } catch {
      // Storage switched off: the choice lasts until the page is reloaded.
    }
  }

  return (
    <select
      aria-label="Theme"
      className={styles.theme}
      value={choice}
      onChange={(event) => choose(event.target.value as ThemeChoice)}
    >
      <option value="system">System ({systemDark ? 'dark' : 'light'})</option>
      <option value="light">Light</option>
      <option value="dark">Dark</option>
    </select>
  )
}
