// The Swahili question shapes in English (split from swahiliPhrasing.ts, a pure move): the question word said last
// ("inverter iko wapi" = where is the inverter, "taa gani ziko on" = which lights are on, "tuko na kamera ngapi" = how
// many cameras do we have) and a state said after a locative copula ("gate iko wazi" = is the gate open).
import type { HomeSnapshot } from '../HomeIndex';
import { phraseKey } from '../deviceKinds';
import { locks, type Token } from './swahiliWords';
import { subject } from './swahiliSubject';

/** A question said the Swahili way, in English; undefined when the words fit none of the question shapes. */
export function questionOf(all: Token[], snapshot: HomeSnapshot): string | undefined {
  let tokens = all.filter((t) => !(t.kind === 'question' && t.role === 'ask'));
  // "ni taa gani ziko on": the leading "ni" (it is) says nothing.
  if (tokens[0]?.kind === 'copula' && tokens[0].said === 'ni' && tokens.length > 2) tokens = tokens.slice(1);
  const plural = tokens.some((t) => (t.kind === 'copula' && t.plural) || (t.kind === 'verb' && t.plural) || t.kind === 'all' || (t.kind === 'question' && t.role === 'howMany'));
  const at = (role: string): number => tokens.findIndex((t) => t.kind === 'question' && t.role === role);
  const be = plural ? 'are' : 'is';
  const where = at('where');
  if (where >= 0) {
    const before = beforeCopula(tokens.slice(0, where));
    const leads = tokens.some((t) => t.kind === 'verb' && t.state === 'lead');
    if (leads && before.length > 0) return `where does ${subject(before, snapshot, false)} lead`;
    const said = subject(before.length > 0 ? before : tokens.slice(where + 1).filter((t) => t.kind !== 'copula'), snapshot, plural);
    return `where ${be} ${said || 'it'}`;
  }
  const when = at('when');
  if (when >= 0) return whenQuestion(tokens.slice(0, when), snapshot);
  const howMany = at('howMany') >= 0 ? at('howMany') : at('howMuch');
  if (howMany >= 0) return amountQuestion(tokens, howMany, snapshot);
  const what = at('what');
  if (what >= 0) return whatQuestion(tokens, what, snapshot);
  const which = at('which');
  if (which >= 0) return whichQuestion(tokens, which, snapshot);
  const how = at('how');
  if (how >= 0) {
    const before = tokens.slice(0, how);
    const adjective = before.length > 2 && before[before.length - 1]?.kind === 'word' && before[before.length - 2]?.kind === 'copula' ? before[before.length - 1]?.said : undefined;
    const said = subject(beforeCopula(adjective ? before.slice(0, -1) : before), snapshot, plural);
    if (adjective) return `how ${adjective} ${be} ${said}`;
    return said ? `what is ${said}` : undefined;
  }
  return stateQuestion(tokens, snapshot, plural);
}

/** "gate iko wazi", "front door imefungwa", "generator inarun", "alarm iko armed", "kuna kamera iko offline". */
function stateQuestion(tokens: Token[], snapshot: HomeSnapshot, plural: boolean): string | undefined {
  const any = tokens[0]?.kind === 'exists' || tokens[0]?.kind === 'none';
  const body = any ? tokens.slice(1) : tokens;
  const verbAt = body.findIndex((t) => t.kind === 'verb' || t.kind === 'copula');
  if (verbAt <= 0) return undefined;
  const said = subject(body.slice(0, verbAt), snapshot, plural);
  const linker = body[verbAt];
  let after = body.slice(verbAt + 1);
  let state: string | undefined;
  if (linker?.kind === 'verb') state = linker.state;
  else if (after[0]?.kind === 'verb') state = after[0].state;
  else if (after[0]?.kind === 'state') state = after[0].state;
  if (state !== undefined) after = after.slice(linker?.kind === 'verb' ? 0 : 1);
  if (state === 'closed' && locks(said, snapshot)) state = 'locked';
  if (state === 'open' && linker?.kind === 'verb' && locks(said, snapshot)) state = 'unlocked';
  const rest = after.filter((t) => t.kind !== 'state' && t.kind !== 'verb' && !(any && (t.kind === 'in' || (t.kind === 'name' && t.place)))).map((t) => t.said);
  if (state === undefined) {
    // "alarm iko armed", "freezer iko cold enough": English words after the copula say the state.
    if (linker?.kind !== 'copula' || !linker.strong || rest.length === 0 || rest.length > 3 || after.some((t) => t.kind !== 'word')) return undefined;
    state = rest.join(' ');
  } else if (state === 'left') {
    return undefined;
  }
  if (any) {
    // "kuna taa zimewaka jikoni", "hakuna taa iko on kwa bafu": which of a kind are so, there.
    const inAt = after.findIndex((t) => t.kind === 'in');
    const named = after.find((t) => t.kind === 'name' && t.place);
    const place = inAt >= 0 ? subject(after.slice(inAt + 1).filter((t) => t.kind === 'name' || t.kind === 'word'), snapshot, false) : named?.kind === 'name' ? named.text : '';
    return `which ${subject(body.slice(0, verbAt), snapshot, true)} are ${state}${place ? ` in ${place}` : ''}`;
  }
  // "is the fan on": a kind said bare takes the article English gives it (a name of the home stays bare).
  const the = /^(the|all|its|it)\b/.test(said) || snapshot.phrases.has(phraseKey(said)) ? '' : 'the ';
  return `${plural ? 'are' : 'is'} ${the}${said} ${state}`.replace(/\s+/g, ' ');
}

