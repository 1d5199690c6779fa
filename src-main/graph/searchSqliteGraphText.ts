// Full-text search for SqliteGraphStore: FTS5 all-terms, then any-term, then a name-substring fallback, with
// scores mapped onto [0, 1] and matches marked as **…** highlights.
import type { EntityType } from '../../src-shared/protocol/entities';
import { buildFtsQuery } from '../store/buildFtsQuery';
import type { TextSearchHit } from './GraphStore';
import { checkCount, CURRENT_JOIN, ENTITY_COLUMNS, toEntity, TYPES_FILTER } from './sqliteGraphRows';
import type { EntityRow, PrepareStatement } from './sqliteGraphRows';

interface SearchRow extends EntityRow {
  raw_score: number;
  name_snippet: string;
  body_snippet: string;
}

// Private-use markers survive snippet() untouched and cannot collide with text people type; they become ** below.
const MARK_START = '\u{E000}';
const MARK_END = '\u{E001}';
/** Names matter more than content: a hit in the name is worth this many hits in the body (bm25 column weights). */
const NAME_WEIGHT = 10;
const DEFAULT_SEARCH_LIMIT = 10;
const MAX_SEARCH_LIMIT = 200;

export function searchSqliteGraphText(
  stmt: PrepareStatement,
  query: string,
  options: { types?: readonly EntityType[]; limit?: number },
): TextSearchHit[] {
  const fts = buildFtsQuery(query);
  if (!fts) return [];
  const limit = Math.min(checkCount(options.limit, 'limit') ?? DEFAULT_SEARCH_LIMIT, MAX_SEARCH_LIMIT);
  if (limit === 0) return [];
  let rows = runFts(stmt, fts.all, options.types, limit);
  if (rows.length === 0 && fts.terms.length > 1) rows = runFts(stmt, fts.any, options.types, limit);
  if (rows.length === 0) return searchNamesContaining(stmt, query.trim(), options.types, limit);
  // bm25 is negative, more negative = better: dividing by the best row maps the set onto (0, 1].
  const best = Math.min(...rows.map((r) => r.raw_score));
  return rows.map((row) => ({
    entity: toEntity(row),
    score: best < 0 ? round3(Math.min(1, Math.max(0, row.raw_score / best))) : 1,
    highlights: [row.name_snippet, row.body_snippet].filter((s) => s.includes(MARK_START)).map(toHighlight),
  }));
}

function runFts(stmt: PrepareStatement, match: string, types: readonly EntityType[] | undefined, limit: number): SearchRow[] {
  const sql =
    `SELECT ${ENTITY_COLUMNS}, bm25(entity_fts, ${NAME_WEIGHT}, 1) AS raw_score,` +
    ` snippet(entity_fts, 0, '${MARK_START}', '${MARK_END}', '…', 12) AS name_snippet,` +
    ` snippet(entity_fts, 1, '${MARK_START}', '${MARK_END}', '…', 16) AS body_snippet` +
    ' FROM entity_fts JOIN entity_current c ON c.seq = entity_fts.rowid JOIN entity_versions v ON v.id = c.id AND v.version = c.version' +
    ` WHERE entity_fts MATCH ? AND c.deleted = 0${types ? ` AND c.entity_type IN ${TYPES_FILTER}` : ''}` +
    ' ORDER BY raw_score LIMIT ?';
  const params: (string | number)[] = [match, ...(types ? [JSON.stringify(types)] : []), limit];
  try {
    return stmt(sql).all(...params) as SearchRow[];
  } catch (error) {
    // buildFtsQuery only emits quoted terms, so this is not expected; a search box must still never throw.
    console.warn('[graph] full-text query failed', match, error);
    return [];
  }
}

/** Substring fallback for what prefix matching cannot see (e.g. "stat" in "Thermostat"). */
function searchNamesContaining(stmt: PrepareStatement, text: string, types: readonly EntityType[] | undefined, limit: number): TextSearchHit[] {
  if (text.length < 2) return [];
  const sql =
    `SELECT ${ENTITY_COLUMNS} FROM ${CURRENT_JOIN} WHERE c.deleted = 0 AND instr(lower(v.name), lower(?)) > 0` +
    (types ? ` AND c.entity_type IN ${TYPES_FILTER}` : '') +
    ' ORDER BY length(v.name), v.name LIMIT ?';
  const rows = stmt(sql).all(text, ...(types ? [JSON.stringify(types)] : []), limit) as EntityRow[];
  return rows.map((row) => ({
    entity: toEntity(row),
    // Weaker than any FTS hit would be, and closer to 1 the more of the name the text covers.
    score: round3(0.5 * Math.min(1, text.length / row.name.length)),
    highlights: [],
  }));
}

function toHighlight(snippet: string): string {
  return snippet.replaceAll(MARK_START, '**').replaceAll(MARK_END, '**').replace(/\s+/g, ' ').trim();
}

function round3(value: number): number {
  return Math.round(value * 1000) / 1000;
}
