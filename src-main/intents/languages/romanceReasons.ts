// A request in Spanish, Portuguese, Catalan or Italian often ends with its reason, joined by "que" or "porque"
// ("prendé la luz del quincho q ya está el fuego", "liga o ar que tá calor", "apaga'l que ja fa calor"). Read whole,
// the reason's words become part of the target ("no light is called 'fuego'") and the request is declined. The clause
// is left out when it names nothing of the home; a clause that does ("la luz que está en la cocina") says which one and
// stays. A clause that describes the target without naming the home ("la persiana q da al sol") is left out too: the
// request then asks which one, which is safe.
import { CUES_LEXICON } from './crossLanguageCues';
import { phraseKey, kindForPhrase } from '../deviceKinds';
import type { HomeSnapshot } from '../HomeIndex';
import { namesSomething } from '../kindClaims';

const keyOf = (word: string): string => word.toLowerCase().replace(/^[^\p{L}\d]+|[^\p{L}\d]+$/gu, '');

/** One-word command verbs of the Romance languages ("apaga", "prendé", "liga", "accendi", "encén"), as typed. */
const COMMAND_VERBS = new Set(['es', 'pt', 'it', 'ca'].flatMap((language) => Object.keys(CUES_LEXICON.commands[language] ?? {})).filter((k) => !k.includes(' ')).map(keyOf));
/** "y", "e", "i": a command in a follow-up opens with "and". */
const AND = new Set(['y', 'e', 'i']);
/** Words that join a reason to a request. */
const REASON_JOINERS = new Set(['que', 'qué', 'q', 'porque', 'xq', 'pq', 'porquê', 'perquè', 'perque', 'perché', 'perche', 'ché']);
/** Linking words ("el", "de", "da", "ya") name nothing: only longer words are looked up in the home. */
const LINKING_MAX = 3;

/** The request without a reason clause after it; unchanged when there is none. */
export function withoutRomanceReason(text: string, snapshot: HomeSnapshot): string {
  const words = text.trim().split(/\s+/);
  const verbAt = AND.has(keyOf(words[0] ?? '')) ? 1 : 0;
  const verb = keyOf(words[verbAt] ?? '');
  // "prendelo", "apagala": the verb with its pronoun glued on.
  if (!COMMAND_VERBS.has(verb) && !COMMAND_VERBS.has(verb.replace(/(lo|la|los|las|le|les|li|o|a|os|as)$/, ''))) return text;
  const joinAt = words.findIndex((w, i) => i >= verbAt + 2 && REASON_JOINERS.has(keyOf(w)));
  if (joinAt < 0 || joinAt === words.length - 1) return text;
  const reason = words.slice(joinAt + 1).map(keyOf).filter((w) => w.length > LINKING_MAX);
  if (reason.some((w) => namesSomething(snapshot, w) || kindForPhrase(phraseKey(w)))) return text;
  return words.slice(0, joinAt).join(' ').replace(/[,;:]$/, '');
}
