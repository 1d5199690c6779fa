// Vietnamese (typed with or without diacritics, in texting shortcuts, mixed with English words) in the English the
// engine reads. Vietnamese says the thing first and asks after it ("điều hòa phòng khách bật chưa?" = is the living room
// AC on, "router để ở đâu" = where is the router, "phòng khách có những gì" = what is in the living room), commands
// with the verb first and a softening particle last ("tắt đèn phòng khách đi", "bật lên giúp tôi"), and puts a modifier
// after its noun ("đèn phòng khách" = the living-room light). The words' jobs come from vietnameseWords.ts; the home's
// names stay as typed (the engine matches them without tones). English is never rewritten: a sentence is read only
// when it sounds Vietnamese outside the home's names.
import type { HomeSnapshot } from '../HomeIndex';
import { opensAndCloses } from './indonesianWords';
import { phraseKey } from '../deviceKinds';
import { CLASSIFIERS, foldVietnamese, kindInEnglish, mayBeVietnamese, OPENABLE, QUESTION_PARTICLES, TO_WORDS, soundsVietnamese, vietnameseTokens, vietnameseWords, type VietnameseToken } from './vietnameseWords';

type Token = VietnameseToken;
const DROPPED = new Set(['particle', 'aspect', 'negation', 'or']);
const NOT_STATES = new Set(['raise', 'lower', 'set']);

/** The sentence in English, or undefined when it is not Vietnamese or says nothing the engine reads. */
export function vietnamesePhrasing(text: string, snapshot: HomeSnapshot): string | undefined {
  const words = vietnameseWords(text);
  if (words.length === 0 || !mayBeVietnamese(text, words)) return undefined;
  // "trời nồm quá, bật máy hút ẩm đi": the clause that asks or commands is read, a remark before it is not.
  const clauses = text.split(/(?<=[,;])\s*|(?<=[.!?])\s+/).map((c) => vietnameseTokens(vietnameseWords(c), snapshot)).filter((c) => c.length);
  const all = clauses.flat();
  if (!soundsVietnamese(all)) return undefined;
  const main = clauses.find((c) => c.some((t) => t.kind === 'command' || t.kind === 'question' || t.kind === 'negation' || t.kind === 'state')) ?? all;
  const asked = /\?\s*$/.test(text) || main.some((t) => t.kind === 'negation' || t.kind === 'question' || t.kind === 'or' || (t.kind === 'particle' && QUESTION_PARTICLES.has(t.key)));
  const english = compose(main, asked, snapshot);
  return english ? english.replace(/\s+/g, ' ').trim() : undefined;
}

