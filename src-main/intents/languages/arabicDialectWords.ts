// The words of the Arabic dialects the engine reads, each dialect in its own list (lexicon/egyptian.json: Cairo's
// "شغل", "efta7", "بتاع"; lexicon/darija.json: Morocco's "شعل", "ch3el", "ديال", "واش"), checked here and joined into one
// set of word lists (lexicon/levantine.json: Lebanon's "شو", "قديش", "sakker", "taba3"): the dialects share one grammar (egyptianPhrasing.ts), so a new dialect is a new list, not a new
// reader.
import { z } from 'zod';
import egyptian from '../lexicon/egyptian.json';
import darija from '../lexicon/darija.json';
import levantine from '../lexicon/levantine.json';

const list = z.array(z.string().min(1));
const byEnglish = z.record(z.string(), list);
const DIALECT = z.object({
  // Words that say nothing to the engine: "لو سمحت" (please), "دلوقتي" (now), "يا حبيبي" (dear).
  softeners: list,
  ands: list,
  // "w el PC kaman": and the PC too (the request before, again).
  too: list,
  questions: z.partialRecord(z.enum(['where', 'when', 'how much', 'how many', 'what', 'which', 'how', 'who']), list),
  states: byEnglish,
  // "الغسالة لسه شغالة": still, which says nothing of what is asked.
  stillWords: list,
  // Imperatives. "افتح" opens a door and turns on an AC, "اقفل" closes a curtain, turns off a light and locks a lock:
  // what it does is read from the thing (egyptianPhrasing.ts).
  commands: byEnglish,
  // "خليه", "نزلها": the object pronoun joined to a verb.
  itEndings: list,
  ins: list,
  ofs: list,
  // "الدفاية بتاعتي": mine.
  mys: list,
  // "اللي": that/which, joining a thing to what is said of it.
  thats: list,
  // "tfi dou tma": there, the place of the conversation.
  theres: list.optional(),
  tos: list,
  // "على 22", "3ala kam": a setting's "at".
  ons: list,
  froms: list,
  haves: list,
  // "في كاميرا جوه أوضة النوم؟": is there.
  thereIs: list,
  alls: list,
  devices: list,
  rooms: list,
  measures: byEnglish,
  manuals: list,
  apps: list,
  automations: list,
  lastTime: list,
  // "بتشتغل امتى": when does it run.
  runs: list,
  wayGo: list,
  madeBy: list,
  countWords: list,
  manualSays: list,
  // "chkoun kaycontroler dou Yasmine": what controls or monitors a thing, or what it controls.
  controls: list.optional(),
  // "chkoun dar tlaja", "l'onduleur dyal chkoun": who made it.
  makers: list.optional(),
  // "batterie dyalo khfifa": low.
  lows: list.optional(),
  // "ازاي أغير الشمع": how do I change it.
  hows: byEnglish,
  // "عشان", "أنا": a reason said after a request ("اطفي النور أنا نايم"): it is left out.
  reasons: list,
  // "لما", "لو": when/if, a condition.
  conditions: list,
  // Arabizi words no other reader writes: with one, a Latin sentence may be Egyptian.
  markers: list,
  // Kind and place words: they join lexicon/kinds.json and lexicon/places.json (languageKinds.ts, languagePlaces.ts).
  kinds: z.record(z.string().regex(/^[a-z_]+$/), list),
  // Kind words the reader reads in its sentences that stay out of the engine's kind lists, being short words of other
  // languages too (Darija's "dou", light).
  spokenKinds: z.record(z.string().regex(/^[a-z_]+$/), list).optional(),
  places: z.record(z.string().min(1), list),
}).strict();
type Dialect = z.infer<typeof DIALECT>;

/**
 * The dialects read share one grammar (a verb first, a state or question word last, "X of Y" a name) and differ in
 * their words: each dialect's word lists (Egyptian's "شغل"/"efta7", Moroccan Darija's "شعل"/"ch3el", "واش", "ديال")
 * join one table, so a sentence in either reads the same way.
 */
function merged(dialects: readonly Dialect[]): Dialect {
  const join = (a: unknown, b: unknown): unknown => {
    if (Array.isArray(a) && Array.isArray(b)) return [...a, ...b.filter((w) => !a.includes(w))];
    if (a && b && typeof a === 'object' && typeof b === 'object') {
      const out: Record<string, unknown> = { ...(a as Record<string, unknown>) };
      for (const [k, v] of Object.entries(b as Record<string, unknown>)) out[k] = k in out ? join(out[k], v) : v;
      return out;
    }
    return a ?? b;
  };
  return dialects.reduce((all, one) => join(all, one) as Dialect);
}
export const DIALECT_WORDS = merged([DIALECT.parse(egyptian), DIALECT.parse(darija), DIALECT.parse(levantine)]);
