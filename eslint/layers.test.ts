// The architecture rule must actually fail wrong imports, or the layers only exist on paper.
import { RuleTester } from 'eslint'
import { describe, it } from 'vitest'

import architecture from './layers.js'

RuleTester.describe = describe
RuleTester.it = it

const tester = new RuleTester({ languageOptions: { ecmaVersion: 2022, sourceType: 'module' } })
const src = '/repo/src'
const options = [{ srcDir: src }]

tester.run('architecture/layers', architecture.rules.layers, {
  valid: [
    {
      filename: `${src}/backends/influxdb3/tokens.ts`,
      code: "import { parsePermissions } from '../../lib/permissions'",
      options,
    },
    { filename: `${src}/backends/influxdb3/backend.ts`, code: "import { x } from '../port'", options },
    { filename: `${src}/backends/influxdb3/tokens.ts`, code: "import { createHttp } from '../http/http'", options },
    { filename: `${src}/backends/registry.ts`, code: "import { createInfluxdb3Backend } from './influxdb3/backend'", options },
    { filename: `${src}/queries/token-queries.ts`, code: "import { productEntry } from '../backends/registry'", options },
    { filename: `${src}/features/tokens/token-list.tsx`, code: "import { x } from '../../backends/domain'", options },
    { filename: `${src}/mocks/node.ts`, code: "import { MockInflux } from '../backends/influxdb3/mock/mock-influx'", options },
    { filename: `${src}/backends/influxdb3/mock/handlers.ts`, code: "import { http } from 'msw'", options },
    { filename: `${src}/features/tokens/token-list.tsx`, code: "import { x } from './token-table'", options },
    { filename: `${src}/features/tokens/token-list.tsx`, code: "import { q } from '../../queries/token-queries'", options },
    { filename: `${src}/app/routes.tsx`, code: "import { TokenList } from '../features/tokens/token-list'", options },
    { filename: `${src}/main.tsx`, code: "const m = import('./mocks/browser')", options },
    { filename: `${src}/features/tokens/token-list.test.tsx`, code: "import { resetMock } from '../../mocks/node'", options },
    { filename: `${src}/ui/button.tsx`, code: "import { useId } from 'react'", options },
  ],
  invalid: [
    {
      filename: `${src}/features/tokens/token-list.tsx`,
      code: "import { DatabaseList } from '../databases/database-list'",
      options,
      errors: [{ messageId: 'layer' }],
    },
    {
      filename: `${src}/features/tokens/token-list.tsx`,
      code: "import { routes } from '../../app/routes'",
      options,
      errors: [{ messageId: 'layer' }],
    },
    {
      filename: `${src}/backends/influxdb3/tokens.ts`,
      code: "import { useQuery } from '@tanstack/react-query'",
      options,
      errors: [{ messageId: 'pkg' }],
    },
    {
      filename: `${src}/backends/influxdb3/tokens.ts`,
      code: "import { useState } from 'react'",
      options,
      errors: [{ messageId: 'pkg' }],
    },
    {
      filename: `${src}/backends/influxdb3/tokens.ts`,
      code: "import { http } from 'msw'",
      options,
      errors: [{ messageId: 'pkg' }],
    },
    {
      filename: `${src}/ui/button.tsx`,
      code: "import { createInfluxClient } from '../backends/influxdb3/client'",
      options,
      errors: [{ messageId: 'layer' }],
    },
    // A product never imports another product.
    {
      filename: `${src}/backends/influxdb2/backend.ts`,
      code: "import { listTokens } from '../influxdb3/tokens'",
      options,
      errors: [{ messageId: 'layer' }],
    },
    // Screens reach a product only through the port and the registry.
    {
      filename: `${src}/features/tokens/token-list.tsx`,
      code: "import { createInfluxClient } from '../../backends/influxdb3/client'",
      options,
      errors: [{ messageId: 'layer' }],
    },
    {
      filename: `${src}/queries/token-queries.ts`,
      code: "import { listTokens } from '../backends/influxdb3/tokens'",
      options,
      errors: [{ messageId: 'layer' }],
    },
    // The port knows no product.
    {
      filename: `${src}/backends/port.ts`,
      code: "import { x } from './influxdb3/backend'",
      options,
      errors: [{ messageId: 'layer' }],
    },
    { filename: `${src}/backends/http/http.ts`, code: "import { x } from '../port'", options, errors: [{ messageId: 'layer' }] },
    {
      filename: `${src}/app/app.tsx`,
      code: "import { worker } from '../mocks/browser'",
      options,
      errors: [{ messageId: 'layer' }],
    },
    {
      filename: `${src}/lib/time.ts`,
      code: "import { ApiError } from '../backends/http/errors'",
      options,
      errors: [{ messageId: 'layer' }],
    },
    { filename: `${src}/features/tokens/x.tsx`, code: "import { http } from 'msw'", options, errors: [{ messageId: 'pkg' }] },
    { filename: `${src}/mocks/seed.ts`, code: "import { App } from '../app/app'", options, errors: [{ messageId: 'layer' }] },
  ],
})
