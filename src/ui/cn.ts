type Part = string | false | null | undefined

/** Class names joined by spaces, leaving out the ones not wanted: `cn(styles.a, on && styles.b, className)`. */
export function cn(...parts: Part[]): string {
  return parts.filter(Boolean).join(' ')
}

/** ID references for `aria-describedby` and friends, the same way; undefined when there are none. */
export function idRefs(...parts: Part[]): string | undefined {
  return cn(...parts) || undefined
}
