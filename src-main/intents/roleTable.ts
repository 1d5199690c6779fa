// The phrase tables of the language readers (indonesianWords.ts, tagalogWords.ts, turkishWords.ts,
// vietnameseWords.ts): each phrase of a lexicon list gets a role and its English. The first role a phrase is put under
// keeps it, so a reader puts its lists in order of precedence.
export interface RoleEntry<R> {
  kind: R;
  english: string;
}

/** A lexicon list, or lists keyed by the English they mean ("where": [...], "how much": [...]). */
export type RolePhrases = readonly string[] | Readonly<Record<string, readonly string[]>>;

export function roleTable<R>(): { table: Map<string, RoleEntry<R>>; put: (kind: R, phrases: RolePhrases, english?: string) => void } {
  const table = new Map<string, RoleEntry<R>>();
  const put = (kind: R, phrases: RolePhrases, english = ''): void => {
    if (!Array.isArray(phrases)) {
      for (const [meant, list] of Object.entries(phrases as Readonly<Record<string, readonly string[]>>)) put(kind, list, meant);
      return;
    }
    for (const p of phrases as readonly string[]) if (!table.has(p)) table.set(p, { kind, english });
  };
  return { table, put };
}
