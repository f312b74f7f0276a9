#!/usr/bin/env node
// Serves the built site as a static host would: `_headers` applied (CSP as a real header, content types with
// charsets), addresses without the trailing slash redirected to it, the 404 page for anything else.
// Usage: node scripts/serve.mjs [--port 4321] [--host 127.0.0.1] [--dir dist]
import { createReadStream, existsSync, readFileSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, resolve, sep } from 'node:path';
import { parseHeadersFile, patternCovers } from '../src/integrations/headers-file.ts';

const flag = (name, fallback) => {
  const at = process.argv.indexOf(`--${name}`);
  return at > 0 && process.argv[at + 1] ? process.argv[at + 1] : fallback;
};
const root = resolve(flag('dir', process.env.DIST_DIR ?? 'dist'));
const port = Number(flag('port', process.env.PORT ?? 4321));
const host = flag('host', 'localhost');

const types = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.md': 'text/markdown; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.wasm': 'application/wasm',
  '.webmanifest': 'application/manifest+json',
};

if (!existsSync(join(root, 'index.html'))) {
  console.error(`No built site in ${root}: run the build first (npm run build).`);
  process.exit(2);
}
const rules = existsSync(join(root, '_headers')) ? parseHeadersFile(readFileSync(join(root, '_headers'), 'utf8')) : [];

/** The file under the root for a URL path, or undefined (never outside the root). */
function fileFor(path) {
  const file = resolve(root, `.${path}`);
  if (file !== root && !file.startsWith(root + sep)) return undefined;
  try {
    const stat = statSync(file);
    if (stat.isFile()) return file;
    if (stat.isDirectory() && existsSync(join(file, 'index.html'))) return join(file, 'index.html');
  } catch {
    return undefined;
  }
  return undefined;
}

function send(response, status, file, path, method) {
  const headers = { 'Content-Type': types[extname(file)] ?? 'application/octet-stream' };
  for (const rule of rules) if (patternCovers(rule.pattern, path)) for (const [name, value] of rule.headers) headers[name] = value;
  response.writeHead(status, headers);
  if (method === 'HEAD') response.end();
  else createReadStream(file).pipe(response);
}

createServer((request, response) => {
  const method = request.method ?? 'GET';
  if (method !== 'GET' && method !== 'HEAD') {
    response.writeHead(405, { Allow: 'GET, HEAD' }).end();
    return;
  }
  const url = new URL(request.url ?? '/', 'http://localhost');
  let path;
  try {
    path = decodeURIComponent(url.pathname);
  } catch {
    path = '/404';
  }
  const file = path.includes('\0') ? undefined : fileFor(path);
  if (file && !path.endsWith('/') && file.endsWith(`${sep}index.html`) && !path.endsWith('.html')) {
    response.writeHead(301, { Location: `${url.pathname}/${url.search}` }).end();
    return;
  }
  if (file) send(response, 200, file, path, method);
  else send(response, 404, join(root, '404.html'), path, method);
}).listen(port, host, () => console.log(`Serving ${root} at http://${host}:${port}/`));
