/**
 * The expiry timeline: the next 90 days on an axis, today marked, expired tokens in one mark to
 * its left. A mark is a day (so 10 000 tokens make at most about 90 marks); activating it lists
 * that day's tokens. One tab stop: the arrow keys, Home and End move between marks (a toolbar's
 * roving focus, https://www.w3.org/WAI/ARIA/apg/patterns/toolbar/).
 */
import { type KeyboardEvent, useId, useMemo, useRef, useState } from 'react'

import type { Token } from '../../../backends/domain'
import { formatUtcDate, formatUtcDateTime } from '../../../lib/relative-time'
import { EXPIRING_SOON_MS, tokenLabel } from '../../../lib/token-describe'
import type { UpdateTokenView } from './token-list-filters'
import styles from './token-overview.module.css'
import { expiryTimeline, TIMELINE_DAYS } from './token-risk'
import type { TokenView } from './token-view'

const DAY_MS = 86_400_000
const count = new Intl.NumberFormat('en')
/** Where the axis starts and how wide it is, in % of the strip: the expired mark sits left of it. */
const AXIS_START = 10
const AXIS_WIDTH = 88
const TICKS = [7, 30, 60, 90]

/** Up to three labels, then how many more. */
function names(tokens: readonly Token[]): string {
  const shown = tokens.slice(0, 3).map(tokenLabel).join(', ')
  return tokens.length > 3 ? `${shown} and ${count.format(tokens.length - 3)} more` : shown
}

interface Mark {
  key: string
  label: string
  text: string
  left: number
  height: number
  tone: 'expired' | 'soon' | 'later'
  pressed: boolean
  open: () => void
}

export function ExpiryTimeline({
  tokens,
  now,
  view,
  update,
}: {
  tokens: readonly Token[]
  now: number
  view: TokenView
  update: UpdateTokenView
}) {
  const timeline = useMemo(() => expiryTimeline(tokens, now, view.revoked), [tokens, now, view.revoked])
  const marks = useMemo<Mark[]>(() => {
    const height = (n: number) => 0.75 + Math.min(n, 20) / 10
    const list: Mark[] = []
    if (timeline.expired.length > 0) {
      list.push({
        key: 'expired',
        label: `${count.format(timeline.expired.length)} expired: ${names(timeline.expired)}`,
        text: count.format(timeline.expired.length),
        left: AXIS_START / 2,
        height: height(timeline.expired.length),
        tone: 'expired',
        pressed: view.expiry === 'expired',
        open: () => update({ expiry: 'expired', day: null }),
      })
    }
    for (const mark of timeline.marks) {
      const [first] = mark.tokens
      const label =
        mark.tokens.length === 1 && first?.expiresAt !== undefined
          ? `${tokenLabel(first)}, expires ${formatUtcDateTime(first.expiresAt)}`
          : `${count.format(mark.tokens.length)} tokens expire on ${formatUtcDate(mark.at)}: ${names(mark.tokens)}`
      list.push({
        key: mark.day,
        label,
        text: mark.tokens.length > 1 ? count.format(mark.tokens.length) : '',
        left: AXIS_START + mark.position * AXIS_WIDTH,
        height: height(mark.tokens.length),
        tone: (first?.expiresAt ?? 0) - now <= EXPIRING_SOON_MS ? 'soon' : 'later',
        pressed: view.day === mark.day,
        open: () => update({ day: mark.day, expiry: null }),
      })
    }
    return list
  }, [timeline, now, view.expiry, view.day, update])

  const [focused, setFocused] = useState(0)
  const current = Math.min(focused, marks.length - 1)
  const buttons = useRef<(HTMLButtonElement | null)[]>([])
  const helpId = useId()

  function onKeyDown(event: KeyboardEvent) {
    const next = {
      ArrowRight: current + 1,
      ArrowDown: current + 1,
      ArrowLeft: current - 1,
      ArrowUp: current - 1,
      Home: 0,
      End: marks.length - 1,
    }[event.key]
    if (next === undefined) return
    event.preventDefault()
    const target = Math.max(0, Math.min(marks.length - 1, next))
    setFocused(target)
    buttons.current[target]?.focus()
  }

  const today = Math.floor(now / DAY_MS) * DAY_MS
  return (
    <div className={styles.timeline}>
      <p id={helpId} className={styles.note}>
        The next {TIMELINE_DAYS} days (UTC). Each mark is a day on which tokens expire; choose one to list them.
        {marks.length > 1 ? ' The arrow keys move between marks.' : ''}
      </p>
      {marks.length === 0 ? (
        <p>No token expires in the next {TIMELINE_DAYS} days, and none has expired.</p>
      ) : (
        <div className={styles.scroll}>
          <div
            role="toolbar"
            aria-label="Expiry timeline"
            aria-describedby={helpId}
            className={styles.axis}
            onKeyDown={onKeyDown}
          >
            <span aria-hidden="true" className={styles.today} style={{ left: `${AXIS_START}%` }}>
              Today
            </span>
            {TICKS.map((days) => (
              <span
                aria-hidden="true"
                key={days}
                className={styles.tick}
                style={{ left: `${AXIS_START + (days / TIMELINE_DAYS) * AXIS_WIDTH}%` }}
              >
                {days === 7 ? '7 days' : formatUtcDate(today + days * DAY_MS)}
              </span>
            ))}
            {timeline.expired.length > 0 ? (
              <span aria-hidden="true" className={styles.tick} style={{ left: `${AXIS_START / 2}%` }}>
                Expired
              </span>
            ) : null}
            {marks.map((mark, i) => (
              <button
                key={mark.key}
                ref={(element) => {
                  buttons.current[i] = element
                }}
                type="button"
                tabIndex={i === current ? 0 : -1}
                aria-label={mark.label}
                aria-pressed={mark.pressed}
                title={mark.label}
                className={styles.mark}
                data-tone={mark.tone}
                style={{ left: `${mark.left}%`, height: `${mark.height}rem` }}
                onFocus={() => setFocused(i)}
                onClick={mark.open}
              >
                {mark.text ? <span className={styles.markCount}>{mark.text}</span> : null}
              </button>
            ))}
          </div>
        </div>
      )}
      <p className={styles.note}>
        {count.format(timeline.later)} expire later; {count.format(timeline.never)} never expire.
      </p>
    </div>
  )
}
