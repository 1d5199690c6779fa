// Korean (Hangul, the jamo shortcuts, a few romanized commands) in the English the engine reads. Korean says the thing
// first and the verb last ("거실 불 켜줘" = turn on the living-room light, "현관 도어락 잠겼어?" = is the front door
// lock locked), glues its particles to the noun ("안방은?" = and the master bedroom?, "주방에 뭐 있어?" = what is in the
// kitchen) and its politeness to the verb ("켜 주세요", "꺼줘", "꺼"). The words' jobs come from koreanWords.ts; the
// home's names stay as typed. English is never rewritten: a sentence without Hangul is read only when it has a
// romanized Korean command ("geosil bul kkeojwo").
import type { HomeSnapshot } from '../HomeIndex';
import { phraseKey } from '../deviceKinds';
import { homeWordFor, isPlaceWord, koreanTokens, koreanWords, mayBeKorean, type KoreanToken } from './koreanWords';

type Token = KoreanToken;
const QUIET = new Set(['softener', 'helper']);
const THING = new Set(['name', 'noun', 'word', 'home']);
const HANGUL_WORD = /[\u3131-\u318e\uac00-\ud7a3]/u;

/** The sentence in English, or undefined when it is not Korean or says nothing the engine reads. */
export function koreanPhrasing(text: string, snapshot: HomeSnapshot): string | undefined {
  if (!mayBeKorean(text)) return undefined;
  // "고마워요. 사랑방 텔레비전도 꺼 주세요": the clause that asks or commands is read, a remark before it is not.
  const clauses = text.split(/(?<=[.!?])\s+/).map((c) => koreanTokens(koreanWords(c), snapshot).filter((t) => !QUIET.has(t.kind)));
  const main = [...clauses].reverse().find((c) => c.some((t) => t.kind !== 'word')) ?? [];
  // Korean outside the home's names: a Hangul word or a romanized command ("like our 세콤" is English).
  if (!main.some((t) => t.kind !== 'name' && t.kind !== 'word' && t.kind !== 'number')) return undefined;
  if (!main.some((t) => t.kind !== 'name' && (HANGUL_WORD.test(t.said) || t.kind === 'command'))) return undefined;
  // "서재 불 켜줘" in a home whose names say "조명": the kind in the home's own word.
  const homeWords = main.map((t) => (t.kind === 'noun' && homeWordFor(t.said, snapshot) ? { ...t, kind: 'name' as const, said: homeWordFor(t.said, snapshot) ?? t.said } : t));
  const english = compose(homeWords, /\?\s*$/.test(text), snapshot);
  return english ? english.replace(/\s+/g, ' ').trim() : undefined;
}

function compose(tokens: Token[], marked: boolean, snapshot: HomeSnapshot): string | undefined {
  const find = (kind: Token['kind']): Token | undefined => tokens.find((t) => t.kind === kind);
  const question = find('question');
  const command = find('command');
  // "끝나면 건조기 돌려줘": a state said as the condition of a request is not what is asked.
  const state = tokens.find((t) => t.kind === 'state' && !t.ends);
  const condition = tokens.findIndex((t) => t.kind === 'state' && t.ends);
  const measure = find('measure');
  const unit = find('unit');
  const number = find('number');
  const exists = find('exists');
  const relation = find('relation');
  const said = thing(tokens);
  const asking = marked || !!question || !!state || !!exists || !!find('tell');
  const related = relation ? relatedBy(relation.english, tokens, snapshot) : undefined;
  if (related !== undefined) return related || undefined;
  if (command && !(question && question.english === 'when') && !state) return commanded(command.english, said, number, measure, snapshot);
  const when = question?.english === 'when' || (question?.english === 'how many' && unit?.english === 'time');
  if (when && state?.english === 'finished') return `when will ${said || 'it'} finish`;
  if (when) return state || !tokens.some((t) => t.kind === 'word') ? `when does ${said || 'it'} run` : undefined;
  // "에어컨 필터 청소 어떻게 해" = how do I clean the AC filter; "보일러 에러 뜨면 어떻게 해?" = what to do about it.
  if (question?.english === 'how') {
    const condition = tokens.findIndex((t) => t.kind === 'word' && t.said.endsWith('면'));
    if (condition >= 0) return condition > 0 ? `what to do about ${thing(tokens.slice(0, condition))}` : undefined;
    return said ? `how do i ${said}` : undefined;
  }
  // "외출 모드 켜지면 뭐 뭐 꺼져?": what happens when it switches on is what it does.
  const before = condition > 0 ? thing(tokens.slice(0, condition)) : '';
  if (before && !command) return `what does ${before} do`;
  if (question?.english === 'where') return said ? `where is ${said}` : undefined;
  if (measure?.english === 'setpoint' || (measure && unit?.english !== 'temperature')) return measured(measure.english, said, snapshot);
  if (state) {
    // "켜져 있는 TV 있어?", "지금 켜져 있는 불 뭐야?": the state said before the kind asks which of the kind are so.
    const after = tokens.slice(tokens.indexOf(state) + 1).filter((t) => THING.has(t.kind));
    const kind = after.find((t) => t.english && t.kind !== 'home');
    if (kind && after.length === 1) return `which ${plural(kind.english)} are ${state.english}`;
    return `is ${said || 'it'} ${state.english}`;
  }
  if (question?.english === 'how many' && unit?.english === 'count') return counted(tokens);
  if (question?.english === 'how many' && unit?.english === 'temperature') return measured('temperature', said, snapshot);
  if (measure) return measured(measure.english, said, snapshot);
  if (question?.english === 'how many' && unit?.english === 'level') return measured('level', said, snapshot);
  if ((question?.english === 'what' || exists || find('tell')) && asking) return listed(tokens, snapshot);
  const named = tokens.filter((t) => THING.has(t.kind));
  // "베란다 기기" (balcony devices), said as a heading: what is there.
  const [where, what] = named;
  if (named.length === 2 && tokens.length === 2 && where?.kind === 'name' && isPlace(where.said, snapshot) && what?.english === 'devices') return `what devices are in ${where.said}`;
  // "거실꺼" (the living-room one): the answer to "which one do you mean".
  if (named.length === 1 && tokens.length === 1 && /^(꺼|거|껀|건)$/.test(named[0]?.particle ?? '')) return said;
  // "안방은?", "삼성은?": a name said alone as the topic asks the question before about it.
  if (named.length && named.length === tokens.length && (marked || /^(은|는|꺼는|거는)$/.test(named[named.length - 1]?.particle ?? ''))) return `what about ${said}`;
  return undefined;
}

