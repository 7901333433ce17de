// A throwaway static server for the benchmark: the repository's files plus pages generated in memory.
import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize } from 'node:path';
import { gzipSync } from 'node:zlib';

const TYPES = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.css': 'text/css', '.map': 'application/json' };

/**
 * Serves `pages` (path → HTML string) first, then files under `root`. Listens on a free local port.
 * @returns {Promise<{ origin: string, pages: Map<string, string>, close: () => Promise<void> }>}
 */
export async function startServer(root) {
  const pages = new Map();
  const compressed = new Map();
  const server = createServer(async (request, response) => {
    const path = decodeURIComponent(new URL(request.url, 'http://x').pathname);
    try {
      const body = pages.get(path) ?? (await readFile(join(root, normalize(path).replace(/^(\.\.[/\\])+/, ''))));
      const headers = { 'content-type': TYPES[extname(path)] ?? 'text/html; charset=utf-8', 'cache-control': 'no-store' };
      // Compressed like any real host or CDN serves text, so the transfer is what a reader downloads.
      const gzip = /\bgzip\b/.test(request.headers['accept-encoding'] ?? '');
      if (gzip) headers['content-encoding'] = 'gzip';
      response.writeHead(200, headers);
      // Compressed once per content, as a CDN keeps it: compressing on every request would bill page A for it.
      if (gzip && !compressed.has(path)) compressed.set(path, gzipSync(body));
      response.end(gzip ? compressed.get(path) : body);
    } catch {
      response.writeHead(404).end();
    }
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const origin = `http://127.0.0.1:${server.address().port}`;
  return { origin, pages, close: () => new Promise((resolve) => server.close(resolve)) };
}
