import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Command } from 'commander';
import { AppError } from '../../../src-shared/errors';
import { startBrowserModeServer } from '../../ipc/BrowserModeServer';
import { findAppRoot } from '../../platform/findAppRoot';
import type { CliContext } from '../CliContext';
import { UsageError } from '../CliIo';

function defaultRendererDir(): string {
  const appRoot = findAppRoot([fileURLToPath(new URL('.', import.meta.url)), process.cwd()]);
  return join(appRoot ?? process.cwd(), 'out', 'renderer');
}

function parsePort(text: string): number {
  const port = Number(text);
  if (!/^\d+$/.test(text) || !Number.isInteger(port) || port > 65_535) throw new UsageError(`--port must be a number from 0 to 65535 (0 picks a free one); got "${text}".`);
  return port;
}

function untilAborted(signal: AbortSignal | undefined): Promise<void> {
  return new Promise((resolve) => {
    if (!signal) return; // No stop signal: serve until the process is killed.
    if (signal.aborted) return resolve();
    signal.addEventListener('abort', () => resolve(), { once: true });
  });
}

export function registerServeCommand(program: Command, context: CliContext): void {
  program
    .command('serve')
    .description('Run Goodies in browser mode on 127.0.0.1 (the UI in your browser, no Electron needed)')
    .option('--port <n>', 'port to listen on (0 picks a free one)', '0')
    .option('--no-open', 'do not open the browser')
    .option('--renderer-dir <dir>', 'the built UI to serve (default: out/renderer)')
    .action(async (options: { port: string; open: boolean; rendererDir?: string }) => {
      const port = parsePort(options.port);
      const rendererDir = resolve(options.rendererDir ?? defaultRendererDir());
      if (!existsSync(join(rendererDir, 'index.html'))) {
        throw new AppError('unavailable', `The UI is not built (no index.html in ${rendererDir}). Run \`npm run build\` first.`, { retryable: false });
      }
      await context.withSession('browser', async (session) => {
        const server = await startBrowserModeServer({ handlers: session.handlers, events: session.events, rendererDir, host: '127.0.0.1', port, logger: session.logger });
        try {
          if (context.globals.json) {
            context.io.stdout(`${JSON.stringify({ url: server.url, origin: server.origin, port: server.port })}\n`);
          } else {
            context.io.stdout(`Goodies is running in browser mode. Open this address (it contains your access key):\n  ${server.url}\nData folder: ${session.dataDir}\nPress Ctrl+C to stop.\n`);
          }
          if (options.open) context.io.openUrl?.(server.url);
          await untilAborted(context.io.stopSignal);
        } finally {
          await server.dispose();
        }
      });
      if (!context.globals.json) context.io.stdout('Stopped.\n');
    });
}