function compose(all: Token[], asked: boolean, snapshot: HomeSnapshot): string | undefined {
  const tokens = all.filter((t) => !DROPPED.has(t.kind));
  const question = tokens.find((t) => t.kind === 'question');
  const measure = tokens.find((t) => t.kind === 'measure');
  // "đang màu gì", "bn độ": a measure said with its question word asks.
  const asking = asked || /\b(gi|j|bn|bao nhieu|may)\b/.test(measure?.key ?? '') || measure?.english === 'password' || measure?.english === 'code';
  // A verb asked about is a state ("bật k" = is it on); "hạ", "tăng", "chỉnh" (lower, raise, set) are none.
  const state = tokens.find((t) => t.kind === 'state' || (asking && t.kind === 'command' && !question && !NOT_STATES.has(t.english)));
  const commandAt = tokens.findIndex((t) => t.kind === 'command');
  // The engine cannot yet know whose room "phòng tôi" is: a command on "my" thing is left unread.
  const owned = tokens.some((t) => t.kind === 'owner' && t.english === 'my');
  // "còn tầng 3 thì sao", "máy sấy thì sao", "còn pin lưu trữ?": the same question about another thing.
  if (question?.english === 'what about' || (tokens[0]?.kind === 'followUp' && !measure && !state && !question)) return `what about ${thing(tokens) || 'it'}`;
  const way = wayBetween(tokens, snapshot);
  if (way) return way;
  // "tắt cái plug đi": "cái" before a bare kind points back at a thing said before, which the engine cannot follow.
  const pointsBack = all.some((t, i) => t.kind === 'particle' && CLASSIFIERS.has(t.key) && all[i + 1]?.kind === 'noun') && !tokens.some((t) => t.kind === 'name');
  if (commandAt >= 0 && !asking) return owned || pointsBack ? undefined : command(tokens, commandAt, snapshot);
  if (question) return questionOf(question.english, tokens, snapshot);
  const said = thing(tokens.filter((t) => t.kind !== 'measure' && t.kind !== 'state' && t.kind !== 'command'));
  const exists = tokens.some((t) => t.kind === 'exists');
  // "có automation cho nó không": "nó" (it) is the thing in focus.
  const its = tokens.some((t) => t.kind === 'owner' && t.english === 'its');
  // "nhà có sạc ô tô điện k": a state beside the measure ("sạc", charging) makes it another question; left unread.
  if (exists && asking && measure) return state ? undefined : aboutIt(measure.english, said || (its ? 'it' : ''));
  if (measure && asking) return measured(measure.english, said);
  // "đèn cầu thang có tự bật khi … không": a word the engine does not know may change the question; left unread.
  const unknown = tokens.some((t) => t.kind === 'word');
  if (state && asking) return (said || !owned) && !unknown ? `is ${said || 'it'} ${stateWord(state, said, snapshot)}` : undefined;
  if (exists && asking && said) {
    const place = tokens.find((t) => isPlace(t, snapshot));
    const restTokens = tokens.filter((t) => t !== place && t.kind !== 'place' && t.kind !== 'measure' && t.kind !== 'state' && t.kind !== 'command');
    // "bếp hà nội có cảm biến khói k": "hà" (lower) in a question is a word of a name the home does not use.
    if (tokens.some((t) => t.kind === 'command' && NOT_STATES.has(t.english))) return undefined;
    const rest = thing(restTokens);
    // "nhà mình có thang máy k" = is there an elevator: the whole home is no place to look in.
    if (rest && (!place || place.kind === 'home')) return `is there a ${rest}`;
    return rest ? `are there any ${rest} in ${place?.said}` : undefined;
  }
  return undefined;
}

/** "có manual ko" = is there a manual; "có automation nào tự bơm không" = what automations are there for it. */
function aboutIt(measure: string, said: string): string | undefined {
  if (measure === 'manual') return `is there a manual for ${said || 'it'}`;
  if (measure === 'schedule') return `when does ${said || 'it'} run`;
  if (measure === 'automation') return said ? `what automations use ${said}` : 'list the automations';
  return measured(measure, said);
}

/** "từ chỗ để xe lên sân thượng đi qua đâu" = how do I get from the garage to the roof. */
function wayBetween(tokens: readonly Token[], snapshot: HomeSnapshot): string | undefined {
  const from = tokens.findIndex((t) => t.kind === 'from');
  const to = tokens.findIndex((t, i) => i > from + 1 && TO_WORDS.has(t.key));
  if (from < 0 || to < 0 || !isPlace(tokens[from + 1], snapshot) || !isPlace(tokens[to + 1], snapshot)) return undefined;
  return `how do i get from ${tokens[from + 1]?.said} to ${tokens[to + 1]?.said}`;
}

/**
 * The thing said: a run of the home's words (or of words the engine will not know) stays as typed, so a thing the home
 * does not have is never read as one it has ("lò vi sóng" is not "lò"); a Vietnamese noun said alone is in English;
 * "ở"/"trong" before a place is "in"; "nhà mình" is the home.
 */
function thing(tokens: readonly Token[]): string {
  const out: string[] = [];
  let run: Token[] = [];
  const flush = (): void => {
    if (run.length) out.push(run.length === 1 && run[0]?.kind === 'noun' ? (run[0]?.english ?? '') : run.map((t) => t.said).join(' '));
    run = [];
  };
  for (const [i, t] of tokens.entries()) {
    if (t.kind === 'name' || t.kind === 'word' || t.kind === 'number' || t.kind === 'noun') {
      run.push(t);
      continue;
    }
    flush();
    if (t.kind === 'home') out.push('the home');
    else if (t.kind === 'place' && out.length && tokens.slice(i + 1).some((n) => n.kind === 'name' || n.kind === 'home')) out.push('in');
  }
  flush();
  return out.join(' ').replace(/\bin\s*$/, '').trim();
}

