// German and Dutch said the way the templates read English. Both put the verb second and its particle LAST
// ("schalte das Licht im Flur aus", "doe de lamp in de keuken uit"), the infinitive last after a modal ("kannst du
// die Jalousie hochfahren", "kun je de verwarming uitzetten"), the subject after a verb-first yes/no question ("läuft
// die Waschmaschine noch", "staat de verwarming aan"), and often no verb at all ("Garagentor offen?", "Licht Küche
// an"). The sentence is rebuilt in English order from the language's closed word classes (lexicon/verbSecondCues.json):
// verbs and their particles, question words, copulas, states, pronouns, follow-up openers, prepositions and units.
// Names stay as the home writes them, and a word that is a name in the home is a name. English is never read: a
// sentence is read only when it opens with the language's own word, or ends in its particle after a name of the home.
import { anythingNamed, danishDefiniteName } from './danishSpelling';
import { isInterjection } from './germanSentences';
import { notDanish } from './notDanish';
import type { HomeSnapshot } from '../HomeIndex';
import { homeAffinity, mayReadIn, namesHome } from './verbSecondMarkers';
import { distinctOwnWordsOf, splitClitic, VERB_SECOND_LEXICON } from './verbSecondLexicon';
import { PLURAL_VERB, VerbSecondWords } from './verbSecondWords';

/** The sentence in English order, or undefined when it is no German or Dutch sentence. */
export function readVerbSecond(input: string, snapshot: HomeSnapshot): string | undefined {
  // "sperr die Haustür auf, Oma kommt": each clause on its own; the ones not in the language stay as typed.
  const clauses = input.split(/\s*(?:[,;]|\s[–-]\s)\s*/);
  const read = clauses.map((clause) => readClause(clause, snapshot));
  if (!read.some((r) => r !== undefined)) return undefined;
  // "sperr auf, die Tante kommt": after a command, a clause naming nothing of the home is its reason, not its target;
  // a clause of greetings only ("ok, …", "Moin, …") or a remark before a question naming nothing is none either.
  const kept = clauses.flatMap((c, i) => (read[i] === undefined && ((i > 0 && read[0] !== undefined && !/\?$/.test(read[0]) && !namesHome(c, snapshot)) || isInterjection(c) || (i === 0 && /\?$/.test(read[read.length - 1] ?? '') && !namesHome(c, snapshot))) ? [] : [read[i] ?? c]));
  return kept.join(', ');
}

