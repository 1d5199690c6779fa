// A language or dialect whose spoken forms are words of a language the engine reads ("aff" is off in Scots, "tá" is
// está in Brazilian Portuguese, "isch" is ist in Swiss German): each form is read as that word, and words of tone are
// left out, before any other reading. The forms are data (a lexicon per dialect, checked by `spokenFormsSchema`). A word
// the home names something with stays a name ("Pit lamp", a room "The Oot"); so does a phrase.
import { z } from 'zod';
import { phraseKey } from '../deviceKinds';
import type { HomeSnapshot } from '../HomeIndex';
import { namesSomething } from '../kindClaims';
import { markerSet, saysMarker } from '../saidWordSet';

export const spokenFormsSchema = z.object({
  // Forms only this dialect writes: a sentence without one of them (or an opener) is left as typed. Without markers,
  // every sentence is read (the forms are no words of another language the engine reads). A marker of several words
  // ("bin dou", "las an") counts only when they are said together.
  markers: z.array(z.string().min(1)).optional(),
  // Markers that count only typed with their apostrophe ("ta'" is Cuban está, "ta" is Norwegian and Bengali): a form
  // with its letters dropped, which the language writes no other way.
  elidedMarkers: z.array(z.string().regex(/^\p{L}+['’]$/u)).optional(),
  // Words that open a request or question in this dialect and in no nearby language ("liga", "quais").
  openers: z.array(z.string().min(1)).optional(),
  // Openers that another language also opens with ("da" is Italian and German): they count only right before a word
  // the home names something with ("da living room one", never "da quanto tempo").
  namedOpeners: z.array(z.string().min(1)).optional(),
  // Several words read as one, or left out ("the now" = now, "por favor").
  phrases: z.record(z.string().min(1), z.string()),
  // One form and the word(s) it stands for ("aff" = off, "pra" = para, "o ar" = "o ar condicionado").
  words: z.record(z.string().min(1), z.string().min(1)),
  // Words that add only tone ("wee", "pfv"): left out wherever they are.
  dropped: z.array(z.string().min(1)),
  // Words of tone only as the last word ("liga agora vai"); elsewhere they are words ("vai ligar").
  trailing: z.array(z.string().min(1)).optional(),
  // Forms read even where a home's name uses them: a language's small words ("на" of a flat called "Квартира на
  // Подолі") and a kind word whose English word finds the same device by its kind ("svitlo" of "Svitlo Taras", a light).
  readInNames: z.array(z.string().min(1)).optional(),
  // States that open a yes/no question in this language and close it in English ("чи увімкнений бойлер" is "is on
  // бойлер" word by word, "is бойлер on" in English): one read right after the first word goes last.
  statesLast: z.array(z.string().min(1)).optional(),
  // Commands said last, after their thing ("a tu lampičku tam zhasni"): a sentence whose last word typed is one of
  // these goes with the value here first ("zhasni" → "turn off": the thing is named).
  commandsFirst: z.record(z.string().min(1), z.string().min(1)).optional(),
  // Word endings read as another ending, for compounds ("Nachtliecht" = Nachtlicht), on words no form above lists.
  endings: z.record(z.string().min(2), z.string().min(1)).optional(),
  // Forms typed with or without their marks are one form (Czech "zapni světlo" / "zapni svetlo"): keys are written
  // without them.
  foldMarks: z.boolean().optional(),
  // A word of `readInNames` stays when it and a neighbour are a name ("vchodové dveře" of a door, "dveře" alone is
  // "door"); without it such a word is read in every name ("на" of "Квартира на Подолі").
  keepNamedPairs: z.boolean().optional(),
}).strict();
export type SpokenForms = z.infer<typeof spokenFormsSchema>;

/** Longer text is no spoken request (the engine declines it): it is left as typed. */
const MAX_CHARS = 500;

const PUNCTUATION = /^[.?!,]$/;
const plainKey = (word: string): string => word.toLowerCase().replace(/['’]/g, '').replace(/^[^\p{L}\d]+|[^\p{L}\d]+$/gu, '');
const foldedKey = (word: string): string => plainKey(word).normalize('NFD').replace(/\p{M}+/gu, '');
/** The punctuation a word was typed with ("aff?", "aff,"), kept on the word it is read as. */
const trailing = (word: string): string => /[?!.,;:]+$/.exec(word)?.[0] ?? '';
const leading = (word: string): string => /^["'(]+/.exec(word)?.[0] ?? '';

/** A reader of one dialect's spoken forms: the text with them read, unchanged when it has none. */
export function spokenFormsReader(forms: SpokenForms): (text: string, snapshot: HomeSnapshot) => string {
  const keyOf = forms.foldMarks ? foldedKey : plainKey;
  const words = new Map<string, string>(Object.entries(forms.words).map(([said, meant]) => [keyOf(said), meant]));
  for (const word of forms.dropped) words.set(keyOf(word), '');
  const lastOnly = new Set((forms.trailing ?? []).map(keyOf));
  const inNames = new Set((forms.readInNames ?? []).map(keyOf));
  const markers = forms.markers ? new Set(forms.markers.filter((m) => !m.includes(' ')).map(keyOf)) : undefined;
  const markerPhrases = (forms.markers ?? []).filter((m) => m.includes(' ')).map((m) => m.split(' ').map(keyOf));
  const openers = new Set((forms.openers ?? []).map(keyOf));
  const elided = new Set((forms.elidedMarkers ?? []).map((m) => m.toLowerCase().replace('’', "'")));
  const namedOpeners = new Set((forms.namedOpeners ?? []).map(keyOf));
  const commandsFirst = new Map(Object.entries(forms.commandsFirst ?? {}).map(([said, meant]) => [keyOf(said), meant]));
  // Keyed as the typed words are ("s'il" is "sil"), so a phrase with an apostrophe or a capital is read too.
  const phrases = Object.entries(forms.phrases).map(([said, meant]) => ({ words: said.split(' '), keys: said.split(' ').map(keyOf), meant }));
  // A phrase can start only at a word whose key is its first key: each word looks up its few candidates (in lexicon
  // order, so the first that fits is the one `find` over all of them would give) rather than trying every phrase.
  const phrasesByFirst = new Map<string, typeof phrases>();
  for (const p of phrases) phrasesByFirst.set(p.keys[0] ?? '', [...(phrasesByFirst.get(p.keys[0] ?? '') ?? []), p]);
  // The cheap check before the sentence is cut into words (README, "Speed of the language layer"): saysIt needs a
  // marker, an opener or a marker phrase's first word among the words' keys, so a sentence without one is left as typed.
  // Round 45: a dialect without markers (Scots, Prairie English …) cut every sentence, English too, into words and
  // keyed them, to find none of its forms; `readsAt` needs a form, a trailing word or a phrase's first word among the
  // keys (or a word with an ending read, so a dialect with endings has no such gate), so those are its gate.
  const gate = markers
    ? markerSet([...markers, ...openers, ...namedOpeners, ...markerPhrases.map((m) => m[0] ?? ''), ...[...elided].map(keyOf)])
    : (forms.endings === undefined || Object.keys(forms.endings).length === 0) ? markerSet([...words.keys(), ...lastOnly, ...phrases.map((p) => p.keys[0] ?? '')]) : undefined;
  const emptyKey = keyOf('');
  const endings = Object.entries(forms.endings ?? {}).sort((a, b) => b[0].length - a[0].length);
  const compound = (key: string): string | undefined => {
    const ending = endings.find(([said]) => key.length > said.length + 2 && key.endsWith(said));
    return ending ? key.slice(0, -ending[0].length) + ending[1] : undefined;
  };

  // The words' keys are made once per sentence (`keys`), not once per marker phrase at every word.
  const saysIt = (said: readonly string[], keys: readonly string[], snapshot: HomeSnapshot): boolean =>
    !markers ||
    (said[0] !== undefined && openers.has(keys[0] ?? '') && !namesSomething(snapshot, said[0])) ||
    (said[1] !== undefined && namedOpeners.has(keys[0] ?? '') && namesSomething(snapshot, said[1])) ||
    said.some((w, at) => markers.has(keys[at] ?? '') && (inNames.has(keys[at] ?? '') || !namesSomething(snapshot, w))) ||
    said.some((_, at) => markerPhrases.some((m) => m.every((w, i) => (keys[at + i] ?? '') === w))) ||
    (elided.size > 0 && said.some((w) => elided.has(w.toLowerCase().replace('’', "'").replace(/[?!.,;:]+$/, ''))));

  // A sentence changes only at a phrase said whole, a form, a trailing word or a word with an ending read: with none
  // of them it comes back as typed, so the home's names are not looked up word by word (the dialects without markers
  // read every sentence, English too; "the" opens Scots "the now").
  const readsAt = (key: string, at: number, keys: readonly string[]): boolean =>
    words.has(key) || lastOnly.has(key) || compound(key) !== undefined || (phrasesByFirst.get(key)?.some((p) => p.keys.every((w, i) => (keys[at + i] ?? emptyKey) === w)) ?? false);

  return (text, snapshot) => {
    if (text.length > MAX_CHARS || (gate && !saysMarker(text, gate))) return text;
    const said = text.trim().split(/\s+/).filter(Boolean);
    // Keyed once: the phrase and word look-ups below use these keys.
    const keys = said.map(keyOf);
    if (!keys.some(readsAt) || !saysIt(said, keys, snapshot)) return text;
    const out: string[] = [];
    let changed = false;
    for (let at = 0; at < said.length; at++) {
      // A phrase inside a longer name ("de la" of "Ușa de la intrare") stays the name's, with keepNamedPairs.
      const phrase = phrasesByFirst.get(keys[at] ?? emptyKey)?.find((p) => p.keys.every((w, i) => (keys[at + i] ?? emptyKey) === w) && !snapshot.phrases.has(phraseKey(p.words.join(' '))) && !(forms.keepNamedPairs === true && p.words.length > 1 && partOfNamedPair(said, at, snapshot)));
      if (phrase) {
        const last = said[at + phrase.words.length - 1] ?? '';
        // Spoken punctuation ("full stop") is the mark on the word before it, as typed.
        if (PUNCTUATION.test(phrase.meant) && out.length > 0) out[out.length - 1] += phrase.meant;
        else if (phrase.meant) out.push(phrase.meant + trailing(last));
        else keepPunctuation(out, last);
        at += phrase.words.length - 1;
        changed = true;
        continue;
      }
      const word = said[at] ?? '';
      const key = keys[at] ?? emptyKey;
      const meant = lastOnly.has(key) ? (at === said.length - 1 && out.length > 0 ? '' : undefined) : (words.get(key) ?? compound(key));
      // "ar" read as "ar condicionado" keeps the word: a name with it ("Ar Condicionado Sala") is still found.
      const widens = meant !== undefined && meant.startsWith(`${key} `);
      const inName = inNames.has(key) ? forms.keepNamedPairs === true && partOfNamedPair(said, at, snapshot) : namesSomething(snapshot, word);
      if (meant === undefined || (!widens && inName) || (widens && alreadySaid(meant, said.slice(at + 1)))) {
        out.push(word);
        continue;
      }
      changed = true;
      if (meant) out.push(leading(word) + meant + trailing(word));
      else keepPunctuation(out, word);
    }
    if (changed) stateLast(out, forms.statesLast);
    if (changed) commandFirst(out, commandsFirst.get(keyOf(said[said.length - 1] ?? '')) ?? readLast(out, commandsFirst) ?? clauseCommand(said, keys, out, commandsFirst));
    return changed ? out.join(' ') : text;
  };
}

/** "is on бойлер?" → "is бойлер on?": a state read as the second word goes last, with the question mark. */
function stateLast(out: string[], states: readonly string[] | undefined): void {
  const second = out[1];
  // "turn off PC Matei" is a command whose "off" stays where it is.
  if (!states || out.length < 3 || second === undefined || !states.includes(second) || out[0] === 'turn') return;
  const last = out.length - 1;
  const mark = trailing(out[last] ?? '');
  out.splice(1, 1);
  out[last - 1] = (out[last - 1] ?? '').slice(0, (out[last - 1] ?? '').length - mark.length);
  out.push(second + mark);
}

/**
 * "Ас үйдегі свет өшірші, күндіз ғой": a command said last in its first clause, with a reason after the comma. The
 * clause's reading ends with the command (its comma kept on the word before it), so that `commandFirst` moves it.
 */
function clauseCommand(said: readonly string[], keys: readonly string[], out: string[], commands: ReadonlyMap<string, string>): string | undefined {
  const end = said.findIndex((w) => /,$/.test(w));
  const at = out.findIndex((w) => /,$/.test(w));
  if (at < 1) return undefined;
  // The clause's last word is a command said last, or a phrase read as one ("қосып берші," is "turn on,").
  const read = (out[at] ?? '').slice(0, -1);
  const command = (end >= 0 ? commands.get(keys[end] ?? '') : undefined) ?? ([...commands.values()].includes(read) ? read : undefined);
  if (!command || out[at] !== `${command},`) return undefined;
  // The clause after the comma goes: it says why, and the request is complete without it.
  out.splice(at);
  out.push(command);
  return command;
}

/** Readings that are states as well as commands ("je okno otevřené" asks whether it is open). */
const STATE_TOO: ReadonlySet<string> = new Set(['open', 'closed', 'on', 'off', 'locked']);
/** "теледидарды қосып берші" → "теледидар turn on": a phrase read as a command said last is one too (never a state). */
function readLast(out: readonly string[], commands: ReadonlyMap<string, string>): string | undefined {
  const last = (out[out.length - 1] ?? '').replace(/[.!]+$/, '');
  return commands.size > 0 && out.length > 1 && !STATE_TOO.has(last) && [...commands.values()].includes(last) ? last : undefined;
}

/** "and the lamp there turn off" → "turn off the lamp there": a command typed last goes first, "and" left out. */
function commandFirst(out: string[], command: string | undefined): void {
  if (!command || out.length < 2) return;
  out.splice(out.length - 1, 1);
  if (out[0] === 'and') out.shift();
  out.unshift(command);
}

/** The most words of a name a small word is looked for inside ("Ușa de la intrare": four). */
const LONGEST_NAME = 5;
/**
 * Is the word at `at` inside two to five words in a row that the home names something with ("vchodové dveře", "ușa de
 * la intrare")?
 */
function partOfNamedPair(said: readonly string[], at: number, snapshot: HomeSnapshot): boolean {
  for (let len = 2; len <= LONGEST_NAME; len++) {
    for (let from = Math.max(0, at - len + 1); from <= at && from + len <= said.length; from++) {
      if (snapshot.phrases.has(phraseKey(said.slice(from, from + len).join(' ')))) return true;
    }
  }
  return false;
}

/** "o ar condicionado" already said in full is not widened again. */
function alreadySaid(meant: string, after: readonly string[]): boolean {
  const [, ...rest] = meant.split(' ');
  return rest.every((w, i) => plainKey(after[i] ?? '') === w);
}

/** A left-out word's question mark stays with the word before it ("tá ligado né?"). */
function keepPunctuation(out: string[], word: string): void {
  const mark = trailing(word);
  if (mark && out.length > 0) out[out.length - 1] += mark;
}
