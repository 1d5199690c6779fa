// A request in Spanish, Portuguese, Catalan or Italian often ends with its reason, joined by "que" or "porque"
// ("prendé la luz del quincho q ya está el fuego", "liga o ar que tá calor", "apaga'l que ja fa calor"). Read whole,
// the reason's words become part of the target ("no light is called 'fuego'") and the request is declined. The clause
// is left out when it names nothing of the home; a clause that does ("la luz que está en la cocina") says which one and
// stays. A clause that describes the target without naming the home ("la persiana q da al sol") is left out too: the
// request then asks which one, which is safe.
// Round 39: the same reason after a comma ("desliga o aquecedor, já esquentou", "liga o heat pump, tá frio em
// Welly"), whom or what it is for ("destranca a porta do flat pro Tama", "liga a galley strip no 100% pra eu
// cozinhar": "para" and no number after it) and "antes de" with a verb ("desliga a bomba antes de sair": before
// leaving, so now), each only when it names nothing of the home.
import { CUES_LEXICON } from './crossLanguageCues';
import { phraseKey, kindForPhrase } from '../deviceKinds';
import type { HomeSnapshot } from '../HomeIndex';
import { namesSomething } from '../kindClaims';
import reasonWords from '../lexicon/romanceReasons.json';

const keyOf = (word: string): string => word.toLowerCase().replace(/^[^\p{L}\d]+|[^\p{L}\d]+$/gu, '');

/** One-word command verbs of the Romance languages ("apaga", "prendé", "liga", "accendi", "encén", "allume"), as typed. */
const COMMAND_VERBS = new Set(['es', 'pt', 'it', 'ca', 'fr'].flatMap((language) => Object.keys(CUES_LEXICON.commands[language] ?? {})).filter((k) => !k.includes(' ')).map(keyOf));
/** "y", "e", "i": a command in a follow-up opens with "and". */
const AND = new Set(['y', 'e', 'i']);
/** Words of courtesy said before a request ("veuillez", "pourriez-vous"). */
const POLITE = new Set(CUES_LEXICON.polite.map(keyOf));
/** Words that join a reason to a request. */
const REASON_JOINERS = new Set(['que', 'qué', 'q', 'porque', 'xq', 'pq', 'porquê', 'perquè', 'perque', 'perché', 'perche', 'ché']);
/** Words that open a remark after a comma ("já", "tá", "hace", "fa"): a state or the weather, not a thing named. */
const REMARK_OPENERS = new Set(reasonWords.remarkOpeners);
/** "para" opens whom or what a request is for, unless a number follows ("liga para 21" is a setting). */
const PURPOSE_JOINERS = new Set(reasonWords.purposeJoiners);
/** "antes de sair": before doing something, said with a verb in the infinitive (-ar, -er, -ir). */
const BEFORE = new Set(reasonWords.before);
/** Linking words ("el", "de", "da", "ya") name nothing: only longer words are looked up in the home. */
const LINKING_MAX = 3;

/** The request without a reason clause after it, or a remark before it; unchanged when there is none. */
export function withoutRomanceReason(text: string, snapshot: HomeSnapshot): string {
  const typed = text.trim().split(/\s+/);
  const words = withoutRemarkBefore(typed, snapshot);
  const request = words === typed ? text : words.join(' ');
  // "Veuillez allumer …": words of courtesy before the verb (crossLanguageCues.ts) are no part of the request.
  const courteous = words.findIndex((w) => !POLITE.has(keyOf(w)));
  const verbAt = courteous + (AND.has(keyOf(words[courteous] ?? '')) ? 1 : 0);
  const verb = keyOf(words[verbAt] ?? '');
  // "prendelo", "apagala", "verrouillez-la": the verb with its pronoun glued on.
  if (!isCommandVerb(verb)) return request;
  // "Verrouillez-la, je vous prie": a verb with its pronoun after a hyphen is a whole request, so a reason may follow it.
  const glued = !COMMAND_VERBS.has(verb) && verb.includes('-');
  const joinAt = words.findIndex((w, i) => i >= verbAt + (glued ? 1 : 2) && opensReason(words, i));
  if (joinAt < 0 || joinAt === words.length - 1) return request;
  // A remark after a comma starts at its opening word; a joining word is itself left out.
  const from = REMARK_OPENERS.has(keyOf(words[joinAt] ?? '')) && words[joinAt - 1]?.endsWith(',') ? joinAt : joinAt + 1;
  if (namesAny(words.slice(from), snapshot)) return request;
  return words.slice(0, joinAt).join(' ').replace(/[,;:]$/, '');
}

/** True when a reason opens at word `i`: a joining word, a remark after a comma, "para" with no number, "antes de" + verb. */
function opensReason(words: readonly string[], i: number): boolean {
  const word = keyOf(words[i] ?? '');
  if (REASON_JOINERS.has(word) || (REMARK_OPENERS.has(word) && words[i - 1]?.endsWith(','))) return true;
  const next = keyOf(words[i + 1] ?? '');
  if (PURPOSE_JOINERS.has(word)) return next !== '' && !/^[-+]?\d/.test(next) && !words.slice(i + 1).some((w) => /\d/.test(w));
  return BEFORE.has(word) && next === 'de' && /(ar|er|ir)$/.test(keyOf(words[i + 2] ?? ''));
}

/** "apaga", "apagala", "verrouillez-la": a command verb, alone or with its pronoun glued on. */
function isCommandVerb(word: string): boolean {
  return COMMAND_VERBS.has(word) || COMMAND_VERBS.has(word.replace(/-?(lo|la|los|las|le|les|li|o|a|os|as)$/, ''));
}

/** True when the words name a thing or kind of the home (longer words only: "el", "de" name nothing). */
function namesAny(words: readonly string[], snapshot: HomeSnapshot): boolean {
  return words.map(keyOf).filter((w) => w.length > LINKING_MAX).some((w) => namesSomething(snapshot, w) || kindForPhrase(phraseKey(w)));
}

/**
 * "ahora esta prendida, apagala porfa": a remark said first and the request after the comma. Read whole, the remark
 * was the question ("is now on") and the request was lost. The request alone is read when the clause before it is a
 * remark (a word that opens one: "esta", "ya", "hace", "c'est") and names nothing of the home: "la luz del pasillo,
 * apagala" names what "la" is, and "start it please, programa algodón" is a request of its own; both stay whole.
 */
function withoutRemarkBefore(words: string[], snapshot: HomeSnapshot): string[] {
  const after = words.findIndex((w, i) => i > 0 && words[i - 1]?.endsWith(',') && isCommandVerb(keyOf(w)));
  const remark = after > 0 ? words.slice(0, after) : [];
  const isRemark = remark.some((w) => REMARK_OPENERS.has(keyOf(w))) && !remark.some((w) => isCommandVerb(keyOf(w)));
  return isRemark && !namesAny(remark, snapshot) ? words.slice(after) : words;
}
