// A state value written in the home's language: a Romanian stove's `status: "aprinsă"` (lit) is on, "stinsă" off
// (lexicon/romanian.json "states"). Read wherever an English "on"/"off" value is, so "is the stove lit" is never "no
// heater is on" beside a stove whose data says it burns. One language's words stay in its file.
import { z } from 'zod';
import romanian from './lexicon/romanian.json';
import { withoutMarks } from './normalizeText';

const statesSchema = z.object({ states: z.object({ on: z.array(z.string().min(1)), off: z.array(z.string().min(1)) }) }).passthrough();
const fold = (value: string): string => withoutMarks(value.trim());
const BY_WORD: ReadonlyMap<string, 'on' | 'off'> = new Map(
  [romanian].flatMap((lexicon) => {
    const { on, off } = statesSchema.parse(lexicon).states;
    return [...on.map((w) => [fold(w), 'on'] as const), ...off.map((w) => [fold(w), 'off'] as const)];
  }),
);

/** "on" or "off" for a state value another language writes ("aprinsă", "oprit"), else undefined. */
export function foreignOnOff(value: string): 'on' | 'off' | undefined {
  return BY_WORD.get(fold(value));
}
