// Remembered main-window bounds: a small JSON file in the data folder, validated when read, and ignored when the
// display it was on is gone (a window restored off-screen is a window the user cannot find).
import { readFileSync, writeFileSync } from 'node:fs';
import { z } from 'zod';
import type { WindowBounds } from './electronSeam';

export const WINDOW_STATE_FILE = 'window-state.json';
const MIN_VISIBLE_PX = 80;

const boundsSchema = z.object({
  x: z.number().int(),
  y: z.number().int(),
  width: z.number().int().min(320).max(20_000),
  height: z.number().int().min(240).max(20_000),
});

export function readWindowBounds(file: string, displays: readonly WindowBounds[]): WindowBounds | undefined {
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(file, 'utf8'));
  } catch {
    return undefined;
  }
  const parsed = boundsSchema.safeParse(raw);
  if (!parsed.success) return undefined;
  const bounds = parsed.data;
  return displays.some((d) => overlap(bounds, d) >= MIN_VISIBLE_PX) ? bounds : undefined;
}

export function writeWindowBounds(file: string, bounds: WindowBounds): void {
  writeFileSync(file, JSON.stringify(boundsSchema.parse(roundBounds(bounds))), { mode: 0o600 });
}

function roundBounds(b: WindowBounds): WindowBounds {
  return { x: Math.round(b.x), y: Math.round(b.y), width: Math.round(b.width), height: Math.round(b.height) };
}

/** How many pixels of the window's width and height lie on the display (the smaller of the two). */
function overlap(a: WindowBounds, b: WindowBounds): number {
  const w = Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x);
  const h = Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y);
  return Math.max(0, Math.min(w, h));
}
