// The log port of a chat turn. Every line a turn writes goes through a logger bound to the turn's correlation id, so
// the id cannot be forgotten on one line; the sink (the app's rotating log file) is given by the composition root.
import type { Logger } from '../logging/Logger';

export interface TurnLogLine {
  level: 'info' | 'warn' | 'error';
  message: string;
  correlation_id: string;
  fields: Record<string, unknown>;
}

export interface TurnLogSink {
  write(line: TurnLogLine): void;
}

export interface TurnLogger {
  info(message: string, fields?: Record<string, unknown>): void;
  warn(message: string, fields?: Record<string, unknown>): void;
  error(message: string, fields?: Record<string, unknown>): void;
}

export function bindTurnLogger(sink: TurnLogSink | undefined, correlationId: string): TurnLogger {
  const write = (level: TurnLogLine['level'], message: string, fields: Record<string, unknown> = {}): void =>
    sink?.write({ level, message, correlation_id: correlationId, fields });
  return {
    info: (message, fields) => write('info', message, fields),
    warn: (message, fields) => write('warn', message, fields),
    error: (message, fields) => write('error', message, fields),
  };
}

/** The turn's lines as JSON lines of the app's logger (the rotating file in logs/), each with its correlation id. */
export function turnLogToLogger(logger: Logger): TurnLogSink {
  return { write: (line) => logger[line.level](line.message, { ...line.fields, correlation_id: line.correlation_id }) };
}
