// Indonesian (and Jakarta's colloquial, code-mixed "Jaksel" Indonesian) in the English the engine reads. Indonesian
// says the thing first and asks after it ("lampu teras nyala gak?" = is the porch light on, "genset di mana?" = where
// is the generator, "AC kamar utama suhunya berapa?" = what is the temperature of the master bedroom AC), commands with
// -in/-kan verbs on either side of the thing ("matiin lampu garasi", "lampu teras nyalain dong"), and puts a modifier
// after its noun ("lampu teras" = porch light). The words' jobs come from indonesianWords.ts; the home's names stay as
// typed. English is never rewritten: a sentence is read only when it sounds Indonesian (soundsIndonesian).
import type { HomeSnapshot } from '../HomeIndex';
import { asksInItself, indonesianTokens, indonesianWords, maySoundIndonesian, opensAndCloses, soundsIndonesian, type IndonesianToken } from './indonesianWords';
import { linkQuestion } from './indonesianFrames';
import { listOfKind, placeExistence, placeNoun } from './indonesianExistence';
import { measureQuestion } from './composedEnglish';

type Token = IndonesianToken;
const isPlace = (t: Token | undefined): boolean => !!t?.entityTypes?.some((e) => PLACE_TYPES.has(e));
const THING = new Set(['name', 'noun', 'word', 'owner', 'number', 'all']);
const PLACE_TYPES = new Set(['room', 'zone', 'home']);

/** The sentence in English, or undefined when it is not Indonesian or says nothing the engine reads. */
export function indonesianPhrasing(text: string, snapshot: HomeSnapshot): string | undefined {
  // Indonesian is written in printable ASCII: anything else (accents, other scripts) is another language.
  if (!/[a-z]/i.test(text) || /[^\t\n\r -~°]/.test(text.replace(/[’‘]/g, ''))) return undefined;
  const words = indonesianWords(text, snapshot);
  if (words.length === 0 || !maySoundIndonesian(words) || !soundsIndonesian(words, indonesianTokens(words, snapshot))) return undefined;
  // "Nduk, lampu musholla diurupke, wis arep maghrib": the clause that asks or commands is read; a call before it and a
  // reason after it are not. A number said in a clause of its own belongs to the command ("nyalain, 26 aja").
  const clauses = text.split(/(?<=[,?!])\s*|(?<=\.)\s+/).map((c) => ({ asked: /\?\s*$/.test(c), tokens: indonesianTokens(indonesianWords(c, snapshot), snapshot) })).filter((c) => c.tokens.length);
  const mainAt = clauses.findIndex((c) => c.tokens.some((t) => ASKING.has(t.kind)));
  const main = clauses[mainAt];
  if (!main || clauses.some((c) => c.tokens.some((t) => t.kind === 'unread'))) return undefined;
  let tokens = main.tokens;
  const isCommand = tokens.some((t) => t.kind === 'command') && !tokens.some((t) => t.kind === 'question');
  const numberClause = clauses.find((c, i) => i !== mainAt && c.tokens.some((t) => t.kind === 'number') && !c.tokens.some((t) => t.kind === 'name'));
  if (isCommand && numberClause && !tokens.some((t) => t.kind === 'number')) tokens = [...tokens, ...numberClause.tokens.filter((t) => t.kind === 'number' || t.kind === 'unit')];
  // "cek kunci pintu dong, baterainya tinggal berapa?": the thing named in the clause before is the one asked about.
  const before = clauses[mainAt - 1];
  if (!isCommand && before && !tokens.some((t) => t.kind === 'name' || t.kind === 'noun') && !before.tokens.some((t) => ASKING.has(t.kind))) tokens = [...before.tokens, ...tokens];
  // "ada smart lock kat rumah kampung": a sentence opening with "ada" (is there) asks, with or without its mark.
  const asked = main.asked || /\?\s*$/.test(text) || tokens.some((t) => t.kind === 'negation') || tokens[0]?.kind === 'exists' || tokens.some(asksInItself);
  const english = compose(tokens, asked, snapshot);
  return english ? english.replace(/\s+/g, ' ').trim() : undefined;
}

const ASKING = new Set(['all', 'command', 'question', 'state', 'measure', 'relation', 'exists', 'followUp', 'relative', 'negation']);

