// Guaraní, alone or in Jopara (Guaraní and Spanish in one sentence), read into the Spanish the Spanish readers then
// read: "emboguepa la tesapé cocina-pe" is "apagá la luz en la cocina", "mboy grado oĩ ko'ágã sala-pe" is "cuántos
// grados hay ahora en la sala", "mamópa oĩ la tatakua" is "dónde está la tatakua". A Paraguayan home's names are
// Spanish, so the Spanish words of the sentence are kept as typed and only Guaraní's are read (lexicon/guarani.json).
// Guaraní's "-pe" (in) is a suffix ("quincho-pe", "kokuépe"): a word with it is "en" and the word; "Griselda kotýpe"
// (in Griselda's room) is "en la pieza de Griselda"; "la abuela mba'e" (grandma's thing) is "la de la abuela".
// Speed and safety: a sentence is read only with one word only Guaraní says (`sure`), checked first against the
// sentence's word set, so Spanish, Portuguese and Rioplatense ("che", "y", "ha", "oi") are never read here.
import { z } from 'zod';
import raw from '../lexicon/guarani.json';
import { phrases } from '../lexiconTable';
import { markerSet, saysMarker, wordKey } from '../saidWordSet';

const GUARANI = z.object({ sure: phrases, phrases: z.record(z.string(), z.string()), questionFirst: phrases, stateAfter: z.string().min(1), commands: phrases }).parse(raw);

const key = (word: string): string => wordKey(word.replace(/[’‘`]/g, "'"));
const SURE = markerSet(GUARANI.sure);
/** Each phrase by the keys of its words, and the most words a phrase has. */
const PHRASES = new Map(Object.entries(GUARANI.phrases).map(([phrase, spanish]) => [phrase.split(' ').map(key).join(' '), spanish]));
const LONGEST = Math.max(...[...PHRASES.keys()].map((k) => k.split(' ').length));
const QUESTION_FIRST = new Set(GUARANI.questionFirst.map(key));
const COMMANDS = new Set(GUARANI.commands.map(key));
/** "quincho-pe", "26-pe", "kokuépe" is a lexicon word: the hyphened suffix of place. */
const IN_SUFFIX = /^(.+)-(?:pe|me)$/;
/** "Griselda kotýpe": a name, then "in the room of". */
const ROOM_OF = /(\p{Lu}[\p{L}'’]*)\s+kot[yý]pe\b/gu;
const EDGE = /^([^\p{L}\p{N}'’]*)(.*?)([^\p{L}\p{N}'’]*)$/u;

/** The gate: one word only Guaraní says. */
export function maySayGuarani(text: string): boolean {
  return saysMarker(text, SURE);
}

/** The sentence read into Spanish, or undefined when it has no word only Guaraní says. */
export function guaraniPhrasing(text: string): string | undefined {
  if (!maySayGuarani(text)) return undefined;
  const typed = text.replace(ROOM_OF, 'en la pieza de $1').split(/\s+/).filter(Boolean);
  // "ventilador del comedor emboguepa": a request said last is read first, as Spanish says it.
  const lastKey = key(EDGE.exec(typed[typed.length - 1] ?? '')?.[2] ?? '');
  const tokens = typed.length > 1 && COMMANDS.has(lastKey) ? [typed[typed.length - 1] ?? '', ...typed.slice(0, -1)].map((t) => t.replace(/[?!.]+$/, '')) : typed;
  const out: string[] = [];
  for (let i = 0; i < tokens.length; ) {
    const [, lead = '', core = '', trail = ''] = EDGE.exec(tokens[i] ?? '') ?? [];
    const phrase = longestPhraseAt(tokens, i);
    if (phrase) {
      const last = EDGE.exec(tokens[i + phrase.length - 1] ?? '')?.[3] ?? '';
      out.push(`${lead}${phrase.spanish}${last}`);
      i += phrase.length;
      continue;
    }
    const k = key(core);
    const suffixed = IN_SUFFIX.exec(core);
    if (QUESTION_FIRST.has(k)) out.push(`${lead}${out.length === 0 ? 'hay' : GUARANI.stateAfter}${trail}`);
    else if (suffixed?.[1]) out.push(`${lead}${/^\d/.test(suffixed[1]) ? 'a' : 'en'} ${suffixed[1]}${trail}`);
    else out.push(tokens[i] ?? '');
    i += 1;
  }
  return ownedThing(out.join(' ').replace(/\s+/g, ' ').trim());
}

/** The longest lexicon phrase starting at token i. */
function longestPhraseAt(tokens: readonly string[], i: number): { length: number; spanish: string } | undefined {
  for (let n = Math.min(LONGEST, tokens.length - i); n >= 1; n--) {
    const words = tokens.slice(i, i + n).map((t) => key(EDGE.exec(t)?.[2] ?? t));
    // Punctuation inside a phrase ends it ("ógape, ko'ápe" is two).
    if (tokens.slice(i, i + n - 1).some((t) => /[,.;!?]$/.test(t))) continue;
    const spanish = PHRASES.get(words.join(' '));
    if (spanish !== undefined) return { length: n, spanish };
  }
  return undefined;
}

/** "la abuela mba'e" (grandma's thing) is "la de la abuela". */
function ownedThing(read: string): string {
  const owned = /^(.+?)\s+mba'?e\s*([?.!]*)$/iu.exec(read.replace(/[’‘`]/g, "'"));
  return owned?.[1] ? `la de ${owned[1]}${owned[2] ?? ''}` : read;
}
