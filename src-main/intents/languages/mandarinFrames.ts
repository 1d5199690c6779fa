// The question frames of Taiwanese Mandarin (and the Hokkien said with it) read into the English the engine answers,
// on the words chineseTokens.ts found: "從宇翔房間到廚房怎麼走" (how do I get from A to B), "書房連到哪" (what connects
// to it), "曬衣架用哪個app" (which app controls it), "熱水器的說明書在哪裡" (its manual), "電子鎖有什麼自動化",
// "公媽燈有哪些排程", "萬用遙控器控制什麼", "大門有鎖嗎" / "後壁門有鎖無" (locked?), "窗戶是不是沒關" (open?),
// "後陽台有幾樣東西" (how many devices in it), "神明廳有什麼設備", "台南透天厝有哪些房間", "主臥冷氣設定幾度"
// (what is it set to), "把客廳窗簾關起來" (close it), "主臥那台" (the one in it, answering a question back).
// A frame needs the home's names it speaks of; without them it leaves the clause to chinesePhrasing.ts.
import type { Role, Token } from './chineseTokens';
import { TONE } from './chineseTokens';

const namesIn = (clause: readonly Token[]): string[] => clause.filter((t) => t.kind === 'name').map((t) => t.said);

/** What the clause's thing is said as in English: its names, its nouns in English, its Latin words. */
function thingOf(clause: readonly Token[]): string {
  return clause
    .filter((t) => t.kind === 'name' || t.kind === 'noun' || (t.kind === 'latin' && !TONE.has(t.said.toLowerCase())))
    .map((t) => (t.kind === 'noun' ? (t.english ?? t.said) : t.said))
    .join(' ');
}

/** The English of a clause said in one of the frames, or undefined when it says none of them. */
export function mandarinFrame(main: readonly Token[]): string | undefined {
  const has = (kind: Role): boolean => main.some((t) => t.kind === kind);
  const names = namesIn(main);
  const thing = thingOf(main);
  const it = thing || 'it';
  if (has('from') && has('to')) {
    const from = main.findIndex((t) => t.kind === 'from');
    const to = main.findIndex((t) => t.kind === 'to');
    const a = namesIn(main.slice(from + 1, to));
    const b = namesIn(main.slice(to + 1));
    return from < to && a.length === 1 && b.length === 1 ? `how do I get from ${a[0]} to ${b[0]}` : undefined;
  }
  if (has('connects')) return names.length === 1 ? `what rooms connect to ${names[0]}` : undefined;
  // "這台用哪個app控制", "鐵捲門的app是哪個": the app is said in Latin letters.
  if (has('appAsk') && main.some((t) => t.kind === 'latin' && t.said.toLowerCase() === 'app')) return `which app controls ${names.length <= 1 ? (names[0] ?? 'it') : names.join(' ')}`;
  if (has('manual')) return `where is the manual for ${it}`;
  if (has('automations')) return names.length === 1 ? `what automations does ${names[0]} have` : undefined;
  if (has('schedules')) return names.length === 1 ? `what schedules does ${names[0]} have` : undefined;
  if (has('controlledBy')) return names.length === 1 ? `what controls ${names[0]}` : undefined;
  if (has('controls')) return names.length === 1 ? `what does ${names[0]} control` : undefined;
  if (has('locked')) return `is ${it} locked`;
  if (has('isOpen')) return `is ${it} open`;
  if (has('isClosed')) return `is ${it} closed`;
  // A setting asked of a kind alone ("冷氣開幾度") lists the kind, and a bare "調27" after it would take one of them.
  if (has('setpoint')) return names.length > 0 || !thing ? `what is ${it} set to` : undefined;
  const place = names.length === 1 ? ` in ${names[0]}` : '';
  const noun = main.find((t) => t.kind === 'noun');
  if (has('count')) {
    if (names.length > 1) return undefined;
    if (noun?.english) return `how many ${noun.english}s are there${place}`;
    return place ? `how many devices are${place}` : undefined;
  }
  if (has('which')) {
    if (names.length > 1) return undefined;
    if (noun?.english && has('isOn')) return `which ${noun.english}s are on${place}`;
    if (has('rooms')) return place ? `what rooms are${place}` : undefined;
    if (noun?.english) return `what ${noun.english}s are there${place}`;
    return place ? `what devices are${place}` : undefined;
  }
  if (has('close') && !has('on') && !has('off')) return `close ${it}`;
  // "主臥那台" answers a question back: the one in that place.
  if (has('thatOne') && names.length === 1 && main.every((t) => t.kind === 'name' || t.kind === 'thatOne' || t.kind === 'particle')) return `the one in ${names[0]}`;
  return undefined;
}
