// "cómo purgo los radiadores", "come si svuota", "comment je vide le bac", "no anda internet, cómo reinicio el
// router": a Romance "how" followed by a verb in any person ("purgo", "se purga", "reinicio") asks how to do it, as
// "how do i …" does. The frames only know a few verbs by heart ("cómo limpio"); people use every verb, so the words
// after "how" are read as the task when they are no copula, route or question word (lexicon/howTo.json). The verb
// stays as typed: procedures are named in the home's language ("Purgar radiadores"), and the verb stems below read
// "purgo", "purga" and "purgar" as one task word on both sides (taskVerbs.ts).
import { z } from 'zod';
import lexicon from './lexicon/howTo.json';

const schema = z.object({
  howWords: z.array(z.string().min(1)),
  subjects: z.array(z.string().min(1)),
  objectClitics: z.array(z.string().min(1)),
  notVerbs: z.array(z.string().min(1)),
  doVerbs: z.record(z.string(), z.array(z.string().min(1))),
  // Stem (accents left out, as word keys are) → the one English task word ("purg" → "bleed").
  verbStems: z.record(z.string().min(4), z.string().min(1)),
}).strict();
const LEXICON = schema.parse(lexicon);
const HOW = new Set(LEXICON.howWords);
const ROMANCE_HOW = new RegExp(`(^|[^\\p{L}])(${LEXICON.howWords.filter((w) => w !== 'how').join('|')})([^\\p{L}]|$)`, 'iu');
const SUBJECTS = new Set(LEXICON.subjects);
const CLITICS = new Set(LEXICON.objectClitics);
const NOT_VERBS = new Set(LEXICON.notVerbs);
const STEMS = Object.entries(LEXICON.verbStems).sort((a, b) => b[0].length - a[0].length);
/** A verb ending: "purg" + "ar", "reinici" + "amos"; longer words after a stem are other words. */
const MAX_ENDING = 5;

/** The task word a verb in another language stands for ("purgo" → "bleed"), or undefined. */
export function verbStemTask(key: string): string | undefined {
  return STEMS.find(([stem]) => key.startsWith(stem) && key.length - stem.length <= MAX_ENDING)?.[1];
}

/**
 * The reading with "how <verb> …" said as "how do i <verb> …", or unchanged. Only the last clause is read ("no anda
 * internet, cómo reinicio el router"), and only when a how word opens it (after "and"/"y"/"e").
 */
export function howDoI(reading: string, typed: string): string {
  // Only a Romance "how" is read so: English "how hot's", "how humid" ask a reading, and German "wie" a state.
  if (!ROMANCE_HOW.test(typed)) return reading;
  const clauses = reading.split(/([,;.]\s*)/);
  const last = clauses.length - 1;
  const words = (clauses[last] ?? '').trim().split(/\s+/).filter(Boolean);
  let at = 0;
  if (['and', 'y', 'e', 'et', 'i', 'pero', 'mas', 'ma', 'mais'].includes(words[0]?.toLowerCase() ?? '')) at = 1;
  if (!HOW.has(words[at]?.toLowerCase() ?? '')) return reading;
  let verbAt = at + 1;
  const said: string[] = [];
  while (verbAt < at + 3 && SUBJECTS.has(words[verbAt]?.toLowerCase() ?? '')) said.push(words[verbAt++]?.toLowerCase() ?? '');
  let verb = words[verbAt]?.toLowerCase() ?? '';
  // "cómo hago para purgar": the verb after "hago para" is the task.
  const then = LEXICON.doVerbs[verb];
  if (then && then.includes(words[verbAt + 1]?.toLowerCase() ?? '')) verb = words[(verbAt += 2)]?.toLowerCase() ?? '';
  if (verb.length < 3 || NOT_VERBS.has(verb) || /\d/.test(verb)) return reading;
  const it = said.some((w) => CLITICS.has(w)) ? ['it'] : [];
  const task = [words[verbAt] ?? '', ...it, ...words.slice(verbAt + 1)].join(' ');
  return [...clauses.slice(0, last), [...words.slice(0, at), 'how do i', task].join(' ')].join('');
}
