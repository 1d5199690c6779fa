// A sentence of a language read word by word into its jobs (taggedWords.ts) said in the English the engine reads: the
// question word, command, state or measure it has, the home's names it says (a place by its case: "in", "from"), a kind,
// a number. One composer for the languages that read so (Georgian: georgianPhrasing.ts; Armenian: armenianPhrasing.ts);
// each gives the few cues only it says (`TaggedCues`).
import type { TaggedToken } from './taggedWords';

/** What only one language says: its script, its words of feeling cold, its "to" on a number, its door and lock words. */
export interface TaggedCues {
  /** A letter of the language's script: a word of no job in it is unread, a word of no job outside it is said as typed. */
  script: RegExp;
  /** Words saying it is cold or hot: a temperature is asked. */
  cold: RegExp;
  /** A number said with the case of "to" ("50ze"): a setting. */
  setTo: (said: string) => boolean;
  /** A name's last word that is a door or lock ("კარი"): "locked" stays locked, else it is closed. */
  lockName: RegExp;
}

export function composeTagged(tokens: readonly TaggedToken[], marked: boolean, cues: TaggedCues): string | undefined {
  const find = (role: TaggedToken['role'], english?: string): TaggedToken | undefined => tokens.find((t) => t.role === role && (english === undefined || t.english === english));
  const question = find('question');
  const command = find('command');
  const state = find('state');
  const measure = find('measure');
  const number = find('number');
  const names = tokens.filter((t) => t.role === 'name');
  const kinds = tokens.filter((t) => t.role === 'kind');
  const place = names.find((t) => t.entity?.place && t.case === 'in') ?? names.find((t) => t.entity?.place && names.length > 1);
  const things = names.filter((t) => t !== place);
  const kindWords = kinds.filter((k) => k.english !== 'device' && k.english !== 'room');
  // Words of no job outside the language's script ("PS5", "Vaillant-ის" = of Vaillant) are said as typed, without their case.
  const foreign = tokens.filter((t) => !t.role && !cues.script.test(t.said.replace(/-.*$/, ''))).map((t) => t.said.replace(/-.*$/, '')).join(' ');
  const unread = tokens.some((t) => !t.role && cues.script.test(t.said.replace(/-.*$/, '')));
  const thing = things.length ? things.map((t) => t.english).join(' and ') : kindWords.length ? `the ${kindWords.map((k) => k.english).join(' ')}` : foreign;
  // A place said with a named thing adds nothing ("ბაბუასთან ღუმელი" is the stove at grandpa's): only a kind is asked in it.
  const inPlace = place && !things.length ? ` in ${place.english}` : '';
  const subject = thing ? `${thing}${inPlace}` : place ? place.english : '';
  const relation = find('relation')?.english;
  if (command) {
    // A command is over what it names and nothing more: a word left unread makes it decline, as in English.
    if (unread) return undefined;
    // "ჩართე ტელევიზორი": a kind word that is one device's whole name is still the kind when commanding.
    const kindNamed = things.length === 1 && things[0]?.kind && !number ? `the ${things[0].kind}${inPlace}` : undefined;
    const target = kindNamed ?? (things.length ? [subject, foreign].filter(Boolean).join(' ') : subject);
    if (command.english === 'run') return target ? `run ${target}` : undefined;
    if (number) return `set ${target || 'it'} to ${number.english}`;
    if (command.english === 'set') return undefined;
    return target ? `${command.english} ${target}` : `${command.english.replace(/^(turn) (on|off)$/, '$1 it $2')}${/^(open|close|lock)$/.test(command.english) ? ' it' : ''}`;
  }
  // "samzareuloshi natura 50ze": a thing and a number "to" it is a setting.
  if (number && thing && cues.setTo(number.said) && !question && !measure) return `set ${subject} to ${number.english}`;
  const q = question?.english;
  const places = names.filter((t) => t.entity?.place);
  const from = places.find((t) => t.case === 'from');
  const to = places.find((t) => t !== from);
  if ((relation === 'way' || q === 'how') && from && to) return `how do i get from ${from.english} to ${to.english}`;
  if (relation === 'connect') return place || places[0] ? `what rooms connect to ${(place ?? places[0])?.english ?? ''}` : undefined;
  if (relation === 'controls') return subject ? `what does ${subject} control` : undefined;
  const app = things.length === 1 && things[0]?.entity?.type === 'app' ? things[0].english : !things.length ? foreign : '';
  if (relation === 'controlled' && app) return `what does the ${app} app control`;
  if (relation === 'controlled') return `what app controls ${subject || 'it'}`;
  if (relation === 'left' && !measure) return subject ? `when will ${subject} finish` : undefined;
  if (relation === 'depends') return subject ? `what depends on ${subject}` : undefined;
  if (relation === 'days') return subject ? `when does ${subject} run` : undefined;
  if (q === 'where') return subject ? `where is ${subject}` : undefined;
  if (q === 'when' && state) return `when does ${subject || 'it'} turn ${state.english === 'off' ? 'off' : 'on'}`;
  // "ciraneri jrum@ erb a linum": when a named schedule runs.
  if (q === 'when') return things.length === 1 && things[0]?.entity?.type === 'schedule' ? `when does ${subject} run` : undefined;
  if (q === 'why' || (relation === 'time' && !find('command'))) return things.length ? `what schedule does ${subject} have` : undefined;
  if (q === 'how') return undefined;
  const there = relation === 'there' ? ' there' : '';
  const temperature = measure?.english === 'temperature' || tokens.some((t) => cues.cold.test(t.said));
  if (temperature) return thing ? `what is the temperature of ${thing}${inPlace}` : place ? `what is the temperature in ${place.english}` : 'what is the temperature';
  if (measure || q === 'what on') return measured(measure?.english ?? 'setting', thing, inPlace, place?.english, there);
  const devices = kinds.some((k) => k.english === 'device');
  const rooms = kinds.some((k) => k.english === 'room');
  if (q === 'how many') {
    if (devices && place) return `how many devices are in ${place.english}`;
    const kind = kindWords[0];
    if (kind && foreign) return `how many ${foreign} ${plural(kind.english)} are there${inPlace}`;
    if (kind) return `how many ${plural(kind.english)} are there${inPlace}`;
    return thing ? `what is the state of ${thing}${inPlace}` : undefined;
  }
  if (state) {
    if ((q === 'what' || find('exists')) && foreign && !things.length && !place) return `what do we have from ${foreign}`;
  if ((q === 'which' || q === 'what') && kindWords.length && !things.length) return `which ${plural(kindWords[0]?.english ?? '')} are ${state.english}${inPlace}`;
    // "დაკეტილია" is locked of a door or lock, closed of a gate or valve.
    const shut = state.english === 'locked' && !kindWords.some((k) => k.english === 'door' || k.english === 'lock') && !things.some((t) => cues.lockName.test(t.english)) ? 'closed' : state.english;
    return subject ? `is ${subject} ${shut}` : `is it ${shut}`;
  }
  if (rooms && place) return `what rooms are in ${place.english}`;
  if ((q === 'what' || q === 'which' || find('exists')) && place && !things.length && !kindWords.length) return `what devices are in ${place.english}`;
  if ((q === 'what' || q === 'which') && devices && place) return `what devices are in ${place.english}`;
  if ((q === 'what' || find('exists')) && foreign && !things.length && !place) return `what do we have from ${foreign}`;
  if ((q === 'which' || q === 'what') && kindWords.length && !things.length) return `list the ${plural(kindWords[0]?.english ?? '')}${inPlace}`;
  if (find('exists') && kindWords.length && !things.length) return `is there a ${kindWords.map((k) => k.english).join(' ')}${inPlace}`;
  // "და საძინებელში?", "ბოილერი?": a name said alone asks the question before about it.
  if (!question && tokens.every((t) => t.role === 'name' || t.role === 'particle' || t.role === 'kind') && (names.length || kindWords.length)) {
    return marked || tokens.some((t) => t.role === 'particle') ? `and ${subject}?` : subject;
  }
  return undefined;
}

function measured(measure: string, thing: string, inPlace: string, place: string | undefined, there: string): string | undefined {
  const it = thing ? `${thing}${inPlace}` : place ?? 'it';
  if (measure === 'setting') return `what is ${it} set to${there}`;
  if (measure === 'mode') return `what mode is ${it} in`;
  if (measure === 'app') return `what app controls ${it}`;
  if (measure === 'manual') return `is there a manual for ${it}`;
  if (measure === 'schedule') return `what schedule does ${it} have`;
  if (measure === 'automation') return `what automations use ${it}`;
  if (measure === 'maker') return `who makes ${it}`;
  if (measure === 'model') return `what model is ${it}`;
  if (!thing && place) return `what is the ${measure} in ${place}`;
  return `what is the ${measure} of ${it}`;
}

function plural(english: string): string {
  return /s$/.test(english) ? english : english.replace(/y$/, 'ie') + 's';
}

