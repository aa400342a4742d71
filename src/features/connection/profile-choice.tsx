/** The profile to fill from, when a file has several (the one its CLI uses by default first). */
import { useState } from 'react'

import type { ConnectProfile } from '../../backends/product-screens'
import { Button } from '../../ui/button'
import { Choice, ChoiceGroup } from '../../ui/choice-group'

export function ProfileChoice({
  choices,
  productName,
  onChoose,
}: {
  choices: readonly ConnectProfile[]
  productName: (product: string) => string
  onChoose: (profile: ConnectProfile) => void
}) {
  const [picked, setPicked] = useState(0)
  const choice = choices[picked]
  return (
    <>
      <ChoiceGroup type="radio" legend="Profile to fill from">
        {choices.map((profile, index) => (
          <Choice key={`${profile.name}-${String(index)}`} checked={picked === index} onChange={() => setPicked(index)}>
            {profile.name} ({productName(profile.product)})
          </Choice>
        ))}
      </ChoiceGroup>
      <div>
        <Button onClick={() => (choice ? onChoose(choice) : undefined)}>Fill from this profile</Button>
      </div>
    </>
  )
}
