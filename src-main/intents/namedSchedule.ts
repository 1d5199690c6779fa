// "what's the heating schedule", "the watering timetable": a schedule the home names by what it runs ("Heating times",
// "Watering the tunnel"), asked by that word, while the word itself resolved to one device (a thermostat) that has no
// schedule of its own. The schedule whose name says the question's word is the answer, not "no schedule".
import type { Entity } from '../../src-shared/protocol/entities';
import { CUES } from './cueWords';
import type { HomeSnapshot } from './HomeIndex';
import { STOP_WORDS } from './mentions';
import { tokenize } from './normalizeText';
import { stemMatch } from './procedureFit';

const FRAME = new Set([...CUES.schedule, ...CUES.date, ...CUES.exist, 'what', 'which', 'whats', 'show', 'tell']);
const MIN_LETTERS = 4;

/** The one schedule whose name holds most of the question's own words (not the device's name words), if one does. */
export function scheduleNamedBy(words: readonly string[], snapshot: HomeSnapshot, device: Entity): Entity | undefined {
  const own = new Set(tokenize(device.name).map((t) => t.key));
  const asked = [...new Set(words)].filter((w) => w.length >= MIN_LETTERS && !STOP_WORDS.has(w) && !FRAME.has(w) && !own.has(w));
  if (asked.length === 0) return namesTheDevice(snapshot, [...own]);
  let best: Entity | undefined;
  let bestHits = 0;
  let tie = false;
  for (const schedule of snapshot.automations) {
    if (schedule.entity_type !== 'schedule') continue;
    const nameKeys = tokenize(schedule.name).map((t) => t.key);
    const hits = asked.filter((w) => nameKeys.some((k) => stemMatch(k, w))).length;
    if (hits === 0 || hits < bestHits) continue;
    tie = hits === bestHits;
    if (hits > bestHits) [best, bestHits] = [schedule, hits];
  }
  return tie ? undefined : best;
}

/** "what's the furnace schedule" when no schedule is linked to Furnace: the one schedule whose name holds the device's. */
function namesTheDevice(snapshot: HomeSnapshot, own: readonly string[]): Entity | undefined {
  if (own.length === 0) return undefined;
  const named = snapshot.automations.filter((s) => s.entity_type === 'schedule' && own.every((w) => tokenize(s.name).some((t) => t.key === w)));
  return named.length === 1 ? named[0] : undefined;
}
