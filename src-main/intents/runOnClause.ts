// A request texted as one run-on line with its reason after it and no comma: "quonset lights on im headin out there",
// "turn the heat up i'm freezing". The "I'm" clause is the reason, so a comma goes before it and the request is read
// alone, as "quonset lights on, I'm heading out there" already is. A sentence with a comma, or one whose "I'm" comes
// right after a question word or a "where/when/because" ("where I'm sleeping"), is left as typed.
const CLAUSE = /^(.*\S)\s+(i['’]?m|i am)\s+(\S.*)$/i;
/** Words after which "I'm …" belongs to the same clause ("what room am I in", "the lamp where I'm sitting"). */
const JOINING = new Set(['where', 'when', 'while', 'because', 'cause', 'cuz', 'since', 'if', 'as', 'that', 'what', 'which', 'who', 'how', 'and', 'but', 'so', 'until', 'till', 'before', 'after', 'whenever']);
/** Words a texted "im" (I'm) goes on with besides an -ing: g-dropped verbs and where one goes. */
const AFTER_BARE_IM = new Set(['headin', 'goin', 'comin', 'leavin', 'gonna', 'off', 'out', 'back', 'home', 'done', 'up', 'cold', 'freezin', 'outta']);
const ASKING = /^(what|whats|what's|where|wheres|where's|when|which|who|how|is|are|do|does|did|can|could|will|would|should)\b/i;

/** The sentence with a comma before an "I'm" clause that follows a request, or unchanged. */
export function runOnClause(text: string): string {
  if (/[,;.!?]/.test(text.trim().slice(0, -1)) || ASKING.test(text.trim())) return text;
  const m = CLAUSE.exec(text.trim());
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