/** "taa gani ziko on", "ni taa gani ziko kwa nje", "dstv iko channel gani", "alarm code ni gani". */
function whichQuestion(tokens: Token[], which: number, snapshot: HomeSnapshot): string | undefined {
  const before = tokens.slice(0, which);
  const after = tokens.slice(which + 1);
  const copulaAt = before.findIndex((t) => t.kind === 'copula' || t.kind === 'has');
  if (copulaAt > 0) {
    // "dstv iko channel gani", "fridge iko na temperature gani": which reading of the thing before the copula.
    const aspect = subject(before.slice(copulaAt + 1), snapshot, false);
    const said = subject(before.slice(0, copulaAt), snapshot, false);
    return aspect ? `what ${aspect} is ${said}` : `what is ${said}`;
  }
  const kind = subject(before, snapshot, true);
  if (!kind) return undefined;
  const inAt = after.findIndex((t) => t.kind === 'in');
  const where = inAt >= 0 ? after[inAt + 1] : undefined;
  // "ni input gani kwa sebule tv": which setting of a device, not which devices in a place.
  if (where && !(where.kind === 'name' && where.place) && inAt === after.length - 2) return `what ${subject(before, snapshot, false)} is ${subject([where], snapshot, false)}`;
  return `which ${kind} ${placeAndState(after, snapshot, 'are')}`.trim();
}

/** After a kind: "ziko on kwa bafu" → "are on in bafu"; "ziko kwa nje" → "are in nje"; nothing → "are there". */
function placeAndState(after: Token[], snapshot: HomeSnapshot, be: string): string {
  const state = after.find((t) => t.kind === 'state' || t.kind === 'verb');
  const inAt = after.findIndex((t) => t.kind === 'in');
  const named = after.find((t) => t.kind === 'name' && t.place);
  const place = inAt >= 0 ? subject(after.slice(inAt + 1).filter((t) => t.kind !== 'state' && t.kind !== 'verb'), snapshot, false) : named?.kind === 'name' ? named.text : '';
  const stateWord = state?.kind === 'state' || state?.kind === 'verb' ? state.state : '';
  return `${be}${stateWord ? ` ${stateWord}` : ''}${place ? ` in ${place}` : !stateWord ? ' there' : ''}`;
}

/** "tuko na kamera ngapi", "devices ngapi ziko kwa sebule", "battery ya inverter iko ngapi", "tokens zimebaki ngapi". */
function amountQuestion(tokens: Token[], at: number, snapshot: HomeSnapshot): string | undefined {
  const lead = tokens[0]?.kind === 'have' || tokens[0]?.kind === 'exists' ? 1 : 0;
  const before = tokens.slice(lead, at);
  const after = tokens.slice(at + 1);
  const copulaAt = before.findIndex((t) => t.kind === 'copula' || t.kind === 'verb' || t.kind === 'has');
  const linker = copulaAt >= 0 ? before[copulaAt] : undefined;
  if (linker?.kind === 'verb' && linker.state === 'left') {
    const ofAt = before.findIndex((t, i) => i > 0 && i < copulaAt - 1 && (t.kind === 'of' || t.kind === 'in'));
    // "diesel kwa generator imebaki ngapi": how much of it is left on the device.
    if (ofAt > 0 && !linker.plural) return `how much ${subject(before.slice(0, ofAt), snapshot, false)} is left on ${subject(before.slice(ofAt + 1, copulaAt), snapshot, false)}`;
    const said = subject(before.slice(0, copulaAt), snapshot, linker.plural);
    const unit = subject(before.slice(copulaAt + 1), snapshot, true);
    return unit ? `how many ${unit} are left on ${said}` : linker.plural ? `how many ${said} are left` : `how much ${said} is left`;
  }
  const counted = copulaAt >= 0 ? before.slice(0, copulaAt) : before;
  const many = lead > 0 || (linker?.kind === 'copula' && linker.plural) || after.some((t) => t.kind === 'copula' && t.plural) || looksPlural(counted);
  if (many && (copulaAt < 0 || lead > 0 || (copulaAt === before.length - 1 && after.length === 0))) {
    // "kamera ngapi", "tuko na kamera ngapi", "kamera ziko ngapi", "devices ngapi ziko kwa sebule": a count.
    const kind = subject(counted, snapshot, true);
    if (!kind) return undefined;
    return `how many ${kind} ${placeAndState(after.filter((t) => t.kind !== 'copula'), snapshot, 'are')}`.trim();
  }
  // "set to ngapi", "iko set kwa ngapi": what it is set to.
  if (before[0]?.said === 'set' && before.slice(1).every((t) => t.kind === 'in' || t.said === 'to')) return 'what is it set to';
  if (copulaAt < 0) return subject(before, snapshot, false) ? `what is ${subject(before, snapshot, false)}` : undefined;
  const said = subject(before.slice(0, copulaAt), snapshot, false);
  const aspect = before.slice(copulaAt + 1).filter((t) => !(t.kind === 'in'));
  if (!said) return undefined;
  // "shower heater iko set kwa ngapi": what it is set to.
  if (aspect[0]?.said === 'set') return `what is ${said} set to`;
  const aspectSaid = subject(aspect, snapshot, false);
  return aspectSaid ? `how much ${aspectSaid} does ${said} have` : `what is ${said}`;
}

