// Tagalog and Taglish (Manila English mixed with Tagalog, as typed on a phone) in the English order the engine reads.
// Tagalog puts the predicate first: the question word ("nasaan yung remote" = where is the remote, "ilang aircon ang
// naka-on" = how many aircons are on), the state ("naka-on ba yung tv sa sala" = is the tv in the sala on), "may"
// (there is: "may bukas bang bintana" = are any windows open) or the command ("patayin mo yung ilaw" = turn off the
// light, "i-set sa 22 yung aircon" = set the aircon to 22). The words' jobs come from tagalogWords.ts; names stay as
// typed. English is never rewritten: a sentence is read as Tagalog only with a Tagalog lead word (a question word, a
// command, a state, a follow-up opener) or two Tagalog cue words that English does not have.
import type { HomeSnapshot } from '../HomeIndex';
import { markerSet, saysMarker } from '../saidWordSet';
import { opensAndCloses, TAGALOG_CUES, tagalogTokens, type TagalogToken } from './tagalogWords';

const NUMBER = /^\d+(?:[.,]\d+)?%?$/;
/** Cue words English (or another language) has too: they never count toward calling a sentence Tagalog. */
const SHARED = new Set(['may', 'na', 'po', 'o', 'oh', 'please', 'pls', 'pa', 'din', 'ang', 'sa', 'sara', 'ay', 'go na', 'san', 'ito']);
const LEADS = new Set(['question', 'command', 'state', 'followUp', 'none', 'exists', 'all']);
/** The Tagalog "you" of an imperative said after an English command ("unlock mo"). */
const YOU_AFTER = /^(mo|nyo|ninyo|mong|nyong)( po)?$/;
// The cheap check (README, "Speed of the language layer"): isTagalog needs a cue of the table that is not SHARED (a
// lead, or two cues) or the "you" after an English command, so a sentence with no first word of one is never Tagalog.
const MARKERS = markerSet(TAGALOG_CUES.filter((cue) => !SHARED.has(cue) || YOU_AFTER.test(cue)).map((cue) => cue.split(' ')[0] ?? ''));

/** The sentence in English word order, or undefined when it is not Tagalog. */
export function tagalogPhrasing(text: string, snapshot: HomeSnapshot): string | undefined {
  if (!saysMarker(text, MARKERS)) return undefined;
  const words = text.toLowerCase().replace(/[’‘`]/g, "'").replace(/[?!.,;:]+/g, ' ').split(/\s+/).filter(Boolean);
  if (words.length === 0) return undefined;
  const all = tagalogTokens(words, snapshot);
  if (!isTagalog(all)) return undefined;
  if (all.every((t) => t.kind === 'yes' || t.kind === 'particle')) return all.some((t) => t.kind === 'yes') ? 'yes' : undefined;
  const tokens = withOwners(all.filter((t) => t.kind !== 'particle' && t.kind !== 'yes'));
  const english = compose(tokens, snapshot);
  return english ? tidy(english) : undefined;
}

function isTagalog(tokens: readonly TagalogToken[]): boolean {
  const cues = tokens.filter((t) => t.kind !== 'name' && t.kind !== 'word' && !t.englishOnly && !SHARED.has(t.said));
  const first = tokens[0];
  // "unlock mo", "set nyo": an English command with the Tagalog "you" of the imperative after it.
  if (first?.englishOnly && tokens[1]?.kind === 'particle' && YOU_AFTER.test(tokens[1].said)) return true;
  if (first && !first.englishOnly && first.kind !== 'name' && first.kind !== 'word' && !SHARED.has(first.said) && (LEADS.has(first.kind) || first.kind === 'yes')) {
    // "may" and "all" lead only with another cue ("may I…", "lahat" alone is a word).
    return !['exists', 'all'].includes(first.kind) || cues.length >= 2 || tokens.some((t) => t.kind === 'state');
  }
  return cues.length >= 2;
}

/**
 * "aircon ni paolo" → "aircon of paolo" (a home may name a thing so: "Aircon ni Lola" stays a name), "yung kay bea" →
 * "bea's" (the one of hers), "aircon nya" → "her aircon"; "ng inverter" → "of the inverter".
 */
function withOwners(tokens: TagalogToken[]): TagalogToken[] {
  const out: TagalogToken[] = [];
  const isThing = (t: TagalogToken | undefined): boolean => t?.kind === 'word' || t?.kind === 'name';
  for (const [i, t] of tokens.entries()) {
    const next = tokens[i + 1];
    if (t.kind === 'owner' && isThing(next) && next) {
      // A place is the owner's ("sa kwarto ni bea" = in bea's kwarto); a thing is "of" its owner.
      if (isThing(out[out.length - 1]) && out[out.length - 2]?.kind === 'in') {
        const head = out.pop() as TagalogToken;
        out.push({ ...next, english: `${next.said}'s` }, head);
        tokens.splice(i + 1, 1);
        continue;
      }
      // "yung kay lola" alone is lola's one.
      out.push(isThing(out[out.length - 1]) ? { ...t, english: 'of' } : { ...next, english: `${next.said}'s${isThing(tokens[i + 2]) && !/^(to|\d.*)$/.test(tokens[i + 2]?.said ?? '') ? '' : ' one'}` });
      if (!isThing(out[out.length - 2]) && out[out.length - 1]?.english.endsWith("'s")) tokens.splice(i + 1, 1);
      continue;
    }
    if (t.kind === 'possessive' && isThing(out[out.length - 1])) {
      out.splice(out.length - 1, 0, t);
      continue;
    }
    if (t.kind === 'of' && isThing(next)) {
      out.push({ ...t, english: 'of the' });
      continue;
    }
    out.push(t);
  }
  return out;
}

