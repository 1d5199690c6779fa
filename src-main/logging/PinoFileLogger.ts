// The Logger over pino, writing JSON lines to a size- and day-rotated file in the data folder's logs/ (pino-roll).
// Writes are synchronous: log volume is low, and the line for an internal error must be on disk before the user
// reads "the details are in the log", even if the process dies next.
import { join } from 'node:path';
import pino, { type Logger as Pino } from 'pino';
import pinoRoll from 'pino-roll';
import type { Disposable } from '../lifecycle/Disposable';
import type { LogFields, Logger } from './Logger';
import { redactText, redactValue } from './redactSecrets';

export const LOG_FILE_BASE = 'goodies';

export interface FileLoggerOptions {
  logsDir: string;
  /** Which process writes (lines from the app, browser mode and the CLI share the folder). */
  runtime: string;
  level?: 'debug' | 'info' | 'warn' | 'error';
  /** Rotate at this size (pino-roll units, e.g. '10m') and at least daily; keep this many old files. */
  maxFileSize?: string;
  keepFiles?: number;
}

interface RollingStream {
  readonly file: string;
  flushSync(): void;
  end(): void;
  once(event: 'close' | 'finish', listener: () => void): void;
}

class PinoLogger implements Logger, Disposable {
  constructor(
    private readonly pino: Pino,
    private readonly stream: RollingStream,
  ) {}

  get filePath(): string | undefined {
    return this.stream.file;
  }

  debug(message: string, fields?: LogFields): void {
    this.write('debug', message, fields);
  }

  info(message: string, fields?: LogFields): void {
    this.write('info', message, fields);
  }

  warn(message: string, fields?: LogFields): void {
    this.write('warn', message, fields);
  }

  error(message: string, fields?: LogFields): void {
    this.write('error', message, fields);
  }

  child(bindings: LogFields): Logger {
    return new PinoLogger(this.pino.child(redactValue(bindings) as Record<string, unknown>), this.stream);
  }

  /** Flushes and closes the file (children share it: only the root logger is disposed). */
  dispose(): Promise<void> {
    return new Promise<void>((resolve) => {
      try {
        this.stream.flushSync();
      } catch {
        // Nothing buffered (sync mode) or already closed.
      }
      this.stream.once('close', resolve);
      this.stream.end();
      setTimeout(resolve, 1000).unref();
    });
  }

  private write(level: 'debug' | 'info' | 'warn' | 'error', message: string, fields: LogFields | undefined): void {
    const text = redactText(message);
    if (fields) this.pino[level](redactValue(fields) as Record<string, unknown>, text);
    else this.pino[level](text);
  }
}

export type FileLogger = Logger & Disposable;

export async function createFileLogger(options: FileLoggerOptions): Promise<FileLogger> {
  const stream = (await pinoRoll({
    file: join(options.logsDir, LOG_FILE_BASE),
    extension: '.log',
    size: options.maxFileSize ?? '10m',
    frequency: 'daily',
    limit: { count: options.keepFiles ?? 5 },
    mkdir: true,
    sync: true,
  })) as unknown as RollingStream;
  const instance = pino(
    {
      level: options.level ?? 'info',
      base: { pid: process.pid, runtime: options.runtime },
      timestamp: pino.stdTimeFunctions.isoTime,
      formatters: { level: (label) => ({ level: label }) },
      // Errors are already serialised (and scrubbed) by redactValue; pino's own serializer would undo that.
      serializers: { err: (value: unknown) => value },
    },
    stream as unknown as pino.DestinationStream,
  );
  return new PinoLogger(instance, stream);
}
