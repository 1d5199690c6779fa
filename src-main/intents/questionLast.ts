// "o porteiro controla o que?", "a lava-louças acaba que horas?", "o corredor dá pra onde?", "ele liga sozinho
// quando?": spoken Portuguese (Brazilian above all) puts the question word last, where its answer stands. Read as the
// written language asks it, the question word first ("o que o porteiro controla"), so the sentence frames read it as
// they read any question (lexicon/frames.romance.json). The endings are Portuguese only ("o que", "que horas", "pra
// onde"): a sentence of another language is left as typed. A copula said just before the ending goes with it ("e o da
// praia tá em quanto" is "e em quanto tá o da praia"); a follow-up's "e" stays first.
import { z } from 'zod';
import lexicon from './lexicon/questionLast.json';

const schema = z.object({
  endings: z.array(z.string().min(1)),
  // "e se disparar, o que acontece?": an ending that asks of the clause before it, after its comma too.
  clauseEndings: z.array(z.string().min(1)),
  afterEnding: z.array(z.string().min(1)),
  copulas: z.array(z.string().min(1)),
  followUps: z.array(z.string().min(1)),
}).strict();
const LEXICON = schema.parse(lexicon);
const ENDINGS = [...LEXICON.clauseEndings, ...LEXICON.endings].map((e) => e.split(' ')).sort((a, b) => b.length - a.length);
const CLAUSE_ENDINGS = new Set(LEXICON.clauseEndings);
/** Two words at least must come before the ending: "o que?" alone, "e quando?" are questions of their own. */
const MIN_BEFORE = 2;

/** The sentence with its last-said question word first; unchanged when it does not end with one. */
export function questionWordFirst(said: string): string {
  const words = said.trim().replace(/[?!.]+$/, '').split(/\s+/).filter(Boolean);
  const key = (w: string): string => w.toLowerCase().replace(/[,;:]+$/, '');
  let end = words.length;
  while (end > 0 && LEXICON.afterEnding.includes(key(words[end - 1] ?? ''))) end--;
  const ending = ENDINGS.find((e) => e.length < end && e.every((w, i) => key(words[end - e.length + i] ?? '') === w));
  if (!ending) return said;
  const opener = LEXICON.followUps.includes(key(words[0] ?? '')) ? 1 : 0;
  let from = end - ending.length;
  if (LEXICON.copulas.includes(key(words[from - 1] ?? ''))) from--;
  if (from - opener < MIN_BEFORE) return said;
  // The words before the ending lose a comma said before it ("e se disparar, o que acontece" is no ending).
  if (/[,;:]$/.test(words[from - 1] ?? '') && !CLAUSE_ENDINGS.has(ending.join(' '))) return said;
  const copula = from < end - ending.length ? [key(words[from] ?? '')] : [];
  const moved = [...words.slice(0, opener), ...ending, ...copula, ...words.slice(opener, from).map((w, i, all) => (i === all.length - 1 ? w.replace(/[,;:]+$/, '') : w))];
  return moved.join(' ');
}