function compose(all: Token[], asked: boolean, snapshot: HomeSnapshot): string | undefined {
  // "wis dipateni durung?": a passive command verb in a question asks for the state it leaves ("is it off").
  const read = all.map((t): Token => (asked && t.kind === 'command' && t.said.startsWith('di') && /^turn (on|off)$/.test(t.english) ? { ...t, kind: 'state', english: t.english.slice(5) } : t));
  const tokens = read.filter((t) => t.kind !== 'particle' && t.kind !== 'aspect' && t.kind !== 'negation' && !(t.kind === 'noun' && t.english === 'there'));
  if (tokens.some((t) => t.kind === 'unread')) return undefined;
  const measureAsked = tokens.find((t) => t.kind === 'measure' && (t.english === 'app' || t.english === 'brand'));
  if (measureAsked && tokens.some((t) => t.kind === 'question')) return `${measureAsked.english === 'app' ? 'what app controls' : 'what brand is'} ${subject(tokens.filter((t) => t.kind !== 'relation' && t.kind !== 'measure')) || 'it'}`;
  // "Si Bolang jalan hari Jumat gak?", "lampu taman nyala jam berapa?": when it runs.
  if (tokens.some((t) => t.kind === 'day') && !tokens.some((t) => t.kind === 'command')) return `when does ${subject(tokens.filter((t) => t.kind !== 'day')) || 'it'} run`;
  const linked = linkQuestion(tokens, subject);
  if (linked) return linked;
  const inPlace = placeExistence(tokens, asked, subject);
  if (inPlace) return inPlace;
  const question = tokens.find((t) => t.kind === 'question');
  const commandAt = tokens.findIndex((t) => t.kind === 'command');
  // "cara nyalainnya gimana" asks how; "nyalain dong" commands.
  if (question?.english === 'how') return `how do i ${tokens.filter((t) => t.kind !== 'question').map((t) => t.said).join(' ')}`;
  if (commandAt >= 0 && !question && !(asked && tokens.some((t) => t.kind === 'state'))) return command(tokens, commandAt, snapshot);
  const first = tokens[0];
  // "semua kipas kat rumah kampung": all of a kind said alone lists them.
  if (first?.kind === 'all' && !question && !asked && tokens[1]?.kind === 'noun') return listOfKind(tokens.slice(1), subject);
  if (first?.kind === 'followUp' && !question && !tokens.some((t) => t.kind === 'state' || t.kind === 'measure')) return `what about ${subject(tokens.slice(1)) || 'it'}`;
  if (question) return questionOf(question.english, tokens.filter((t) => t !== question && t.kind !== 'followUp'), snapshot);
  const body = tokens.filter((t) => t.kind !== 'followUp');
  const state = body.find((t) => t.kind === 'state');
  if (state) return `is ${subject(body) || 'it'} ${stateWord(state, subject(body), snapshot)}`;
  const measure = body.find((t) => t.kind === 'measure');
  if (measure && asked) return measureQuestion(measure.english, subject(body));
  if (body[0]?.kind === 'exists' && asked) return existence(body.slice(1));
  // "yang di kamar utama" = the one in the master bedroom.
  if (body[0]?.kind === 'relative' && body[1]?.kind === 'place') return `the one in ${subject(body.slice(2))}`;
  return undefined;
}

/** "bukain" is open for a gate and on for a tv; "tutup" closed or off the same way. */
function stateWord(state: Token, thing: string, snapshot: HomeSnapshot): string {
  if (state.english === 'open' && thing && !opensAndCloses(thing, snapshot)) return 'on';
  if (state.english === 'closed' && thing && !opensAndCloses(thing, snapshot)) return 'off';
  return state.english;
}

/**
 * The thing said, in English order: a run of Indonesian nouns is read back to front ("lampu teras" = porch light,
 * "jendela kamar aku" = my bedroom window), the home's names stay as typed, "di" is "in".
 */
export function subject(tokens: readonly Token[]): string {
  const out: string[] = [];
  let run: Token[] = [];
  const flush = (owner?: string): void => {
    // The home's own words in the home's order ("lampu kamar"); a run with a translated noun in English order.
    const said = run.every((t) => t.native) ? run.map((t) => t.said) : run.map((t) => t.english).reverse();
    if (run.length) out.push(`${owner ? `${owner} ` : ''}${said.join(' ')}`);
    else if (owner) out.push(owner);
    run = [];
  };
  let named = false;
  let groupAt = -1;
  for (const [i, t] of tokens.entries()) {
    if ((t.kind === 'name' || t.kind === 'noun') && (i === 0 || !['name', 'noun'].includes(tokens[i - 1]?.kind ?? ''))) groupAt = out.length;
    if (t.kind === 'noun') {
      run.push(t);
      named = true;
      continue;
    }
    if (t.kind === 'owner') {
      // "lampu meja aku" = my lampu meja: the owner goes before the thing it follows.
      if (!run.length && t.english !== 'its' && groupAt >= 0) out.splice(groupAt, 0, t.english);
      else flush(t.english === 'its' ? undefined : t.english);
      continue;
    }
    flush();
    // A word neither Indonesian nor the home's after the thing is named is what is done with it ("pake", "dapet").
    // One before another noun is part of the thing's name ("pompa kolam renang villa"): never dropped, or another
    // thing ("Pompa Kolam Ikan") would be read for it.
    if (t.kind === 'word' && !t.native && named && !['noun', 'name'].includes(tokens[i + 1]?.kind ?? '')) continue;
    if (t.kind === 'name' || t.kind === 'word' || t.kind === 'number') {
      out.push(t.said);
      named ||= t.kind === 'name';
    } else if (t.kind === 'all') out.push('all');
    else if ((t.kind === 'place' || t.kind === 'to' || t.kind === 'from') && tokens.slice(i + 1).some((n) => THING.has(n.kind))) out.push(t.english);
  }
  flush();
  return out.join(' ').replace(/\b(in|to|from)\s*$/, '').trim();
}

