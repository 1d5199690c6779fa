// The `goodies` command: parses argv, runs one command, returns the exit code (0 ok, 1 failed call, 2 usage).
// Never calls process.exit, so tests run it in-process.
import { join } from 'node:path';
import { Command, CommanderError, Option } from 'commander';
import { AppError } from '../../src-shared/errors';
import type { Role } from '../api/callPolicy';
import { createFileLogger } from '../logging/PinoFileLogger';
import { defaultDataDir } from '../platform/defaultDataDir';
import { CliContext, type GlobalOptions } from './CliContext';
import { CliExit, UsageError, type CliIo } from './CliIo';
import { errorShapeOf, printError } from './cliOutput';
import { registerApprovalCommands } from './commands/approvalCommands';
import { registerAskCommand } from './commands/askCommand';
import { registerAssistantCommands, registerPersonaCommand } from './commands/assistantCommands';
import { registerHomeCommands } from './commands/homeCommands';
import { registerInfoCommand } from './commands/infoCommand';
import { registerLogsCommand } from './commands/logsCommand';
import { registerOutboxCommands } from './commands/outboxCommands';
import { registerServeCommand } from './commands/serveCommand';
import { registerSyncCommands } from './commands/syncCommands';
import { registerToolCommand } from './commands/toolCommand';
import { registerTransferCommands } from './commands/transferCommands';

export const EXIT_OK = 0;
export const EXIT_FAILED = 1;
export const EXIT_USAGE = 2;

function buildProgram(io: CliIo): { program: Command; context: CliContext } {
  const program = new Command('goodies');
  // Set before any subcommand is added: commander copies these settings into each subcommand it creates.
  program
    .exitOverride()
    .configureOutput({ writeOut: (s) => io.stdout(s), writeErr: (s) => io.stderr(s) })
    .showHelpAfterError('(run `goodies --help` for usage)')
    .description('The Goodies smart-home assistant from the command line')
    .option('--data-dir <dir>', 'data folder (default: the desktop app\'s; env GOODIES_DATA_DIR)')
    .option('--json', 'print results (and errors) as JSON on stdout', false)
    .addOption(new Option('--as <role>', 'act as this role: admin, user or guest (guests are read-only and never see private notes)').choices(['admin', 'user', 'guest']));
  const context = new CliContext(io, (): GlobalOptions => {
    const opts = program.opts<{ dataDir?: string; json: boolean; as?: Role }>();
    const dataDir = opts.dataDir ?? process.env.GOODIES_DATA_DIR;
    return { json: opts.json === true, ...(dataDir ? { dataDir } : {}), ...(opts.as ? { role: opts.as } : {}) };
  });
  registerAskCommand(program, context);
  registerHomeCommands(program, context);
  registerToolCommand(program, context);
  registerTransferCommands(program, context);
  registerServeCommand(program, context);
  registerInfoCommand(program, context);
  registerLogsCommand(program, context);
  registerApprovalCommands(program, context);
  registerAssistantCommands(program, context);
  registerPersonaCommand(program, context);
  registerSyncCommands(program, context);
  registerOutboxCommands(program, context);
  return { program, context };
}

export async function runCli(argv: readonly string[], io: CliIo): Promise<number> {
  const { program, context } = buildProgram(io);
  try {
    await program.parseAsync([...argv], { from: 'user' });
    return EXIT_OK;
  } catch (error) {
    if (error instanceof CommanderError) {
      // Commander has already printed its message; help and --version are successes.
      return error.code === 'commander.helpDisplayed' || error.code === 'commander.version' ? EXIT_OK : EXIT_USAGE;
    }
    if (error instanceof CliExit) return error.code;
    const json = safeJsonFlag(context);
    if (error instanceof UsageError) {
      printError(io, { ...errorShapeOf(error), type: 'validation', message: error.message }, json);
      return EXIT_USAGE;
    }
    const shape = errorShapeOf(error);
    // A failed call was logged at the boundary (dispatchCall); a bug in the command itself is logged here.
    const logFile = shape.type === 'internal' && !(error instanceof AppError) ? await logInternalError(context, error, shape.correlation_id) : undefined;
    if (logFile) shape.message = `Something went wrong inside Goodies. The details are in the log file ${logFile} (reference ${shape.correlation_id}).`;
    printError(io, shape, json);
    if (shape.type === 'internal' && process.env.GOODIES_DEBUG) io.stderr(`${String((error as Error)?.stack ?? error)}\n`);
    return EXIT_FAILED;
  }
}

async function logInternalError(context: CliContext, error: unknown, correlationId: string): Promise<string | undefined> {
  try {
    const dataDir = context.globals.dataDir ?? defaultDataDir();
    const logger = await createFileLogger({ logsDir: join(dataDir, 'logs'), runtime: 'cli' });
    logger.error('command failed', { correlation_id: correlationId, err: error });
    const file = logger.filePath;
    await logger.dispose();
    return file;
  } catch {
    return undefined; // No writable data folder: the message without a file name is still true.
  }
}

function safeJsonFlag(context: CliContext): boolean {
  try {
    return context.globals.json;
  } catch {
    return false;
  }
}
