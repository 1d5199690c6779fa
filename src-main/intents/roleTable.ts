// The phrase tables of the language readers (indonesianWords.ts, tagalogWords.ts, turkishWords.ts,
// vietnameseWords.ts): each phrase of a lexicon list gets a role and its English. The first role a phrase is put under
// keeps it, so a reader puts its lists in order of precedence.
export interface RoleEntry<R> {
  kind: R;
  english: string;
}

export function roleTable<R>(): { table: Map<string, RoleEntry<R>>; put: (kind: R, list: readonly string[], english?: string) => void } {
  const table = new Map<string, RoleEntry<R>>();
  const put = (kind: R, list: readonly string[], english = ''): void => {
    for (const p of list) if (!table.has(p)) table.set(p, { kind, english });
  };
  return { table, put };
}
