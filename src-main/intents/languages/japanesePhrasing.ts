// Japanese (kana and kanji, and the romanized requests of a household that mixes it into English) in the English the
// engine reads. Japanese says the thing first and the verb last ("和室のエアコンをつけてください" = turn on the washitsu
// air conditioner, "玄関の鍵はかかっていますか" = is the genkan lock locked), joins two nouns with の ("脱衣所の
// ヒーター" = the heater of the changing room) and marks the topic with は ("冷蔵庫は何度?" = what temperature is the
// fridge). The words' jobs come from japaneseWords.ts; the home's names stay as typed. English is never rewritten: a
// sentence is read only when it has Japanese outside the home's names, or a romanized Japanese request ("kotatsu
// keshite").
import type { HomeSnapshot } from '../HomeIndex';
import { phraseKey } from '../deviceKinds';
import { namesSomething } from '../kindClaims';
import { japaneseTokens, mayBeJapanese, nameHolding, READINGS, type JapaneseToken } from './japaneseWords';

type Token = JapaneseToken;
const THING: ReadonlySet<Token['kind']> = new Set(['name', 'noun', 'family', 'word']);
const PLACE_TYPES = new Set(['room', 'zone', 'home']);

/** The sentence in English, or undefined when it is not Japanese or says nothing the engine reads. */
export function japanesePhrasing(text: string, snapshot: HomeSnapshot): string | undefined {
  if (!mayBeJapanese(text)) return undefined;
  const tokens = japaneseTokens(text, snapshot).filter((t) => t.kind !== 'softener');
  HELD.clear();
  // Japanese outside the home's names: a cue of the lexicon that is no name, no word and no number.
  const cues = tokens.filter((t) => !THING.has(t.kind) && t.kind !== 'number' && t.kind !== 'unit' && t.kind !== 'particle');
  if (cues.length === 0) return undefined;
  // A word in kanji the reader cannot read ("軽井沢", a person's name) may be the place or thing asked about: the
  // question is left unread rather than answered without it.
  if (tokens.some((t) => t.kind === 'word' && KANJI_ONLY.test(t.said) && !nameHolding(t.said, snapshot) && !READINGS.has(t.said))) return undefined;
  // "何度になっていますか" (what has it been made) asks the setting, "何度" alone the reading.
  const english = compose(tokens, snapshot, /(に|と)なって|設定/.test(text));
  return english ? english.replace(/\s+/g, ' ').trim() : undefined;
}

