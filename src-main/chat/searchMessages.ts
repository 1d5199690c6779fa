// Conversation search over the messages' FTS5 index. What a person types is never passed through as FTS syntax: it
// is parsed into words, "quoted phrases" and -excluded words, each quoted, so `"`, `*`, `AND`, `NEAR(` or `-` can
// only ever be search words.
//
// Cost model (measured in bench/ui over 100 000 messages): FTS5 walks a plain term's matches newest first lazily, so
// `ORDER BY rowid DESC LIMIT n` stops after n; a prefix term (`"gar"*`) and bm25 ranking both read every match first
// (10–300 ms for common words). So whole words match exactly; only the last word, while it may still be being typed,
// is also tried as a prefix, and only when the exact words found too little; and ranking is recency-capped: the newest
// RECENT_CAP (100) matches are ranked here by how densely they contain the words, never the whole match set by bm25.
import type { MessageSearchHit } from '../../src-preload/contract';
import type { SqliteDatabase } from '../store/openDatabase';
import { prepareCached } from '../store/prepareCached';

const TERM = /[\p{L}\p{N}]+/gu;
const MAX_PARTS = 12;
export const RECENT_CAP = 100;
/** A shorter last word is not tried as a prefix: "g"* or "ga"* would read a large part of the index. */
const MIN_PREFIX_CHARS = 3;
const SNIPPET_CHARS = 140;

export interface MessageSearchQuery {
  /** Every word exact. */
  match: string;
  /** The same with the last word as a prefix, when that may find more ("garag" → garage). */
  prefixMatch: string | null;
  /** The word being typed, when `prefixMatch` is set (for expanding it into the index's words that start with it). */
  prefixWord: string | null;
  /** Builds the match with the typed word replaced by an OR of whole words (quoted), the other parts unchanged. */
  matchWithLastWordAnyOf: ((words: readonly string[]) => string) | null;
  /** Lower-case words to highlight (phrase words included). */
  words: string[];
}

function terms(text: string): string[] {
  return text.normalize('NFKC').toLowerCase().match(TERM) ?? [];
}

/** Returns undefined when nothing searchable is left (only punctuation, or only excluded words). */
export function buildMessageSearchQuery(input: string): MessageSearchQuery | undefined {
  const include: string[] = [];
  const exclude: string[] = [];
  const words: string[] = [];
  // Phrases first (an odd trailing quote is just punctuation), then the remaining words.
  const text = input.slice(0, 500);
  const rest = text.replace(/(-?)"([^"]*)"/g, (_m, minus: string, phrase: string) => {
    const parts = terms(phrase);
    if (parts.length === 0) return ' ';
    const quoted = `"${parts.join(' ')}"`;
    if (minus) exclude.push(quoted);
    else {
      include.push(quoted);
      words.push(...parts);
    }
    return ' ';
  });
  let lastWord: string | null = null;
  const longerExists = terms(rest).some((o) => o.length > 1);
  for (const token of rest.split(/\s+/)) {
    const negative = token.startsWith('-') && token.length > 1;
    for (const t of terms(token)) {
      // "what's" splits into "what" + "s": a lone letter beside real words is noise.
      if (t.length === 1 && !negative && longerExists) continue;
      if (negative) exclude.push(`"${t}"`);
      else {
        include.push(`"${t}"`);
        words.push(t);
        lastWord = t;
      }
    }
  }
  const positives = [...new Set(include)].slice(0, MAX_PARTS);
  if (positives.length === 0) return undefined;
  const negatives = [...new Set(exclude)].slice(0, MAX_PARTS).map((n) => `NOT ${n}`);
  const typing = lastWord !== null && !/[\s"]$/.test(text) && (lastWord as string).length >= MIN_PREFIX_CHARS && positives.at(-1) === `"${lastWord}"`;
  const prefixed = typing ? [...positives.slice(0, -1), `"${lastWord}"*`] : null;
  return {
    match: [positives.join(' '), ...negatives].join(' '),
    prefixMatch: prefixed ? [prefixed.join(' '), ...negatives].join(' ') : null,
    prefixWord: prefixed ? lastWord : null,
    matchWithLastWordAnyOf: prefixed
      ? (whole) => [[...positives.slice(0, -1), `(${whole.map((w) => `"${w}"`).join(' OR ')})`].join(' '), ...negatives].join(' ')
      : null,
    words: [...new Set(words)],
  };
}

/** What ranking reads for each of the newest matches; the rest is read only for the hits shown. */
interface CandidateRow {
  seq: number;
  text: string;
}

interface HitRow {
  seq: number;
  id: string;
  conversation_id: string;
  title: string;
  role: 'user' | 'assistant';
  created_at: string;
}

