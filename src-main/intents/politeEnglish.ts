// Very polite English wraps a short question in courtesy: "Good evening, I hope I'm not bothering anyone, but could you
// possibly tell me which devices are made by Mitsubishi, if there are any at all?", "Would you happen to know whether
// the basement door is open?", "Might I ask what time the Goodnight routine runs? I don't want to be locked out".
// Read whole, the courtesy made every word a name nobody has and the engine declined. This keeps the request: a
// self-correction's second thought ("turn the floor heating... no, sorry, I meant please unlock the front door"), the
// question among several sentences (greetings, thanks and the asker's own reasons go), then without greetings,
// apologies ("I'm sorry to ask, but"), asking leads ("could you tell me", "I was wondering") and softeners
// ("actually", "exactly"); a reported question is asked directly ("whether the door is open" → "is the door open").
// The phrases are data (lexicon/politeEnglish.json); a word the home names something with stays.
import { z } from 'zod';
import lexicon from './lexicon/politeEnglish.json';
import type { HomeSnapshot } from './HomeIndex';
import { namesSomething } from './kindClaims';
import { REQUEST_VERBS } from './commandReasons';
import { isRemark } from './remarkSentences';
import { escapeRegExp } from './regexText';

const schema = z.object({
  courtesySentences: z.array(z.string().min(1)),
  greetings: z.array(z.string().min(1)),
  apologyOpeners: z.array(z.string().min(1)),
  asks: z.array(z.string().min(1)),
  requests: z.array(z.string().min(1)),
  // "would you mind switching off the lamp": a request whose verb follows as a gerund ("switching" → "switch").
  gerundRequests: z.array(z.string().min(1)),
  softeners: z.array(z.string().min(1)),
  trailing: z.array(z.string().min(1)),
  corrections: z.array(z.string().min(1)),
  // "is anything monitoring it, some sort of sensor or alarm?": what the asker guesses the answer is, after a comma.
  afterthoughts: z.array(z.string().min(1)),
  // "any sort of manual" is any manual.
  vague: z.record(z.string().min(1), z.string().min(1)),
}).strict();
const LEXICON = schema.parse(lexicon);

