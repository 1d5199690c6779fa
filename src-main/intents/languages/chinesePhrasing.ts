// Chinese in characters (simplified or traditional, as Malaysian and Singaporean families type it between English
// words) in the English the engine reads. Chinese puts the verb before the thing ("关掉 pump" = turn off the pump,
// "开 客厅灯"), asks with a tag after it ("pump 开着吗" = is the pump on, "神台灯 在哪里" = where is the altar lamp),
// and says a setting with 调到 ("客厅 aircond 调到 25 度" = set it to 25 degrees). Written without spaces, so the
// home's names are found first, longest first, and the words of the lexicon (lexicon/chinese.json) in what is left;
// a character neither explains leaves the clause unread. A reason in a clause of its own ("我要换水") is left out.
// Cheap gate: a sentence without a Han character returns at once; one whose Han characters are all the home's names
// ("神台灯 still on?") has no cue and is left as typed.
import type { HomeSnapshot } from '../HomeIndex';
import { perSnapshot } from '../perSnapshot';
import { chineseTokens, HAN, TONE, type Role, type Token } from './chineseTokens';
import { mandarinFrame } from './mandarinFrames';

/** The names of the home's doors and windows, lower-cased. */
const openingNames = perSnapshot((snapshot: HomeSnapshot): Set<string> => new Set([...snapshot.byId.values()].filter((e) => e.entity_type === 'door' || e.entity_type === 'window').map((e) => e.name.toLowerCase())));

const NUMBER_KINDS = new Set<Token['kind']>(['name', 'noun', 'latin', 'number', 'han', 'particle', 'unit']);

/** The sentence in English, or undefined when it has no Chinese outside the home's names or says what is not read. */
export function chinesePhrasing(text: string, snapshot: HomeSnapshot): string | undefined {
  if (!HAN.test(text) || /[\p{Script=Hiragana}\p{Script=Katakana}]/u.test(text)) return undefined;
  const clauses = text.split(/[,，;；?？!！。]+/).map((c) => chineseTokens(c, snapshot)).filter((c) => c.length > 0);
  const cued = (c: readonly Token[]): boolean => c.some((t) => !NUMBER_KINDS.has(t.kind));
  let mainAt = clauses.findIndex(cued);
  let main = clauses[mainAt];
  // "公媽燈咧", "電暖器呢？": a name alone with the particle of a follow-up asks the last question of it.
  const [only] = clauses;
  if (!main && clauses.length === 1 && only && /[咧呢]\s*$/u.test(text.replace(/[?？!！。]+\s*$/u, '')) && only.some((t) => t.kind === 'name') && only.every((t) => t.kind === 'name' || t.kind === 'particle')) {
    return `what about ${only.filter((t) => t.kind === 'name').map((t) => t.said).join(' ')}`;
  }
  // "燈也幫我關掉 要睡了 晚安": a clause with a word not read may be the request and its reason typed between spaces.
  if (main?.some((t) => t.kind === 'han')) {
    const parts = text.split(/[,，;；?？!！。\s]+/).map((c) => chineseTokens(c, snapshot)).filter((c) => c.length > 0);
    mainAt = parts.findIndex((c) => cued(c) && !c.some((t) => t.kind === 'han'));
    main = parts[mainAt];
    if (main && mainAt > 0 && parts[mainAt - 1]?.some((t) => t.kind === 'han')) return undefined;
    clauses.splice(0, clauses.length, ...parts);
  }
  if (!main || main.some((t) => t.kind === 'han')) return undefined;
  const framed = mandarinFrame(main);
  if (framed) return framed;
  // "master bath 的呢? 开着吗": the thing said in the clause before a bare tag is the one asked about.
  const before = mainAt > 0 ? (clauses[mainAt - 1] ?? []) : [];
  const thingOf = (c: readonly Token[]): string => c.filter((t) => t.kind === 'name' || t.kind === 'noun' || (t.kind === 'latin' && !TONE.has(t.said.toLowerCase()))).map((t) => (t.kind === 'noun' ? (t.english ?? t.said) : t.said)).join(' ');
  const own = thingOf(main);
  const earlier = before.some((t) => t.kind === 'han') ? '' : thingOf(before);
  const thing = own || (earlier ? (before.some((t) => t.said === '的') ? `the ${earlier} one` : earlier) : '');
  const it = thing || 'it';
  const has = (kind: Role): Token | undefined => main.find((t) => t.kind === kind);
  // A number said in a clause of its own belongs to the command ("开 lah, 24 度").
  const numberClause = clauses.find((c, i) => i !== mainAt && c.some((t) => t.kind === 'number') && !c.some((t) => t.kind === 'han' || t.kind === 'name'));
  const number = main.find((t) => t.kind === 'number') ?? numberClause?.find((t) => t.kind === 'number');
  const degrees = [...main, ...(numberClause ?? [])].some((t) => t.kind === 'unit') ? ' degrees' : '';
  if (has('isOn')) return `is ${it} on`;
  if (has('isOff')) return `is ${it} off`;
  if (has('where')) return thing ? `where is ${thing}` : undefined;
  if (has('setTo')) return number ? `set ${it} to ${number.said}${degrees}` : undefined;
  const measure = has('measure');
  if (measure) return thing ? `what is the ${measure.english} of ${thing}` : `what is its ${measure.english}`;
  const on = has('on');
  const off = has('off');
  if (on && off) return undefined;
  if (on && number) return `set ${it} to ${number.said}${degrees} and turn it on`;
  // "開大門" opens (unlocks) a door; "turn on" a door or window is no command the engine can keep.
  if ((on || off) && main.some((t) => t.kind === 'name' && openingNames(snapshot).has(t.said.toLowerCase()))) return undefined;
  if (on || off) return `turn ${on ? 'on' : 'off'} ${it}`;
  return undefined;
}

