// Nigerian Pidgin, as typed in Nigerian English, in the English the engine reads. Pidgin keeps English words but its
// own grammar: "am" is the object pronoun after a verb ("off am" = turn it off), "dey" is is/are and the -ing aspect
// ("the gate dey open?" = is the gate open, "where the NVR dey" = where is the NVR, "gen dey run" = is running),
// "wetin" is what, "for" is the place preposition ("the tv for mummy room" = in), "no gree" is won't, "how i go …" is
// how do I …, and abeg/oya/jare/o/sef/abi are particles of tone. Words come from lexicon/pidginCues.json.
// A sentence is read as Pidgin only with a marker word of the language that the home uses in no name, or "am" after a
// command verb; every other sentence comes back undefined and is read as before.
import { z } from 'zod';
import cues from '../lexicon/pidginCues.json';
import type { HomeSnapshot } from '../HomeIndex';
import { namesSomething } from '../kindClaims';
import { phraseKey } from '../deviceKinds';
import { markerSet, saysMarker } from '../saidWordSet';

const list = z.array(z.string().min(1));
const PIDGIN = z.object({
  markers: list,
  leadParticles: list,
  // "make una off the fan": words asking the hearers to do what follows (the command is the rest).
  leadRequests: list,
  finalParticles: list,
  exclamations: list,
  commands: z.record(z.string(), z.string()),
  commandFinal: list,
  pronouns: z.record(z.string(), z.string()),
  asideSubjects: list,
  asideVerbs: list,
  howSubjects: list,
  doing: z.record(z.string(), z.string()),
  states: list,
  subjectAux: z.record(z.string(), z.string()),
}).strict().parse(cues);

