// The phrase tables of the language readers (languages/*Words.ts): each phrase of a lexicon list gets a role and its
// English. `roleTable` keeps the first role a phrase is put under, so a reader puts its lists in order of precedence;
// `roleList` keeps every phrase in the order put, for readers that match phrases by words or stems and so walk them
// all (bengaliWords.ts, georgianWords.ts). `withEndings` spells each stem of a list with each ending ("켜" + "줘").
export interface RoleEntry<R> {
  kind: R;
  english: string;
}

/** A lexicon list, or lists keyed by the English they mean ("where": [...], "how much": [...]). */
export type RolePhrases = readonly string[] | Readonly<Record<string, readonly string[]>>;

/** Each phrase of a list (with the English given) or of lists keyed by their English, in order. */
function eachPhrase(phrases: RolePhrases, english: string, visit: (phrase: string, english: string) => void): void {
  if (Array.isArray(phrases)) {
    for (const p of phrases as readonly string[]) visit(p, english);
    return;
  }
  for (const [meant, list] of Object.entries(phrases as Readonly<Record<string, readonly string[]>>)) for (const p of list) visit(p, meant);
}

export function roleTable<R>(): { table: Map<string, RoleEntry<R>>; put: (kind: R, phrases: RolePhrases, english?: string) => void } {
  const table = new Map<string, RoleEntry<R>>();
  const put = (kind: R, phrases: RolePhrases, english = ''): void =>
    eachPhrase(phrases, english, (p, meant) => {
      if (!table.has(p)) table.set(p, { kind, english: meant });
    });
  return { table, put };
}

export interface RoleListEntry<R> extends RoleEntry<R> {
  phrase: string;
}

/** Every phrase put, in the order put (a phrase put twice is there twice). */
export function roleList<R>(): { entries: Array<RoleListEntry<R>>; put: (kind: R, phrases: RolePhrases, english?: string) => void } {
  const entries: Array<RoleListEntry<R>> = [];
  const put = (kind: R, phrases: RolePhrases, english = ''): void => eachPhrase(phrases, english, (phrase, meant) => entries.push({ kind, english: meant, phrase }));
  return { entries, put };
}

/** Lists keyed by their English with each stem spelled with each ending, stem by stem (the keys kept in order). */
export function withEndings(lists: Readonly<Record<string, readonly string[]>>, endings: readonly string[]): Record<string, string[]> {
  return Object.fromEntries(Object.entries(lists).map(([english, stems]) => [english, stems.flatMap((stem) => endings.map((ending) => stem + ending))]));
}