/** A phrase of the lexicon as a pattern: any apostrophe, commas or spaces between its words. */
const phrase = (p: string): string => p.split(' ').map((w) => escapeRegExp(w).replace(/'/g, "['’]?")).join('[\\s,]+');
const anyOf = (list: readonly string[]): string => [...list].sort((a, b) => b.length - a.length).map(phrase).join('|');

/** The cheap check: a sentence with none of these words, and one sentence only, is left as typed. */
const CHEAP = /\b(?:could|would|might|may|hope|sorry|apolog\w*|excuse|pardon|wonder\w*|curiosity|trouble|kindly|thank\w*|hello|hi|good|mind|happen|mean|meant|intrude|wait|actually|exactly|possibly|know|alright|okay|ok|if|forgive|understand|tell|sort|kind|maybe|something|needful)\b|[?!;…]\s+\S|\.\s+\p{Lu}|\.\.\./iu;
const COURTESY = new Set(LEXICON.courtesySentences.map((s) => s.replace(/['’]/g, '')));
const GREETING = new RegExp(`^(?:${anyOf(LEXICON.greetings)})\\s*[,:;]\\s*`, 'i');
const ASIDE = new RegExp(`,\\s*(?:${anyOf(LEXICON.greetings)})\\s*,`, 'i');
const APOLOGY = new RegExp(`^(?:${anyOf(LEXICON.apologyOpeners)})\\b[^,?]{0,70},?\\s+but\\s+`, 'i');
const ASK = new RegExp(`^(?:${anyOf(LEXICON.asks)})\\b[\\s,]*`, 'i');
const REQUEST = new RegExp(`^(?:${anyOf(LEXICON.requests)})\\b[\\s,]*`, 'i');
const GERUND_REQUEST = new RegExp(`^(?:${anyOf(LEXICON.gerundRequests)})[\\s,]+(\\p{L}+ing)\\b`, 'iu');
const SOFTENER = new RegExp(`\\s+(?:${anyOf(LEXICON.softeners)})(?=[\\s,?.!]|$)`, 'gi');
const TRAILING = new RegExp(`[\\s,]+(?:${anyOf(LEXICON.trailing)})\\s*([?.!]*)\\s*$`, 'i');
const AFTERTHOUGHT = new RegExp(`,\\s*(?:${anyOf(LEXICON.afterthoughts)})\\s[^,]*?([?.!]*)$`, 'i');
const VAGUE = new RegExp(`\\b(?:${anyOf(Object.keys(LEXICON.vague))})\\b`, 'gi');
const VAGUE_WORD = new Map(Object.entries(LEXICON.vague));
const CORRECTION = new RegExp(`(?:^|[\\s,.…]+)(?:${anyOf(LEXICON.corrections)})[\\s,]+(?=\\S)`, 'gi');
/** A sentence break: ?, !, ; or an ellipsis, or a full stop after a word of three letters or more ("St. John's" is none). */
const SENTENCE_BREAK = /(?<=[?!;])\s+|(?<=\p{L}{3}\.)\s+(?=\p{L})|\.{3,}\s*|…\s*/u;
/** A sentence about the asker ("I'd like to help next time", "It's rather warm on the feet"): no request. */
const ABOUT_ASKER = /^(?:it['’]?s|just)\b|\b(?:i['’]d|i['’]m|i['’]ve|i['’]ll|we['’]re|my)\b|\b(?:i|we)\s+(?:am|are|was|were|have|had|do|did|don['’]?t|can|can['’]?t|could|would|will|want|need|keep|thought|think|believe|hope|like|just|really|noticed|closed|left|forget|forgot|mean|meant|guess|know|saw|heard)\b/i;
const QUESTION_OPENING = /^(?:how|what|whats|what['’]s|where|when|which|who|why|is|are|can|could|would|will|do|does|did|should|shall|may|might|any|has|have)\b/i;
/** "is there a garage door opener I should know about": a relative clause about the asker names nothing. */
const ASKER_RELATIVE = /\s+(?:that\s+|which\s+)?(?:i|we|you)\s+(?:should|might|could|can|would|need to|may)\b[^?]*/i;

/** The request of a polite sentence; the text unchanged when it has no courtesy. */
export function politeEnglish(text: string, snapshot: HomeSnapshot): string {
  if (!CHEAP.test(text)) return text;
  const corrected = afterCorrection(text);
  const request = requestSentence(corrected, snapshot);
  let out = request.replace(ASIDE, ',');
  let embedded = false;
  for (let step = 0; step < 4; step++) {
    const before = out;
    out = out.replace(GREETING, '').replace(APOLOGY, '');
    const asked = ASK.exec(out);
    if (asked) {
      out = out.slice(asked[0].length);
      embedded = true;
    } else out = withVerbOfGerund(out).replace(REQUEST, '');
    if (out === before) break;
  }
  out = withoutWords(out, snapshot).replace(AFTERTHOUGHT, '$1').replace(VAGUE, (m) => VAGUE_WORD.get(m.toLowerCase().replace(/\s+/g, ' ')) ?? m);
  if (embedded) out = askedDirectly(out);
  if (/^(?:is|are)\s+there\b/i.test(out)) out = out.replace(ASKER_RELATIVE, '');
  out = out.replace(TRAILING, '$1').trim();
  if (!out || out.split(/\s+/).length < 2) return text;
  return out === text.trim() ? text : out;
}

/** "turn the floor heating... no, sorry, I meant please unlock the front door": the last thought is the request. */
function afterCorrection(text: string): string {
  let last: RegExpExecArray | undefined;
  for (const m of text.matchAll(CORRECTION)) last = m as RegExpExecArray;
  if (!last) return text;
  const rest = text.slice((last.index ?? 0) + last[0].length);
  return rest.split(/\s+/).length >= 2 ? rest : text;
}

/**
 * Of several sentences, the question (the first with "?"), else the first that is not about the asker. The others go
 * only when each is a greeting, thanks or the asker's own reason ("I'd like to help next time", "It's rather warm"):
 * "How do I turn on the heater? the chambre de bonne" and "Es ist kalt. Wie warm ist es dort?" keep every sentence.
 */
function requestSentence(text: string, snapshot: HomeSnapshot): string {
  const sentences = text.split(SENTENCE_BREAK).map((s) => s.trim()).filter(Boolean);
  if (sentences.length < 2) return text;
  const said = sentences.filter((s) => !COURTESY.has(s.toLowerCase().replace(/['’]/g, '').replace(/[^\p{L}\s]/gu, '').replace(/\s+/g, ' ').trim()));
  if (said.length === 0) return text;
  const kept = said.find((s) => s.endsWith('?')) ?? said.find((s) => !aboutAsker(s));
  // "Would you mind switching off the lounge lamp, please? Nobody is in there.": a request asked as a question keeps
  // its own words; a short remark after it (remarkSentences.ts) is the asker's reason, not part of what is asked.
  const request = kept !== undefined && ASKS_ACTION.test(kept);
  if (!kept || said.some((s) => s !== kept && !aboutAsker(s) && !(request && isRemark(s, snapshot)))) return said.length === sentences.length || said.length > 1 ? text : (said[0] ?? text);
  return kept;
}

/** A question that asks someone to do something ("would you mind …", "could you please …"). */
const ASKS_ACTION = /^(?:would|could|can|will)\s+you\b|^(?:please|pls|kindly)\b/i;

/** "would you mind switching off the lamp" → "switch off the lamp": the gerund's verb, when it is a request verb. */
function withVerbOfGerund(text: string): string {
  const m = GERUND_REQUEST.exec(text);
  const gerund = m?.[1]?.toLowerCase();
  if (!m || !gerund) return text;
  const stem = gerund.slice(0, -3);
  const verb = [stem, `${stem}e`, stem.slice(0, -1)].find((v) => REQUEST_VERBS.has(v));
  return verb ? `${verb}${text.slice(m[0].length)}` : text;
}

/** A statement about the asker; a sentence that opens with a question word asks ("how do i top it up"). */
function aboutAsker(sentence: string): boolean {
  return ABOUT_ASKER.test(sentence) && !QUESTION_OPENING.test(sentence);
}

/** "what exactly is the HRV", "which of the lights can actually be dimmed": softeners go unless a name has them. */
function withoutWords(text: string, snapshot: HomeSnapshot): string {
  return text.replace(SOFTENER, (m) => (namesSomething(snapshot, m.trim()) ? m : ''));
}

/** A reported question asked directly: "whether there's a manual" → "is there a manual", "what the X does" → "what does the X do". */
function askedDirectly(text: string): string {
  const reported = /^(?:whether|if)\s+(.*)$/i.exec(text);
  if (reported) {
    const rest = reported[1] ?? '';
    const there = /^there(?:['’]s|\s+is)\s+(.*)$/i.exec(rest) ?? /^there\s+are\s+(.*)$/i.exec(rest);
    if (there) return `${/^there\s+are/i.test(rest) ? 'are' : 'is'} there ${there[1] ?? ''}`;
    const words = rest.split(/\s+/);
    const at = words.findIndex((w, i) => i >= 1 && /^(?:is|are)$/i.test(w));
    if (at < 0) return rest;
    return [words[at] ?? '', ...words.slice(0, at), ...words.slice(at + 1)].join(' ');
  }
  const does = /^(what|which\s+\S+)\s+(.+?)\s+does\s*([?.!]*)$/i.exec(text);
  return does ? `${does[1] ?? ''} does ${does[2] ?? ''} do${does[3] ?? ''}` : text;
}
