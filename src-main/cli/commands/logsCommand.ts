// `goodies logs [--follow]`: the log files of the data folder, readable (or raw JSON lines with --json). Needs no
// database, so it works while the app is running and when the app cannot start.
import { join } from 'node:path';
import type { Command } from 'commander';
import { formatLogLine, listLogFiles, readFrom, readLastLines } from '../../logging/readLogFiles';
import { defaultDataDir } from '../../platform/defaultDataDir';
import type { CliContext } from '../CliContext';
import { UsageError } from '../CliIo';

const FOLLOW_POLL_MS = 250;

export function registerLogsCommand(program: Command, context: CliContext): void {
  program
    .command('logs')
    .description('Show the log (JSON lines in the data folder\'s logs/); --follow keeps printing new lines')
    .option('-n, --lines <n>', 'how many of the last lines to show', '50')
    .option('-f, --follow', 'keep printing new lines until Ctrl+C', false)
    .action(async (options: { lines: string; follow: boolean }) => {
      const count = Number(options.lines);
      if (!/^\d+$/.test(options.lines) || count > 100_000) throw new UsageError(`--lines must be a number from 0 to 100000; got "${options.lines}".`);
      const logsDir = join(context.globals.dataDir ?? defaultDataDir(), 'logs');
      const print = (line: string): void => context.io.stdout(`${context.globals.json ? line : formatLogLine(line)}\n`);
      const files = await listLogFiles(logsDir);
      context.io.stderr(files.length ? `Logs folder: ${logsDir}\n` : `No log files yet in ${logsDir}\n`);
      for (const line of await readLastLines(files, count)) print(line);
      if (options.follow) await follow(logsDir, files.at(-1), print, context.io.stopSignal);
    });
}

/** Polls the newest file for appended lines and moves on to a newer file when the log rolls. */
async function follow(logsDir: string, start: string | undefined, print: (line: string) => void, stop: AbortSignal | undefined): Promise<void> {
  let file = start;
  let offset = file ? Buffer.byteLength(await readFrom(file, 0)) : 0;
  let partial = '';
  while (!stop?.aborted) {
    await new Promise<void>((resolve) => {
      const timer = setTimeout(resolve, FOLLOW_POLL_MS);
      stop?.addEventListener('abort', () => (clearTimeout(timer), resolve()), { once: true });
    });
    if (file) {
      const text = await readFrom(file, offset).catch(() => '');
      offset += Buffer.byteLength(text);
      const lines = (partial + text).split('\n');
      partial = lines.pop() ?? '';
      for (const line of lines) if (line.trim()) print(line);
    }
    const newest = (await listLogFiles(logsDir)).at(-1);
    if (newest && newest !== file) {
      file = newest;
      offset = 0;
      partial = '';
    }
  }
}
