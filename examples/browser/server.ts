import { readFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

const types: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
};

/**
 * A running static server.
 *
 * @example
 * ```ts
 * const server: StaticServer = await serveStatic();
 * server.url;
 * //=> 'http://127.0.0.1:41234/'
 * ```
 */
export interface StaticServer {
  /** The base URL, `http://127.0.0.1:<port>/`. */
  readonly url: string;
  close(): Promise<void>;
}

/**
 * Serves a folder (default: this example) on 127.0.0.1 at a free port, for the end-to-end tests.
 * GET and HEAD only; paths that leave the folder, and file types it does not know, are 404.
 *
 * @example
 * ```ts
 * const server = await serveStatic();
 * await page.goto(server.url);
 * await server.close();
 * ```
 */
export async function serveStatic(
  root = fileURLToPath(new URL('.', import.meta.url)),
): Promise<StaticServer> {
  const base = resolve(root);
  const server = createServer(async (request, response) => {
    try {
      const path = decodeURIComponent(new URL(request.url ?? '/', 'http://localhost').pathname);
      const file = resolve(base, `.${path.endsWith('/') ? `${path}index.html` : path}`);
      const type = types[extname(file)];
      if ((request.method !== 'GET' && request.method !== 'HEAD') || !file.startsWith(base + sep) || !type) {
        response.writeHead(404).end();
        return;
      }
      const body = await readFile(file);
      response.writeHead(200, { 'content-type': type, 'cache-control': 'no-store' });
      response.end(request.method === 'HEAD' ? undefined : body);
    } catch {
      // A malformed path or a missing file.
      response.writeHead(404).end();
    }
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/`,
    close: () => new Promise<void>((done, fail) => server.close((error) => (error ? fail(error) : done()))),
  };
}
