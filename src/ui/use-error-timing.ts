/**
 * When a form shows a field's error: one rule for every form (docs/forms.md). A field's error
 * shows once the user has changed the field and left something in it, or after an attempt to
 * submit the form; from then on it shows for as long as it holds, erased field included ("Enter
 * a name"). Never on blur alone: an error appearing as the focus leaves a field moves everything
 * below it, so the click that moved the focus (on the next field, on a button) lands elsewhere.
 *
 *   const errors = useErrorTiming<'name'>()
 *   <TextField
 *     error={errors.shown('name', nameError)}
 *     onChange={(event) => { setName(event.target.value); errors.change('name', event.target.value) }}
 *   />
 *   function submit(event) { event.preventDefault(); errors.submit(); if (!valid) return; … }
 */
import { useState } from 'react'

export function useErrorTiming<Field extends string>() {
  const [changed, setChanged] = useState<ReadonlySet<Field>>(() => new Set())
  const [submitted, setSubmitted] = useState(false)
  return {
    /**
     * From the field's `onChange`, with the text it now holds; a choice group passes none (a
     * picked choice is never empty). An empty text does not count as a change.
     */
    change(field: Field, text?: string) {
      if (text === '') return
      setChanged((current) => (current.has(field) ? current : new Set(current).add(field)))
    },
    /** From the submit handler, before it checks anything: every error shows from now on. */
    submit() {
      setSubmitted(true)
    },
    /** The form starts afresh (a dialog opened again). */
    reset() {
      setChanged(new Set())
      setSubmitted(false)
    },
    /** The field's error if the rule shows it now, or undefined. */
    shown<E>(field: Field, error: E | null | undefined): E | undefined {
      return error && (submitted || changed.has(field)) ? error : undefined
    },
  }
}
