// How results and errors are printed: human text by default, JSON with --json (errors in the boundary shape).
import { randomUUID } from 'node:crypto';
import { toAppErrorShape, type AppErrorShape } from '../../src-shared/errors';
import type { CliIo } from './CliIo';

export function errorShapeOf(error: unknown): AppErrorShape {
  return toAppErrorShape(error, randomUUID());
}

export function printError(io: CliIo, shape: AppErrorShape, json: boolean): void {
  // With --json the one JSON document always goes to stdout, success or not; the exit code tells which.
  if (json) io.stdout(`${JSON.stringify({ ok: false, error: shape }, null, 2)}\n`);
  else io.stderr(`Error (${shape.type}): ${shape.message}\n`);
}

export function printJson(io: CliIo, value: unknown): void {
  io.stdout(`${JSON.stringify(value, null, 2)}\n`);
}
