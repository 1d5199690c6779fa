// A device's open/closed reading by what it means: a home written in Spanish stores a valve's "abierta", a Brazilian
// one a gate's "fechado" (lexicon/openValues.json). "Which valve is open" compares the reading with "open", so a
// reading in the home's language must count as open, or the answer says none is open while it reads "abierta" (a wrong
// none: asuncion py101). The reading itself is still said as the home stores it.
import { z } from 'zod';
import type { Entity } from '../../src-shared/protocol/entities';
import raw from './lexicon/openValues.json';
import { phrases } from './lexiconTable';
import { openStateOf } from './deviceReadings';

const VALUES = z.object({ open: phrases, closed: phrases }).parse(raw);
const MEANING = new Map<string, 'open' | 'closed'>([...VALUES.open.map((v) => [v, 'open'] as const), ...VALUES.closed.map((v) => [v, 'closed'] as const)]);

/** "open" or "closed" for a reading in any language listed, else the reading as stored (e.g. "partly open (40%)"). */
export function openMeaningOf(device: Entity): string | undefined {
  const value = openStateOf(device);
  return value === undefined ? undefined : (MEANING.get(value.trim().toLowerCase()) ?? value);
}