const say = (tokens: readonly TagalogToken[]): string => tokens.map((t) => t.english).filter(Boolean).join(' ');

function compose(tokens: TagalogToken[], snapshot: HomeSnapshot): string | undefined {
  const commandAt = tokens.findIndex((t) => t.kind === 'command');
  if (commandAt >= 0 && !tokens.slice(0, commandAt).some((t) => t.kind === 'question')) return command(tokens, commandAt, snapshot);
  const first = tokens[0];
  if (!first) return undefined;
  if (first.kind === 'followUp') return `and ${say(tokens.slice(1))}`;
  if (first.kind === 'question') return question(first.english, tokens.slice(1), snapshot);
  if (first.kind === 'exists' || first.kind === 'none') return existence(tokens.slice(1), snapshot);
  const stateAt = tokens.findIndex((t) => t.kind === 'state');
  if (stateAt >= 0) return `is ${say(tokens.filter((_, i) => i !== stateAt)) || 'it'} ${stateWord(tokens[stateAt] as TagalogToken, tokens, snapshot)}`;
  return say(tokens);
}

/** "bukas" is open for a door and on for a tv; "sarado" closed or off the same way. */
function stateWord(state: TagalogToken, tokens: readonly TagalogToken[], snapshot: HomeSnapshot): string {
  const thing = say(tokens.filter((t) => t.kind === 'word' || t.kind === 'name'));
  if (state.english === 'open' && !opensAndCloses(thing, snapshot)) return 'on';
  if (state.english === 'closed' && !opensAndCloses(thing, snapshot)) return 'off';
  return state.english;
}

function command(tokens: TagalogToken[], at: number, snapshot: HomeSnapshot): string {
  const verb = tokens[at] as TagalogToken;
  let rest = [...tokens.slice(0, at), ...tokens.slice(at + 1)].filter((t) => t.kind !== 'command' && t.kind !== 'followUp');
  // "pa-on ng ilaw": the "ng" after a command marks its object.
  if (rest[at]?.kind === 'of') rest.splice(at, 1);
  // "unlock mo yung pinto nasa labas si ate" : a clause of its own after the target is no part of it.
  const stop = rest.findIndex((t, i) => i > 0 && t.kind === 'clauseBreak' || (t.kind === 'in' && t.said === 'nasa' && i > 0));
  if (stop > 0) rest = rest.slice(0, stop);
  rest = rest.filter((t) => t.kind !== 'clauseBreak');
  const numberAt = rest.findIndex((t) => NUMBER.test(t.said));
  let english = verb.english;
  if (numberAt >= 0) {
    const value = rest[numberAt]?.said ?? '';
    const before = rest[numberAt - 1];
    const target = rest.filter((t, i) => i !== numberAt && !(i === numberAt - 1 && before?.kind === 'in') && t.kind !== 'state' && !/^(degrees?|grado|percent|porsyento|%)$/.test(t.said));
    const unit = rest.some((t) => /^(percent|porsyento)$/.test(t.said)) && !value.endsWith('%') ? '%' : '';
    return `set ${say(target) || 'it'} to ${value}${unit}`;
  }
  const target = say(rest.filter((t) => t.kind !== 'state')) || 'it';
  if (english === 'open' && !opensAndCloses(target, snapshot)) english = 'turn on';
  if (english === 'close' && !opensAndCloses(target, snapshot)) english = 'turn off';
  if (english === 'set') {
    const state = rest.find((t) => t.kind === 'state');
    if (state && (state.english === 'on' || state.english === 'off')) english = `turn ${state.english}`;
    else return `set ${target}`;
  }
  if (target === 'it' && english.startsWith('turn ')) return `turn it ${english.slice(5)}`;
  return `${english} ${target}`;
}

