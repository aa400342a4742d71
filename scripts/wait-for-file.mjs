// Waits (up to two minutes) until a file exists: lets one webServer wait for another's build.
import { existsSync } from 'node:fs'

const file = process.argv[2]
const deadline = Date.now() + 120_000
while (!existsSync(file)) {
  if (Date.now() > deadline) {
    console.error(`${file} did not appear within two minutes`)
    process.exit(1)
  }
  await new Promise((resolve) => setTimeout(resolve, 200))
}
