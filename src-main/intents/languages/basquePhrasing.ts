// Basque (Bizkaian and standard, texted or mixed with Spanish) in the English the engine reads, in a home named in
// Basque. Basque says the thing first and the verb or question after it, or the command first ("piztu ukuiluko argia",
// "egongelako argia itzali"), and glues its cases to the thing ("zenbat gradu dago egongelan" = what is the
// temperature in the Egongela, "ezkaratzatik nola joan jezteko gelara" = how do I get from the Ezkaratza to the Jezteko
// gela). The words' jobs and the home's names with their cases come from basqueWords.ts; what is said is composed in
// English here. Gate: a Basque marker word, then a home whose names are Basque (several Basque name words, once per
// snapshot), so a home of another language never pays for it.
import type { HomeSnapshot } from '../HomeIndex';
import { markerSet, saysMarker } from '../saidWordSet';
import { BASQUE_MARKERS, ENGLISH_NOUNS, basqueTokens, basqueWords, homeNames, type BasqueToken } from './basqueWords';
import { measureQuestion, lexiconPlural } from './composedEnglish';

const MARKERS = markerSet(BASQUE_MARKERS);
const THING = new Set(['name', 'noun', 'word']);

/** The gate: a word only Basque says among the languages read. */
export function maySayBasque(text: string): boolean {
  return saysMarker(text, MARKERS) || ONE_OF_SAID.test(text);
}

/** The sentence in English, or undefined outside a Basque-named home or when nothing Basque is read. */
export function basquePhrasing(text: string, snapshot: HomeSnapshot): string | undefined {
  if (!maySayBasque(text) || !homeNames(snapshot).basque) return undefined;
  // "txokoko argia piztu, vamos a cenar": of several clauses, the one that asks or commands.
  const clauses = text.split(/(?<=[,?!.])\s+/).map((c) => basqueTokens(basqueWords(c), snapshot)).filter((c) => c.length);
  const asks = (c: readonly BasqueToken[]): boolean => c.some((t) => !THING.has(t.kind) && t.kind !== 'particle' && t.kind !== 'number');
  const one = clauses.length === 1 ? oneOf(text, clauses[0] ?? [], snapshot) : undefined;
  if (one) return one;
  const main = clauses.find((c) => asks(c) && c.some((t) => THING.has(t.kind) && t.kind !== 'word')) ?? clauses.find(asks);
  if (!main || !main.some((t) => t.kind !== 'word' && t.kind !== 'particle')) return undefined;
  const english = compose(main.filter((t) => t.kind !== 'particle'));
  return english?.replace(/\s+/g, ' ').trim();
}

/** "the one of", "the one in": a word said alone with it ("aititerena", "egongelakoa") picks among the ones asked about. */
const ONE_OF = /^(\p{L}{3,}?)(?:e?koa|kua|a?rena|ena)$/u;
/** The gate's form of it: a sentence that is such a word and at most one more. */
const ONE_OF_SAID = /^\s*(?:\p{L}+\s+)?\p{L}{3,}(?:koa|kua|rena|ena)\s*[?.!]?\s*$/iu;
/** "egongelakoa" is the one in the Egongela; "aititerena", "esnearena" the aititeren one, the esne one. */
function oneOf(text: string, tokens: readonly BasqueToken[], snapshot: HomeSnapshot): string | undefined {
  const words = basqueWords(text).filter((w) => !['eta', 'ta', 'y'].includes(w));
  const said = words.length === 1 ? ONE_OF.exec(words[0] ?? '') : null;
  if (!said) return undefined;
  const place = tokens.find((t) => t.place);
  if (place) return `the one in ${place.said}`;
  const named = homeNames(snapshot);
  const stem = ['', 'en', 'ren'].map((end) => `${said[1] ?? ''}${end}`).find((w) => named.nameWords.has(w));
  return stem ? `the ${stem} one` : undefined;
}

const first = (tokens: readonly BasqueToken[], kind: BasqueToken['kind']): BasqueToken | undefined => tokens.find((t) => t.kind === kind);