function question(asked: string, rest: TagalogToken[], snapshot: HomeSnapshot): string {
  const stateAt = rest.findIndex((t) => t.kind === 'state');
  const body = rest.filter((t) => t.kind !== 'state' && !(t.kind === 'exists' && asked !== 'what'));
  if (asked === 'where is') return `where is ${say(body)}`;
  if (stateAt >= 0 && ['what', 'which', 'how many'].includes(asked)) {
    const state = stateWord(rest[stateAt] as TagalogToken, rest, snapshot);
    const things = body.filter((t) => t.kind !== 'the');
    const inAt = things.findIndex((t) => t.kind === 'in');
    const named = inAt >= 0 ? things.slice(0, inAt) : things;
    const place = inAt >= 0 ? ` ${say(things.slice(inAt))}` : '';
    return `${asked === 'how many' ? 'how many' : 'which'} ${say(named) || 'devices'} are ${state}${place}`;
  }
  if (asked === 'what') return whatQuestion(body);
  if (asked === 'how many' || asked === 'which') return `${asked} ${say(body.filter((t) => t.kind !== 'the' && t.kind !== 'all'))}`;
  if (asked === 'when' || asked === 'who') return `${asked} ${body[0]?.kind === 'word' || body[0]?.kind === 'name' ? 'is ' : ''}${say(body)}`;
  return `${asked} ${say(body)}`;
}

/** "anong meron sa kusina" = what is in the kusina; "ano setting ng aircon" = what is the setting of the aircon. */
function whatQuestion(body: TagalogToken[]): string {
  if (body[0]?.kind === 'exists') return `what is ${say(body.slice(1)) || 'there'}`;
  if (body[0]?.kind === 'in' || body[0]?.kind === 'the') return `what is ${say(body)}`;
  if (body[1]?.kind === 'of') return `what is the ${say(body)}`;
  const inAt = body.findIndex((t) => t.kind === 'in');
  if (inAt > 0) return `what ${say(body.slice(0, inAt))} are ${say(body.slice(inAt))}`;
  return `what ${say(body)}`;
}

/** "may naka-on bang aircon" = are any aircons on; "may manual ba yung gate" = does the gate have a manual. */
function existence(rest: TagalogToken[], snapshot: HomeSnapshot): string {
  const stateAt = rest.findIndex((t) => t.kind === 'state');
  if (stateAt >= 0) {
    const state = stateWord(rest[stateAt] as TagalogToken, rest, snapshot);
    const things = rest.filter((t) => t.kind !== 'state' && t.kind !== 'the');
    const inAt = things.findIndex((t) => t.kind === 'in');
    const named = inAt >= 0 ? things.slice(0, inAt) : things;
    return `are any ${say(named) || 'devices'} ${state}${inAt >= 0 ? ` ${say(things.slice(inAt))}` : ''}`;
  }
  const theAt = rest.findIndex((t) => t.kind === 'the');
  if (theAt > 0) return `does ${say(rest.slice(theAt))} have ${say(rest.slice(0, theAt))}`;
  return `any ${say(rest)}`;
}

function tidy(text: string): string {
  // "yung sa sala" = the one in the sala.
  return text.replace(/\bthe in\b/g, 'the one in').replace(/\b(the|in|of)(\s+\1\b)+/g, '$1').replace(/\bthe\s+(?=\S+'s\b)/g, '').replace(/\bin the in\b/g, 'in').replace(/\s+/g, ' ').trim();
}


