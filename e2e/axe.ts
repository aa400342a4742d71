/** axe-core over the whole page, WCAG 2.0 and 2.1, levels A and AA. */
import AxeBuilder from '@axe-core/playwright'
import { expect, type Page } from '@playwright/test'

const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']

/**
 * Runs axe over the page as it is now and lists every violation with its element. Soft, so one
 * run reports every state of a journey; the test still fails.
 */
export async function expectNoAxeViolations(page: Page, state: string): Promise<void> {
  const { violations } = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze()
  const found = violations.flatMap((violation) =>
    violation.nodes.map((node) => `${violation.id}: ${violation.help} — ${node.target.join(' ')}: ${node.failureSummary ?? ''}`),
  )
  expect.soft(found, `axe violations: ${state}`).toEqual([])
}
