// Japanese (kana and kanji, and the romanized requests of a household that mixes it into English) in the English the
// engine reads. Japanese says the thing first and the verb last ("和室のエアコンをつけてください" = turn on the washitsu
// air conditioner, "玄関の鍵はかかっていますか" = is the genkan lock locked), joins two nouns with の ("脱衣所の
// ヒーター" = the heater of the changing room) and marks the topic with は ("冷蔵庫は何度?" = what temperature is the
// fridge). The words' jobs come from japaneseWords.ts; the home's names stay as typed. English is never rewritten: a
// sentence is read only when it has Japanese outside the home's names, or a romanized Japanese request ("kotatsu
// keshite").
import type { HomeSnapshot } from './HomeIndex';
import { phraseKey } from './deviceKinds';
import { namesSomething } from './HomeIndex';
import { japaneseTokens, mayBeJapanese, type JapaneseToken } from './japaneseWords';

type Token = JapaneseToken;
const THING: ReadonlySet<Token['kind']> = new Set(['name', 'noun', 'family', 'word']);
const PLACE_TYPES = new Set(['room', 'zone', 'home']);

/** The sentence in English, or undefined when it is not Japanese or says nothing the engine reads. */
export function japanesePhrasing(text: string, snapshot: HomeSnapshot): string | undefined {
  if (!mayBeJapanese(text)) return undefined;
  const tokens = japaneseTokens(text, snapshot).filter((t) => t.kind !== 'softener');
  // Japanese outside the home's names: a cue of the lexicon that is no name, no word and no number.
  const cues = tokens.filter((t) => !THING.has(t.kind) && t.kind !== 'number' && t.kind !== 'unit' && t.kind !== 'particle');
  if (cues.length === 0) return undefined;
  const english = compose(tokens, snapshot);
  return english ? english.replace(/\s+/g, ' ').trim() : undefined;
}

function compose(tokens: Token[], snapshot: HomeSnapshot): string | undefined {
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
    return before ? `what happens when ${before === 'it' ? 'it is used' : `there is ${article(before)}`}` : 'what happens when it is pressed';
  }
  // "ガスが止まったらどうすればいいですか" = what do I do if the gas shuts off: how to get it back.
  if (question?.english === 'what to do') {
    const before = thing(condition > 0 ? tokens.slice(0, condition) : tokens, snapshot);
    return before ? `how do i reset the ${before}` : undefined;
  }
  const said = thing(tokens, snapshot);
  const it = said || 'it';
  if (command && !question) return commanded(command.english, said, number);
  if (question?.english === 'when' || measure?.english === 'timer') return state?.english === 'off' ? `when does ${it} turn off` : `when does ${it} run`;
  if (question?.english === 'how long') return `how long until ${it} is finished`;
  if (question?.english === 'where') return said ? `where is ${article(said)}` : undefined;
  if (measure?.english === 'battery') return `what is the battery of ${article(it)}`;
  if (measure?.english === 'setpoint') return `what is ${article(it)} set to`;
  if (question?.english === 'what temperature') return find('state') || tokens.some((t) => t.said.startsWith('になっ')) ? `what is ${article(it)} set to` : `what is the temperature of ${article(it)}`;
  if (measure?.english === 'temperature') return `what is the temperature of ${article(it)}`;
  if (measure?.english === 'app' || (question?.english === 'which' && find('noun', 'app'))) return `what app is ${article(it)} in`;
  if (measure?.english === 'manual') return `is there a manual for ${article(it)}`;
  if (measure?.english === 'password' || measure?.english === 'code') return `what is the ${said ? `${said} ` : ''}${measure.english}`;
  if (measure?.english === 'level') return `how much is left in ${article(it)}`;
  if (measure?.english === 'power') return `how much power is ${article(it)} making`;
  if (state) return `is ${article(it)} ${state.english}`;
  if (question?.english === 'how many') return said ? `how many ${plural(said)} are there` : undefined;
  if (question?.english === 'what' && find('exists')) return said && isPlace(said, snapshot) ? `what devices are in ${article(said)}` : undefined;
  if (find('exists')) return said ? `is there ${article(said)}` : undefined;
  if (find('tell')) return said ? `what is the ${said}` : undefined;
  if (question?.english === 'how is') return said ? `how is ${article(said)}` : undefined;
  return undefined;
}

/** "和室のエアコンをつけて" = turn on the washitsu air conditioner; "26度に上げて" = set it to 26; "24度にして" = set … to 24. */
function commanded(verb: string, said: string, number: Token | undefined): string {
  const it = said ? article(said) : 'it';
  if (number && (verb === 'raise' || verb === 'lower' || verb === 'set' || verb === 'turn on')) return verb === 'turn on' ? `turn on ${it} and set it to ${number.said}` : `set ${it} to ${number.said}`;
  // "鍵を開けて": opening a lock is unlocking it.
  if (verb === 'open' && /\block$/.test(said)) return `unlock ${it}`;
  if (verb === 'close' && /\block$/.test(said)) return `lock ${it}`;
  if (verb === 'raise' || verb === 'lower') return `turn ${it} ${verb === 'raise' ? 'up' : 'down'}`;
  if (verb === 'set') return `turn on ${it}`;
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
  for (const t of tokens) {
    const word = wordOf(t, snapshot);
    if (word) {
      if (current.length && !joined && t.kind !== 'word' && t.kind !== 'name') close();
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
  // "軽井沢の家の鍵": the house after a place is that place, not a word of the thing.
  const words = chosen.words.filter((w, i) => !(w === 'house' && i > 0));
  const last = words[words.length - 1];
  // "おばあちゃんの部屋のエアコン": the room of a family member is theirs ("obaachan's room").
  const owned = words.map((w, i) => (i + 1 < words.length && words[i + 1] === 'room' && FAMILY_WORDS.has(w) ? `${w}'s` : w));
  if (last && owned.length > 1 && isPlace(owned.slice(0, -1).join(' '), snapshot) && !isPlace(owned.join(' '), snapshot)) return `${last} in ${article(owned.slice(0, -1).join(' '))}`;
  return owned.join(' ').trim();
}

const FAMILY_WORDS: ReadonlySet<string> = new Set(['obaachan', 'ojiichan']);

/** The English of a thing word, or '' when the token is no part of a thing. */
function wordOf(t: Token, snapshot: HomeSnapshot): string {
  if (t.kind === 'name') return t.said;
  if (t.kind === 'noun') return t.english === 'mine' ? 'my room' : t.english === 'home' ? 'house' : t.english === 'rooms' ? 'room' : t.english;
  if (t.kind === 'family') return t.english;
  if (t.kind === 'word' && /^[a-z]/.test(t.said) && namesSomething(snapshot, t.said)) return t.said;
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