/**
 * "베란다랑 연결된 방은?" = what rooms connect to the balcony; "현관에서 작은방까지 어떻게 가?" = the way between two
 * rooms; "제습기 자동으로 켜지는 조건 있어?" = what automations use it; "월패드로 뭐 제어할 수 있어?" = what it controls,
 * "가스밸브 차단기 뭐로 제어돼?" = what controls it. An empty string: the relation is said but not read.
 */
function relatedBy(relation: string, tokens: readonly Token[], snapshot: HomeSnapshot): string | undefined {
  const said = thing(tokens);
  const places = tokens.filter((t) => t.kind === 'name' && isPlace(t.said, snapshot));
  if (relation === 'automatically') return said ? `what automations use ${said}` : '';
  if (relation === 'controls') {
    const asksWhat = tokens.some((t) => t.kind === 'question' && t.particle === '로');
    if (asksWhat) return said ? `what controls ${said}` : '';
    return said ? `what does ${said} control` : '';
  }
  const [from, to] = places;
  if (from && to) return `how do i get from ${from.said} to ${to.said}`;
  if (relation === 'connect' && from) return `what rooms connect to ${from.said}`;
  if (relation === 'way' && from && from.particle.startsWith('에서')) return `what rooms connect to ${from.said}`;
  return relation === 'way' && !from ? undefined : '';
}

/** "거실 불 꺼줘" = turn off 거실 light; "24도로 올려줘" = set it to 24; "꺼줘" alone is about the thing in focus. */
function commanded(verb: string, said: string, number: Token | undefined, measure: Token | undefined, snapshot: HomeSnapshot): string | undefined {
  const it = said || 'it';
  // "잠가" locks a door and shuts a valve ("가스 밸브 잠가"): said alone, the thing it is about is not known here.
  if (verb === 'lock' && !said) return undefined;
  if (verb === 'lock' && (snapshot.phrases.get(phraseKey(said)) ?? []).some((e) => isValve(e.content))) return `close ${said}`;
  if (number) return measure ? `set the ${measure.english} of ${it} to ${number.said}` : `set ${it} to ${number.said}`;
  // "건조대 내려줘", "블라인드 올려": a rack or blind moved, not read yet; "소리 줄여" turns the volume down.
  if (verb === 'raise') return measure?.english === 'volume' ? `turn up ${it}` : undefined;
  if (verb === 'lower') return measure?.english === 'volume' ? `turn down ${it}` : undefined;
  if (verb === 'set') return undefined;
  return said ? `${verb} ${said}` : verb.replace(/^(turn) (on|off)$/, '$1 it $2').replace(/^(open|close|lock|unlock|disarm|arm)$/, '$1 it');
}

