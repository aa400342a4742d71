/**
 * Names chosen by other people (tokens, databases) shown inside the console's own sentences.
 * A name may carry Unicode direction controls — a right-to-left override makes
 * "invoice‮fdp.exe" read "invoiceexe.pdf" — and in a sentence they would reorder the words
 * after the name too ("Token “…” deleted."). Isolating the name keeps their effect inside it.
 */

const FSI = '\u2068' // FIRST STRONG ISOLATE
const PDI = '\u2069' // POP DIRECTIONAL ISOLATE

// Marks, embeddings, overrides and isolates (U+200E–200F, U+202A–202E, U+2066–2069).
const DIRECTION_CONTROLS = /[\u200e\u200f\u202a-\u202e\u2066-\u2069]/

/**
 * The text wrapped in an isolate (FSI … PDI) when it contains direction controls, unchanged
 * otherwise. Stray PDIs in the text cannot close the isolate early: it is opened as often as
 * they would need, and closed after everything the text left open.
 */
export function isolate(text: string): string {
  if (!DIRECTION_CONTROLS.test(text)) return text
  let depth = 0
  let lowest = 0
  for (const ch of text) {
    if (ch === '\u2066' || ch === '\u2067' || ch === FSI) depth += 1
    else if (ch === PDI) lowest = Math.min(lowest, --depth)
  }
  const open = 1 - lowest
  return FSI.repeat(open) + text + PDI.repeat(open + depth)
}
