/**
 * "Copy as link": the form as it stands, as a link that opens the same draft (draft-link.ts).
 * The link is shown once asked for, and follows the form; the copy reports what really happened
 * (the Clipboard API is missing on plain-HTTP origins: then the link is selected for the keyboard).
 */
import { useId, useRef, useState } from 'react'
import { useHref, useLocation } from 'react-router-dom'

import { Button } from '../../../ui/button'
import { FieldError } from '../../../ui/field-error'
import { encodeDraft } from './draft-link'
import { DRAFT_PARAM } from './draft-param'
import styles from './templates-links.module.css'

/** The tokens page's address with this draft; the page's other parameters (a demo's scenario) stay. */
function useDraftUrl(): (param: string) => string {
  const href = useHref('/tokens')
  const { search } = useLocation()
  return (param) => {
    const url = new URL(href, window.location.origin)
    url.search = search
    url.searchParams.set(DRAFT_PARAM, param)
    return url.toString()
  }
}

type Copied = { link: string; ok: true } | { link: string; ok: false; message: string }

export function CopyDraftLink({ form }: { form: Parameters<typeof encodeDraft>[0] }) {
  const id = useId()
  const [asked, setAsked] = useState(false)
  const [copied, setCopied] = useState<Copied | null>(null)
  const inputRef = useRef<HTMLInputElement>(null)
  const draftUrl = useDraftUrl()
  // Built once asked for (a draft may name many databases), then with every change of the form.
  const draft = asked ? encodeDraft(form) : null
  const link = draft?.ok ? draftUrl(draft.param) : null

  async function copy() {
    setAsked(true)
    const now = encodeDraft(form)
    const link = now.ok ? draftUrl(now.param) : null
    if (link === null) return
    const select = (message: string) => {
      // Rendered by now only if it was shown before; otherwise on the next frame.
      requestAnimationFrame(() => inputRef.current?.select())
      setCopied({ link, ok: false, message: `${message} The link is selected: copy it with the keyboard.` })
    }
    if (!navigator.clipboard?.writeText) return select('This page cannot use the clipboard (it needs HTTPS or localhost).')
    try {
      await navigator.clipboard.writeText(link)
      setCopied({ link, ok: true })
    } catch {
      select('The browser refused to copy.')
    }
  }

  const result = copied?.link === link ? copied : null
  return (
    <div className={styles.draftLink}>
      <Button onClick={() => void copy()}>Copy as link</Button>
      <span role="status">{result === null ? null : result.ok ? 'Link copied to the clipboard.' : result.message}</span>
      {draft && !draft.ok ? <FieldError role="alert">{draft.reason}</FieldError> : null}
      {link !== null ? (
        <div className={styles.linkRow}>
          <label htmlFor={`${id}-link`}>Link to this draft</label>
          <input
            id={`${id}-link`}
            ref={inputRef}
            readOnly
            value={link}
            aria-describedby={`${id}-hint`}
            onFocus={(event) => event.currentTarget.select()}
          />
          <span id={`${id}-hint`} className={styles.hint}>
            It opens this form filled in, with no token string in it; it follows your changes.
          </span>
        </div>
      ) : null}
    </div>
  )
}