/** Pidgin's own words, looked up once per word of every sentence the language layer reads. */
const MARKERS: ReadonlySet<string> = new Set(PIDGIN.markers);
// The cheap check (README, "Speed of the language layer"): a sentence is read only with a marker word, "am" after a
// command or "e" before an auxiliary, each a whole word, so one of these is among the sentence's words (saidWordSet.ts).
const SAID_BY = markerSet([...PIDGIN.markers, 'am', 'e']);
const QUESTION_LEADS = new Set(['how', 'wetin', 'where', 'which', 'what', 'who', 'when']);
const NUMBER = /^\d+(?:[.,]\d+)?%?$/;
const keyOf = (word: string): string => word.toLowerCase().replace(/['’]/g, '');

/** The sentence in English, or undefined when it is not Pidgin. */
export function pidginPhrasing(text: string, snapshot: HomeSnapshot): string | undefined {
  if (!saysMarker(text, SAID_BY)) return undefined;
  const asked = /\?\s*$/.test(text);
  const clauses = text.split(/[,;]/).map((c) => c.trim().split(/\s+/).map((w) => w.replace(/^[("]+|[?!.:)"]+$/g, '')).filter(Boolean)).filter((c) => c.length > 0);
  const all = clauses.flat();
  // "off am", "put am 24": "am" right after a command verb that opens a clause ("any sensor on am" is read as before).
  const objectAm = clauses.some((c) => { const k = withoutParticles(c).map(keyOf); return k[1] === 'am' && (k[0] ?? '') in PIDGIN.commands; });
  // "wetin e set to", "since when e dey on": "e" before an auxiliary is Pidgin's "it" (Italian "e" is "and").
  const subjectE = all.some((w, i) => keyOf(w) === 'e' && keyOf(all[i + 1] ?? '') in PIDGIN.subjectAux);
  const pidgin = objectAm || subjectE || all.some((w) => MARKERS.has(keyOf(w)) && !namesSomething(snapshot, w));
  if (!pidgin) return undefined;
  const kept = chosenClauses(clauses.map((c) => withoutParticles(c)).filter((c) => c.length > 0 && !PIDGIN.exclamations.includes(c.map(keyOf).join(' '))));
  if (kept.length === 0) return undefined;
  const read = kept.map((c) => clause(c, snapshot)).join(', ');
  return asked && !read.endsWith('?') ? `${read}?` : read;
}

const LEAD_REQUESTS = PIDGIN.leadRequests.map((phrase) => phrase.split(' '));

function withoutParticles(words: string[]): string[] {
  let out = [...words];
  while (out.length > 1 && PIDGIN.leadParticles.includes(keyOf(out[0] ?? ''))) out = out.slice(1);
  const request = LEAD_REQUESTS.find((phrase) => out.length > phrase.length && phrase.every((w, i) => keyOf(out[i] ?? '') === w));
  if (request && (keyOf(out[request.length] ?? '') in PIDGIN.commands)) out = out.slice(request.length);
  while (out.length > 1 && PIDGIN.finalParticles.includes(keyOf(out[out.length - 1] ?? ''))) out = out.slice(0, -1);
  return out;
}

const isCommand = (c: readonly string[]): boolean => keyOf(c[0] ?? '') in PIDGIN.commands;
const isQuestion = (c: readonly string[]): boolean => QUESTION_LEADS.has(keyOf(c[0] ?? ''));
const hasMarker = (c: readonly string[]): boolean => c.some((w) => MARKERS.has(keyOf(w)) || ['don', 'gree'].includes(keyOf(w)));

/**
 * "disarm am, person dey come in": a command keeps its own clause; what follows it about people is an aside.
 * "gate motor no gree work, how i go open the gate": a complaint before a question gives way to the question;
 * "the carport cam, wetin happen to am": a thing said first is what "am" of the question stands for.
 */
function chosenClauses(clauses: string[][]): string[][] {
  const first = clauses[0];
  if (!first) return [];
  if (isCommand(first)) {
    // "on her AC, put am 24": the first command is proposed; a second one joined by a comma is asked for after it.
    return [first];
  }
  const question = clauses.findIndex((c, i) => i > 0 && isQuestion(c));
  if (question > 0) {
    const before = clauses.slice(0, question).flat();
    const asked = clauses[question] as string[];
    if (!hasMarker(before) && !isQuestion(before) && asked.some((w) => keyOf(w) === 'am')) return [asked.map((w) => (keyOf(w) === 'am' ? before.join(' ') : w))];
    if (hasMarker(before)) return [asked];
  }
  return clauses;
}

/** A place of the home (room, zone, home) named by the words from `at`: how many words it takes, 0 for none. */
function placeAt(words: readonly string[], at: number, snapshot: HomeSnapshot): number {
  let from = at;
  // "wetin else dey that room": the room of the talk so far.
  if (['that', 'this'].includes(keyOf(words[from] ?? '')) && keyOf(words[from + 1] ?? '') === 'room') return 2;
  if (keyOf(words[from] ?? '') === 'the') from++;
  for (let end = Math.min(words.length, from + 4); end > from; end--) {
    const said = words.slice(from, end).join(' ');
    const named = snapshot.phrases.get(phraseKey(said)) ?? [];
    if (named.some((e) => ['room', 'zone', 'home'].includes(e.entity_type))) return end - at;
    // "mummy room", "tobi room": a person's room said with the owner first.
    const [owner, ...rest] = words.slice(from, end).map(keyOf);
    if (rest.join(' ') === 'room' && owner && snapshot.roomOwners.has(phraseKey(owner))) return end - at;
  }
  return 0;
}

function clause(words: string[], snapshot: HomeSnapshot): string {
  let out = words.map((w, i) => (keyOf(w) === 'am' && i > 0 ? (PIDGIN.pronouns.am as string) : w));
  // "off the tv for mummy room", "any light on for ibadan": "for" before a place is "in".
  out = out.map((w, i) => (keyOf(w) === 'for' && i > 0 && placeAt(out, i + 1, snapshot) > 0 ? 'in' : w));
  return isCommand(out) ? command(out) : question(out, snapshot);
}

/** "off am", "open it in sunday", "put it 23", "on ina ita make i see road": the command in English. */
function command(words: string[]): string {
  const verb = PIDGIN.commands[keyOf(words[0] ?? '')] as string;
  let rest = words.slice(1);
  // "… make i see road", "… make e no waste light": a purpose clause after the target is no part of it.
  const purpose = rest.findIndex((w, i) => i >= 1 && keyOf(w) === 'make' && PIDGIN.asideSubjects.includes(keyOf(rest[i + 1] ?? '')));
  if (purpose >= 0) rest = rest.slice(0, purpose);
  while (rest.length > 1 && PIDGIN.commandFinal.includes(keyOf(rest[rest.length - 1] ?? ''))) rest = rest.slice(0, -1);
  const and = rest.findIndex((w, i) => keyOf(w) === 'and' && keyOf(rest[i + 1] ?? '') in PIDGIN.commands);
  const tail = and >= 0 ? ` and ${command(rest.slice(and + 1))}` : '';
  if (and >= 0) rest = rest.slice(0, and);
  const numberAt = rest.findIndex((w) => NUMBER.test(w));
  // "put it 23", "make the AC 25", "on it 180": a number after the target is the value to set.
  if (numberAt > 0 && ['set', 'turn on', 'lower', 'raise', 'dim'].includes(verb) && keyOf(rest[numberAt - 1] ?? '') !== 'to') {
    return `${verb === 'turn on' ? 'set' : verb} ${rest.slice(0, numberAt).join(' ')} to ${rest.slice(numberAt).join(' ')}${tail}`;
  }
  if (verb.startsWith('turn ') && rest.length === 1 && ['it', 'them'].includes(keyOf(rest[0] ?? ''))) return `turn ${rest[0]} ${verb.slice(5)}${tail}`;
  return `${verb} ${rest.join(' ')}`.trim() + tail;
}

const plural = (subject: readonly string[]): boolean => {
  const last = keyOf(subject[subject.length - 1] ?? '');
  return /[a-z]s$/.test(last) && !/ss$/.test(last) || ['them', 'they', 'dem'].includes(last);
};

/** Words that end a routine's name as said ("the lights out automation"). */
const ROUTINE_HEADS: ReadonlySet<string> = new Set(['automation', 'routine', 'schedule', 'scene', 'program', 'programme']);

/** "where the NVR dey", "the gate dey open", "wetin be X", "wetin dey kemi room", "how i go open the gate". */
function question(words: string[], snapshot: HomeSnapshot): string {
  const k = words.map(keyOf);
  const dey = k.indexOf('dey');
  // "wetin be the meter number" = what is; "wetin dey the parlour", "wetin else dey kitchen" = what is in.
  if (k[0] === 'wetin') {
    if (k[1] === 'be') return `what is ${words.slice(2).join(' ')}`;
    const elseAt = k[1] === 'else' ? 1 : 0;
    if (dey === 1 + elseAt) {
      const skip = k[dey + 1] === 'inside' ? 1 : 0;
      if (placeAt(words, dey + 1 + skip, snapshot) > 0) return `what ${elseAt ? 'else ' : ''}is in ${words.slice(dey + 1 + skip).join(' ')}`;
    }
    // "wetin eWeLink dey control": what does it control ("dey off" may be a state or a job: left as is).
    if (dey > 1 && dey === k.length - 2 && !k.slice(1, dey).includes('e') && !PIDGIN.states.includes(k[dey + 1] ?? '')) return `what does ${words.slice(1, dey).join(' ')} ${words[dey + 1]}`;
    // "wetin the lights out automation dey off": an automation's "dey on/off" after "wetin" is its job, what it turns off.
    if (dey > 1 && dey === k.length - 2 && ROUTINE_HEADS.has(k[dey - 1] ?? '') && ['on', 'off'].includes(k[dey + 1] ?? '')) return `what does ${words.slice(1, dey).join(' ')} turn ${words[dey + 1]}`;
    // "wetin happen to am": what happened.
    if (k[1] === 'happen') return ['what happened', ...rest(words.slice(2), snapshot)].join(' ');
    return ['what', ...rest(words.slice(1), snapshot)].join(' ');
  }
  // "where the NVR dey": where is; "the panasonic AC dey where", "the hub dey which room": where is.
  if (k[0] === 'where' && dey === k.length - 1 && dey > 1) return `where is ${words.slice(1, dey).join(' ')}`;
  if (dey > 0 && (k[dey + 1] === 'where' || (k[dey + 1] === 'which' && ['room', 'place'].includes(k[dey + 2] ?? ''))) && dey + (k[dey + 1] === 'where' ? 2 : 3) === k.length) return `where is ${words.slice(0, dey).join(' ')}`;
  // "how i go open the gate", "how person go enter": how do I.
  if (k[0] === 'how' && PIDGIN.howSubjects.includes(k[1] ?? '') && k[2] === 'go') {
    const from = k[3] === 'take' ? 4 : 3;
    return ['how do i', ...rest(words.slice(from), snapshot)].join(' ');
  }
  // "how many fans we get", "which procedures we get": do we have.
  if (k[k.length - 2] === 'we' && k[k.length - 1] === 'get' && QUESTION_LEADS.has(k[0] ?? '')) return `${words.slice(0, -2).join(' ')} do we have`;
  // "e get any plug wey dey on": are there any.
  if (k[0] === 'e' && k[1] === 'get') return ['are there', ...rest(words.slice(2), snapshot)].join(' ');
  // "the gate dey open?", "back door dey open", "any of the gens dey run now": is it so (a yes/no question).
  if (dey > 0 && !QUESTION_LEADS.has(k[0] ?? '') && k[0] !== 'e') {
    const subject = words.slice(0, dey);
    const state = k[dey + 1] ?? '';
    const doing = PIDGIN.doing[state];
    if (PIDGIN.states.includes(state) || doing) {
      const be = plural(subject) || k[0] === 'any' ? 'are' : 'is';
      return [be, ...subject, doing ?? words[dey + 1], ...words.slice(dey + 2)].join(' ');
    }
  }
  return rest(words, snapshot).join(' ');
}

/** The words after the question word: "dey" as is/are (in before a place, -ing before a verb), "wey" as that. */
function rest(words: string[], snapshot: HomeSnapshot): string[] {
  const out: string[] = [];
  for (let i = 0; i < words.length; i++) {
    const k = keyOf(words[i] ?? '');
    const next = keyOf(words[i + 1] ?? '');
    if (k === 'wey') out.push('that');
    // "which mode e dey" (which mode is it in) is left as typed: the engine reads its words as they are.
    else if (k === 'e' && !namesSomething(snapshot, words[i] ?? '') && !(next === 'dey' && i + 2 === words.length)) {
      // "e" is the subject pronoun: "since when e dey on" = is it on, "how long e go take" = will it take.
      const then = keyOf(words[i + 2] ?? '');
      // "how many batteries e dey use" (a habit) is left as typed: "it" would stand for the device talked about.
      const habit = next === 'dey' && then !== '' && !PIDGIN.states.includes(then) && !PIDGIN.doing[then] && placeAt(words, i + 2, snapshot) === 0;
      const aux = habit ? 'e dey' : PIDGIN.subjectAux[next];
      out.push(aux ?? 'it');
      if (aux) i++;
      if (next === 'dey' && PIDGIN.doing[keyOf(words[i + 1] ?? '')]) out.push(PIDGIN.doing[keyOf(words[++i] ?? '')] as string);
    }
    else if (k === 'no' && next === 'gree') {
      out.push('is not');
      i++;
      if (keyOf(words[i + 1] ?? '') === 'work') {
        out.push('working');
        i++;
      }
    } else if (k === 'dey') {
      const be = plural(out) || out.length === 0 || keyOf(out[out.length - 1] ?? '') === 'that' && plural(out.slice(0, -1)) ? 'are' : 'is';
      if (next === 'connect') {
        out.push(`${be} connected`);
        i++;
      } else if (PIDGIN.doing[next]) {
        out.push(be, PIDGIN.doing[next] as string);
        i++;
      } else if (placeAt(words, i + 1, snapshot) > 0) out.push(be, 'in');
      else out.push(be);
    } else out.push(words[i] as string);
  }
  return out;
}