function command(tokens: Token[], at: number, snapshot: HomeSnapshot): string | undefined {
  const verb = tokens[at] as Token;
  const rest = tokens.filter((t, i) => i !== at && t.kind !== 'command' && t.kind !== 'state' && t.kind !== 'measure' && t.kind !== 'followUp' && t.kind !== 'relative');
  const number = rest.find((t) => t.kind === 'number');
  const target = subject(rest.filter((t) => t.kind !== 'number' && t.kind !== 'unit' && t.kind !== 'to'));
  if (number) {
    const unit = rest.some((t) => t.kind === 'unit' && /persen|%/.test(t.said)) && !number.said.endsWith('%') ? '%' : '';
    return `set ${target || 'it'} to ${number.said}${unit}`;
  }
  let english = verb.english;
  if (english === 'open' && target && !opensAndCloses(target, snapshot)) english = 'turn on';
  if (english === 'close' && target && !opensAndCloses(target, snapshot)) english = 'turn off';
  if (english === 'list') return listOfKind(rest, subject);
  if (english === 'set') return `set ${target || 'it'}`;
  if (!target && english.startsWith('turn ')) return `turn it ${english.slice(5)}`;
  return `${english} ${target || 'it'}`;
}

function questionOf(asked: string, rest: Token[], snapshot: HomeSnapshot): string | undefined {
  const measure = rest.find((t) => t.kind === 'measure');
  const state = rest.find((t) => t.kind === 'state');
  const body = rest.filter((t) => t.kind !== 'measure' && t.kind !== 'state' && t.kind !== 'exists' && t.kind !== 'relative' && t.kind !== 'command');
  const thing = subject(body);
  const place = body.find((t) => t.kind === 'name' && isPlace(t));
  if (asked === 'where') return `where is ${thing || 'it'}`;
  if (asked === 'when') return `when does ${thing || 'it'} run`;
  if (asked === 'how many') return howMany(body);
  if (measure?.english === 'brand') return `what brand is ${thing || 'it'}`;
  if (measure?.english === 'app') return `what app controls ${thing || 'it'}`;
  if (asked === 'how much') {
    // "suhu di villa berapa": a measure of a place is read only when the place is one of the home's.
    const placeAt = body.findIndex((t) => t.kind === 'place');
    if (measure && placeAt === 0 && !isPlace(body[1]) && !placeNoun(body[1])) return undefined;
    if (measure) return measureQuestion(measure.english, thing);
    // "berapa AC di rumah" = how many ACs are in the home.
    if (body[0]?.kind === 'noun' || rest.some((t) => t.kind === 'exists')) return howMany(body);
    return `what is ${thing || 'it'}`;
  }
  if (asked === 'what' || asked === 'which') {
    if (state) {
      const named = subject(body.filter((t) => !(t.kind === 'name' && t === place) && t.kind !== 'place'));
      return `which ${named || 'devices'} are ${stateWord(state, named, snapshot)}`;
    }
    if (measure) return measureQuestion(measure.english, thing);
    const noun = body.find((t) => t.kind === 'noun');
    // "lampu kat rumah kampung ada mana satu": the place said after "di"/"kat" by words of its name.
    const placeAt = body.findIndex((t) => t.kind === 'place');
    if (!place && noun && body.indexOf(noun) < placeAt && body.slice(placeAt + 1).some((t) => t.kind === 'name' || t.native)) return `what ${noun.meaning === 'rooms' ? 'rooms' : (noun.meaning ?? noun.english)} are in ${subject(body.slice(placeAt + 1))}`;
    if (place && (!noun || noun.meaning === 'devices')) return `what devices are in ${place.said}`;
    if (place && noun) return `what ${noun.meaning === 'rooms' ? 'rooms' : noun.english} are in ${place.said}`;
    return `what ${thing || 'is it'}`;
  }
  return undefined;
}

/** "ada AC di villa gak?" = are there any ACs in the villa; "ada manualnya gak?" = is there a manual. */
function existence(rest: Token[]): string {
  return `are there any ${subject(rest) || 'devices'}`;
}

/** "berapa AC di rumah" = how many ACs are there in the home. */
function howMany(body: readonly Token[]): string {
  const placeAt = body.findIndex((t) => t.kind === 'place');
  const things = subject(placeAt >= 0 ? body.slice(0, placeAt) : body).replace(/^(our|my) /, '');
  const place = placeAt >= 0 ? ` ${subject(body.slice(placeAt))}` : '';
  return `how many ${things || 'devices'} are there${place}`;
}
