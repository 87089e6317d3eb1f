// A tiny static server for the demo CRM page, on loopback only.
import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';

const DEMO = fileURLToPath(new URL('./demo-crm/index.html', import.meta.url));

/** Starts the server on a free port; resolves to { url, close }. */
export async function serveDemoCrm(port = 0) {
  const html = await readFile(DEMO);
  const server = createServer((request, response) => {
    if (request.url === '/' || request.url?.startsWith('/?') || request.url === '/index.html') {
      response.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' });
      response.end(html);
    } else {
      response.writeHead(404, { 'content-type': 'text/plain' });
      response.end('Not found');
    }
  });
  await new Promise((resolve) => server.listen(port, '127.0.0.1', resolve));
  const { port: actual } = server.address();
  return {
    url: `http://127.0.0.1:${actual}/`,
    // Drop the browser's keep-alive connections, or close() waits for them.
    close: () =>
      new Promise((resolve) => {
        server.close(resolve);
        server.closeAllConnections();
      }),
  };
}
