// Bengali, in Bengali script or texted in Banglish, in the English the engine reads. Bengali says the thing first and
// the verb last ("bosar ghorer fan ta bondho kore dao" = turn off the fan in the living room, "পাম্পটা কোথায় থাকে" =
// where is the pump), glues its cases and "the" to the noun ("ঘরে" in the room, "ঘরের" of the room, "পাখাটি" the
// fan) and asks with a word near the end ("koto" how much, "kothay" where, "ki ki" what all, "koyta" how many,
// "cholche?" is it running). The words' jobs and the home's names come from bengaliWords.ts; names are said as the
// home writes them. A sentence with no Bengali letter and no word only Banglish writes returns at once (mayBeBengali).
import type { HomeSnapshot } from '../HomeIndex';
import { BENGALI } from './bengaliLetters';
import { bengaliTokens, LEXICON, mayBeBengali, type BengaliToken } from './bengaliWords';

const NOTE_WORDS = new Set(LEXICON.noteWords);

/** The sentence in English, or undefined when it has no Bengali or says nothing the engine reads. */
export function bengaliPhrasing(text: string, snapshot: HomeSnapshot): string | undefined {
  if (!mayBeBengali(text)) return undefined;
  // "পাম্প চালিয়ে দাও, জল তোলার পাম্পটা": of clauses, the one that asks or commands is read, and a clause of names
  // alone adds its names ("একজস্টটা চালিয়ে দাও, রান্নাঘরের"); a reason ("thanda lage jabe") is left out.
  const clauses = text.split(/[,;]\s+|\?\s+(?=\S)/).map((c) => bengaliTokens(c, snapshot));
  const main = clauses.find((c) => c.some((t) => t.role === 'command' || t.role === 'question' || t.role === 'measure' || t.role === 'state' || t.role === 'relation')) ?? clauses[0] ?? [];
  const added = clauses.filter((c) => c !== main && c.every((t) => t.role === 'name' || t.role === 'kind' || t.role === 'particle' || t.role === 'of' || t.role === 'and' || t.role === 'in'));
  const tokens = [...added.filter((c) => clauses.indexOf(c) < clauses.indexOf(main)).flat(), ...main, ...added.filter((c) => clauses.indexOf(c) > clauses.indexOf(main)).flat()];
  if (!tokens.some((t) => t.role && t.role !== 'particle')) return undefined;
  const english = compose(tokens, /\?\s*$/.test(text));
  return english?.replace(/\s+/g, ' ').trim();
}

const plural = (english: string): string => (/s$/.test(english) ? english : english.replace(/y$/, 'ie') + 's');