/** "cameras", "taa" said with a plural agreement, "vifaa": a plural the count asks about. */
function looksPlural(tokens: readonly Token[]): boolean {
  const last = tokens[tokens.length - 1];
  if (last?.kind === 'noun') return last.singular !== last.plural || last.plural === last.singular && /s$/.test(last.plural);
  return /[a-z]s$/.test(last?.said ?? '') && !/ss$/.test(last?.said ?? '');
}

/** "nini iko kwa sebule", "kuna nini jikoni", "veranda iko na nini", "hikvision vitu gani", "nini inacontrol pump". */
function whatQuestion(tokens: Token[], at: number, snapshot: HomeSnapshot): string | undefined {
  const before = tokens.slice(0, at).filter((t) => t.kind !== 'exists');
  const after = tokens.slice(at + 1);
  const place = [...before, ...after].find((t) => t.kind === 'name' && t.place);
  const verb = after.find((t) => t.kind === 'verb');
  if (verb?.kind === 'verb' && at === 0) return `what ${verb.state} ${subject(after.slice(after.indexOf(verb) + 1), snapshot, false)}`;
  const inAt = after.findIndex((t) => t.kind === 'in');
  const hasAt = after.findIndex((t) => t.kind === 'has');
  if (hasAt >= 0 && at === 0 && hasAt < after.length - 1) return `which devices have ${adjectiveFirst(subject(after.slice(hasAt + 1), snapshot, false))}`;
  const target = inAt >= 0 ? after[inAt + 1] : undefined;
  // "anaangalia nini kwa tv" (what is on a device) is no question of a place: left to the engine as typed.
  if (target) return target.kind === 'name' && !target.place ? undefined : `what is in ${subject(after.slice(inAt + 1), snapshot, false)}`;
  if (place?.kind === 'name') return `what is in ${place.text}`;

  const said = subject(beforeCopula(before), snapshot, false);
  if (!said) return undefined;
  if (snapshot.manufacturers.has(phraseKey(said))) return `what ${said} devices are there`;
  return `what is ${said}`;
}

/** "generator ilifanyiwa service lini", "warranty inaisha lini", "taa zinawaka saa ngapi", "test ni lini". */
function whenQuestion(before: Token[], snapshot: HomeSnapshot): string | undefined {
  const verb = before.find((t) => t.kind === 'verb');
  const said = subject(before.filter((t) => t.kind !== 'copula' && t.kind !== 'verb'), snapshot, false) || (verb ? 'it' : '');
  if (!said) return undefined;
  const past = before.some((t) => t.kind === 'swahiliVerb' && t.past);
  if (verb?.kind === 'verb') {
    const act = verb.state === 'finished' ? 'end' : verb.state === 'on' || verb.state === 'off' ? `turn ${verb.state}` : undefined;
    if (act) return `when ${verb.plural ? 'do' : 'does'} ${said} ${act}`;
    return `when ${verb.past ? 'was' : 'is'} ${said}`;
  }
  return `when ${past ? 'was' : 'is'} ${said}`;
}

/** "battery low" → "low battery": English puts the state word first. */
function adjectiveFirst(said: string): string {
  const words = said.split(' ');
  const last = words[words.length - 1] ?? '';
  return words.length > 1 && /^(low|high|full|empty|dead|weak|ok)$/.test(last) ? [last, ...words.slice(0, -1)].join(' ') : said;
}

/** The words before the first copula (the subject of "X iko …"). */
function beforeCopula(tokens: Token[]): Token[] {
  const at = tokens.findIndex((t) => t.kind === 'copula' || t.kind === 'has' || t.kind === 'verb');
  return at >= 0 ? tokens.slice(0, at) : tokens;
}