const PLACE_TYPES = new Set(['room', 'zone', 'home']);
/** Is the token one of the home's rooms, floors or sites, or the home itself? */
function isPlace(t: Token | undefined, snapshot: HomeSnapshot): boolean {
  if (t?.kind === 'home') return true;
  return t?.kind === 'name' && (snapshot.phrases.get(phraseKey(t.said)) ?? []).some((e) => PLACE_TYPES.has(e.entity_type));
}

/** Doors, windows, gates, curtains and the drying rack open and close; everything else is switched on and off. */
function opens(said: string, snapshot: HomeSnapshot): boolean {
  return OPENABLE.test(foldVietnamese(said)) || opensAndCloses(said, snapshot);
}

/** "mở" is open for a door and on for a TV; "đóng" closed or off the same way. */
function stateWord(state: Token, said: string, snapshot: HomeSnapshot): string {
  const english = state.kind === 'command' ? state.english.replace(/^turn /, '').replace(/^close$/, 'closed').replace(/^lock$/, 'locked').replace(/^unlock$/, 'unlocked') : state.english;
  if (english === 'open' && said && !opens(said, snapshot)) return 'on';
  if (english === 'closed' && said && !opens(said, snapshot)) return 'off';
  return english;
}

function command(tokens: Token[], at: number, snapshot: HomeSnapshot): string | undefined {
  const verb = tokens[at] as Token;
  const rest = tokens.filter((t, i) => i !== at && !['command', 'state', 'measure', 'question', 'followUp', 'exists'].includes(t.kind));
  const number = rest.find((t) => t.kind === 'number');
  const target = thing(rest.filter((t) => t.kind !== 'number' && t.kind !== 'unit'));
  if (verb.english === 'arm' || verb.english === 'disarm') return `${verb.english} the alarm`;
  if (number) {
    const unit = rest.some((t) => t.kind === 'unit' && /%|phan tram/.test(t.key)) && !number.said.endsWith('%') ? '%' : '';
    return `set ${target || 'it'} to ${number.said}${unit}`;
  }
  let english = verb.english;
  if (english === 'raise' || english === 'lower' || english === 'set') return undefined;
  if (english === 'open' && target && !opens(target, snapshot)) english = 'turn on';
  if (english === 'close' && target && !opens(target, snapshot)) english = 'turn off';
  if (!target && english.startsWith('turn ')) return `turn it ${english.slice(5)}`;
  return `${english} ${target ? (rest.some((t) => t.kind === 'name') ? target : `the ${target}`) : 'it'}`;
}