export interface MessageSearchFilters {
  /** First day included (YYYY-MM-DD). */
  from?: string;
  /** Last day included (YYYY-MM-DD). */
  to?: string;
  /** Which side answered: a reply's envelope mode; a question matches through its replies. */
  source?: 'local' | 'remote';
  /** A reply citing this entity; a question matches through its replies. */
  entityId?: string;
}

/** The filters as SQL on the message `m` (params in order), or empty when there are none. */
function filterSql(filters: MessageSearchFilters): { sql: string; params: string[] } {
  const parts: string[] = [];
  const params: string[] = [];
  if (filters.from) {
    parts.push('m.created_at >= ?');
    params.push(filters.from);
  }
  if (filters.to) {
    // created_at is an ISO timestamp: everything on the last day sorts below the next day's date.
    parts.push('m.created_at < ?');
    params.push(nextDay(filters.to));
  }
  const reply: string[] = [];
  const replyParams: string[] = [];
  if (filters.source) {
    reply.push("json_extract(x.envelope, '$.mode') = ?");
    replyParams.push(filters.source);
  }
  if (filters.entityId) {
    reply.push("EXISTS (SELECT 1 FROM json_each(x.envelope, '$.citations') j WHERE json_extract(j.value, '$.entity_id') = ?)");
    replyParams.push(filters.entityId);
  }
  if (reply.length) {
    const on = (alias: string) => reply.join(' AND ').replaceAll('x.', `${alias}.`);
    // A question is found by what its replies say (a question has no envelope of its own).
    parts.push(
      `((m.role = 'assistant' AND ${on('m')}) OR (m.role = 'user' AND EXISTS (SELECT 1 FROM messages r WHERE r.conversation_id = m.conversation_id AND r.parent_id = m.id AND ${on('r')})))`,
    );
    params.push(...replyParams, ...replyParams);
  }
  return parts.length ? { sql: ` AND ${parts.join(' AND ')}`, params } : { sql: '', params: [] };
}

