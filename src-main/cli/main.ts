// Entry of the built CLI (out/cli/main.js, started by bin/goodies.mjs). Wires the real process to runCli.
import { spawn } from 'node:child_process';
import { createInterface } from 'node:readline/promises';
import { runCli } from './runCli';

function openInBrowser(url: string): void {
  const [command, args] =
    process.platform === 'darwin' ? ['open', [url]]
      : process.platform === 'win32' ? ['cmd', ['/c', 'start', '""', url]]
        : ['xdg-open', [url]];
  try {
    const child = spawn(command, args, { stdio: 'ignore', detached: true });
    // No browser opener (a headless server): the printed URL is enough.
    child.on('error', () => undefined);
    child.unref();
  } catch {
    // Same: opening is a convenience.
  }
}

async function askOnTerminal(question: string): Promise<string> {
  const rl = createInterface({ input: process.stdin, output: process.stderr });
  try {
    return await rl.question(question);
  } finally {
    rl.close();
  }
}

async function readAllStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

const stop = new AbortController();
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => stop.abort());
}

process.exitCode = await runCli(process.argv.slice(2), {
  stdout: (text) => void process.stdout.write(text),
  stderr: (text) => void process.stderr.write(text),
  stopSignal: stop.signal,
  openUrl: openInBrowser,
  readStdin: readAllStdin,
  // Only a person at a terminal can type a confirmation; piped input never confirms a tier-3 change.
  ...(process.stdin.isTTY ? { prompt: askOnTerminal } : {}),
});
