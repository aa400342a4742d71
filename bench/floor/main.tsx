/**
 * The floor app for `npm run bench`: the least an app of the console's stack ships. React and
 * react-dom, a data router with one route (the same `createBrowserRouter` + `RouterProvider`
 * the console uses), TanStack Query with one `useQuery`, and one Radix dialog with a trigger.
 * Its bundle is the denominator of the "initial JS ≤ 1.25 × floor" target; keep it minimal.
 */
import './floor.css'

import * as Dialog from '@radix-ui/react-dialog'
import { QueryClient, QueryClientProvider, useQuery } from '@tanstack/react-query'
import { StrictMode } from 'react'
import { createRoot } from 'react-dom/client'
import { createBrowserRouter, RouterProvider } from 'react-router-dom'

function Page() {
  const greeting = useQuery({ queryKey: ['greeting'], queryFn: () => Promise.resolve('ready') })
  return (
    <main>
      <h1>Floor</h1>
      <p data-floor-state={greeting.data ?? 'loading'}>{greeting.data ?? 'Loading…'}</p>
      <Dialog.Root>
        <Dialog.Trigger>Open</Dialog.Trigger>
        <Dialog.Portal>
          <Dialog.Overlay />
          <Dialog.Content>
            <Dialog.Title>Dialog</Dialog.Title>
            <Dialog.Description>The floor app’s one dialog.</Dialog.Description>
            <Dialog.Close>Close</Dialog.Close>
          </Dialog.Content>
        </Dialog.Portal>
      </Dialog.Root>
    </main>
  )
}

const router = createBrowserRouter([{ path: '/', element: <Page /> }])
const queryClient = new QueryClient()

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <QueryClientProvider client={queryClient}>
      <RouterProvider router={router} />
    </QueryClientProvider>
  </StrictMode>,
)