function nextDay(day: string): string {
  const date = new Date(`${day}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + 1);
  return date.toISOString().slice(0, 10);
}

/** `scope` narrows the conversations `c` searched (a guest sees only their own); `filters` narrow the messages. */
export function searchMessages(
  db: SqliteDatabase,
  input: string,
  limit: number,
  scope: { sql: string; params: string[] } = { sql: '', params: [] },
  filters: MessageSearchFilters = {},
): MessageSearchHit[] {
  const query = buildMessageSearchQuery(input);
  if (!query) return [];
  const filter = filterSql(filters);
  // CROSS JOIN keeps SQLite's planner from starting at the conversations and scanning every message: the newest
  // matches come first, then one lookup each. With filters, they apply while walking the matches newest first, so
  // the cap counts messages that pass them (a filter never empties a page the newest 100 matches happened to fill).
  // Ranking needs only each match's text; ids, titles and dates are read for the hits shown.
  const newest = prepareCached(
    db,
    filter.sql
      ? `SELECT m.seq, m.text
         FROM messages_fts f
         CROSS JOIN messages m ON m.seq = f.rowid AND m.deleted_at IS NULL
         CROSS JOIN conversations c ON c.id = m.conversation_id AND c.deleted = 0${scope.sql}
         WHERE messages_fts MATCH ?${filter.sql}
         ORDER BY f.rowid DESC LIMIT ?`
      : `SELECT m.seq, m.text
         FROM (SELECT rowid FROM messages_fts WHERE messages_fts MATCH ? ORDER BY rowid DESC LIMIT ?) f
         CROSS JOIN messages m ON m.seq = f.rowid AND m.deleted_at IS NULL
         CROSS JOIN conversations c ON c.id = m.conversation_id AND c.deleted = 0${scope.sql}`,
  );
  const run = (match: string) =>
    (filter.sql ? newest.all(...scope.params, match, ...filter.params, RECENT_CAP) : newest.all(match, RECENT_CAP, ...scope.params)) as unknown as CandidateRow[];
  let rows = run(query.match);
  const prefixMatch = rows.length < limit ? expandedPrefixMatch(db, query) : null;
  if (prefixMatch) {
    const seen = new Set(rows.map((r) => r.seq));
    rows = [...rows, ...run(prefixMatch).filter((r) => !seen.has(r.seq))];
  }
  const top = rows
    .map((r) => ({ row: r, score: density(r.text, query.words) }))
    .sort((a, b) => b.score - a.score || b.row.seq - a.row.seq)
    .slice(0, limit)
    .map((r) => r.row);
  const details = hitDetails(db, top.map((r) => r.seq));
  return top.flatMap((r) => {
    const d = details.get(r.seq);
    return d
      ? [{ message_id: d.id, conversation_id: d.conversation_id, conversation_title: d.title, role: d.role, created_at: d.created_at, snippet: snippetOf(r.text, query.words) }]
      : [];
  });
}

/** Ids, conversation titles, roles and dates of the hits shown, by seq (one statement per page size, cached). */
function hitDetails(db: SqliteDatabase, seqs: readonly number[]): Map<number, HitRow> {
  if (seqs.length === 0) return new Map();
  const rows = prepareCached(
    db,
    `SELECT m.seq, m.id, m.conversation_id, c.title, m.role, m.created_at
     FROM messages m JOIN conversations c ON c.id = m.conversation_id WHERE m.seq IN (${seqs.map(() => '?').join(',')})`,
  ).all(...seqs) as unknown as HitRow[];
  return new Map(rows.map((r) => [r.seq, r]));
}

/** The message's words with where each starts: one pass of a fixed pattern (no pattern is built per query). */
function wordsOf(text: string): Array<{ word: string; index: number }> {
  return Array.from(text.matchAll(TERM), (m) => ({ word: m[0], index: m.index }));
}

/** A word of the text is a hit when it starts with a query word (case-insensitive; "garag" marks "garage"). */
function isHit(word: string, queryWords: readonly string[]): boolean {
  const lower = word.toLowerCase();
  return queryWords.some((q) => lower.startsWith(q));
}

/** Matched words per √(words in the message): short messages that are about the words rank above long ones. */
function density(text: string, queryWords: readonly string[]): number {
  const words = wordsOf(text);
  let hits = 0;
  for (const w of words) if (isHit(w.word, queryWords)) hits++;
  return hits / Math.sqrt(words.length || 1);
}

/** An excerpt around the first matched word, with every word that starts like a query word marked as a hit. */
export function snippetOf(text: string, words: readonly string[]): MessageSearchHit['snippet'] {
  const flat = text.replace(/\s+/g, ' ');
  const first = wordsOf(flat).find((w) => isHit(w.word, words))?.index ?? flat.length;
  const from = first >= flat.length ? 0 : Math.max(0, first - 40);
  const excerpt = (from > 0 ? '…' : '') + flat.slice(from, from + SNIPPET_CHARS) + (from + SNIPPET_CHARS < flat.length ? '…' : '');
  if (words.length === 0) return [{ text: excerpt, hit: false }];
  const parts: MessageSearchHit['snippet'] = [];
  let last = 0;
  for (const w of wordsOf(excerpt)) {
    if (!isHit(w.word, words)) continue;
    if (w.index > last) parts.push({ text: excerpt.slice(last, w.index), hit: false });
    parts.push({ text: w.word, hit: true });
    last = w.index + w.word.length;
  }
  if (last < excerpt.length) parts.push({ text: excerpt.slice(last), hit: false });
  return parts;
}

/** Longer words of the index that start with the typed word, tried beside it (more would be a needle, not a search). */
const MAX_PREFIX_WORDS = 24;
const vocabularyReady = new WeakSet<SqliteDatabase>();

/**
 * The prefix match for the word being typed, as an OR of the index's whole words that start with it, or null when
 * there are none besides the word itself. FTS5 answers `"garag"*` by reading every matching word's full list before
 * it can order by recency (measured: most of a rare word's 20 ms p95); an OR of whole words merges newest first and
 * stops at the cap. The words come from an fts5vocab view of the index (a temp table: nothing is stored).
 */
function expandedPrefixMatch(db: SqliteDatabase, query: MessageSearchQuery): string | null {
  if (!query.prefixWord || !query.matchWithLastWordAnyOf) return null;
  if (!vocabularyReady.has(db)) {
    db.exec("CREATE VIRTUAL TABLE IF NOT EXISTS temp.messages_vocab USING fts5vocab(main, 'messages_fts', 'row')");
    vocabularyReady.add(db);
  }
  // fts5vocab walks the index from the first term >= the prefix: a range scan, not a table scan.
  const rows = prepareCached(db, 'SELECT term FROM temp.messages_vocab WHERE term >= ? AND term < ? ORDER BY term LIMIT ?')
    .all(query.prefixWord, `${query.prefixWord}\uffff`, MAX_PREFIX_WORDS + 1) as Array<{ term: string }>;
  // Nothing from the typed word on: it is spelled differently in the index (diacritics are folded there); the plain
  // prefix query handles that.
  if (rows.length === 0) return query.prefixMatch;
  const longer = rows.map((r) => r.term).filter((t) => t !== query.prefixWord);
  if (longer.length === 0) return null;
  // More words than the cap: the prefix is short or common; the full prefix query is the honest answer.
  if (longer.length > MAX_PREFIX_WORDS) return query.prefixMatch;
  return query.matchWithLastWordAnyOf([query.prefixWord, ...longer]);
}