function compose(tokens: readonly BengaliToken[], marked: boolean): string | undefined {
  const find = (role: BengaliToken['role'], english?: string): BengaliToken | undefined => tokens.find((t) => t.role === role && (english === undefined || t.english === english));
  // "aquarium light ta on?": on or off alone, asked, is the state asked.
  const asked = tokens.find((t) => t.role === 'command' && /^(on|off|অন|অফ)$/.test(t.said) && marked);
  if (asked) return compose(tokens.map((t) => (t === asked ? { ...t, role: 'state', english: t.english.replace(/^turn /, '') } : t)), marked);
  const command = find('command');
  const question = find('question');
  const state = find('state');
  // "jol er temp koto": of two measures the last is asked ("the water's temperature").
  const measure = [...tokens].reverse().find((t) => t.role === 'measure');
  const number = find('number');
  const names = tokens.filter((t) => t.role === 'name');
  const kinds = tokens.filter((t) => t.role === 'kind' && t.english !== 'device' && t.english !== 'room');
  const devices = tokens.some((t) => t.role === 'kind' && t.english === 'device');
  const rooms = tokens.some((t) => t.role === 'kind' && t.english === 'room');
  const places = names.filter((t) => t.entity?.place);
  const from = places.find((t) => t.case === 'from');
  const to = places.find((t) => t !== from);
  const place = places.length && (places.length < names.length || kinds.length || question || find('exists')) ? places[places.length - 1] : undefined;
  const things = names.filter((t) => t !== place && !(from && t === from));
  const it = find('it');
  const all = tokens.some((t) => /^(sob|sab|সব)$/.test(t.said)) || tokens.some((t) => /(gulo|guli|গুলো|গুলি)$/.test(t.said));
  const unread = tokens.filter((t) => !t.role);
  const scriptUnread = unread.some((t) => BENGALI.test(t.said));
  const foreign = unread.filter((t) => !BENGALI.test(t.said)).map((t) => t.said).join(' ');
  const kindWords = kinds.map((k) => k.english).join(' ');
  const inPlace = place ? ` in ${place.english}` : '';
  const thing = things.length
    ? things.map((t) => t.english).join(' and ')
    : kinds.length
      ? `the ${foreign ? `${foreign} ` : ''}${all ? plural(kindWords) : kindWords}${inPlace}`
      : it
        ? 'it'
        : '';
  const subject = thing || (place ? place.english : '');
  const said = new Set(tokens.filter((t) => t.role === 'relation').map((t) => t.english));
  const relation = [...said].find((r) => r !== 'from');
  const q = question?.english;
  if (command && command.english !== 'lower' && !(command.english === 'set' && !number && (q || relation))) {
    // A command is over what it names and nothing more: a Bengali word left unread makes it decline, as in English.
    if (scriptUnread) return undefined;
    const target = thing || (things.length ? '' : foreign);
    if (number || find('command', 'lower')) return number ? `set ${target || 'it'} to ${number.english}` : undefined;
    if (command.english === 'set') return undefined;
    if (command.english === 'play') return target ? `play ${target}` : undefined;
    const allOf = all && kinds.length && !things.length ? `all the ${plural(kindWords)}${inPlace}` : '';
    return (allOf || target) && target !== 'it' ? `${command.english} ${allOf || target}` : `${command.english.replace(/^(turn) (on|off)$/, '$1 it $2')}${/^(open|close|lock|unlock)$/.test(command.english) ? ' it' : ''}`;
  }
  // "Rik er pakha, dadur pakha ar dining er pakha sob bondho": a state said of named things, with nothing asked, is a command.
  if (state && (state.english === 'off' || state.english === 'on') && !q && !find('exists') && !marked && !measure && things.length > 1 && tokens[tokens.length - 1] === state) {
    return `turn ${state.english} ${thing}`;
  }
  if (from && to && (relation === 'go' || q === 'how' || said.has('from'))) return `how do i get from ${from.english} to ${to.english}`;
  if (relation === 'connect' || (from && relation === 'go')) return (place ?? places[0]) ? `what rooms connect to ${(place ?? places[0])?.english ?? ''}` : undefined;
  if (relation === 'controls') return subject ? (tokens.some((t) => /^(ke|কে)$/.test(t.said)) ? `what controls ${subject}` : `what does ${subject} control`) : undefined;
  if (relation === 'depends') return subject ? `what does ${subject} depend on` : undefined;
  if (relation === 'does') return subject ? `what does ${subject} do` : undefined;
  if (relation === 'rang') return subject ? `when did ${subject} last ring` : undefined;
  // "generator er jonno diesel kobe kena hoyechilo": when, of the notes, with the words that are no verb.
  if (q === 'when date') {
    const words = tokens.filter((t) => !NOTE_WORDS.has(t.said) && t.role !== 'question' && t.role !== 'particle' && t.role !== 'of' && t.role !== 'in');
    return words.length ? `when was ${words.map((t) => t.english).join(' ')}` : undefined;
  }
  if (relation === 'playing') return subject ? `what is playing on ${subject}` : undefined;
  if (q === 'where') return all && kinds.length && !things.length ? `where are the ${plural(kindWords)}` : subject ? `where is ${subject}` : foreign && unread.length === 1 ? `where is the ${foreign}` : undefined;
  // "mosha machine er schedule ta ki", "current chole gele automatic ki ki bondho hoy": a schedule or automation named.
  const rule = things.length === 1 && (things[0]?.entity?.type === 'schedule' || things[0]?.entity?.type === 'automation') ? things[0] : undefined;
  if (rule && !unread.length && (q === 'what' || q === 'what all' || q === 'when' || !q)) return q === 'when' || rule.entity?.type === 'schedule' ? `when does ${rule.english} run` : `what does ${rule.english} do`;
  if (q === 'when' && unread.length >= 2) return undefined;
  if (q === 'when') return state && (state.english === 'on' || state.english === 'off') ? `when does ${subject || 'it'} turn ${state.english}` : subject ? `when does ${subject} run` : undefined;
  if (q === 'how many') {
    if ((devices || !kinds.length) && place) return `how many devices are in ${place.english}`;
    if (kinds.length) return `how many ${plural(kindWords)} are there${inPlace}`;
    return undefined;
  }
  // "koto din por por bodlate hoy": how often, asked of the notes, is not read here.
  if (relation === 'days') return undefined;
  // A question with three or more words it cannot read is not read ("koto temperature rakha uchit manual onujayi").
  if (unread.length >= 3) return undefined;
  if (measure) return measured(measure.english, tokens, thing, place?.english, subject);
  if (q === 'how much' && thing) return `what is ${thing}`;
  if (q === 'which' && kinds.length && state) return `which ${plural(kindWords)} are ${state.english}${inPlace}`;
  if (state && subject) {
    const opening = kinds.some((k) => k.english === 'window' || k.english === 'door') || things.some((t) => t.entity?.type === 'window' || t.entity?.type === 'door');
    const english = state.english === 'off' && opening ? 'closed' : state.english;
    if (english === 'ok') return `is ${subject} ok`;
    return `is ${subject} ${english}`;
  }
  if (q === 'what all' || (q === 'which' && devices)) {
    if (rooms && place) return `what rooms are in ${place.english}`;
    if (place && !things.length) return `what devices are in ${place.english}`;
    const app = things.length === 1 && things[0]?.entity?.type === 'app' ? things[0] : undefined;
    if (app && app.case === 'in') return `what does the ${app.english} app control`;
    if (app) return `what devices are from ${app.english}`;
    if (foreign && !things.length) return `what devices are from ${foreign}`;
  }
  if (find('exists') && kinds.length && !things.length) return `is there a ${foreign ? `${foreign} ` : ''}${kindWords}${inPlace}`;
  if (find('exists') && foreign && !things.length && !place && !question) return `is there a ${foreign}`;
  if (rooms && place && all) return `what rooms are in ${place.english}`;
  // "আর আর্দ্রতা", "chhoto bathroom er ta", "jio ta": a name or place said alone follows up the question before.
  if (!question && !unread.length && tokens.every((t) => t.role === 'name' || t.role === 'particle' || t.role === 'kind' || t.role === 'and' || t.role === 'of')) {
    if (!things.length && places.length === 1 && !kinds.length) return `the one in ${places[0]?.english ?? ''}`;
    if (subject) return find('and') ? `and ${subject}?` : subject;
  }
  return undefined;
}

