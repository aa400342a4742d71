/**
 * The product's templates for common jobs, offered on the type chooser: one button each, which
 * opens the form filled in. A template this server cannot make says why, and the jobs the
 * product has no template for are named with the reason. Loaded with the create dialog.
 */
import { useEffect, useId, useState } from 'react'

import type { Product } from '../../../backends/domain'
import type { ProductScreens } from '../../../backends/product-screens'
import type { ProductTemplates } from '../../../backends/product-templates'
import { useProductScreens } from '../../../session/session-context'
import type { FormSeed } from './form-seed'
import { templateSeed } from './templates'
import styles from './templates-links.module.css'

const NONE: ProductTemplates = { templates: [], notOffered: [] }
const loads = new WeakMap<ProductScreens, Promise<ProductTemplates>>()
const loaded = new WeakMap<ProductScreens, ProductTemplates>()

/** One load per product's slot, shared by every render. */
function templatesOf(screens: ProductScreens): Promise<ProductTemplates> {
  let load = loads.get(screens)
  if (!load) {
    load = (screens.templates ? screens.templates().catch(() => NONE) : Promise.resolve(NONE)).then((templates) => {
      loaded.set(screens, templates)
      return templates
    })
    loads.set(screens, load)
  }
  return load
}

/**
 * Starts loading the templates before the chooser opens ("Create token" pointed at or focused):
 * shown after it, they push the Next button down under a pointer on its way there.
 */
export function preloadTemplates(screens: ProductScreens): void {
  void templatesOf(screens)
}

export function TemplateChoices({ product, onChoose }: { product: Product | undefined; onChoose: (seed: FormSeed) => void }) {
  const id = useId()
  const screens = useProductScreens()
  // Read at once once loaded; the first time, the chooser shows without them until they arrive
  // (no suspending: the type cards must not wait on the templates).
  const [choices, setChoices] = useState(() => loaded.get(screens))
  useEffect(() => {
    if (choices) return
    let current = true
    void templatesOf(screens).then((load) => {
      if (current) setChoices(load)
    })
    return () => {
      current = false
    }
  }, [choices, screens])
  // The names are dated when the chooser opened; the form may still change them.
  const [now] = useState(() => Date.now())
  if (!choices) return null
  const { templates, notOffered } = choices
  if (templates.length === 0 && notOffered.length === 0) return null
  return (
    <section className={styles.templates} aria-labelledby={`${id}-heading`}>
      <h3 id={`${id}-heading`} className={styles.heading}>
        Or start from a template
      </h3>
      <ul className={styles.list}>
        {templates.map((template) => {
          const seed = templateSeed(template, screens.tokenTypes, product, now)
          return (
            <li key={template.id}>
              <button
                type="button"
                className={styles.template}
                disabled={!seed.ok}
                aria-labelledby={`${id}-${template.id}-label`}
                aria-describedby={`${id}-${template.id}`}
                onClick={() => {
                  if (seed.ok) onChoose(seed.seed)
                }}
              >
                <span id={`${id}-${template.id}-label`} className={styles.templateLabel}>
                  {template.label}
                </span>
                <span id={`${id}-${template.id}`} className={styles.templateExplain}>
                  {seed.ok ? template.explain : `Not available: ${seed.reason}`}
                </span>
              </button>
            </li>
          )
        })}
      </ul>
      {notOffered.length > 0 ? (
        <ul className={styles.notOffered} aria-label="Templates this server has no token for">
          {notOffered.map((job) => (
            <li key={job.label}>
              <strong>{job.label}</strong> is not offered: {job.reason}
            </li>
          ))}
        </ul>
      ) : null}
    </section>
  )
}
