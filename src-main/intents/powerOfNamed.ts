// "how much power is eetu's pc pulling", "whats the F350 pulling for watts", "how much power does the lichterkette
// draw": the power one device draws, the device said by a word of its name, description or model (a plug "for Eetu's
// PS5", the "F-350 block heater"). The slot parse lost the partial name — it declined on the words it did not know, or
// listed every meter and plug of the home. When exactly one device that measures power is named best by the
// question's own words, its state answers; otherwise the match stands.
import { z } from 'zod';
import type { Entity } from '../../src-shared/protocol/entities';
import { ALL_CUES } from './cueWords';
import { devicesDescribedBy } from './describedWords';
import type { HomeSnapshot } from './HomeIndex';
import type { IntentMatch } from './IntentEngine';
import { STOP_WORDS } from './mentions';
import { keyOf, tokenize } from './normalizeText';
import lexicon from './lexicon/powerDrawn.json';
import { isQuantityWord, readingsOf } from './stateQuantities';

const LEXICON = z.object({ asked: z.array(z.string().min(1)), notNow: z.array(z.string().min(1)) }).strict().parse(lexicon);
/** Words that ask for the power drawn now, in several languages (lexicon/powerDrawn.json, as keys). */
const POWER_ASKED: ReadonlySet<string> = new Set(LEXICON.asked.map(keyOf));
/** Words that ask for energy over a time, or the home's total: another answer (the readings of the meters). */
const NOT_NOW: ReadonlySet<string> = new Set(LEXICON.notNow.map(keyOf));
const WHICH: ReadonlySet<string> = new Set(['which', 'who', 'watch', 'watche', 'watches', 'monitor', 'monitors']);
/** Answers the power of one device replaces: a list of every meter, a search, a kind. */
const OVERRIDABLE: ReadonlySet<string> = new Set(['readings', 'search_graph', 'list_kind', 'count_kind', 'by_capability', 'devices_in_place']);

interface Understood { match: IntentMatch; text: string; scope?: Entity[] }

// Read as understood and as typed: "cat trage PC-ul lui Matei, in wati" keeps its verb and unit only as typed.
export function withPowerOfNamed<T extends Understood>(understood: T | undefined, text: string, typed: string, snapshot: HomeSnapshot): T | Understood | undefined {
  const keys = [...tokenize(text), ...(typed === text ? [] : tokenize(typed))].map((t) => t.key);
  if (!keys.some((k) => POWER_ASKED.has(k)) || keys.some((k) => NOT_NOW.has(k))) return undefined;
  // "which one watches the JPS power?": a device asked for, not the power one draws.
  if (keys.some((k) => WHICH.has(k))) return undefined;
  const match = understood?.match;
  if (match && !OVERRIDABLE.has(match.intent)) return undefined;
  const words = [...new Set(keys)].filter((k) => k.length >= 3 && !STOP_WORDS.has(k) && !ALL_CUES.has(k) && !isQuantityWord(k) && !POWER_ASKED.has(k));
  const hits = new Map<Entity, number>();
  for (const word of words) {
    for (const device of devicesDescribedBy(snapshot, word)) {
      if (readingsOf(device, 'power').length > 0) hits.set(device, (hits.get(device) ?? 0) + 1);
    }
  }
  const best = Math.max(0, ...hits.values());
  const top = [...hits].filter(([, n]) => n === best).map(([d]) => d);
  const [one] = top;
  if (best === 0 || top.length !== 1 || !one) return undefined;
  const reread: IntentMatch = { intent: 'device_state', category: 'state', slots: { device: { type: 'entity', text: one.name, entity: one, how: 'synonym' } }, confidence: Math.max(match?.confidence ?? 0, 0.8), alternatives: [], template: 'reading:power-of-named', words: tokenize(text).map((t) => t.key) };
  return understood ? { ...understood, match: reread } : { match: reread, text };
}
