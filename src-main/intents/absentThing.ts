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
/** "how much are …", "how much did …": the verb between "how much" and the thing asked about. */
const AUXILIARY = new Set(['is', 'are', 'was', 'were', 'did', 'does', 'do', 'has', 'have']);
/** What a thing puts out, asked as "how much is it making". */
const PRODUCING = new Set(['making', 'make', 'made', 'producing', 'produce', 'produced', 'generating', 'generate', 'generated']);
const SUBJECTS = new Set(['we', 'you', 'they', 'it', 'i']);

/** "I couldn't find a gas fireplace in this home." for a command about a thing the home lacks, else undefined. */
export function absentThing(text: string, snapshot: HomeSnapshot): string | undefined {
  const words = text.toLowerCase().replace(/[?!.]+$/, '').trim().split(/\s+/);
  if (words.length > 10) return undefined;
  const asked = producedAsked(words);
  if (asked) return absentTarget(asked, snapshot, (said) => `I couldn't find any ${said} in this home.`, true);
  if (!VERBS.has(words[0] ?? '')) return undefined;
  let at = 1;
  while (at < words.length && PARTICLES.has(words[at] ?? '')) at++;
  let end = at;
  while (end < words.length && !AFTER_TARGET.has(words[end] ?? '') && end - at < MAX_TARGET_WORDS) end++;
  if (end - at >= MAX_TARGET_WORDS) return undefined;
  return absentTarget(words.slice(at, end), snapshot, (said) => `I couldn't find ${/^[aeiou]/.test(said) ? 'an' : 'a'} ${said} in this home.`);
}

/** "how much are the solar panels making (today)", "how much did the wind turbine make": what a thing puts out, asked
 * of it by name; the target words between the opening and the verb, else undefined. */
function producedAsked(words: readonly string[]): string[] | undefined {
  if (words[0] !== 'how' || words[1] !== 'much') return undefined;
  let at = 2;
  if (AUXILIARY.has(words[at] ?? '')) at++;
  while (at < words.length && PARTICLES.has(words[at] ?? '')) at++;
  const verb = words.findIndex((w, i) => i > at && PRODUCING.has(w));
  // "how much solar are we making": the thing ends where its clause's own verb or subject starts.
  const end = words.findIndex((w, i) => i > at && (AUXILIARY.has(w) || SUBJECTS.has(w)));
  const until = end > at && end < verb ? end : verb;
  return verb > at && until - at < MAX_TARGET_WORDS ? words.slice(at, until) : undefined;
}

/** The target said back when its head noun is a word the home uses nowhere, else undefined. */
function absentTarget(target: readonly string[], snapshot: HomeSnapshot, say: (said: string) => string, anyWord = false): string | undefined {
  if (target.length === 0 || target.some((w) => NO_NAME.has(w) || !/^\p{L}+$/u.test(w))) return undefined;
  const home = homeWords(snapshot);
  const absent = target.filter((w) => w.length >= MIN_LETTERS && !home.has(w) && !home.has(w.replace(/(es|s)$/, '')) && !home.has(`${w.slice(0, 5)}…`) && kindForPhrase(phraseKey(w)) === undefined);
  // The thing's own noun (its last word) must be one the home never uses: "the wine fridge" of a home with fridges is
  // a question back about its fridges, not "no such thing".
  // What a thing puts out is asked of the thing that makes it: "solar panels" in a home with an alarm panel and no word
  // "solar" anywhere has nothing that could be making it (unless its noun is a kind the home has: "the wine fridge").
  const head = target[target.length - 1] ?? '';
  const lacking = anyWord ? absent.length > 0 && (absent.includes(head) || kindForPhrase(phraseKey(head)) === undefined) : absent.includes(head);
  if (!lacking || WHAT_THINGS_GIVE.has(head)) return undefined;
  return say(target.join(' '));
}
