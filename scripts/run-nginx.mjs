// Runs Debian's nginx in the foreground with deploy/nginx.conf, for the end-to-end test of the
// deployment recipe: the recipe's three CHANGE values are replaced, and a minimal main config
// puts pid, logs and temp files in a throwaway folder so it runs without root.
// It prints "nginx serves …" once nginx answers for index.html, and stops with what went wrong
// (not a wait that ends in a timeout) when nginx cannot start or cannot read the folder.
// Usage: node scripts/run-nginx.mjs --port 4176 --root dist --upstream 127.0.0.1:8191
//        [--recovery 127.0.0.1:8192]   (switches on the recipe's recovery location)
import { spawn } from 'node:child_process'
import { accessSync, constants, mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { request } from 'node:http'
import { tmpdir, userInfo } from 'node:os'
import { join, resolve } from 'node:path'
import { parseArgs } from 'node:util'
import { fillRecipe, readRecipe } from './nginx-recipe.mjs'

const { values } = parseArgs({
  options: {
    port: { type: 'string' },
    root: { type: 'string' },
    upstream: { type: 'string' },
    recovery: { type: 'string' },
  },
})
if (!values.port || !values.root || !values.upstream) {
  console.error('usage: run-nginx.mjs --port P --root DIR --upstream HOST:PORT [--recovery HOST:PORT]')
  process.exit(2)
}
const nginx = ['/usr/sbin/nginx', '/usr/local/sbin/nginx', '/usr/local/nginx/sbin/nginx'].find((path) => {
  try {
    return readFileSync(path).length > 0
  } catch {
    return false
  }
})
if (!nginx) {
  console.error('nginx is not installed (Debian: sudo apt-get install nginx).')
  process.exit(1)
}
const root = resolve(values.root)
try {
  accessSync(join(root, 'index.html'), constants.R_OK)
} catch {
  console.error(`run-nginx: ${root} has no index.html (or it cannot be read): build the console first (npm run build).`)
  process.exit(1)
}

// Started as root, nginx runs its workers as an unprivileged user (nobody or www-data), who
// cannot enter a checkout in a private folder (a 0700 home or `mktemp -d`); every file then
// fails with "Permission denied" and try_files loops on the fallback. The workers run as
// whoever started this script instead: they read what it can read.
const workers = userInfo().username
const user = process.getuid?.() === 0 ? `user ${workers};\n` : ''

const recipe = fillRecipe(readRecipe(), { ...values, root })
const dir = mkdtempSync(join(tmpdir(), 'console-nginx-'))
writeFileSync(join(dir, 'console.conf'), recipe)
writeFileSync(
  join(dir, 'nginx.conf'),
  `daemon off;
${user}worker_processes 1;
pid ${dir}/nginx.pid;
error_log stderr warn;
events { worker_connections 64; }
http {
  include /etc/nginx/mime.types;
  access_log off;
  client_body_temp_path ${dir}/body;
  proxy_temp_path ${dir}/proxy;
  fastcgi_temp_path ${dir}/fastcgi;
  uwsgi_temp_path ${dir}/uwsgi;
  scgi_temp_path ${dir}/scgi;
  include ${dir}/console.conf;
}
`,
)

const child = spawn(nginx, ['-p', dir, '-c', join(dir, 'nginx.conf')], { stdio: ['ignore', 'inherit', 'pipe'] })
let log = ''
child.stderr.on('data', (chunk) => {
  process.stderr.write(chunk)
  log = (log + chunk.toString()).slice(-4000)
})
let serving = false
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill('SIGQUIT'))
child.on('exit', (code, signal) => {
  if (!serving) fail(`nginx stopped before serving (${signal ?? `exit code ${code}`}).`)
  process.exit(code ?? 0)
})

function fail(message) {
  const last = log.trim().split('\n').slice(-3).join('\n')
  console.error(`run-nginx: ${message}${last ? `\nnginx said:\n${last}` : ''}`)
  child.kill('SIGQUIT')
  process.exit(1)
}

/** The status nginx answers for /index.html, or null while it does not accept connections. */
function probe() {
  return new Promise((done) => {
    const req = request({ host: '127.0.0.1', port: values.port, path: '/index.html', agent: false }, (res) => {
      res.resume()
      done(res.statusCode ?? null)
    })
    req.on('error', () => done(null))
    req.end()
  })
}

for (let attempt = 0; attempt < 100 && child.exitCode === null; attempt++) {
  const status = await probe()
  if (status === 200) {
    serving = true
    console.log(`nginx serves ${root} on http://127.0.0.1:${values.port}/, proxying to ${values.upstream}`)
    break
  }
  if (status !== null) {
    fail(
      `nginx answers ${status} for ${root}/index.html: its worker processes (user ${workers}) cannot read it; ` +
        'they must be able to enter every folder above it and read the files.',
    )
  }
  await new Promise((done) => setTimeout(done, 100))
}
if (!serving && child.exitCode === null) fail(`nginx did not accept connections on 127.0.0.1:${values.port} within 10 seconds.`)
