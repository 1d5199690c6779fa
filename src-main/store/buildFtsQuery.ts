// Turns what a person typed into a safe FTS5 MATCH expression. User text is never passed through as FTS syntax:
// it is cut into letter/digit runs (the same split the unicode61 tokenizer makes), each run is double-quoted and given
// a prefix star, so `what's`, `"`, `*`, `OR`, `(` or `NEAR` can only ever be search words, never operators.
const TERM = /[\p{L}\p{N}]+/gu;
const MAX_TERMS = 12;

export interface FtsQuery {
  /** Every term must match (better precision). */
  all: string;
  /** Any term may match (the fallback when `all` finds nothing in a multi-word question). */
  any: string;
  terms: string[];
}

export function buildFtsQuery(input: string): FtsQuery | undefined {
  const raw = (input.normalize('NFKC').toLowerCase().match(TERM) ?? []).slice(0, 64);
  // "what's" splits into "what" + "s"; a one-letter prefix would match half the index, so drop those when longer
  // terms exist.
  const longer = raw.filter((t) => t.length > 1);
  const terms = [...new Set(longer.length > 0 ? longer : raw)].slice(0, MAX_TERMS);
  if (terms.length === 0) return undefined;
  const quoted = terms.map((t) => `"${t}"*`);
  return { all: quoted.join(' '), any: quoted.join(' OR '), terms };
}
