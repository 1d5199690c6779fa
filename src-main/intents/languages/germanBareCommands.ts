// A German request that is only its particle or infinitive ("aus bitte", "lauter pls", "Bitte einschalten.", "Bitte
// auf 20 Grad stellen.") acts on the thing just talked about: German leaves the object out when it is plain from the
// dialog, where English says "it". verbSecondCues.ts needs an object to read a command, so these are read here as
// "turn it off", "turn it up", "set it to 20 degrees". A remark said before it ("Das ist mir zu kalt.") is its reason.
// Only words of the German lexicon (verbSecondCues.json) are read: anything else in the sentence leaves it as typed.
import { VERB_SECOND_LEXICON } from './verbSecondLexicon';

const GERMAN = VERB_SECOND_LEXICON['de'];
const PARTICLES: Readonly<Record<string, string>> = Object.fromEntries(Object.entries(GERMAN?.particles['switch'] ?? {}).filter(([said, english]) => said !== '' && english !== 'set'));
const INFINITIVES: Readonly<Record<string, string>> = GERMAN?.infinitives ?? {};
const FILLERS: ReadonlySet<string> = new Set(GERMAN?.fillers ?? []);
const UNITS: Readonly<Record<string, string>> = { grad: 'degrees', '°': 'degrees', prozent: 'percent', '%': 'percent' };
const NUMBER = /^\d+(?:[.,]\d+)?$/;

/** The words one of which a bare German request holds (for a marker gate before the reader runs). */
export const GERMAN_BARE_MARKERS: ReadonlySet<string> = new Set([...Object.keys(PARTICLES), ...Object.keys(INFINITIVES)].filter((w) => !w.includes(' ')));

/** "aus bitte" → "turn it off"; undefined unless the last sentence is only a German particle or infinitive. */
export function germanBareCommand(typed: string): string | undefined {
  const sentences = typed.toLowerCase().split(/[.!?]+/).map((s) => s.trim()).filter(Boolean);
  const last = sentences[sentences.length - 1];
  if (!last || last.length > 60) return undefined;
  const words = last.replace(/(\d)\s*(%|°)/g, '$1 $2').replace(/[,;:()"„“]+/g, ' ').split(/\s+/).filter((w, i, all) => w && (!FILLERS.has(w) || NUMBER.test(all[i - 1] ?? ''))); // "20 grad" is a unit
  if (!words.some((w) => GERMAN_BARE_MARKERS.has(w))) return undefined;
  if (words.length === 1) {
    const word = words[0] ?? '';
    const english = PARTICLES[word] ?? INFINITIVES[word];
    if (!english || english === 'set') return undefined;
    return english.startsWith('turn ') ? `turn it ${english.slice(5)}` : `${english} it`;
  }
  // "auf 20 Grad stellen": the value and a setting infinitive, nothing else.
  const [prep, value, ...rest] = words;
  const unit = rest.length === 2 ? UNITS[rest[0] ?? ''] : undefined;
  const verb = rest[rest.length - 1] ?? '';
  if (prep !== 'auf' || !NUMBER.test(value ?? '') || INFINITIVES[verb] !== 'set' || rest.length > 2 || (rest.length === 2 && !unit)) return undefined;
  return ['set it to', (value ?? '').replace(',', '.'), ...(unit ? [unit] : [])].join(' ');
}