function compose(tokens: Token[], snapshot: HomeSnapshot, setting: boolean): string | undefined {
  const find = (kind: Token['kind'], english?: string): Token | undefined => tokens.find((t) => t.kind === kind && (english === undefined || t.english === english));
  const question = find('question');
  const command = find('command');
  const state = find('state');
  const measure = find('measure');
  const number = find('number');
  const condition = tokens.findIndex((t) => t.kind === 'condition');
  // "押したらどうなりますか" = what happens when it is pressed; "地震のときはどうなりますか" = in an earthquake.
  if (question?.english === 'what happens') {
    const before = condition > 0 ? thing(tokens.slice(0, condition), snapshot) : thing(tokens, snapshot);
    return before ? `what happens when there is ${/^[aeiou]/.test(before) ? 'an' : 'a'} ${before}` : 'what happens when it is pressed';
  }
  // "ガスが止まったらどうすればいいですか" = what do I do if the gas shuts off: how to get it back.
  if (question?.english === 'what to do') {
    const before = thing(condition > 0 ? tokens.slice(0, condition) : tokens, snapshot);
    return before ? `how do i reset the ${before}` : undefined;
  }
  const said = thing(tokens, snapshot);
  const it = said || 'it';
  if (command && !question) return commanded(command.english, said, number, find('unit'));
  if (state?.english === 'raining') return 'is it raining';
  if (question?.english === 'when' || measure?.english === 'timer') return state?.english === 'off' ? `when does ${it} turn off` : `when does ${it} run`;
  if (question?.english === 'how long') return `how long until ${article(it)} is finished`;
  if (question?.english === 'where') return said ? `where is ${article(said)}` : undefined;
  if (measure?.english === 'battery') return `what is the battery of ${article(it)}`;
  if (measure?.english === 'setpoint') return `what is ${article(it)} set to`;
  if (question?.english === 'what temperature') return find('state') || setting ? `what is ${article(it)} set to` : `what is the temperature of ${article(it)}`;
  if (measure?.english === 'temperature') return `what is the temperature of ${article(it)}`;
  if (measure?.english === 'app' || (question?.english === 'which' && find('noun', 'app'))) return `what app is ${article(it)} in`;
  if (measure?.english === 'manual') return `is there a manual for ${article(it)}`;
  if (measure?.english === 'password' || measure?.english === 'code') return `what is the ${said ? `${said} ` : ''}${measure.english}`;
  if (measure?.english === 'level') return `how much is left in ${article(it)}`;
  if (measure?.english === 'power') return `how much power is ${article(it)} making`;
  // "エアコンついてる?": a kind said alone with a state asks which of the kind are so.
  const kinds = tokens.filter((t) => THING.has(t.kind));
  if (state && kinds.length === 1 && kinds[0]?.kind === 'noun' && !['it', 'home', 'mine', 'power', 'rain'].includes(kinds[0].english)) return `which ${plural(kinds[0].english)} are ${state.english}`;
  if (state) return `is ${article(it)} ${state.english}`;
  if (question?.english === 'how many') return said ? `how many ${plural(said)} are there` : undefined;
  if (question?.english === 'what' && find('exists')) return said && isPlace(said, snapshot) ? `what devices are in ${article(said)}` : undefined;
  if (find('exists')) return said ? `is there ${article(said)}` : undefined;
  if (find('tell')) return said ? `what is the ${said}` : undefined;
  if (question?.english === 'how is') return said ? `how is ${article(said)}` : undefined;
  return undefined;
}

/** "和室のエアコンをつけて" = turn on the washitsu air conditioner; "26度に上げて" = set it to 26; "24度にして" = set … to 24. */
function commanded(verb: string, said: string, number: Token | undefined, unit: Token | undefined): string {
  const it = said ? article(said) : 'it';
  const value = number ? `${number.said}${unit?.english === 'percent' ? '%' : ''}` : '';
  if (number && (verb === 'raise' || verb === 'lower' || verb === 'set' || verb === 'turn on')) return `set ${it} to ${value}`;
  // "鍵を開けて": opening a lock is unlocking it.
  if (verb === 'open' && /\block$/.test(said)) return `unlock ${it}`;
  if (verb === 'close' && /\block$/.test(said)) return `lock ${it}`;
  if (verb === 'raise' || verb === 'lower') return `turn ${it} ${verb === 'raise' ? 'up' : 'down'}`;
  if (verb === 'set') return `turn on ${it}`;
  if (it === 'it' && (verb === 'turn on' || verb === 'turn off')) return verb === 'turn on' ? 'turn it on' : 'turn it off';
  return `${verb} ${it}`;
}

/** What ends the words of a thing and says what is asked or requested. */
const HEADS: ReadonlySet<Token['kind']> = new Set(['command', 'state', 'question', 'exists', 'tell', 'condition']);

/**
 * The thing said: the nouns and names joined by の ("玄関の鍵" = the 玄関 lock, "genkan no kagi", "おばあちゃんの部屋の
 * エアコン" = the air conditioner of obaachan's room), the last such group before the verb or question (the topic
 * marked with は, を or が), else the first after it. A Latin word the home names nothing with ("kaeri osoku naru")
 * is no part of it.
 */