function readClause(input: string, snapshot: HomeSnapshot): string | undefined {
  const asked = /\?\s*$/.test(input);
  const typed = input.toLowerCase().replace(/[’‘`´]/g, "'").replace(/(\d)\s*(%|°c?)/g, '$1 $2').replace(/[?!.«»"„“]+/g, ' ').split(/\s+/).filter(Boolean);
  // "mach's aus", "zet 'm aan": the glued pronoun as a word of its own.
  const said = typed.flatMap((w) => splitClitic(w));
  // The language with more of its own words in the sentence is read first ("wie" asks "how" in German, "who" in Dutch).
  // A language none of whose marker words is said is not read (verbSecondMarkers.ts); its readers are the snapshot's.
  const readers = readersOf(snapshot).filter((r) => mayReadIn(r.lang, r.name, said, snapshot));
  readers.sort((a, b) => b.ownWords(said) - a.ownWords(said) || homeAffinity(b.lang, snapshot) - homeAffinity(a.lang, snapshot));
  for (const reader of readers) {
    const read = reader.sentence(said, asked);
    if (read) return read.replace(/\s+/g, ' ').trim();
  }
  return undefined;
}

const READERS = new WeakMap<HomeSnapshot, readonly Reader[]>();
const readersOf = (snapshot: HomeSnapshot): readonly Reader[] => READERS.get(snapshot) ?? READERS.set(snapshot, Object.entries(VERB_SECOND_LEXICON).map(([name, lang]) => new Reader(lang, name, snapshot))).get(snapshot) ?? [];

class Reader extends VerbSecondWords {
  sentence(typed: readonly string[], asked: boolean): string | undefined {
    // Swedish "lås upp ytterdörren", Spanish "las luces cuáles son" are no Danish (notDanish.ts); nor, by ä ö ü, Norwegian.
    if (this.name === 'da' ? notDanish(typed, this.own) : this.name === 'no' && typed.some((w) => /[äöü]/.test(w))) return undefined;
    // Danish names said in their definite form ("stuen" for Stue, danishSpelling.ts).
    const words = this.mainClause(this.withoutFillers(this.name === 'da' ? typed.map((w) => danishDefiniteName(w, this.snapshot) ?? w) : typed));
    if (words.length === 0 || this.nameAt(words, 0) === words.length) return undefined;
    const modal = this.longestAt(words, 0, Object.fromEntries(this.lang.modals.map((m) => [m, m])));
    const rest = modal ? words.slice(modal.length) : words;
    // "und im Gästezimmer?", "en de andere ook": a follow-up, read as "and …".
    const read = this.followUp(words) ?? this.question(rest) ?? this.command(rest, modal !== undefined) ?? this.fragment(rest, asked);
    if (!read) return undefined;
    return /^(and )?(is|are|where|what|which|how|when|who|why|do|does)\b/.test(read) || (asked && read.startsWith('and ')) ? `${read}?` : read;
  }

  /** How many of the words are this language's own (no English word, no name of the home); its alone count more. */
  ownWords(words: readonly string[]): number {
    return words.filter((w) => this.isOwn(w)).length + words.filter((w) => distinctOwnWordsOf(this.lang).has(w) && !this.isName(w)).length / 2;
  }

  /** "mach die Alarmanlage scharf, wenn wir weg sind": the request without the clause after it. */
  private mainClause(words: readonly string[]): string[] {
    const cut = words.findIndex((w, i) => i > 1 && this.lang.clauseEnds.includes(w) && !this.isName(w));
    return cut > 0 ? words.slice(0, cut) : [...words];
  }

  /** "und das andere auch" → "and the other one too"; "und im Flur" → "and in Flur"; "und mach ihn zu" → "and close it". */
  private followUp(words: readonly string[]): string | undefined {
    const lead = this.longestAt(words, 0, this.lang.followUps);
    if (!lead || words.length <= lead.length) return undefined;
    if (this.lang.followUps[words[0] ?? ''] !== undefined) {
      const other = this.longestAt(words, 1, this.lang.others);
      if (other) return ['and', other.english, ...this.english(words.slice(1 + other.length))].join(' ');
      const inner = this.question(words.slice(1)) ?? this.command(words.slice(1), false);
      if (inner) return `and ${inner}`;
    }
    return [lead.english, ...this.english(words.slice(lead.length))].join(' ');
  }

  /** Question words, verb-first yes/no questions and "ob …" clauses. */
  private question(words: readonly string[]): string | undefined {
    // "auf wieviel Grad ist das Arbeitszimmer eingestellt", "waarop staat de thermostaat ingesteld": its setpoint.
    // "hvad er radiatoren sat til": the asked setting may end in its preposition.
    const setAt = words.length - (this.lang.setAsked.includes(words.slice(-2).join(' ')) ? 2 : 1);
    if (setAt > 1 && this.lang.setAsked.includes(words.slice(setAt).join(' '))) {
      const copula = words.findIndex((w) => this.lang.copulas[w] !== undefined || this.lang.stateVerbs[w] === '');
      if (copula >= 0 && copula < setAt - 1) return ['what', 'is', ...this.english(words.slice(copula + 1, setAt)), 'set to'].join(' ');
    }
    const lead = this.longestAt(words, 0, this.lang.questions);
    if (lead && !(lead.length === 1 && this.lookalikes.has(words[0] ?? '') && !this.ownWordIn(words.slice(1)))) {
      let rest = words.slice(lead.length);
      // "hvad overvåger alarmen": a Danish "hvad" before a verb not known here is subject or object; not guessed.
      if (this.name === 'da' && lead.english === 'what' && rest.length > 1 && !this.isOwn(rest[0] ?? '') && this.nameAt(rest, 0) === 0 && !this.mentionsHome(rest.slice(0, 1))) return undefined;
      // "was steuert der Miniserver (alles)": "der" marks the subject, so the thing named does the controlling.
      const subjectVerb = this.lang.words[rest[0] ?? ''];
      if (lead.english === 'what' && subjectVerb && /^[a-z]+s$/.test(subjectVerb) && this.lang.subjectArticles.includes(rest[1] ?? '') && rest.length > 2) {
        const named = this.english(rest.slice(2)).filter((w, i, all) => !(i === all.length - 1 && (w === 'everything' || w === 'all')));
        return ['what does', ...named, subjectVerb.slice(0, -1)].join(' ');
      }
      // "wie entlüfte ich die Heizkörper", "hoe reset je de router": how to do it, the verb as typed.
      if (lead.english === 'how' && rest.length > 2 && this.lang.askers.includes(rest[1] ?? '') && !this.isOwn(rest[0] ?? '')) {
        return ['how do i', rest[0] ?? '', ...this.english(rest.slice(2))].join(' ');
      }
      // "wo der Rauchmelder ist", "wie warm es im Bad ist": the verb of a clause said last goes after the question word.
      const last = rest[rest.length - 1] ?? '';
      const be = this.lang.copulas[last];
      if (be && rest.length > 1 && !lead.english.endsWith(' is') && !lead.english.endsWith(' are')) rest = [last, ...rest.slice(0, -1)];
      const english = [lead.english, ...this.english(rest)];
      if (lead.english.endsWith('does')) english.push('do');
      return english.join(' ');
    }
    // "ist das Dachfenster zu", "läuft die Waschmaschine noch", "staat de verwarming aan", "is de voordeur op slot".
    const verb = words[0] ?? '';
    const copula = this.lang.copulas[verb];
    const state = this.lang.stateVerbs[verb];
    if ((copula !== undefined || state !== undefined) && words.length > 1 && this.nameAt(words, 0) === 0) {
      if (this.lookalikes.has(verb) && !this.ownWordIn(words.slice(1))) return undefined;
      const be = copula ?? (PLURAL_VERB.test(verb) ? 'are' : 'is');
      const end = this.stateAtEnd(words.slice(1));
      const subject = words.slice(1, words.length - (end?.length ?? 0));
      if (subject.length === 0) return undefined;
      return [be, ...this.english(subject), ...(state ? [state] : []), ...(end ? [end.english] : [])].join(' ');
    }
    // "weißt du ob das Licht an ist", "weet je of de deur op slot is": the clause after "ob"/"of", verb last.
    const ob = words.findIndex((w) => this.lang.whether.includes(w));
    if (ob >= 0 && ob <= 3 && words.length > ob + 2 && (!this.lookalikes.has(words[ob] ?? '') || this.ownWordIn(words.slice(ob + 1)))) {
      const clause = words.slice(ob + 1);
      const finalVerb = clause[clause.length - 1] ?? '';
      const verbState = this.lang.stateVerbs[finalVerb];
      const body = this.lang.copulas[finalVerb] || verbState !== undefined ? clause.slice(0, -1) : clause;
      const end = this.stateAtEnd(body);
      const subject = body.slice(0, body.length - (end?.length ?? 0));
      if (subject.length === 0) return undefined;
      return ['is', ...this.english(subject), ...(verbState ? [verbState] : []), ...(end ? [end.english] : [])].join(' ');
    }
    return undefined;
  }

  /** An imperative with its particle last, or an infinitive last (after a modal or after a name of the home). */
  private command(words: readonly string[], afterModal: boolean): string | undefined {
    const verb = this.longestAt(words, 0, this.lang.verbs);
    if (verb && this.nameAt(words, 0) === 0 && !(this.lookalikes.has(words[0] ?? '') && !this.ownWordIn(words.slice(verb.length)))) {
      // "schalten Sie …" is polite; "stell sie auf 22" puts "sie" (it) after a plain imperative.
      const sieAfterImperative = words[verb.length] === 'sie' && !/n$/.test(words[verb.length - 1] ?? '');
      const polite = this.lang.politeSubjects.includes(words[verb.length] ?? '') && !sieAfterImperative && words.length > verb.length + 2 && !this.lang.pronouns[`${words[verb.length]} ${words[verb.length + 1]}`];
      const rest = words.slice(verb.length + (polite ? 1 : 0));
      const particles = this.lang.particles[verb.english] ?? {};
      if (verb.english === 'show' || verb.english === 'list' || verb.english === 'tell') {
        // "sag mir ob …", "zeig mir wo …": the question after it.
        const after = rest[0] === 'mir' || rest[0] === 'me' || rest[0] === 'uns' ? rest.slice(1) : rest;
        return this.question(after) ?? [verb.english, ...this.english(rest)].join(' ');
      }
      const setTo = this.numberAtEnd(rest);
      if (setTo) return [verb.english === 'dim' ? 'dim' : 'set', ...this.object(rest.slice(0, -setTo.length)), 'to', ...setTo.english].join(' ');
      // "sperr auf", "mach zu": the particle alone acts on the thing just talked about.
      const bare = rest.length > 0 ? particles[rest.join(' ')] : undefined;
      if (bare && bare !== 'set') return this.action(bare, ['es']);
      const particle = this.particleAtEnd(rest, particles);
      if (particle && particle.english !== 'set') return this.action(particle.english, rest.slice(0, rest.length - particle.length));
      const plain = this.lang.lockVerbsClose.includes(words[0] ?? '') && verb.english === 'lock' ? 'close' : particles[''];
      if (plain && plain !== 'set' && rest.length > 0) return this.action(plain, rest);
      const infinitive = this.infinitiveAtEnd(rest);
      if (infinitive) return this.action(infinitive.english, rest.slice(0, -infinitive.length));
      return undefined;
    }
    const infinitive = this.infinitiveAtEnd(words);
    if (!infinitive || words.length === infinitive.length) return undefined;
    const object = words.slice(0, -infinitive.length);
    if (!afterModal && !this.mentionsHome(object)) return undefined;
    if (infinitive.english === 'set') {
      const setTo = this.numberAtEnd(object);
      return setTo ? ['set', ...this.object(object.slice(0, -setTo.length)), 'to', ...setTo.english].join(' ') : undefined;
    }
    return this.action(infinitive.english, object);
  }

  /** "Garagentor offen?", "Licht Küche an", "Rollladen Lukas auf 30 Prozent": no verb, a name of the home and a state. */
  private fragment(words: readonly string[], asked: boolean): string | undefined {
    const setTo = this.numberAtEnd(words);
    // The value must be said in the language ("auf 30 Prozent", "op 40 %"): "dim the lamp to 20%" is English.
    const ownValue = setTo !== undefined && (this.isOwn(words[words.length - setTo.length] ?? '') || this.isOwn(words[words.length - 1] ?? ''));
    if (setTo && ownValue && words.length > setTo.length && this.mentionsHome(words.slice(0, -setTo.length))) {
      return ['set', ...this.english(words.slice(0, -setTo.length)), 'to', ...setTo.english].join(' ');
    }
    const end = this.stateAtEnd(words);
    if (!end || words.length <= end.length || this.nameEndingAt(words) > 0) return undefined;
    const said = words.slice(words.length - end.length).join(' ');
    const subject = words.slice(0, -end.length);
    if (this.lookalikes.has(said) && !this.lang.neverLastInEnglish.includes(said) && !this.ownWordIn(subject)) return undefined;
    if (!this.mentionsHome(subject)) return undefined;
    const particle = this.lang.particles['switch']?.[said];
    if (!asked && particle && particle !== 'set') return this.action(particle, subject);
    return ['is', ...this.english(subject), end.english].join(' ');
  }

  /** "turn off" + "es" → "turn it off"; "close" + "die Jalousie" → "close Jalousie". */
  private action(english: string, object: readonly string[]): string | undefined {
    if (object.length === 0) return undefined;
    const said = this.object(object);
    if (english.startsWith('turn ') && said.length === 1 && ['it', 'them'].includes(said[0] ?? '')) return `turn ${said[0]} ${english.slice(5)}`;
    return [english, ...said].join(' ');
  }

  /** The object of a command: a pronoun ("ihn", "het", "die" alone) is "it"; else its words in English. */
  private object(words: readonly string[]): string[] {
    const pronoun = this.longestAt(words, 0, this.lang.pronouns);
    // "stell's dort auf 20 Grad": "it" already is the thing there.
    const there = pronoun && words.slice(pronoun.length).every((w) => this.lang.placeAdverbs.includes(w) && !this.isName(w));
    // A Danish "den"/"det" or German "den" said alone is the pronoun unless something is named exactly so (not a room word).
    const loose = ['da', 'de', 'no'].includes(this.name) && words.length === pronoun?.length && !anythingNamed(words.join(' '), this.snapshot);
    if (pronoun && there && (this.nameAt(words, 0) === 0 || loose)) return [pronoun.english];
    const other = this.longestAt(words, 0, this.lang.others);
    if (other) return [other.english, ...this.english(words.slice(other.length))];
    return this.english(words);
  }
}
