// Starts the real built app in browser mode (`goodies serve`) on 127.0.0.1 with a fresh data dir, and a headless
// Debian Chromium driven by playwright-core. Both stop in `close()`.
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';

const repoRoot = resolve(__dirname, '../../..');

export interface BrowserModeApp {
  url: string;
  dataDir: string;
  browser: Browser;
  newPage(options?: { colorScheme?: 'light' | 'dark'; viewport?: { width: number; height: number } }): Promise<Page>;
  close(): Promise<void>;
}

/** `options.dataDir`: start on an existing data folder (benchmarks seed one); it is still removed by `close()`. */
export async function startBrowserMode(extraArgs: string[] = [], env: Record<string, string> = {}, options: { dataDir?: string } = {}): Promise<BrowserModeApp> {
  const dataDir = options.dataDir ?? mkdtempSync(join(tmpdir(), 'goodies-e2e-'));
  const server = spawn(process.execPath, [join(repoRoot, 'bin/goodies.mjs'), '--data-dir', dataDir, 'serve', '--port', '0', '--no-open', ...extraArgs], {
    cwd: repoRoot,
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const url = await waitForUrl(server);
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic'],
  });
  const contexts: BrowserContext[] = [];
  return {
    url,
    dataDir,
    browser,
    async newPage(options = {}) {
      const context = await browser.newContext({ colorScheme: options.colorScheme ?? 'light', viewport: options.viewport ?? { width: 1280, height: 800 } });
      contexts.push(context);
      const page = await context.newPage();
      await page.goto(url);
      return page;
    },
    async close() {
      for (const c of contexts) await c.close().catch(() => {});
      await browser.close().catch(() => {});
      await stop(server);
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

function waitForUrl(server: ChildProcess): Promise<string> {
  return new Promise((resolvePromise, reject) => {
    let output = '';
    const timer = setTimeout(() => reject(new Error(`browser mode did not print its URL within 30 s:\n${output}`)), 30_000);
    const onData = (chunk: Buffer): void => {
      output += chunk.toString();
      const m = /(http:\/\/127\.0\.0\.1:\d+\/#token=[\w-]+)/.exec(output);
      if (m?.[1]) {
        clearTimeout(timer);
        resolvePromise(m[1]);
      }
    };
    server.stdout?.on('data', onData);
    server.stderr?.on('data', onData);
    server.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`browser mode exited with ${code}:\n${output}`));
    });
  });
}

function stop(server: ChildProcess): Promise<void> {
  if (server.exitCode !== null) return Promise.resolve();
  return new Promise((resolvePromise) => {
    const kill = setTimeout(() => server.kill('SIGKILL'), 5_000);
    server.once('exit', () => {
      clearTimeout(kill);
      resolvePromise();
    });
    server.kill('SIGTERM');
  });
}

export const screenshotDir = join(repoRoot, 'tests/e2e/__screenshots__');
