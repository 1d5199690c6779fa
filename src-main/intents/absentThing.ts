// "turn on the gas fireplace", "close the chicken coop door", "majlis projector on": a command (or an on/off asked)
// about a thing the home does not have was declined, as if the engine had not understood it. A household hears a
// decline as "try again"; what is true is that no such thing is in the home. When nothing else read the sentence, a
// command opening with its English verb whose target has a word the home uses nowhere (no name, no description, no
// state field, no kind word) is answered "I couldn't find …": honest, and never a claim about a thing it does have.
import type { HomeSnapshot } from './HomeIndex';
import { homeWords } from './homeWords';
import { kindForPhrase, phraseKey } from './deviceKinds';

/** Command openings ("turn on", "switch off", "open") and the particles that may follow the verb. */
const VERBS = new Set(['turn', 'switch', 'open', 'close', 'shut', 'start', 'stop', 'lock', 'unlock', 'dim', 'feed', 'run', 'put', 'kill']);
const PARTICLES = new Set(['on', 'off', 'up', 'down', 'the', 'my', 'our', 'a', 'an']);
/** A place or time after the target ("in the garden", "for an hour") is not part of its name. */
const AFTER_TARGET = new Set(['in', 'at', 'on', 'off', 'for', 'please', 'pls', 'now', 'up', 'down', 'to', 'from', 'by', 'of']);
/** Words that stand for a target without naming one ("turn it on", "open everything"). */
const NO_NAME = new Set(['it', 'them', 'this', 'that', 'these', 'those', 'everything', 'all', 'both', 'something', 'anything', 'one', 'ones', 'thing', 'things', 'stuff', 'lights', 'light']);
/** What things give rather than things ("turn the music up" is the speaker's volume, "turn the heat down" the
 * heating's setpoint): a home names none of these, so their absence from its words says nothing about what it has. */
const WHAT_THINGS_GIVE = new Set(['music', 'sound', 'volume', 'noise', 'tunes', 'song', 'songs', 'playlist', 'podcast', 'radio', 'news', 'telly', 'heat', 'heating', 'warmth', 'cooling', 'air', 'water', 'power', 'electric', 'electricity', 'lighting', 'brightness', 'temperature', 'temp', 'channel', 'show', 'movie', 'film', 'game', 'alarm', 'wifi', 'internet']);
/** The shortest word counted as a name's word. */
const MIN_LETTERS = 3;
const MAX_TARGET_WORDS = 4;

/** "I couldn't find a gas fireplace in this home." for a command about a thing the home lacks, else undefined. */
export function absentThing(text: string, snapshot: HomeSnapshot): string | undefined {
  const words = text.toLowerCase().replace(/[?!.]+$/, '').trim().split(/\s+/);
  if (!VERBS.has(words[0] ?? '') || words.length > 10) return undefined;
  let at = 1;
  while (at < words.length && PARTICLES.has(words[at] ?? '')) at++;
  let end = at;
  while (end < words.length && !AFTER_TARGET.has(words[end] ?? '') && end - at < MAX_TARGET_WORDS) end++;
  const target = words.slice(at, end);
  if (target.length === 0 || end - at >= MAX_TARGET_WORDS || target.some((w) => NO_NAME.has(w) || !/^\p{L}+$/u.test(w))) return undefined;
  const home = homeWords(snapshot);
  const absent = target.filter((w) => w.length >= MIN_LETTERS && !home.has(w) && !home.has(w.replace(/(es|s)$/, '')) && !home.has(`${w.slice(0, 5)}…`) && kindForPhrase(phraseKey(w)) === undefined);
  // The thing's own noun (its last word) must be one the home never uses: "the wine fridge" of a home with fridges is
  // a question back about its fridges, not "no such thing".
  const head = target[target.length - 1] ?? '';
  if (!absent.includes(head) || WHAT_THINGS_GIVE.has(head)) return undefined;
  const said = target.join(' ');
  return `I couldn't find ${/^[aeiou]/.test(said) ? 'an' : 'a'} ${said} in this home.`;
}
