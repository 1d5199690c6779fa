// Conversation search over the messages' FTS5 index. What a person types is never passed through as FTS syntax: it
// is parsed into words, "quoted phrases" and -excluded words, each quoted, so `"`, `*`, `AND`, `NEAR(` or `-` can
// only ever be search words. Ranking is recency-capped: FTS5 walks matches newest first (rowid order, no sort), the
// newest RECENT_CAP matches are ranked by bm25, so a word in every message costs the cap, not the whole index.
import type { MessageSearchHit } from '../../src-preload/contract';
import type { SqliteDatabase } from '../store/openDatabase';

const TERM = /[\p{L}\p{N}]+/gu;
const MAX_PARTS = 12;
export const RECENT_CAP = 200;
const SNIPPET_CHARS = 140;

export interface MessageSearchQuery {
  match: string;
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
  const rest = input.slice(0, 500).replace(/(-?)"([^"]*)"/g, (_m, minus: string, phrase: string) => {
    const parts = terms(phrase);
    if (parts.length === 0) return ' ';
    const quoted = `"${parts.join(' ')}"*`;
    if (minus) exclude.push(quoted);
    else {
      include.push(quoted);
      words.push(...parts);
    }
    return ' ';
  });
  for (const token of rest.split(/\s+/)) {
    const negative = token.startsWith('-') && token.length > 1;
    for (const t of terms(token)) {
      // Operators typed as words are plain words here; FTS5's own keywords only count when bare and upper-case.
      if (t.length === 1 && !negative && terms(rest).some((o) => o.length > 1)) continue;
      if (negative) exclude.push(`"${t}"*`);
      else {
        include.push(`"${t}"*`);
        words.push(t);
      }
    }
  }
  const positives = [...new Set(include)].slice(0, MAX_PARTS);
  if (positives.length === 0) return undefined;
  const negatives = [...new Set(exclude)].slice(0, MAX_PARTS);
  return { match: [positives.join(' '), ...negatives.map((n) => `NOT ${n}`)].join(' '), words: [...new Set(words)] };
}

interface HitRow {
  id: string;
  conversation_id: string;
  title: string;
  role: 'user' | 'assistant';
  text: string;
  created_at: string;
}

export function searchMessages(db: SqliteDatabase, input: string, limit: number): MessageSearchHit[] {
  const query = buildMessageSearchQuery(input);
  if (!query) return [];
  const rows = db
    .prepare(
      `SELECT m.id, m.conversation_id, c.title, m.role, m.text, m.created_at
       FROM (SELECT rowid, rank FROM messages_fts WHERE messages_fts MATCH ? ORDER BY rowid DESC LIMIT ?) f
       JOIN messages m ON m.seq = f.rowid
       JOIN conversations c ON c.id = m.conversation_id AND c.deleted = 0
       ORDER BY f.rank, f.rowid DESC LIMIT ?`,
    )
    .all(query.match, RECENT_CAP, limit) as unknown as HitRow[];
  return rows.map((r) => ({
    message_id: r.id,
    conversation_id: r.conversation_id,
    conversation_title: r.title,
    role: r.role,
    created_at: r.created_at,
    snippet: snippetOf(r.text, query.words),
  }));
}

/** An excerpt around the first matched word, with every word that starts like a query word marked as a hit. */
export function snippetOf(text: string, words: readonly string[]): MessageSearchHit['snippet'] {
  const flat = text.replace(/\s+/g, ' ');
  const lower = flat.toLowerCase();
  const first = Math.min(...words.map((w) => lower.search(new RegExp(`(?<![\\p{L}\\p{N}])${escapeRegExp(w)}`, 'u'))).filter((i) => i >= 0), flat.length);
  const from = first >= flat.length ? 0 : Math.max(0, first - 40);
  const excerpt = (from > 0 ? '…' : '') + flat.slice(from, from + SNIPPET_CHARS) + (from + SNIPPET_CHARS < flat.length ? '…' : '');
  if (words.length === 0) return [{ text: excerpt, hit: false }];
  const pattern = new RegExp(`(?<![\\p{L}\\p{N}])((?:${words.map(escapeRegExp).join('|')})[\\p{L}\\p{N}]*)`, 'giu');
  const parts: MessageSearchHit['snippet'] = [];
  let last = 0;
  for (const m of excerpt.matchAll(pattern)) {
    if (m.index > last) parts.push({ text: excerpt.slice(last, m.index), hit: false });
    parts.push({ text: m[0], hit: true });
    last = m.index + m[0].length;
  }
  if (last < excerpt.length) parts.push({ text: excerpt.slice(last), hit: false });
  return parts;
}

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
