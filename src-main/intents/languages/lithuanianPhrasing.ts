// Lithuanian (with or without its letters, texted, mixed with Polish or English words) in the English the engine reads,
// in a home named in Lithuanian: "ijunk miegamojo sviesa" = turn on Miegamojo šviesa, "kiek laipsnių močiutės
// kambaryje" = what is the temperature in Močiutės kambarys, "kaip nueiti iš palėpės į pirtį" = how do I get from
// Palėpė to Pirtis, "ar sodybos durys užrakintos" = is Sodybos lauko durys locked. The words' jobs and the home's
// names with their case endings come from lithuanianWords.ts; the English is composed here, as Basque's is
// (basquePhrasing.ts). Gate: a Lithuanian marker word or letter, then a home whose names are Lithuanian (several
// Lithuanian name words, once per snapshot), so a home of another language never pays for it nor is misread.
import type { HomeSnapshot } from '../HomeIndex';
import { markerSet, saysMarker } from '../saidWordSet';
import { ENGLISH_NOUNS, LITHUANIAN_MARKERS, lithuanianNames, lithuanianTokens, lithuanianWords, type LithuanianToken } from './lithuanianWords';
import { measureQuestion, lexiconPlural } from './composedEnglish';

const MARKERS = markerSet(LITHUANIAN_MARKERS);
const LETTERS = /[ąčęėįųūž]/iu;
const THING = new Set(['name', 'noun', 'word']);

/** The gate: a word or a letter only Lithuanian has among the languages read. */
export function maySayLithuanian(text: string): boolean {
  return saysMarker(text, MARKERS) || LETTERS.test(text) || FOLLOW_UP.test(text);
}

/** "o siltnamy", "ir svetaineje?": and in a place, said without any letter of Lithuanian's own. */
const FOLLOW_UP = /^\s*(?:o|ir)\s+\p{L}{4,}\s*\??\s*$/iu;

/** The sentence in English, or undefined outside a Lithuanian-named home or when nothing Lithuanian is read. */
export function lithuanianPhrasing(text: string, snapshot: HomeSnapshot): string | undefined {
  if (!maySayLithuanian(text) || !lithuanianNames(snapshot).lithuanian) return undefined;
  // "įjunk kondicionierių, karšta": of several clauses, the one that asks or commands.
  const clauses = text.split(/(?<=[,?!.])\s+/).map((c) => lithuanianTokens(lithuanianWords(c), snapshot)).filter((c) => c.length);
  const asks = (c: readonly LithuanianToken[]): boolean => c.some((t) => !THING.has(t.kind) && t.kind !== 'particle' && t.kind !== 'number');
  const main = clauses.find((c) => asks(c) && c.some((t) => t.kind === 'name' || t.kind === 'noun')) ?? clauses.find(asks) ?? (clauses.length === 1 ? clauses[0] : undefined);
  // "sodyboje": a word of several places' names (Sodybos namas, Sodybos kiemas) is no one place to answer for.
  // Said beside a name ("didžiajam kambary sodyboj", "rūsy dviračių sandėlio durys"), it only says where that one is.
  if (!main || (main.some((t) => t.unclear) && !main.some((t) => t.kind === 'name'))) return undefined;
  const automationNamed = main.some((t) => t.automation);
  return compose(main.filter((t) => t.kind !== 'particle' && !t.unclear && !(automationNamed && t.kind === 'noun' && t.english === 'automations')), /^\s*(o|ir)\s/iu.test(text))?.replace(/\s+/g, ' ').trim();
}

const first = (tokens: readonly LithuanianToken[], kind: LithuanianToken['kind']): LithuanianToken | undefined => tokens.find((t) => t.kind === kind);