function measured(measure: string, tokens: readonly BengaliToken[], named: string, place: string | undefined, subject: string): string | undefined {
  const and = tokens.some((t) => t.role === 'and');
  if (and && !subject) return `and the ${measure}?`;
  // "freezer koto degree": a word it cannot read is the thing measured.
  const foreign = tokens.filter((t) => !t.role && !BENGALI.test(t.said)).map((t) => t.said).join(' ');
  const thing = named || (foreign && !place ? `the ${foreign}` : '');
  const it = thing || place || 'it';
  if (measure === 'warmth' || measure === 'temperature') {
    if (tokens.some((t) => t.role === 'number' || /^(set|সেট)$/.test(t.said)) || (measure === 'temperature' && /degree|ডিগ্রি/.test(tokens.map((t) => t.said).join(' ')) && thing)) return `what is ${it} set to`;
    return thing ? `what is the temperature of ${thing}` : place ? `what is the temperature in ${place}` : 'what is the temperature';
  }
  if (measure === 'setting') return `what is ${it} set to`;
  if (measure === 'mode') return `what mode is ${it} in`;
  if (measure === 'app') return thing ? `what app controls ${it}` : undefined;
  if (measure === 'notes') return `what notes are there about ${it}`;
  if (measure === 'manual') return `is there a manual for ${it}`;
  if (measure === 'schedule') return `what schedule does ${it} have`;
  if (measure === 'water') return `what is the water level of ${it}`;
  if (!thing && place) return `what is the ${measure} in ${place}`;
  return `what is the ${measure} of ${it}`;
}
