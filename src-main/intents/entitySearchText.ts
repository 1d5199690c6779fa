// An entity's content as text the graph search reads (split from answerGraphSearch.ts, a pure move): its fields as
// sentences, the aspects a question asks beyond its subject, the stems the full-text search matches, and an error
// code in every way it is written.
import type { Entity } from '../../src-shared/protocol/entities';

/** When a record was updated or synced is bookkeeping, never what "when" asks ("state updated at: …"). */
const BOOKKEEPING = /^(state_)?(updated|created|modified|synced|imported|last_seen)(_at)?$/;
/** Fields whose values are prose: quoted as they are. Every other field is said with its name ("duration: 30 minutes"). */
const PROSE_FIELDS = new Set(['text', 'content', 'description', 'title', 'notes', 'note', 'steps', 'summary', 'body', 'instructions', 'details', 'comment', 'comments']);

/**
 * The content of an entity as sentences (state and ids left out). Prose fields as written; other fields, numbers
 * included, with their name, so that "how long", "what temperature" or "who" can find "duration: 30 minutes",
 * "otherwise setpoint c: 17" or "installer: Ortega".
 */
export function textOf(entity: Entity): string {
  const parts: string[] = [];
  const visit = (value: unknown, depth: number, key: string | undefined): void => {
    if (depth > 3) return;
    const label = key && !PROSE_FIELDS.has(key) && !/^\d+$/.test(key) ? `${key.replace(/_/g, ' ')}: ` : '';
    if (typeof value === 'string') parts.push(`${label}${value}`);
    else if (typeof value === 'number' && label) parts.push(`${label}${value}`);
    else if (Array.isArray(value)) {
      if (label && value.length > 0 && value.every((v) => typeof v === 'string' || typeof v === 'number')) parts.push(`${label}${value.join(', ')}`);
      else for (const v of value) visit(v, depth + 1, key && PROSE_FIELDS.has(key) ? key : undefined);
    } else if (value && typeof value === 'object') {
      for (const [k, v] of Object.entries(value)) if (k !== 'state' && !k.endsWith('_id') && k !== 'id' && !BOOKKEEPING.test(k)) visit(v, depth + 1, k);
    }
  };
  visit(entity.content, 0, undefined);
  // One field or step a line: each is its own sentence when a snippet is picked ("frequency: every 2 weeks").
  return parts.join('.\n').replace(/\.\s*\./g, '.');
}

/** What a question asks about beyond its subject, and how a sentence that answers it looks. */
export const ASPECTS: Record<string, RegExp> = {
  duration: /\b(duration|takes?|\d+\s*(min|mins|minutes?|hours?|h|seconds?|s)\b)/i,
  frequency: /\b(every|frequency|interval|monthly|weekly|daily|yearly|annual|annually|times a)\b/i,
  // A phone number ("040 123 4567") says who to call as plainly as a name does.
  who: /\b(by|contact|phone|company|technician|installer|installed by|service|call|owner)\b|\b\d{2,4} \d{3,4}(?: \d{3,4})?\b/i,
  // Any currency sign ("₹", "₨", "฿"), and rupees written out ("Rs 18,450", "LKR").
  cost: /(\p{Sc}|\b(cost|price|eur|usd|gbp|rupees?|lkr|inr|pkr|npr)\b|\brs\.?\s?\d)/iu,
  temperature: /(°|\bsetpoint|\btemperature|\btemp\b)/i,
  where: /\b(is|are|kept|stored|lives?|located|hangs?)\s+(in|on|under|behind|above|below|inside|next to|by|at)\b|\b(cupboard|drawer|shelf|cabinet|closet|box|hook)\b/i,
};

/** "descaling" → "descal", "services" → "servic", "batteries" → "batter": a prefix the full-text search can match. */
export function searchStems(query: string): string {
  return query.split(/\s+/).filter(Boolean).map((w) => {
    const lower = w.toLowerCase();
    if (lower.length < 6) return w;
    for (const suffix of ['ations', 'ation', 'ings', 'ing', 'ies', 'ers', 'er', 'ed', 'es', 's', 'e']) {
      if (lower.endsWith(suffix) && lower.length - suffix.length >= 4) return lower.slice(0, -suffix.length);
    }
    return w;
  }).join(' ');
}

/** "F28" also as "F.28", "F-28", "F 28" or "F028": its letters, an optional separator, its number. */
export function errorCodePattern(code: string): RegExp | undefined {
  // "error 11" is a code too: the word before the number may be spelled out.
  const parts = /^([a-z]{1,3}|error|fault)[\s.:_-]?(\d{1,4})$/i.exec(code.trim());
  if (!parts?.[1] || !parts[2]) return undefined;
  return new RegExp(`(?<![\\p{L}\\d])${parts[1]}[\\s.:_-]?0*${String(Number(parts[2]))}(?!\\d)`, 'iu');
}
