// Which page may call the contract over Electron IPC: our built index.html (any hash route, e.g. `#/quick`) or the
// dev server's origin in development. Anything else (a navigated-away frame, an injected iframe) is refused.
import { fileURLToPath, pathToFileURL } from 'node:url';
import { resolve } from 'node:path';

export type RendererLocation =
  | { kind: 'file'; indexHtmlPath: string }
  | { kind: 'devServer'; origin: string };

export function rendererUrl(location: RendererLocation, hashRoute?: string): string {
  const base = location.kind === 'file' ? pathToFileURL(location.indexHtmlPath).href : `${location.origin}/`;
  return hashRoute ? `${base}#${hashRoute}` : base;
}

export function isTrustedRendererUrl(url: string | undefined, location: RendererLocation): boolean {
  if (!url) return false;
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return false;
  }
  if (location.kind === 'devServer') {
    return parsed.origin === new URL(location.origin).origin;
  }
  if (parsed.protocol !== 'file:') return false;
  try {
    return resolve(fileURLToPath(parsed)) === resolve(location.indexHtmlPath);
  } catch {
    return false;
  }
}
