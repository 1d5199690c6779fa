// What a CLI run writes to and waits on; injected so tests run commands in-process and read what they printed.
export interface CliIo {
  stdout(text: string): void;
  stderr(text: string): void;
  /** Long-running commands (`serve`) stop when this aborts; the real entry wires it to SIGINT/SIGTERM. */
  stopSignal?: AbortSignal;
  /** Asks the person a question on the terminal (tier-3 confirmations); absent when not interactive. */
  prompt?: (question: string) => Promise<string>;
  /** Opens a URL in the user's browser (`serve`); absent means "cannot open". */
  openUrl?: (url: string) => void;
  /** All of standard input as text (`login --password-stdin`); absent when there is none to read. */
  readStdin?: () => Promise<string>;
}

/** Ends the run with this exit code after the command printed what it had to say (`sync`: 2 = offline). */
export class CliExit extends Error {
  override readonly name = 'CliExit';
  constructor(readonly code: number) {
    super(`exit ${code}`);
  }
}

/** Thrown by commands for wrong usage the parser cannot see (bad --args JSON): exit code 2. */
export class UsageError extends Error {
  override readonly name = 'UsageError';
}
