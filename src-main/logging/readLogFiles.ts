// Reading the log folder back for people: which files exist (newest last), their last lines, and each JSON line as
// one readable line. Used by `goodies logs [--follow]`.
import { open, readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { LOG_FILE_BASE } from './PinoFileLogger';

const LOG_FILE = new RegExp(`^${LOG_FILE_BASE}\\.(?:[\\d-]+\\.)?(\\d+)\\.log$`);

/** The log files, oldest first (by modification time, then by their roll number). */
export async function listLogFiles(logsDir: string): Promise<string[]> {
  let names: string[];
  try {
    names = await readdir(logsDir);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
    throw error;
  }
  const files = await Promise.all(
    names
      .map((name) => ({ name, match: LOG_FILE.exec(name) }))
      .filter((f) => f.match)
      .map(async ({ name, match }) => ({ path: join(logsDir, name), number: Number(match?.[1]), mtimeMs: (await stat(join(logsDir, name))).mtimeMs })),
  );
  return files.sort((a, b) => a.mtimeMs - b.mtimeMs || a.number - b.number).map((f) => f.path);
}

/** The last `count` lines over the newest files. */
export async function readLastLines(files: readonly string[], count: number): Promise<string[]> {
  if (count <= 0) return [];
  const lines: string[] = [];
  for (const file of [...files].reverse()) {
    const text = await readFrom(file, 0);
    lines.unshift(...text.split('\n').filter((l) => l.trim() !== ''));
    if (lines.length >= count) break;
  }
  return lines.slice(-count);
}

/** What was appended to `file` since `offset` (bytes). */
export async function readFrom(file: string, offset: number): Promise<string> {
  const handle = await open(file, 'r');
  try {
    const { size } = await handle.stat();
    if (size <= offset) return '';
    const buffer = Buffer.alloc(size - offset);
    await handle.read(buffer, 0, buffer.length, offset);
    return buffer.toString('utf8');
  } finally {
    await handle.close();
  }
}

interface LogRecord {
  time?: string;
  level?: string;
  msg?: string;
  runtime?: string;
  correlation_id?: string;
  err?: { type?: string; message?: string; stack?: string };
  [key: string]: unknown;
}

const SHOWN = new Set(['time', 'level', 'msg', 'runtime', 'correlation_id', 'err', 'pid', 'hostname']);

/** `2026-12-02T14:00:00.000Z ERROR [cli] call failed call=home.getTree ref=…` and the stack indented below. */
export function formatLogLine(line: string): string {
  let record: LogRecord;
  try {
    record = JSON.parse(line) as LogRecord;
  } catch {
    return line;
  }
  if (!record || typeof record !== 'object') return line;
  const extra = Object.entries(record)
    .filter(([key]) => !SHOWN.has(key))
    .map(([key, value]) => `${key}=${typeof value === 'string' ? value : JSON.stringify(value)}`);
  const head = [record.time ?? '', (record.level ?? '').toUpperCase(), record.runtime ? `[${record.runtime}]` : '', record.msg ?? '', ...extra, record.correlation_id ? `ref=${record.correlation_id}` : '']
    .filter(Boolean)
    .join(' ');
  const err = record.err ? `\n  ${(record.err.stack ?? `${record.err.type ?? 'Error'}: ${record.err.message ?? ''}`).split('\n').join('\n  ')}` : '';
  return head + err;
}