function compose(tokens: readonly LithuanianToken[], followUp: boolean): string | undefined {
  const question = first(tokens, 'question');
  const verb = first(tokens, 'verb');
  const state = first(tokens, 'state');
  const measure = first(tokens, 'measure');
  const relation = first(tokens, 'relation');
  const all = tokens.some((t) => t.kind === 'mark' && t.english === 'all');
  const number = tokens.find((t, k) => t.kind === 'number' && tokens[k + 1]?.kind !== 'duration');
  const thing = subject(tokens);
  const place = tokens.find((t) => t.place && t.case === '')?.said;
  // "kiek laipsnių vonioje": only a place said, what is asked is of the place.
  const placeOnly = place !== undefined && !tokens.some((t) => THING.has(t.kind) && !t.place);
  const from = tokens.find((t) => t.place && t.case === 'from')?.said;
  const to = tokens.find((t) => t.place && t.case === 'to')?.said;
  // "mano kambary" (in my room): a room said by whose it is, which the engine cannot know.
  if (tokens.some((t) => t.kind === 'owner') && !tokens.some((t) => t.place)) return undefined;
  if (question?.english === 'from what') return undefined;
  if (from && to) return `how do i get from ${from} to ${to}`;
  if (measure?.english === 'app') return `what app controls ${thing || 'it'}`;
  if (relation) return related(relation.english, tokens, thing);
  if (measure?.english === 'manual') return `is there a manual for ${thing || 'it'}`;
  // "ar šiltnamio vėdinimo automatika įjungta": the automation named is the one asked of.
  if (tokens.some((t) => t.kind === 'noun' && t.english === 'automations')) {
    const only = subject(tokens.filter((t) => !t.place && !(t.kind === 'noun' && t.english === 'automations')));
    if (!only && place) return `what automations are in ${place}`;
    return `which automations control ${only || 'it'}`;
  }
  // "kada pasileidžia indaplovė": when it runs; "kada paskutinį kartą" (when last) is left.
  if (question?.english === 'when' && !verb) return tokens.some((t) => t.kind === 'name' && !t.place) && !tokens.some((t) => t.kind === 'mark' && t.english === 'last') ? `when does ${thing} run` : undefined;
  if (question?.english === 'where' && !verb) return thing ? `where is ${thing}` : undefined;
  if (verb) return command(verb.english, tokens, thing, number, all);
  if (question?.english === 'set to') return `what is ${thing || 'it'} set to`;
  if (question?.english === 'how many') {
    if (measure) return measureQuestion(measure.english, placeOnly ? `in ${thing}` : thing);
    // Words the lexicon does not know are no kind to count ("kiek pagamino saulės elektrinė": how much it made).
    if (tokens.some((t) => t.kind === 'word') && !tokens.some((t) => t.kind === 'noun' || (t.kind === 'name' && !t.place))) return undefined;
    const counted = subject(tokens.filter((t) => !t.place)) || 'devices';
    return `how many ${plural(counted)} are there${place ? ` in ${place}` : ''}`;
  }
  if (state) {
    // A noun said in the plural ("langai" windows, not a name ending in -s): which of them.
    const many = tokens.some((t) => t.kind === 'noun' && t.english.endsWith('s')) && !tokens.some((t) => t.kind === 'name' && !t.place);
    if (question?.english === 'which' || many) return `which ${plural(thing) || 'devices'} are ${state.english}`;
    return `is ${thing || 'it'} ${state.english}`;
  }
  if (measure) return measureQuestion(measure.english, placeOnly ? `in ${thing}` : thing);
  if (question?.english === 'which') {
    const noun = tokens.find((t) => t.kind === 'noun');
    const maker = tokens.filter((t) => t.kind === 'word').map((t) => t.said);
    if (place && (!noun || noun.english === 'devices')) return `what devices are in ${place}`;
    if (noun?.english === 'rooms' && place) return `what rooms are in ${place}`;
    // One word the lexicon does not know, said with devices: their maker ("kokie LG įrenginiai").
    if (maker.length === 1 && !tokens.some((t) => t.kind === 'name')) return `which devices are made by ${maker.join(' ')}`;
    if (noun) return `what ${plural(noun.english)} are there${place ? ` in ${place}` : ''}`;
    return undefined;
  }
  // "o svetainėje?": and in the living room, of what was asked before.
  if (followUp && place && tokens.every((t) => t.place)) return `and in ${place}?`;
  // "ir toršerą prie sofos": and this one too, of the request before.
  if (followUp && thing && tokens.every((t) => t.kind === 'name')) return `and ${thing}`;
  return undefined;
}

/** The thing said, in English order: the home's names as it spells them, nouns in English, places after ("in X"). */
function subject(tokens: readonly LithuanianToken[]): string {
  const things = tokens.filter((t) => THING.has(t.kind) && !t.place);
  // Words the lexicon does not know stay only when nothing else names the thing.
  const named = things.some((t) => t.kind !== 'word') ? things.filter((t) => t.kind !== 'word') : things;
  const places = tokens.filter((t) => t.place && t.case === '').map((t) => t.said);
  const said = named.map((t) => (t.kind === 'noun' ? t.english : t.said)).join(' ');
  return [said, ...places.map((p) => (said ? `in ${p}` : p))].join(' ').trim();
}

const plural = (thing: string): string => lexiconPlural(ENGLISH_NOUNS, thing);

function command(verb: string, tokens: readonly LithuanianToken[], thing: string, number: LithuanianToken | undefined, all: boolean): string | undefined {
  // "atidaryk duris" with no door named nor placed: which of the home's doors is not guessed.
  const things = tokens.filter((t) => THING.has(t.kind) || t.place);
  if (/open|close|lock/.test(verb) && things.length > 0 && things.every((t) => t.kind === 'noun' && (t.english === 'door' || t.english === 'lock'))) return undefined;
  // "išjunk visas" (turn them all off): which ones is left to a question back, never every light of the home.
  if (all && !thing) return undefined;
  const target = thing ? (all ? `all ${plural(thing)}` : thing) : 'it';
  if (number) return `set ${target} to ${number.said}`;
  if (verb === 'set') return undefined;
  return `${verb} ${target}`;
}

/** "kas valdo X" what controls X; "ką valdo X" what X controls; "su kuo jungiasi X" what connects to X. */
function related(relation: string, tokens: readonly LithuanianToken[], thing: string): string | undefined {
  const place = tokens.find((t) => t.place)?.said;
  switch (relation) {
    case 'controls':
      return tokens.some((t) => t.said === 'kas') ? `what controls ${thing || 'it'}` : `what does ${thing || 'it'} control`;
    case 'connected':
      return place ? `what rooms connect to ${place}` : undefined;
    case 'goes':
      return place ? `what rooms connect to ${place}` : undefined;
    default:
      return undefined;
  }
}
