/** Where a profile file comes from: chosen (the keyboard's way) or dropped, or its text pasted. */
import { type DragEvent, useState } from 'react'

import { Button } from '../../ui/button'
import { cn } from '../../ui/cn'
import { TextAreaField } from '../../ui/text-area-field'
import styles from './profile-fill.module.css'

/** A profile file is a few kilobytes: anything far larger is another file. */
const MAX_BYTES = 1_000_000

export function ProfileInput({
  accept,
  onText,
  onError,
}: {
  accept: string
  onText: (text: string) => void
  onError: (message: string) => void
}) {
  const [pasted, setPasted] = useState('')
  const [dragging, setDragging] = useState(false)

  function readFile(file: File | undefined) {
    if (!file) return
    if (file.size > MAX_BYTES) return onError('This file is far too large to be a profile: choose the configuration file itself.')
    file.text().then(onText, () => onError('The browser could not read this file.'))
  }

  function drop(event: DragEvent) {
    event.preventDefault()
    setDragging(false)
    readFile(event.dataTransfer.files[0])
  }

  return (
    <>
      <div
        className={cn(styles.dropZone, dragging && styles.dragging)}
        onDragOver={(event) => {
          event.preventDefault()
          setDragging(true)
        }}
        onDragLeave={() => setDragging(false)}
        onDrop={drop}
      >
        <label>
          Choose the file
          <input
            type="file"
            accept={accept}
            onChange={(event) => {
              readFile(event.target.files?.[0])
              // The same file chosen again is read again.
              event.target.value = ''
            }}
          />
        </label>
        <span>or drop it here.</span>
      </div>
      <TextAreaField
        className={styles.paste}
        label="Or paste the file’s text"
        hint="Read here, and cleared once read."
        rows={6}
        value={pasted}
        autoComplete="off"
        autoCorrect="off"
        autoCapitalize="off"
        spellCheck={false}
        onChange={(event) => setPasted(event.target.value)}
      />
      <div>
        <Button
          onClick={() => {
            setPasted('')
            onText(pasted)
          }}
        >
          Fill from the pasted text
        </Button>
      </div>
    </>
  )
}
