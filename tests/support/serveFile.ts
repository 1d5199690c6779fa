// Serves one file over HTTP on 127.0.0.1 (a port the OS picks) until `close()`: a model "download site" for tests.
import { readFileSync } from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';

export async function serveFile(path: string, name = 'model.gguf'): Promise<{ url: string; close(): Promise<void> }> {
  const body = readFileSync(path);
  const server = http.createServer((req, res) => {
    if (req.url !== `/${name}`) {
      res.writeHead(404).end();
      return;
    }
    res.writeHead(200, { 'content-type': 'application/octet-stream', 'content-length': body.length, 'accept-ranges': 'none' });
    res.end(body);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/${name}`,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

/** A model catalogue file with one entry (the tiny test model at `url`), written to `path`. */
export function catalogueJson(url: string, sha256: string | null, sizeBytes: number): string {
  return JSON.stringify({ models: [{ id: 'tiny', name: 'Tiny test model', sizeBytes, licence: 'MIT', url, sha256, notes: 'served by the test' }] });
}
