import { Fragment } from 'react'

/** A guide's sentence with its `backticked` parts as code. */
export function InlineCode({ text }: { text: string }) {
  return text
    .split(/`([^`]+)`/)
    .map((part, index) => (index % 2 === 1 ? <code key={index}>{part}</code> : <Fragment key={index}>{part}</Fragment>))
}
