import { randomUUID } from 'node:crypto';
import { readFile, rename, stat, unlink, writeFile } from 'node:fs/promises';
import { basename, resolve } from 'node:path';
import type { Command } from 'commander';
import { MAX_IMPORT_BYTES } from '../../../src-preload/contract';
import { AppError } from '../../../src-shared/errors';
import type { CliContext } from '../CliContext';
import { printJson } from '../cliOutput';
import { UsageError } from '../CliIo';

async function readImportFile(file: string): Promise<string> {
  const path = resolve(file);
  let sizeBytes: number;
  try {
    const info = await stat(path);
    if (!info.isFile()) throw new AppError('validation', `${file} is not a file.`);
    sizeBytes = info.size;
  } catch (error) {
    if (error instanceof AppError) throw error;
    throw new AppError('not_found', `Cannot read ${file}: ${(error as NodeJS.ErrnoException).code ?? 'unknown error'}.`);
  }
  // Checked before reading so a huge file is refused without loading it.
  if (sizeBytes > MAX_IMPORT_BYTES) {
    throw new AppError('too_large', `${file} is ${(sizeBytes / 1024 / 1024).toFixed(1)} MiB; imports are limited to ${MAX_IMPORT_BYTES / 1024 / 1024} MiB.`);
  }
  return readFile(path, 'utf8');
}

/** Temp file then rename: an interrupted export never leaves a half-written file where a good one was. */
async function writeFileAtomically(file: string, text: string): Promise<void> {
  const path = resolve(file);
  const temp = `${path}.${randomUUID()}.tmp`;
  try {
    await writeFile(temp, text, 'utf8');
    await rename(temp, path);
  } catch (error) {
    await unlink(temp).catch(() => undefined);
    throw new AppError('validation', `Cannot write ${file}: ${(error as NodeJS.ErrnoException).code ?? String(error)}.`);
  }
}

export function registerTransferCommands(program: Command, context: CliContext): void {
  program
    .command('import')
    .description('Import a home file (protocol JSON); all or nothing, audited. The first import replaces the demo home')
    .argument('<file>', 'path to the JSON file')
    .option('--replace', 'replace the whole home with the file (default when only the demo home is loaded)')
    .option('--merge', 'merge the file into the current home (default otherwise)')
    .option('--yes', 'import even if it changes locks, doors, alarms, heating or other security/safety devices')
    .action(async (file: string, options: { replace?: boolean; merge?: boolean; yes?: boolean }) => {
      if (options.replace && options.merge) throw new UsageError('Choose --replace or --merge, not both.');
      const json = await readImportFile(file);
      const mode = options.replace ? 'replace' : options.merge ? 'merge' : undefined;
      const counts = await context.withSession('cli', (session) =>
        session.call('home.importJson', { json, fileName: basename(file), ...(mode ? { mode } : {}), ...(options.yes ? { confirm: true } : {}) }),
      ).catch((error: unknown) => {
        if (error instanceof AppError && (error.options.details as { needs_confirmation?: boolean } | undefined)?.needs_confirmation) {
          throw new AppError('conflict', `${error.message.replace(/ confirm to import anyway\.$/, '')} Run again with --yes to import anyway.`, { details: error.options.details });
        }
        throw error;
      });
      if (context.globals.json) return printJson(context.io, counts);
      const verb = counts.mode === 'replace' ? 'Replaced the home with' : 'Imported';
      context.io.stdout(`${verb} ${counts.entityCount} entities and ${counts.relationshipCount} relationships from ${file}.\n`);
      if (counts.securityChanges.length > 0) context.io.stdout(`Confirmed security changes: ${counts.securityChanges.join('; ')}\n`);
    });

  program
    .command('export')
    .description('Export the whole home as a JSON file (protocol format)')
    .argument('<file>', 'where to write the JSON file')
    .action(async (file: string) => {
      const exported = await context.withSession('cli', (session) => session.call('home.exportJson', {}));
      await writeFileAtomically(file, exported.json);
      const counts = { entityCount: exported.entityCount, relationshipCount: exported.relationshipCount, file: resolve(file) };
      if (context.globals.json) return printJson(context.io, counts);
      context.io.stdout(`Exported ${counts.entityCount} entities and ${counts.relationshipCount} relationships to ${file}.\n`);
    });
}
