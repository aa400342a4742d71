/** After the credential was verified: the scope to work in, where it can reach several (InfluxDB 2's orgs). */
import { type FormEvent, useState } from 'react'

import type { ScopeChoice as Choice } from '../../backends/port'
import { Button } from '../../ui/button'
import { Choice as Option, ChoiceGroup } from '../../ui/choice-group'
import styles from './connect-form.module.css'

export function ScopeChoice({
  choices,
  onChoose,
  onBack,
}: {
  choices: readonly Choice[]
  onChoose: (choice: Choice) => void
  onBack: () => void
}) {
  const [picked, setPicked] = useState(0)
  function submit(event: FormEvent) {
    event.preventDefault()
    const choice = choices[picked]
    if (choice) onChoose(choice)
  }
  return (
    <form className={styles.form} onSubmit={submit} aria-label="Choose the organization">
      <ChoiceGroup type="radio" legend="Organization" hint="This token reaches several. The console manages one at a time.">
        {choices.map((choice, index) => (
          <Option key={choice.label + String(index)} checked={picked === index} onChange={() => setPicked(index)}>
            {choice.label}
          </Option>
        ))}
      </ChoiceGroup>
      <div className={styles.actions}>
        <Button type="submit" variant="primary">
          Connect
        </Button>
        <Button onClick={onBack}>Back</Button>
      </div>
    </form>
  )
}