function thing(tokens: readonly Token[], snapshot: HomeSnapshot): string {
  const groups: Array<{ words: string[]; beforeHead: boolean }> = [];
  let current: string[] = [];
  let headSeen = false;
  let joined = false;
  const close = (): void => {
    if (current.length) groups.push({ words: current, beforeHead: !headSeen });
    current = [];
    joined = false;
  };
  let previous: Token['kind'] | undefined;
  for (const t of tokens) {
    const word = wordOf(t, snapshot);
    const kindBefore = previous;
    previous = t.kind;
    if (word) {
      // "ペットカメラ": an unknown word right before a kind is one compound with it; two kinds apart are two things.
      if (current.length && !joined && t.kind !== 'word' && t.kind !== 'name' && kindBefore !== 'word') close();
      current.push(word);
      joined = false;
    } else if (t.kind === 'particle' && (t.said === 'の' || t.said === 'no') && current.length) joined = true;
    else {
      close();
      if (HEADS.has(t.kind)) headSeen = true;
    }
  }
  close();
  const before = groups.filter((g) => g.beforeHead);
  const chosen = before[before.length - 1] ?? groups.find((g) => !g.beforeHead);
  if (!chosen) return '';
  // "仏壇のあかり": a word of one name ("仏壇" of "仏壇ライト") is that device; the kind said after it is its kind.
  const held = chosen.words.find((w) => HELD.has(w));
  if (held) return held;
  // "軽井沢の家の鍵": the house after a place is that place, not a word of the thing.
  const words = chosen.words.filter((w, i) => !(w === 'house' && i > 0));
  const last = words[words.length - 1];
  // "おばあちゃんの部屋のエアコン": the room of a family member is theirs ("obaachan's room").
  const owned: string[] = [];
  for (const w of words) {
    if (w === 'room' && FAMILY_WORDS.has(owned[owned.length - 1] ?? '')) owned.push(`${owned.pop() ?? ''}'s room`);
    else owned.push(w);
  }
  const room = owned.findIndex((w) => w === 'my room' || w.endsWith("'s room"));
  if (last && room >= 0 && room < owned.length - 1) return `${owned.slice(room + 1).join(' ')} in ${owned.slice(0, room + 1).join(' ')}`;
  if (last && owned.length > 1 && isPlace(owned.slice(0, -1).join(' '), snapshot) && !isPlace(owned.join(' '), snapshot)) return `${last} in ${article(owned.slice(0, -1).join(' '))}`;
  return owned.join(' ').trim();
}

const FAMILY_WORDS: ReadonlySet<string> = new Set(['obaachan', 'ojiichan']);
/** Names found through one of their words in the sentence being read (reset for each sentence). */
const HELD = new Set<string>();
const KANJI_ONLY = /^[\u3400-\u9fff々]+$/u;
const JAPANESE_WORD = /[\u3040-\u30ff\u3400-\u9fff]/u;

/** The English of a thing word, or '' when the token is no part of a thing. */
function wordOf(t: Token, snapshot: HomeSnapshot): string {
  // "和室" of a door "和室 ふすま" in a home whose room is "Washitsu": the room, by the reading the household says.
  if (t.kind === 'name') return READINGS.has(t.said) && !isPlace(t.said, snapshot) ? (READINGS.get(t.said) ?? t.said) : t.said;
  if (t.kind === 'noun') return t.english === 'mine' ? 'my room' : t.english === 'home' ? 'house' : t.english === 'rooms' ? 'room' : t.english;
  if (t.kind === 'family') return t.english;
  if (t.kind === 'word' && /^[a-z]/.test(t.said) && namesSomething(snapshot, t.said)) return t.said;
  // A Japanese word neither the lexicon nor the home knows ("セコム", "浄水器") stays in the thing as typed, so the
  // engine says it cannot find it rather than answer about the thing in focus; a word of one name is that name.
  if (t.kind === 'word' && JAPANESE_WORD.test(t.said) && !/[\u3040-\u309f]/u.test(t.said)) {
    const holder = nameHolding(t.said, snapshot);
    if (holder) HELD.add(holder);
    return holder ?? READINGS.get(t.said) ?? t.said;
  }
  return '';
}

function article(said: string): string {
  return /^(it|my |the )/.test(said) || /^[^a-z]/.test(said) ? said : `the ${said}`;
}

function plural(said: string): string {
  return /s$/.test(said) ? said : `${said}s`;
}

function isPlace(said: string, snapshot: HomeSnapshot): boolean {
  return (snapshot.phrases.get(phraseKey(said)) ?? []).some((e) => PLACE_TYPES.has(e.entity_type));
}
