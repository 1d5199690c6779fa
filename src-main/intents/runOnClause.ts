// A request texted as one run-on line with its reason after it and no comma: "quonset lights on im headin out there",
// "turn the heat up i'm freezing". The "I'm" clause is the reason, so a comma goes before it and the request is read
// alone, as "quonset lights on, I'm heading out there" already is. A sentence with a comma, one that opens with a
// question word, or one whose "I'm" comes right after a "where/when/because" ("where I'm sleeping"), is left as typed.
// The words are data (lexicon/runOnClauses.json).
import { z } from 'zod';
import lexicon from './lexicon/runOnClauses.json';

const schema = z.object({ joining: z.array(z.string().min(1)), afterBareIm: z.array(z.string().min(1)), asking: z.array(z.string().min(1)) }).strict();
const LEXICON = schema.parse(lexicon);
const CLAUSE = /^(.*\S)\s+(i['’]?m|i am)\s+(\S.*)$/i;
/** Words after which "I'm …" belongs to the same clause ("the lamp where I'm sitting"). */
const JOINING: ReadonlySet<string> = new Set(LEXICON.joining);
/** Words a texted "im" (I'm) goes on with besides an -ing: g-dropped verbs and where one goes. */
const AFTER_BARE_IM: ReadonlySet<string> = new Set(LEXICON.afterBareIm);
const ASKING: ReadonlySet<string> = new Set(LEXICON.asking);

/** The sentence with a comma before an "I'm" clause that follows a request, or unchanged. */
export function runOnClause(text: string): string {
  const trimmed = text.trim();
  if (/[,;.!?]/.test(trimmed.slice(0, -1)) || ASKING.has((trimmed.split(/\s+/)[0] ?? '').toLowerCase())) return text;
  const m = CLAUSE.exec(trimmed);
  if (!m) return text;
  const [, head = '', im = '', rest = ''] = m;
  // "im" without its apostrophe is German "in the" too ("geräte im wohnzimmer"): only before an English -ing or a word of
  // going ("im headin out", "im freezing").
  const next = (rest.split(/\s+/)[0] ?? '').toLowerCase();
  if (im.toLowerCase() === 'im' && !/ing$/.test(next) && !AFTER_BARE_IM.has(next)) return text;
  const before = head.split(/\s+/);
  const last = (before[before.length - 1] ?? '').toLowerCase();
  if (before.length < 2 || JOINING.has(last)) return text;
  return `${head}, ${im} ${rest}`;
}