function questionOf(asked: string, said0: Token[], snapshot: HomeSnapshot): string | undefined {
  // "khóa homestay dùng app gì": in a question "khóa" is the lock, not the command to lock.
  const tokens = said0.map((t): Token => (t.kind === 'command' && t.key === 'khoa' ? { ...t, kind: 'word' } : t));
  const controls = tokens.find((t) => t.kind === 'measure' && t.english === 'controls');
  const app = tokens.find((t) => t.kind === 'measure' && t.english === 'app');
  if (controls && !app) {
    // "cái gì điều khiển đèn cầu thang" asks what controls it; "ổ cắm bàn thờ điều khiển cái gì" what it controls.
    const at = tokens.indexOf(controls);
    const before = thing(tokens.slice(0, at).filter((t) => t.kind !== 'question'));
    const after = thing(tokens.slice(at + 1).filter((t) => t.kind !== 'question' && t.kind !== 'noun'));
    return before ? `what does ${before} control` : after ? `what controls ${after}` : undefined;
  }
  const measure = tokens.find((t) => t.kind === 'measure');
  const state = tokens.find((t) => t.kind === 'state' || t.kind === 'command');
  const body = tokens.filter((t) => !['measure', 'state', 'command', 'question', 'exists', 'followUp', 'owner'].includes(t.kind));
  const said = thing(body);
  const placeToken = body.find((t) => isPlace(t, snapshot));
  const noun = body.find((t) => t.kind === 'noun');
  const others = body.filter((t) => t !== placeToken && t.kind !== 'place');
  const inPlace = placeToken ? ` in ${placeToken.kind === 'home' ? 'the home' : placeToken.said}` : '';
  if (asked === 'where') return said ? `where is ${said}` : undefined;
  if (measure?.english === 'app') return `what app controls ${said || 'it'}`;
  if (measure?.english === 'schedule' || asked === 'when') return `when does ${said || 'it'} run`;
  if (measure?.english === 'color') return `what color is ${said || 'it'}`;
  const owned = tokens.some((t) => t.kind === 'owner' && t.english === 'my');
  if (owned && !placeToken) return undefined;
  const known = others.length > 0 && others.every((t) => t.kind === 'noun' || t.kind === 'name');
  const percent = tokens.some((t) => t.kind === 'unit' && /%|phan tram/.test(t.key));
  if (measure?.english === 'manual' || measure?.english === 'automation') return aboutIt(measure.english, said);
  if (state?.english === 'low battery') return `which ${others.length ? plural(others) : 'devices'} have low battery`;
  // "reset router ntn", "ve sinh loc dieu hoa lam ntn": a task and "how" ask how to do it.
  if (asked === 'how') return measure ? aboutIt(measure.english, said) : said && !state ? `how do i ${said}` : undefined;
  if (asked === 'how many') {
    if (measure) return measured(measure.english, said);
    if (percent) return measured(/^(den|led|dai led)\b/.test(foldVietnamese(said)) ? 'brightness' : 'level', said);
    if (state) return known ? `which ${thing(others)} are ${stateWord(state, thing(others), snapshot)}${inPlace}` : undefined;
    // The whole home is no place to count in: "how many floors are in the home" would count its devices.
    if (noun && others.length === 1 && ['rooms', 'floors', 'devices'].includes(noun.english)) return `how many ${noun.english} are ${placeToken && placeToken.kind !== 'home' ? inPlace.trim() : 'there'}`;
    if (others.length) return `how many ${plural(others)} are there${inPlace}`;
    return undefined;
  }
  if (asked === 'what') {
    if (state && known) return `which ${thing(others)} are ${stateWord(state, thing(others), snapshot)}${inPlace}`;
    if (measure) return said ? measured(measure.english, said) : undefined;
    if (placeToken && others.every((t) => t.kind === 'noun' && t.english === 'devices')) return `what devices are${inPlace}`;
    if (placeToken && others.length === 1 && noun?.english === 'rooms') return `what rooms are${inPlace}`;
    // "đồ Xiaomi nhà mình có những gì" = what Xiaomi devices do we have.
    if (placeToken?.kind === 'home' && others.length && others.every((t) => t.kind === 'word')) return `what ${thing(others)} devices do we have`;
    if (others.length && !placeToken) return `list the ${thing(others)}`;
    // "nhà mình có những camera nào" = which cameras does the home have.
    if (placeToken?.kind === 'home' && others.length && others.every((t) => t.kind === 'noun')) return `list the ${plural(others)}`;
  }
  return undefined;
}

/** "cam bien khoi" = smoke detectors, "khóa" = locks: a kind counted or listed is said in English when it is one. */
function plural(tokens: readonly Token[]): string {
  const said = thing(tokens);
  const run = tokens.filter((t) => t.kind !== 'place' && t.kind !== 'home');
  const english = kindInEnglish(run.map((t) => t.key).join(' '), run.map((t) => t.said).join(' '));
  return english ? `${english}s` : said;
}

/** "nhiệt độ phòng khách bao nhiêu" = what is the temperature in the living room; "pin bn" = what is its battery. */
function measured(measure: string, said: string): string | undefined {
  if (measure === 'password') return `what is the ${said ? `${said} ` : ''}password`;
  if (measure === 'code') return `what is the ${said ? `${said} ` : ''}code`;
  if (['app', 'schedule', 'manual', 'automation', 'controls', 'floor'].includes(measure)) return undefined;
  return said ? `what is the ${measure} of ${said}` : `what is its ${measure}`;
}
