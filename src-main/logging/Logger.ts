// The core's logger port. Every internal error goes through it with its stack and the correlation id of its turn;
// the file behind it (pino, rotating, in the data folder's logs/) is picked by the composition root.

export interface LogFields {
  /** The turn or call this line belongs to: the same id the user sees as "ref …". */
  correlation_id?: string;
  /** An Error (serialised with its stack) or anything thrown. */
  err?: unknown;
  [key: string]: unknown;
}

export interface Logger {
  debug(message: string, fields?: LogFields): void;
  info(message: string, fields?: LogFields): void;
  warn(message: string, fields?: LogFields): void;
  error(message: string, fields?: LogFields): void;
  /** A logger whose every line carries `bindings` too (e.g. `{ component: 'shell' }`). */
  child(bindings: LogFields): Logger;
  /** The file lines go to now, named in "the details are in the log" messages; undefined when not writing a file. */
  readonly filePath: string | undefined;
}

/** For code that runs before a file logger exists or in tests that do not look at logs. */
export const consoleLogger: Logger = {
  debug: () => undefined,
  info: (message, fields) => console.info(message, fields ?? ''),
  warn: (message, fields) => console.warn(message, fields ?? ''),
  error: (message, fields) => console.error(message, fields ?? ''),
  child: () => consoleLogger,
  filePath: undefined,
};
