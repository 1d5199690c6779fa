#!/usr/bin/env node
// The `goodies` command. The CLI itself is TypeScript built into out/cli/main.js by `npm run build`.
import { existsSync } from 'node:fs';

// `goodies server …` runs the home server (src-server/), a separate entry so the desktop CLI never loads it.
const entry = new URL(process.argv[2] === 'server' ? '../out/cli/server.js' : '../out/cli/main.js', import.meta.url);
if (!existsSync(entry)) {
  process.stderr.write('Error (unavailable): the Goodies CLI is not built yet. Run `npm run build` first.\n');
  process.exit(1);
}
await import(entry.href);
