// One CSP for every way the renderer is loaded. The renderer never talks to the network itself (the main process
// does), so `connect-src` only needs our own WebSocket in browser mode and the dev server's HMR socket in development.

export interface CspOptions {
  /** Extra `connect-src` sources, e.g. `ws://127.0.0.1:5123` for browser mode. */
  connectSources?: string[];
  /** The Vite dev server injects an inline React-refresh preamble and talks HMR over ws. */
  devServerOrigin?: string;
}

export function contentSecurityPolicy(options: CspOptions = {}): string {
  const dev = options.devServerOrigin;
  const devWs = dev ? dev.replace(/^http/, 'ws') : undefined;
  const scriptSrc = ["'self'", ...(dev ? ["'unsafe-inline'", dev] : [])];
  const connectSrc = ["'self'", ...(options.connectSources ?? []), ...(dev && devWs ? [dev, devWs] : [])];
  return [
    "default-src 'self'",
    `script-src ${scriptSrc.join(' ')}`,
    // Inline styles: React `style` props and CSS-in-JS; a style cannot run code, unlike a script.
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self' data:",
    `connect-src ${connectSrc.join(' ')}`,
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'none'",
    "frame-ancestors 'none'",
    "worker-src 'self' blob:",
  ].join('; ');
}
