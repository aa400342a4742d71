/**
 * A token.json checked in this browser: chosen with the file input (the keyboard path), dropped
 * on its zone, or pasted. The text is read, checked, and let go at once: only the facts of the
 * answer stay in state — no upload, no storage, no log.
 */
import { type DragEvent, type FormEvent, useEffect, useId, useRef, useState } from 'react'

import { isolate } from '../../lib/bidi'
import { checkTokenFile, type TokenFileCheck, tokenFileTooLarge } from '../../lib/token-file'
import { Button } from '../../ui/button'
import { cn } from '../../ui/cn'
import styles from './admin-token.module.css'
import { TokenFileResult } from './token-file-result'

/** What was checked ("token.json", "the pasted text") and its facts; null facts: the file could not be read. */
interface Checked {
  source: string
  check: TokenFileCheck | null
}

async function readAndCheck(file: File): Promise<TokenFileCheck | null> {
  try {
    return tokenFileTooLarge(file.size) ?? checkTokenFile(await file.text())
  } catch {
    return null
  }
}

export function TokenFileCheck() {
  const id = useId()
  const [checked, setChecked] = useState<Checked | null>(null)
  const [pasted, setPasted] = useState('')
  const [dragging, setDragging] = useState(false)
  const fileRef = useRef<HTMLInputElement>(null)
  const headingRef = useRef<HTMLHeadingElement>(null)

  // A new answer takes the focus, so it is read out and the keyboard continues from it.
  useEffect(() => {
    if (checked) headingRef.current?.focus()
  }, [checked])

  async function checkFile(file: File | undefined) {
    if (!file) return
    const check = await readAndCheck(file)
    // The input forgets the file: choosing the same file again checks it again.
    if (fileRef.current) fileRef.current.value = ''
    setChecked({ source: isolate(file.name), check })
  }

  function checkPasted(event: FormEvent) {
    event.preventDefault()
    const check = checkTokenFile(pasted)
    setPasted('')
    setChecked({ source: 'the pasted text', check })
  }

  function drop(event: DragEvent) {
    event.preventDefault()
    setDragging(false)
    void checkFile(event.dataTransfer.files[0])
  }

  return (
    <div className={styles.checker}>
      <div
        role="group"
        aria-labelledby={`${id}-file-label`}
        className={cn(styles.dropZone, dragging && styles.dragging)}
        onDragOver={(event) => {
          event.preventDefault()
          setDragging(true)
        }}
        onDragLeave={() => setDragging(false)}
        onDrop={drop}
      >
        <label id={`${id}-file-label`} htmlFor={`${id}-file`} className={styles.label}>
          Choose a token.json
        </label>
        <input
          ref={fileRef}
          id={`${id}-file`}
          type="file"
          accept=".json,application/json,text/plain"
          onChange={(event) => void checkFile(event.target.files?.[0])}
        />
        <p className={styles.hint}>{dragging ? 'Drop it to check it.' : 'Or drop the file here.'}</p>
      </div>
      <form className={styles.paste} onSubmit={checkPasted}>
        <label htmlFor={`${id}-paste`} className={styles.label}>
          Or paste its content
        </label>
        <textarea
          id={`${id}-paste`}
          className={styles.pasteField}
          rows={3}
          value={pasted}
          autoComplete="off"
          autoCorrect="off"
          autoCapitalize="off"
          spellCheck={false}
          onChange={(event) => setPasted(event.target.value)}
        />
        <Button type="submit">Check pasted text</Button>
      </form>
      {checked ? (
        <section aria-labelledby={`${id}-result`} className={styles.result}>
          <h3 id={`${id}-result`} ref={headingRef} tabIndex={-1} className={styles.resultTitle}>
            Checked: {checked.source}
          </h3>
          <TokenFileResult check={checked.check} />
        </section>
      ) : null}
    </div>
  )
}
