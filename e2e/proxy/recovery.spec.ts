import { expectNoAxeViolations } from '../axe'
import { consoleErrorsExpected, expect, test } from '../fixtures'
import { revealedSecret } from '../pages/tokens'
import { connect, expectConnected, tokens } from './support'

const replaced401 = consoleErrorsExpected('the browser logs the server’s 401 for the replaced operator token as an error')

test(
  'a lost operator token is regenerated through the recovery endpoint, and the new one connects',
  { annotation: replaced401 },
  async ({ page, context }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write'])
    await page.goto('/connection')
    await page.getByRole('link', { name: 'Lost the operator token?' }).click()
    await expect(page.getByRole('heading', { name: 'Lost the operator token?' })).toBeVisible()
    await expectNoAxeViolations(page, 'lost operator token page, recovery reachable')
    await page.getByRole('button', { name: 'Regenerate through the recovery endpoint' }).click()
    const confirm = page.getByRole('alertdialog', { name: 'Regenerate the operator token?' })
    await expectNoAxeViolations(page, 'recovery regenerate confirmation')
    await confirm.getByLabel('Type _admin to confirm').fill('_admin')
    await confirm.getByRole('button', { name: 'Regenerate' }).click()
    const reveal = page.getByRole('dialog', { name: 'Operator token regenerated' })
    const secret = await revealedSecret(reveal)
    expect(secret).not.toBe(tokens.operator())
    // The recovery endpoint serves one regeneration: Back before copying asks first.
    await page.goBack()
    const question = page.getByRole('alertdialog', { name: 'Leave this page?' })
    await expect(question).toContainText('The token string has not been copied.')
    await question.getByRole('button', { name: 'Stay' }).click()
    await expect(page).toHaveURL(/\/connection\/lost-operator-token$/)
    await expect(reveal.getByLabel('Token string')).toHaveValue(secret)
    await reveal.getByRole('button', { name: 'Copy token' }).click()
    await reveal.getByRole('button', { name: 'Done' }).click()
    await expect(reveal).toBeHidden()

    // The page's end state: what happened, the restart without the flag, and the new string to connect with.
    await expect(page.getByRole('heading', { name: 'Operator token replaced' })).toBeVisible()
    await expect(page.getByRole('button', { name: 'Regenerate through the recovery endpoint' })).toBeHidden()
    await expectNoAxeViolations(page, 'lost operator token page, token replaced')
    await page.getByRole('button', { name: 'Connect with it now' }).click()
    await expectConnected(page)

    await page.getByRole('link', { name: 'Connection' }).click()
    await page.getByRole('button', { name: 'Disconnect' }).click()
    await connect(page, tokens.operator())
    await expect(page.getByRole('alert')).toContainText('This token is not valid')
  },
)
