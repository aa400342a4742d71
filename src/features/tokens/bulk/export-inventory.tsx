/** "Export CSV" and "Export JSON": the listed tokens' metadata as a file, with server, product and time. */
import { useQuery } from '@tanstack/react-query'
import { useState } from 'react'

import type { Token } from '../../../backends/domain'
import { productLabel } from '../../../backends/registry'
import { serverInfoQuery } from '../../../queries/server-queries'
import { useAppConfig, useBackend, useProductScreens, useSession } from '../../../session/session-context'
import { Alert } from '../../../ui/alert'
import { Button } from '../../../ui/button'
import { inventoryCsv, inventoryFileName, type InventoryHeader, inventoryJson, inventoryRows, serverLabel } from './inventory'

const TYPES = { csv: 'text/csv;charset=utf-8', json: 'application/json' } as const

/** Hands the text to the browser as a download; the object URL lives only for the click. */
function download(text: string, name: string, type: string) {
  const url = URL.createObjectURL(new Blob([text], { type }))
  const link = document.createElement('a')
  link.href = url
  link.download = name
  link.hidden = true
  document.body.append(link)
  link.click()
  link.remove()
  setTimeout(() => URL.revokeObjectURL(url), 0)
}

export function ExportInventory({
  tokens,
  order,
  kindOf,
  now,
}: {
  /** The listed tokens, unordered: sorted by `order` (the list's) when saved. */
  tokens: readonly Token[]
  order: (a: Token, b: Token) => number
  kindOf: (token: Token) => string
  now: number
}) {
  const config = useAppConfig()
  const session = useSession()
  const screens = useProductScreens()
  const info = useQuery(serverInfoQuery(useBackend())).data
  const [error, setError] = useState<string | null>(null)

  function header(): InventoryHeader {
    const server =
      session?.demo === true
        ? 'The console’s built-in demo server'
        : serverLabel(session?.baseUrl || config.server || window.location.origin)
    const name = info
      ? (info.productName ?? screens.editionLabel(info.product))
      : productLabel(session?.product ?? config.product)
    return { server, product: info?.version ? `${name} ${info.version}` : name, exportedAt: new Date() }
  }

  function save(format: 'csv' | 'json') {
    try {
      const head = header()
      const rows = inventoryRows([...tokens].sort(order), kindOf, now)
      const text = format === 'csv' ? inventoryCsv(head, rows) : inventoryJson(head, rows)
      download(text, inventoryFileName(head.exportedAt, format), TYPES[format])
      setError(null)
    } catch (caught) {
      setError(caught instanceof Error ? caught.message : String(caught))
    }
  }

  const what = `${tokens.length} listed ${tokens.length === 1 ? 'token' : 'tokens'}`
  return (
    <>
      <Button onClick={() => save('csv')} aria-label={`Export CSV of the ${what}`}>
        Export CSV
      </Button>
      <Button onClick={() => save('json')} aria-label={`Export JSON of the ${what}`}>
        Export JSON
      </Button>
      {error ? (
        <Alert tone="error" title="Nothing was exported.">
          {error}
        </Alert>
      ) : null}
    </>
  )
}
