// Entry of the built server (out/cli/server.js), started by `goodies server …` (bin/goodies.mjs dispatches here so
// the desktop CLI never loads server code).
import { runServerCli } from './cli/runServerCli';

const stop = new AbortController();
for (const signal of ['SIGINT', 'SIGTERM'] as const) process.once(signal, () => stop.abort());

async function readStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

const args = process.argv.slice(2);
process.exitCode = await runServerCli(args[0] === 'server' ? args.slice(1) : args, {
  stdout: (text) => void process.stdout.write(text),
  stderr: (text) => void process.stderr.write(text),
  readStdin,
  stopSignal: stop.signal,
});