function compose(tokens: readonly BasqueToken[]): string | undefined {
  const question = first(tokens, 'question');
  const verb = first(tokens, 'verb');
  const habitual = first(tokens, 'habitual');
  // "itxita dago giltzaz": closed with the key is locked, wherever the key is said.
  const state = tokens.find((t) => t.kind === 'state' && t.english === 'locked') ?? first(tokens, 'state');
  const measure = first(tokens, 'measure');
  const relation = first(tokens, 'relation');
  const marks = new Set(tokens.filter((t) => t.kind === 'mark').map((t) => t.english));
  const number = first(tokens, 'number');
  const thing = subject(tokens);
  const place = placeSaid(tokens, 'in');
  // "nire gelan" (in my room): a room said by whose it is, which the engine cannot know.
  if (tokens.some((t) => t.kind === 'owner') && !tokens.some((t) => t.place)) return undefined;
  // "10 minutuz": a number of minutes is how long, never a value.
  const valued = number && tokens[tokens.indexOf(number) + 1]?.kind !== 'duration' ? number : undefined;
  const from = placeSaid(tokens, 'from');
  const to = placeSaid(tokens, 'to');
  // "sukalde zaharretik ganbarara nola": a place to go from and one to go to ask the way.
  if (from && to) return `how do i get from ${from} to ${to}`;
  // "ze aplikaziokin kontrolatzen da termostatoa": the app, whatever verb is said with it.
  if (measure?.english === 'app') return `what app controls ${thing || 'it'}`;
  if (relation) return related(relation.english, tokens, thing);
  if (measure?.english === 'manual') return `is there a manual for ${thing || 'it'}`;
  // "noiz pizten da bera bakarrik?": when it comes on by itself is its schedule.
  if (question?.english === 'when' && marks.has('automatically') && !marks.has('last')) return `when does ${thing || 'it'} run`;
  if (marks.has('automatically') || tokens.some((t) => t.kind === 'noun' && t.english === 'automations')) {
    const only = subject(tokens.filter((t) => !(t.kind === 'noun' && t.english === 'automations'))) || 'it';
    return only.startsWith('in ') ? `what automations are ${only}` : `which automations control ${only}`;
  }
  if (measure?.english === 'battery' && marks.has('low')) return `which ${plural(thing) || 'devices'} have low battery`;
  if (question?.english === 'where' && !verb) return `where is ${thing || 'it'}`;
  if (verb?.english === 'finish') return `how long until ${thing || 'it'} finishes`;
  // "zelan piztu su ekonomikoa": how to do it.
  if (verb && question?.english === 'how') return `how do i ${verb.english} ${thing || 'it'}`;
  if (question?.english === 'when' && marks.has('last') && measure) return `when did ${thing || 'it'} last detect ${measure.english}`;
  if (question?.english === 'when' || habitual) return `when does ${thing || 'it'} run`;
  if (verb && !habitual) return command(verb.english, tokens, thing, valued, marks.has('all'));
  if (question?.english === 'set to') return `what is ${thing || 'it'} set to`;
  if (question?.english === 'how many') {
    if (measure) return measureQuestion(measure.english, thing);
    const counted = subject(tokens.filter((t) => !t.place)) || 'devices';
    return `how many ${plural(counted)} are there${place ? ` in ${place}` : ''}`;
  }
  if (state) {
    if (question?.english === 'which' || /s$/.test(thing)) return `which ${plural(thing) || 'devices'} are ${state.english}`;
    return `is ${thing || 'it'} ${state.english}`;
  }
  if (measure) return measureQuestion(measure.english, thing);
  if (question?.english === 'how') return thing ? `what is the status of ${thing}` : undefined;
  if (question?.english === 'which') {
    const noun = tokens.find((t) => t.kind === 'noun' && t.english !== 'home');
    const maker = tokens.filter((t) => t.kind === 'word').map((t) => t.said);
    if (place && (!noun || noun.english === 'devices')) return `what devices are in ${place}`;
    if (noun?.english === 'rooms' && place) return `what rooms are in ${place}`;
    if (maker.length && !tokens.some((t) => t.kind === 'name')) return `which devices are made by ${maker.join(' ')}`;
    if (noun) return `what ${plural(noun.english)} are there${place ? ` in ${place}` : ''}`;
    return thing ? `what is ${thing}` : undefined;
  }
  return undefined;
}

/** The place said with a case ("egongelan" in, "pasillotik" from, "galeriara" to), as the home names it. */
function placeSaid(tokens: readonly BasqueToken[], c: BasqueToken['case']): string | undefined {
  return tokens.find((t) => t.place && (t.case === c || (c === 'in' && t.case === 'the one in')))?.said;
}

/** The thing said, in English order: the home's names as it spells them, nouns in English, places after ("in X"). */
function subject(tokens: readonly BasqueToken[]): string {
  const things = tokens.filter((t) => THING.has(t.kind) && !t.place && !(t.kind === 'noun' && t.english === 'home'));
  // Words the lexicon does not know stay only when nothing else names the thing ("la bomba del pozo").
  // A place the home does not name ("garajeko" atea) stays too.
  const named = things.some((t) => t.kind !== 'word') ? things.filter((t) => t.kind !== 'word' || t.case === 'the one in') : things;
  const places = tokens.filter((t) => t.place && t.case !== 'from' && t.case !== 'to').map((t) => t.said);
  const said = named.map((t) => (t.kind === 'noun' ? t.english : t.said)).join(' ');
  return [said, ...places.map((p) => (said ? `in ${p}` : p))].join(' ').trim();
}

/** A noun of the lexicon said in English in its plural ("which lights are on"); the home's own words as typed. */
const plural = (thing: string): string => lexiconPlural(ENGLISH_NOUNS, thing);

function command(verb: string, tokens: readonly BasqueToken[], thing: string, number: BasqueToken | undefined, all: boolean): string | undefined {
  // "ireki atea" with no door named nor placed: which of the home's doors is not guessed.
  const things = tokens.filter((t) => THING.has(t.kind) || t.place);
  if ((verb === 'open' || verb === 'close') && things.length > 0 && things.every((t) => t.kind === 'noun' && (t.kindEnglish ?? t.english) === 'door')) return undefined;
  const target = thing ? (all ? `all ${plural(thing)}` : thing) : all ? 'them all' : 'it';
  if (number) return `set ${target} to ${number.said}`;
  if (verb === 'set') return undefined;
  return `${verb} ${target}`;
}

/** "zerk kontrolatzen du X" what controls X; "zer kontrolatzen du X" what X controls; "X norekin lotuta" what connects. */
function related(relation: string, tokens: readonly BasqueToken[], thing: string): string | undefined {
  const from = placeSaid(tokens, 'from');
  const to = placeSaid(tokens, 'to');
  const asked = first(tokens, 'question');
  switch (relation) {
    case 'controls':
      return asked?.said === 'zerk' || tokens.some((t) => t.said === 'zerk') ? `what controls ${thing || 'it'}` : `what does ${thing || 'it'} control`;
    case 'connected':
      return thing ? `what rooms connect to ${thing}` : undefined;
    case 'measures': {
      const measure = first(tokens, 'measure');
      if (measure && thing) return measureQuestion(measure.english, thing);
      return measure ? `what measures ${measure.english}` : undefined;
    }
    case 'goes':
      if (from && to) return `how do i get from ${from} to ${to}`;
      if (from || to) return `what rooms connect to ${from ?? to}`;
      return undefined;
    default:
      return undefined;
  }
}
