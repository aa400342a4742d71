/**
 * Inline SVG icons, so they render the same everywhere (emoji fonts are not on every machine).
 * Always decorative: the text or the control next to them carries the meaning.
 */
import type { ReactNode } from 'react'

function Icon({ children, size = 16 }: { children: ReactNode; size?: number }) {
  return (
    <svg
      aria-hidden="true"
      focusable="false"
      width={size}
      height={size}
      viewBox="0 0 16 16"
      fill="none"
      stroke="currentColor"
      strokeWidth="1.5"
      strokeLinecap="round"
      strokeLinejoin="round"
      style={{ verticalAlign: '-0.15em', flex: 'none' }}
    >
      {children}
    </svg>
  )
}

export const TrashIcon = () => (
  <Icon>
    <path d="M2.5 4h11M6 4V2.5h4V4M4 4l.7 9.5h6.6L12 4M6.5 6.5v5M9.5 6.5v5" />
  </Icon>
)

export const RotateIcon = () => (
  <Icon>
    <path d="M13 8a5 5 0 1 1-1.5-3.6M13 2.5v2.5h-2.5" />
  </Icon>
)

export const ClockIcon = () => (
  <Icon>
    <circle cx="8" cy="8" r="6" />
    <path d="M8 4.5V8l2.5 1.5" />
  </Icon>
)

export const WarningIcon = () => (
  <Icon>
    <path d="M8 2 1.5 13.5h13L8 2zM8 6.5v3M8 11.5v.01" />
  </Icon>
)

export const ErrorIcon = () => (
  <Icon>
    <circle cx="8" cy="8" r="6" />
    <path d="M5.8 5.8l4.4 4.4M10.2 5.8l-4.4 4.4" />
  </Icon>
)

export const InfinityIcon = () => (
  <Icon>
    <path d="M8 8c-1.5-2-3-3-4.3-3a3 3 0 0 0 0 6C5 11 6.5 10 8 8zm0 0c1.5 2 3 3 4.3 3a3 3 0 0 0 0-6C11 5 9.5 6 8 8z" />
  </Icon>
)

export const CheckIcon = () => (
  <Icon>
    <path d="M3 8.5 6.5 12 13 4.5" />
  </Icon>
)

export const InfoIcon = () => (
  <Icon>
    <circle cx="8" cy="8" r="6" />
    <path d="M8 7.5v4M8 4.8v.01" />
  </Icon>
)