function measured(measure: string, said: string, snapshot: HomeSnapshot): string | undefined {
  if (measure === 'manual') return `is there a manual for ${said || 'it'}`;
  if (measure === 'app') return `what app controls ${said || 'it'}`;
  if (measure === 'password' || measure === 'code') return `what is the ${said ? `${said} ` : ''}${measure}`;
  if (said && isPlace(said, snapshot) && measure === 'temperature') return `what is the temperature in ${said}`;
  return said ? `what is the ${measure} of ${said}` : `what is its ${measure}`;
}

/** "에어컨은 전부 몇 대?" = how many air conditioners are there; "할머니댁 조명 몇 개야?" counts those in a place. */
function counted(tokens: readonly Token[]): string | undefined {
  const kind = tokens.find((t) => (t.kind === 'noun' || t.kind === 'name') && t.english);
  // "할머니댁 조명 몇 개야?": a name said before the kind is where they are counted.
  const place = tokens.find((t) => t.kind === 'name' && t !== kind && tokens.indexOf(t) < tokens.indexOf(kind as Token));
  if (!kind) return undefined;
  return `how many ${plural(kind.english)} are there${place ? ` in ${place.said}` : ''}`;
}

/** "주방에 뭐뭐 있어?" = what devices are in the kitchen; "스피커 뭐뭐 있어" = list the speakers. */
function listed(tokens: readonly Token[], snapshot: HomeSnapshot): string | undefined {
  // "센서 종류 다 보여줘" (show all kinds of sensors), "어떤 거 있어" (which ones are there), "거실 관련 자동화" (the
  // automations about the living room): "종류", "거", "관련" say nothing of what is listed.
  const things = tokens.filter((t) => THING.has(t.kind) && !(t.kind === 'word' && LIST_FILLERS.has(t.said)));
  const place = things.find((t) => t.kind === 'home' || (t.kind === 'name' && isPlace(t.said, snapshot)));
  const others = things.filter((t) => t !== place);
  const inPlace = place ? ` in ${place.kind === 'home' ? 'the home' : place.said}` : '';
  if (place && others.length === 0) return place.kind === 'home' ? undefined : `what devices are in ${place.said}`;
  if (place && others.length === 1 && others[0]?.english === 'rooms') return `what rooms are${inPlace}`;
  if (place && others.length === 1 && others[0]?.english === 'devices') return `what devices are${inPlace}`;
  if (place && place.kind !== 'home' && others.length === 1 && others[0]?.english === 'automations') return `what automations are in ${place.said}`;
  if (others.length === 1 && others[0]?.english) return `list the ${plural(others[0].english)}${inPlace}`;
  // "스마트 플러그 목록", "온습도 센서 어떤 거 있어": words of the home's names before the kind narrow it.
  const last = others[others.length - 1];
  if (others.length > 1 && last?.english && last.english !== 'devices' && others.slice(0, -1).every((t) => t.kind === 'name' && !t.english)) return `list the ${others.slice(0, -1).map((t) => t.said).join(' ')} ${plural(last.english)}${inPlace}`;
  // "창고에 CCTV 있어?" = is there a CCTV in the storeroom: a thing not listed by its kind is asked for by its words.
  if (tokens.some((t) => t.kind === 'exists') && !tokens.some((t) => t.kind === 'question' || t.kind === 'tell') && place && place.kind !== 'home' && others.length) return `is there a ${others.map((t) => t.said).join(' ')}${inPlace}`;
  return undefined;
}
const LIST_FILLERS: ReadonlySet<string> = new Set(['종류', '거', '것', '관련', '관련된']);

function plural(english: string): string {
  return /s$/.test(english) ? english : `${english}s`;
}

/** The thing said: the home's names and words as typed, a Korean kind not in any name in English, the home. */
function thing(tokens: readonly Token[]): string {
  let out: string[] = [];
  for (const t of tokens) {
    if (t.ends) out = [];
    else if (t.kind === 'name' || t.kind === 'word') out.push(t.said);
    else if (t.kind === 'noun') out.push(t.english);
    else if (t.kind === 'home') out.push('the home');
    else if (t.kind !== 'number' && t.kind !== 'unit') break;
  }
  return out.join(' ');
}

function isValve(content: Record<string, unknown>): boolean {
  const state = content['state'];
  return typeof state === 'object' && state !== null && 'valve' in state;
}

const PLACE_TYPES = new Set(['room', 'zone', 'home']);
function isPlace(said: string, snapshot: HomeSnapshot): boolean {
  return isPlaceWord(said, snapshot) || (snapshot.phrases.get(phraseKey(said)) ?? []).some((e) => PLACE_TYPES.has(e.entity_type));
}
