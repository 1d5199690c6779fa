// The words of a language read by their jobs (a question word, a command, a state, a measure, a kind …) and the home's
// names found in a sentence by their stems whatever case ending a word carries, for a language that glues its cases to
// the noun and is typed in its own script or texted in Latin letters (Georgian: georgianWords.ts; Armenian:
// armenianWords.ts). Each language gives its key (both scripts alike), its stems and cases, and its lexicon's roles;
// the names are stemmed once per snapshot and language. taggedSentence.ts reads the tokens as an English sentence.
import type { HomeSnapshot } from '../HomeIndex';
import type { RoleListEntry } from '../roleTable';

/** 'place': a room word of the language ("պատշգամբ" = balcony): the home's place of that name, or the English word. */
export type TaggedRole = 'particle' | 'relation' | 'command' | 'question' | 'state' | 'exists' | 'measure' | 'kind' | 'place';
export type TaggedCase = 'in' | 'from' | 'of' | '';
export interface TaggedToken {
  said: string;
  role?: TaggedRole | 'name' | 'number';
  english: string;
  /** The home's entity the word (with the words after it) names. */
  entity?: { name: string; place: boolean; type?: string };
  /** A one-word name that is a kind word too ("ტელევიզორი"): that kind in English. */
  kind?: string;
  /** Where the word's case says it is: in, from, of. */
  case: TaggedCase;
}

/** How one language keys, stems and cases its words, and its lexicon's phrases by role. */
export interface TaggedLanguage {
  /** A word as both scripts key it. */
  key: (word: string) => string;
  /** The key's stems (without its case endings). */
  stems: (key: string) => readonly string[];
  caseOf: (key: string) => TaggedCase;
  /** The lexicon's phrases with their roles, in order of precedence. */
  entries: ReadonlyArray<RoleListEntry<TaggedRole>>;
  /** A name's number is one of its words ("Ծիրանի փական 1"): numbered names are told apart, never the first taken. */
  numberedNames?: boolean;
  /** Roles found by their stems too (the others only whole). */
  byStem: ReadonlySet<TaggedRole>;
}

interface NameEntry { name: string; words: Array<readonly string[]>; place: boolean; device: boolean; type: string }
const PLACE_TYPES = new Set(['room', 'zone', 'home']);
const NAMED_TYPES = new Set(['room', 'zone', 'home', 'device', 'door', 'window', 'automation', 'schedule', 'note', 'procedure', 'app', 'manual', 'document']);

const sameWord = (a: readonly string[], b: readonly string[]): boolean => a.some((s) => b.includes(s));

