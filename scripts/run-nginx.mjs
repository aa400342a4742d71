// Runs Debian's nginx in the foreground with deploy/nginx.conf, for the end-to-end test of the
// deployment recipe: the recipe's three CHANGE values are replaced, and a minimal main config
// puts pid, logs and temp files in a throwaway folder so it runs without root.
// Usage: node scripts/run-nginx.mjs --port 4176 --root dist --upstream 127.0.0.1:8191
import { spawn } from 'node:child_process'
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { parseArgs } from 'node:util'

const { values } = parseArgs({
  options: { port: { type: 'string' }, root: { type: 'string' }, upstream: { type: 'string' } },
})
if (!values.port || !values.root || !values.upstream) {
  console.error('usage: run-nginx.mjs --port P --root DIR --upstream HOST:PORT')
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

const recipe = readFileSync(new URL('../deploy/nginx.conf', import.meta.url), 'utf8')
  .replace(/server 127\.0\.0\.1:8181;/, `server ${values.upstream};`)
  .replace(/listen 8080;/, `listen 127.0.0.1:${values.port};`)
  .replace(/root \/srv\/influxdb3-console;/, `root ${resolve(values.root)};`)
const dir = mkdtempSync(join(tmpdir(), 'console-nginx-'))
writeFileSync(join(dir, 'console.conf'), recipe)
writeFileSync(
  join(dir, 'nginx.conf'),
  `daemon off;
worker_processes 1;
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
const child = spawn(nginx, ['-p', dir, '-c', join(dir, 'nginx.conf')], { stdio: 'inherit' })
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill('SIGQUIT'))
child.on('exit', (code) => process.exit(code ?? 0))