/** A reader of one language's words: the sentence's words with their jobs and the home's names they say. */
export function taggedWordsReader(language: TaggedLanguage): (text: string, snapshot: HomeSnapshot) => TaggedToken[] {
  const { key: keyOf, stems: stemsOf, caseOf } = language;
  const WHOLE = new Map<string, { role: TaggedRole; english: string }>();
  const STEMMED = new Map<string, { role: TaggedRole; english: string }>();
  const PHRASES: Array<{ keys: string[]; role: TaggedRole; english: string }> = [];
  for (const { kind: role, english, phrase } of language.entries) {
    const keys = phrase.split(/\s+/).map(keyOf);
    if (keys.length > 1) PHRASES.push({ keys, role, english });
    else if (!WHOLE.has(keys[0] ?? '')) WHOLE.set(keys[0] ?? '', { role, english });
    if (language.byStem.has(role) && keys.length === 1) for (const s of stemsOf(keys[0] ?? '')) if (!STEMMED.has(s)) STEMMED.set(s, { role, english });
  }
  PHRASES.sort((a, b) => b.keys.length - a.keys.length);
  // Each room word's stems by its English ("balcony": the stems of "պատշգամբ", "balkon"), to find the home's place so named.
  const PLACE_STEMS = new Map<string, string[]>();
  for (const { kind: role, english, phrase } of language.entries) if (role === 'place') PLACE_STEMS.set(english, [...(PLACE_STEMS.get(english) ?? []), ...stemsOf(keyOf(phrase))]);

  const NAMES = new WeakMap<HomeSnapshot, NameEntry[]>();
  function namesOf(snapshot: HomeSnapshot): NameEntry[] {
    let names = NAMES.get(snapshot);
    if (!names) {
      names = [];
      for (const e of snapshot.byId.values()) {
        if (!NAMED_TYPES.has(e.entity_type)) continue;
        const words = e.name.split(/[\s'’"«»„“”,.()-]+/).filter((w) => w.length > 1 || (language.numberedNames === true && /^\d$/.test(w))).map((w) => (/^\d+$/.test(w) ? [w] : stemsOf(keyOf(w))));
        if (!words.length || words.some((w) => !w.length)) continue;
        names.push({ name: e.name, words, place: PLACE_TYPES.has(e.entity_type), device: e.entity_type === 'device' || e.entity_type === 'automation', type: e.entity_type });
      }
      NAMES.set(snapshot, names);
    }
    return names;
  }

  return (text, snapshot) => {
    const said = text.replace(/[?!.,;:]+/g, ' ').split(/\s+/).filter(Boolean);
    const keys = said.map((w) => keyOf(w.replace(/^["'«„“]+|["'»“”]+$/g, '')));
    const stems = keys.map((k) => (/^\d+$/.test(k) ? [k] : []).concat(stemsOf(k.replace(/-/g, ''))).concat(k.includes('-') ? stemsOf(k.split('-')[0] ?? '') : []));
    const tokens: Array<TaggedToken | undefined> = said.map(() => undefined);
    // Names first, the most words first: a name is said when each of its words is a word of the sentence, in order.
    const used = new Set<number>();
    const entries = namesOf(snapshot).filter((n) => n.words.length > 1).sort((a, b) => b.words.length - a.words.length);
    for (const entry of entries) {
      const at: number[] = [];
      let from = 0;
      for (const w of entry.words) {
        let i = from;
        while (i < said.length && (used.has(i) || !sameWord(w, stems[i] ?? []))) i++;
        if (i >= said.length) break;
        at.push(i);
        from = i + 1;
      }
      if (at.length !== entry.words.length || (at[at.length - 1] ?? 0) - (at[0] ?? 0) >= entry.words.length + 1) continue;
      for (const i of at) used.add(i);
      const first = at[0] ?? 0;
      tokens[first] = { said: said.slice(first, (at[at.length - 1] ?? first) + 1).join(' '), role: 'name', english: entry.name, entity: { name: entry.name, place: entry.place, type: entry.type }, case: caseOf(keys[at[at.length - 1] ?? first] ?? '') };
      for (const i of at.slice(1)) tokens[i] = { said: '', english: '', case: '' };
    }
    // Lexicon phrases of several words ("სარეცხი მანქანა").
    for (const p of PHRASES) {
      for (let i = 0; i + p.keys.length <= said.length; i++) {
        if (p.keys.some((k, j) => used.has(i + j) || (k !== keys[i + j] && !sameWord(stemsOf(k), stems[i + j] ?? [])))) continue;
        tokens[i] = { said: said.slice(i, i + p.keys.length).join(' '), role: p.role, english: p.english, case: caseOf(keys[i + p.keys.length - 1] ?? '') };
        for (let j = i; j < i + p.keys.length; j++) used.add(j);
        for (let j = i + 1; j < i + p.keys.length; j++) tokens[j] = { said: '', english: '', case: '' };
      }
    }
    const single = namesOf(snapshot).filter((n) => n.words.length === 1);
    for (let i = 0; i < said.length; i++) {
      if (used.has(i)) continue;
      const key = keys[i] ?? '';
      const c = caseOf(key);
      const number = /^(\d+(?:[.,]\d+)?)/.exec(said[i] ?? '');
      if (number) {
        tokens[i] = { said: said[i] ?? '', role: 'number', english: number[1] ?? '', case: c };
        continue;
      }
      const whole = WHOLE.get(key);
      // "გარეთ" (outside) is said as a place.
      if (whole?.role === 'relation' && whole.english === 'outside') {
        tokens[i] = { said: said[i] ?? '', role: 'name', english: 'outside', entity: { name: 'outside', place: true }, case: 'in' };
        continue;
      }
      if (whole && whole.role !== 'kind' && whole.role !== 'measure' && whole.role !== 'place') {
        tokens[i] = { said: said[i] ?? '', role: whole.role, english: whole.english, case: c };
        continue;
      }
      // A one-word name of the home ("ქვაბი", "მარანი", "gamtsovi") is that thing, in any case.
      const named = single.filter((n) => sameWord(n.words[0] ?? [], stems[i] ?? []));
      const exact = named.length > 1 ? named.filter((n) => n.words[0]?.[0] === stemsOf(key)[0]) : named;
      const one = exact.length === 1 ? exact[0] : named.length > 1 && named.every((n) => n.name === named[0]?.name) ? named[0] : undefined;
      const stemmed = whole ?? (stems[i] ?? []).map((s) => STEMMED.get(s)).find(Boolean);
      if (one) {
        const kind = stemmed?.role === 'kind' ? { kind: stemmed.english } : {};
        tokens[i] = { said: said[i] ?? '', role: 'name', english: one.name, entity: { name: one.name, place: one.place, type: one.type }, case: c, ...kind };
        continue;
      }
      // A word of a longer name said alone ("მისაღებში" of "მისაღები ოთახი"): a place when the word says "in" or "from"
      // and one place's name starts so.
      const partial = namesOf(snapshot).filter((n) => n.words.length > 1 && sameWord(n.words[0] ?? [], stems[i] ?? []));
      const places = partial.filter((n) => n.place);
      if ((c === 'in' || c === 'from') && places.length === 1 && places[0]) {
        tokens[i] = { said: said[i] ?? '', role: 'name', english: places[0].name, entity: { name: places[0].name, place: true }, case: c };
        continue;
      }
      // "ღუმელი" said of "შეშის ღუმელი": a word that is the head (last word) of one device's name alone is that device.
      const heads = namesOf(snapshot).filter((n) => n.device && n.words.length > 1 && sameWord(n.words[n.words.length - 1] ?? [], stems[i] ?? []));
      if (heads.length === 1 && heads[0] && c !== 'of' && c !== 'in') {
        tokens[i] = { said: said[i] ?? '', role: 'name', english: heads[0].name, entity: { name: heads[0].name, place: false }, case: c };
        continue;
      }
      // "balkoni@" is the home's Պատշգամբ when one place is named by a word of that room ("պատշգամբ"), else "balcony".
      if (stemmed?.role === 'place') {
        const forms = PLACE_STEMS.get(stemmed.english) ?? [];
        const homes = single.filter((n) => n.place && sameWord(n.words[0] ?? [], forms));
        const name = homes.length === 1 && homes[0] ? homes[0].name : stemmed.english;
        tokens[i] = { said: said[i] ?? '', role: 'name', english: name, entity: { name, place: true }, case: c === 'from' ? 'from' : 'in' };
        continue;
      }
      if (stemmed) {
        tokens[i] = { said: said[i] ?? '', role: stemmed.role, english: stemmed.english, case: c };
        continue;
      }
      // The first word of one name alone ("lukas" of "lukas natura") is that name.
      const pick = partial.length === 1 && c !== 'of' ? partial[0] : undefined;
      tokens[i] = pick
        ? { said: said[i] ?? '', role: 'name', english: pick.name, entity: { name: pick.name, place: pick.place }, case: c }
        : { said: said[i] ?? '', english: said[i] ?? '', case: c };
    }
    return tokens.filter((t): t is TaggedToken => !!t && t.said !== '');
  };
}
