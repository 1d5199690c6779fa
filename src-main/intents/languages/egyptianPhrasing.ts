// Egyptian Arabic (in its script or in Arabizi) in the English the engine reads. Egyptian puts a command's verb first
// ("شغل الموتور" = turn on the motor, "efta7 el shish" = open the shutter), says a state after the thing with no verb
// ("التكييف اللي في الصالة شغال؟" = is the AC in the living room on) and the question word last ("عداد الكهربا فين" =
// where is the meter, "متظبط على كام" = what is it set to). One verb opens a door and turns on an AC ("افتح"), another
// closes, turns off and locks ("اقفل"): which is read from the thing named. A reason after the request ("تيتا بردانة",
// "عشان …") is left out. The words' jobs come from egyptianWords.ts; the home's names stay as typed. English is never
// rewritten: a sentence is read only when it is in Arabic script or has an Arabizi word.
import type { HomeSnapshot } from '../HomeIndex';
import { headKindOfName, kindById, kindForPhrase, phraseKey } from '../deviceKinds';
import { commandOf, egyptianFold, isPlaceWord, saysMine, isThereIs, mayBeEgyptian, type EgyptianToken } from './egyptianWords';
import { egyptianName, isNameWord, kindOwnerName, onlyNamedBy } from './egyptianNames';
import { egyptianTokens, placeFor, saysItOnVerb } from './egyptianTokens';

type Token = EgyptianToken;
const THING: ReadonlySet<Token['kind']> = new Set(['name', 'kind', 'word']);
const PLACE_TYPES = new Set(['room', 'zone', 'home']);
/** Kinds a "افتح"/"اقفل" opens or closes rather than turns on or off. */
const OPENED_KINDS = new Set(['blind', 'window', 'gate', 'water_valve', 'garage_door']);
const ENGLISH_WORDS = new Set(['is', 'are', 'the', 'do', 'does', 'can', 'could', 'i', 'it', 'on', 'off', 'to', 'of', 'and', 'my', 'thanks']);

/** The sentence in English, or undefined when it is not Egyptian or says nothing the engine reads. */
export function egyptianPhrasing(text: string, snapshot: HomeSnapshot): string | undefined {
  if (!mayBeEgyptian(text)) return undefined;
  // "خليه على 22، تيتا بردانة": of the clauses, the first that reads is the request; the rest says why.
  for (const clause of text.split(/\s*[،,؟?!]\s*|\.\s+/u).filter((c) => /\S/.test(c))) {
    const tokens = askedState(egyptianTokens(clause, snapshot), /[?؟]\s*$/u.test(text));
    if (!tokens.some((t) => !THING.has(t.kind) && t.kind !== 'number' && t.kind !== 'softener')) continue;
    // "which app بتاعها": a clause with an English question or function word the home names nothing with is English.
    if (tokens.some((t) => t.kind === 'word' && ENGLISH_WORDS.has(t.said))) return undefined;
    // "نور أوضتي" (my room's light), "دفايتي": a kind or room word with "my" joined names no thing of the home; any
    // other Arabic word the home names nothing with ("متظبط", "الليلة") says nothing the engine reads.
    if (tokens.some((t) => t.kind === 'word' && saysMine(t.said))) return undefined;
    const known = tokens.filter((t) => !(t.kind === 'word' && /[\u0600-\u06ff]/u.test(t.said) && !isNameWord(t.said, snapshot)));
    const english = compose(readable(known), snapshot, known.length < tokens.length);
    if (english) return english.replace(/\s+/g, ' ').trim();
  }
  return undefined;
}

/** Darija's verb said last with a question mark asks the state ("dou dyal l7ammam ch3el?" = is it on). */
const STATE_OF_VERB: Readonly<Record<string, string>> = { 'turn on': 'on', 'turn off': 'off', 'open or on': 'open', 'close or off': 'closed' };
function askedState(tokens: Token[], asked: boolean): Token[] {
  const last = tokens[tokens.length - 1];
  const state = last?.kind === 'command' && !last.it && asked && tokens.length > 1 ? STATE_OF_VERB[last.english] : undefined;
  return state && last ? [...tokens.slice(0, -1), { ...last, kind: 'state', english: state }] : tokens;
}

/** The tokens without courtesy, "still" and "that", and without a reason said after the request. */
function readable(said: readonly Token[]): Token[] {
  const first = said[0];
  const verb = first?.kind === 'state' ? commandOf(first.said) : undefined;
  const tokens = verb && first ? [{ ...first, kind: 'command' as const, english: verb }, ...said.slice(1)] : said;
  const reason = tokens.findIndex((t, i) => t.kind === 'reason' && i > 0);
  // "لما حد يفتح الباب", "لو النت قطع": a condition the reader does not read leaves the sentence unread.
  if (tokens.some((t) => t.kind === 'condition')) return [];
  const kept = reason > 0 ? tokens.slice(0, reason) : tokens;
  return kept.filter((t) => t.kind !== 'softener' && t.kind !== 'still' && t.kind !== 'that' && t.kind !== 'my');
}

interface Group {
  start: number;
  end: number;
  text: string;
  place: boolean;
  /** Said whole as the home names it (not a word of a name, which may be of several). */
  named?: boolean;
  kind?: string;
  entityType?: string;
}

/** `dropped`: a word was left unread ("نضف", "بيستحمل"), so a bare "كام" may ask something else than a reading. */
function compose(all: Token[], snapshot: HomeSnapshot, dropped: boolean): string | undefined {
  const and = all[0]?.kind === 'and' ? 'and ' : '';
  const tokens = and ? all.slice(1) : all;
  const has = (kind: Token['kind'], english?: string): Token | undefined => tokens.find((t) => t.kind === kind && (english === undefined || t.english === english));
  const groups = thingGroups(tokens, snapshot);
  const place = groups.find((g) => g.place);
  const things = groups.filter((g) => !g.place);
  const question = has('question');
  const measure = has('measure');
  const number = has('number');
  const command = tokens.find((t) => t.kind === 'command');
  const from = tokens.findIndex((t) => t.kind === 'from');
  const to = tokens.findIndex((t, i) => t.kind === 'to' && i > from);
  // "ازاي اروح من 2odet Ahmed للبلكونة": the way between two places.
  if (from >= 0 && to > from && (has('go') || question?.english === 'how')) {
    const a = groups.find((g) => g.start > from && g.end <= to);
    const b = groups.find((g) => g.start > to);
    if (a && b) return `how do i get from ${a.text} to ${b.text}`;
  }
  // "men madkhal el sha2a a2dar aro7 fen": where one can go from a place.
  if (from >= 0 && has('go') && question?.english === 'where' && place) return `which rooms connect to ${place.text}`;
  const thing = things[0] ? described(things[0], place, tokens) : place && !command ? undefined : 'it';
  // "ازاي أغير الشمع", "ezay a3mel restart lel router": how to do it.
  const task = has('how');
  if (question?.english === 'how' && task) return `how do i ${task.english} ${thing ?? place?.text ?? 'it'}`;
  if (command && command === tokens[0] || (command && !question && !has('state'))) return commanded(command, tokens, things, place, snapshot);
  // "الكتالوج بيقول إيه": what a manual says about something is not read.
  if (has('manual')) return has('says') ? undefined : `where is the manual for ${thing ?? 'it'}`;
  // "eh el 7agat elly 3ala el alexa app": the devices an app controls.
  if (has('app') && has('devices')) return thing && thing !== 'it' ? `which devices are in the ${thing} app` : undefined;
  if (has('app')) return `${and}which app is ${thing ?? 'it'} in`;
  // "Tapo chno katcontroler": the devices of an app; "chkoun kaycontroler dou Yasmine": its app; "détecteur gaz chno
  // kaycontroler": what it controls; "chno kaymonitori bab l'kbir": what watches it.
  const controls = tokens.findIndex((t) => t.kind === 'controls');
  if (controls >= 0 && things[0]) {
    if (things[0].entityType === 'app') return `which devices are in the ${thing ?? 'it'} app`;
    if (question?.english === 'who') return `which app is ${thing ?? 'it'} in`;
    return things[0].start < controls ? `what does ${thing ?? 'it'} control` : `what controls ${thing ?? 'it'}`;
  }
  if (has('maker') && thing) return `who makes ${thing}`;
  // "achno li batterie dyalo khfifa": which batteries are low.
  if (has('low') && measure?.english === 'battery') return 'which devices have a low battery';
  // "capteur fuite chno kayqoul": what it says is its state.
  if (has('says') && thing && thing !== 'it') return `${and}what is the status of ${thing}`;
  // "chno li dyal Samsung f dar": what a maker made.
  const madeBy = tokens.find((t) => t.kind === 'word' && snapshot.manufacturers.has(phraseKey(t.said)));
  if (madeBy && question?.english === 'what' && things.length === 1) return `what devices are made by ${madeBy.said}`;
  if (has('automation')) {
    // "el automation bta3 el shish … sha3'al?": whether an automation is on is asked of one the reader cannot name.
    if (has('state')) return undefined;
    if (place && !things.length) return `what automations are in ${place.text}`;
    return thing && things[0]?.named ? `which automations use ${thing}` : undefined;
  }
  // "كاميرا الشاليه آخر motion امتى": when it last did something is in its state; "كان متظبط على كام آخر مرة" (what
  // it was set to last time) is no state the home keeps.
  if (has('last')) return thing && question?.english === 'when' ? `${and}what is the status of ${thing}` : undefined;
  // "eh el lamad elly btghayar lonha": which of a kind can change colour.
  const kindAsked = things.find((g) => g.kind);
  if (measure?.english === 'color' && kindAsked?.kind && (question?.english === 'what' || question?.english === 'which') && tokens.some((t) => t.kind === 'word')) return `which ${plural(kindAsked.kind)} can change color`;
  if (measure?.english === 'playing') return `${and}what is ${thing ?? 'it'} playing`;
  if (measure) {
    // A word left unread ("فالبيت") may have named what is asked: no "it" for it.
    const of = thing ?? (place || dropped ? undefined : 'it');
    if (!of && !place) return undefined;
    if (!of && place) return `${and}what is the ${measure.english} in ${place.text}`;
    return `${and}what is the ${measure.english} of ${of ?? 'it'}`;
  }
  // "بتشتغل امتى", "اليافطة بتنور الساعة كام": when it runs; "عم سيد نضف الخزان امتى" (when was the tank cleaned) is
  // no schedule.
  if (question?.english === 'when') return has('runs') || (!dropped && tokens.length <= 3) ? `${and}when does ${thing ?? place?.text ?? 'it'} run` : undefined;
  if (question?.english === 'where') {
    if (has('all') && things[0]?.kind) return `where are all the ${plural(things[0].kind)}`;
    return `${and}where is ${thing ?? place?.text ?? 'it'}`;
  }
  // "el LED strip 3ala 100", "تكييف أوضة النوم على 26 الليلة": a thing on a number is set to it.
  const onAt = tokens.findIndex((t) => t.kind === 'on');
  if (onAt > 0 && tokens[onAt + 1]?.kind === 'number' && things[0] && !question && !has('state')) return `set ${thing ?? 'it'} to ${tokens[onAt + 1]?.said ?? ''}`;
  const state = has('state');
  if (state) return `${and}is ${thing ?? 'it'} ${stateOf(state.english, things[0], snapshot)}`;
  const many = question?.english === 'how much' || question?.english === 'how many';
  // "ch7al mn dou f riad l'fouq", "ch7al mn device 3ndna f Casa": how many of a kind, or devices, in a place.
  const counted = things.find((g) => g.kind)?.kind;
  if (question?.english === 'how many' && counted) return `how many ${plural(counted)} are there${place ? ` in ${place.text}` : ''}`;
  if (question?.english === 'how many' && has('devices')) return place ? `how many devices are in ${place.text}` : 'how many devices are there';
  // "على كام", "3ala kam": what it is set to.
  if (many && has('on') && !number && (thing || !place)) return `${and}what is ${thing ?? 'it'} set to`;
  if (has('devices') && place) return many ? `how many devices are in ${place.text}` : `what devices are in ${place.text}`;
  if (has('rooms') && place) return `which rooms connect to ${place.text}`;
  // "إيه الأجهزة الـ Sharp اللي عندنا": what a maker makes.
  const maker = tokens.find((t) => t.kind === 'word' && snapshot.manufacturers.has(phraseKey(t.said)));
  if (has('devices') && maker) return `what devices are made by ${maker.said}`;
  const kinds = things.filter((g) => g.kind);
  const kind = kinds[0]?.kind;
  if (kind && (has('have') || isThereIs(tokens[0]?.said ?? '') || has('all'))) {
    if (many) return `how many ${plural(kind)} do we have${place ? ` in ${place.text}` : ''}`;
    if (has('all')) return `list all ${plural(kind)}`;
    return place ? `is there a ${singular(kind)} in ${place.text}` : `do we have a ${singular(kind)}`;
  }
  // "3andena PlayStation smart wala eh", "fe smoke detector fel shalih": whether the home has one.
  const asksHave = has('have') || isThereIs(tokens[0]?.said ?? '');
  if (asksHave && things[0] && !question && !dropped) return place && place.start > things[0].start ? `is there a ${things[0].text.replace(/^the /, '')} in ${place.text}` : `do we have a ${things[0].text.replace(/^the /, '')}`;
  if (place && !things.length && question?.english === 'what') return `what devices are in ${place.text}`;
  // "كود الإنذار كام": a note asked for is what it says.
  if (things[0]?.entityType === 'note' && question) return `what is ${things[0].text}`;
  if (many && thing) return `${and}what is the reading of ${thing}`;
  if (and && !dropped && thing && tokens.every((t) => THING.has(t.kind) || t.kind === 'too' || t.kind === 'in')) return `and ${thing}`;
  return undefined;
}

/** "شغل الموتور", "efta7 el shish", "خليه على 22", "وطي صوت السبيكر لـ 15": the request in English. */
function commanded(command: Token, tokens: readonly Token[], things: readonly Group[], place: Group | undefined, snapshot: HomeSnapshot): string | undefined {
  const said = things.find((g) => g.start > tokens.indexOf(command)) ?? things[0];
  // "7elha l sa7bi ghadi yji" (open it, my friend is coming): after a verb that carries its object, a word the home
  // names nothing with and that is no kind is no second object ("turn on sa7bi" made the lock asked before a switch).
  const after = said && saysItOnVerb(command) && opens(said, snapshot) === undefined ? undefined : said;
  const target = after ? described(after, place, tokens) : command.it || !place ? 'it' : `the lights in ${place.text}`;
  const number = tokens.find((t) => t.kind === 'number');
  const opened = after ? opens(after, snapshot) : undefined;
  if (after?.entityType === 'automation') return command.english === 'turn off' ? undefined : `run ${target}`;
  switch (command.english) {
    case 'set':
    case 'heat':
    case 'turn up':
    case 'turn down':
      if (number) return `set ${target} to ${number.said}`;
      return command.english === 'turn up' || command.english === 'turn down' ? `${command.english.replace(' ', ` ${target} `)}` : undefined;
    case 'turn on':
      return number ? `set ${target} to ${number.said}` : `turn on ${target}`;
    case 'turn off':
      return `turn off ${target}`;
    case 'open or on':
      // "7elha l sa7bi ghadi yji" after a question about a lock: "it" is whatever the turn before named, so the verb
      // is said as "open", which unlocks a lock, opens a blind and turns on a light (switchingForOpening.ts) or asks;
      // "turn on it" made a lock "can't be switched on".
      return opened === 'lock' ? `unlock ${target}` : opened === 'open' || (!after && target === 'it') ? `open ${target}` : `turn on ${target}`;
    case 'close or off':
      return opened === 'lock' ? `lock ${target}` : opened === 'open' ? `close ${target}` : `turn off ${target}`;
    case 'raise':
      return number ? `set ${target} to ${number.said}` : opened === 'open' ? `open ${target}` : target === 'it' ? 'turn it up' : `turn up ${target}`;
    case 'lower':
      return number ? `set ${target} to ${number.said}` : opened === 'open' || target === 'it' ? `close ${target}` : `turn down ${target}`;
    default:
      return undefined;
  }
}

/** Whether the thing is a lock, opens and closes, or turns on and off (by its kind, its entity type, its capabilities). */
function opens(group: Group, snapshot: HomeSnapshot): 'lock' | 'open' | 'switch' | undefined {
  // "le rideau dyal chambre": a word of the engine's kinds said in the name ("rideau" is a blind).
  const kind = group.kind ?? headKindOfName(group.text)?.id;
  if (kind === 'lock') return 'lock';
  if (kind && OPENED_KINDS.has(kind)) return 'open';
  const entities = snapshot.phrases.get(phraseKey(group.text)) ?? [];
  // A thing the home names nothing with, of no kind: whether it opens or switches is not known.
  if (!entities.length && !kind) return undefined;
  const caps = entities.flatMap((e) => (Array.isArray(e.content['capabilities']) ? (e.content['capabilities'] as unknown[]).map(String) : []));
  if (caps.some((c) => c === 'lock' || c === 'lock_unlock')) return 'lock';
  if (entities.some((e) => e.entity_type === 'door' || e.entity_type === 'window') || caps.some((c) => /position|open_close|valve/.test(c))) return 'open';
  return 'switch';
}

/** A state said of a thing: "مقفول" of a lock is locked, of a door closed, of a light off. */
function stateOf(state: string, group: Group | undefined, snapshot: HomeSnapshot): string {
  if (state !== 'closed' && state !== 'open') return state;
  const how = group ? opens(group, snapshot) : 'open';
  if (!how) return state;
  if (how === 'lock') return state === 'closed' ? 'locked' : 'unlocked';
  if (how === 'switch') return state === 'closed' ? 'off' : 'on';
  return state;
}

/** The thing with the place said after it ("التكييف اللي في الصالة" = the AC in the living room). */
function described(group: Group, place: Group | undefined, tokens: readonly Token[]): string {
  if (place?.text === 'there' && place.start >= group.end) return `${group.text} there`;
  const inAt = tokens.findIndex((t, i) => (t.kind === 'in' || t.kind === 'to') && i >= group.end);
  if (place && place.start > group.start && (inAt >= 0 && inAt < place.start || place.start === group.end)) return `${group.text} in ${place.text}`;
  return group.text;
}

/** Runs of thing words, joined by "بتاع" (of): a home name said whole, else its kind words in English. */
function thingGroups(tokens: readonly Token[], snapshot: HomeSnapshot): Group[] {
  const groups: Group[] = [];
  let run: Token[] = [];
  let start = 0;
  const close = (end: number): void => {
    if (run.length) groups.push(...groupOf(run, start, end, snapshot, start > 1 && tokens[start - 1]?.kind === 'in'));
    run = [];
  };
  tokens.forEach((t, i) => {
    if (THING.has(t.kind)) {
      if (!run.length) start = i;
      run.push(t);
    } else if (t.kind === 'there') {
      close(i);
      groups.push({ start: i, end: i + 1, text: 'there', place: true });
    } else if (t.kind === 'of' && run.length) {
      // "السخان بتاع الشاليه": the thing of a place or owner, one run.
    } else close(i);
  });
  close(tokens.length);
  return groups;
}

function groupOf(run: readonly Token[], start: number, end: number, snapshot: HomeSnapshot, afterIn = false): Group[] {
  const entityOf = (name: string): { place: boolean; type?: string } => {
    const entities = snapshot.phrases.get(phraseKey(name)) ?? [];
    return { place: entities.some((e) => PLACE_TYPES.has(e.entity_type)), ...(entities[0] ? { type: entities[0].entity_type } : {}) };
  };
  if (run.length === 1 && run[0]?.kind === 'name') {
    const { place, type } = entityOf(run[0].said);
    return [{ start, end, text: run[0].said, place, named: true, ...(type ? { entityType: type } : {}) }];
  }
  // "السخان" + "الشاليه": the head's kind and a name after it: a device of the place ("the water heater in X").
  const head = run[0];
  const names = run.filter((t) => t.kind === 'name');
  if (head?.kind === 'kind') {
    // "السخان بتاع الشاليه" is the home's "سخان الشاليه": the head without its article, the rest as typed.
    const owned = run.slice(1).map((t) => t.said).join(' ');
    const construct = egyptianName([head.said, ...run.slice(1).map((t) => egyptianFold(t.said))].join(' ').split(' '), snapshot) ?? kindOwnerName(head.english, owned, snapshot);
    if (construct && run.length > 1) return [{ start, end, text: construct, place: entityOf(construct).place, named: true, kind: head.english }];
    const kind = kindById(head.english);
    const rest = run.slice(1);
    const word = kind?.singular ?? head.english.replace(/_/g, ' ');
    // "السبيكر" when the home calls one device so ("سبيكر الصالة"): that one, though another is a speaker too.
    const only = rest.length === 0 ? onlyNamedBy(head.said, snapshot) : undefined;
    if (only) return [{ start, end, text: only, place: false, named: true, kind: head.english, entityType: 'device' }];
    // "chauffage" is a thermostat to the engine and a heater to Darija: the word as typed, for the home's names.
    const elsewhere = /^[a-z]/.test(head.said) ? kindForPhrase(phraseKey(head.said)) : undefined;
    if (rest.length === 0 && elsewhere && elsewhere.id !== head.english) return [{ start, end, text: head.said, place: false }];
    // "fenêtre dyal bit": a bare place word ("room") names no owner.
    if (rest.length === 0 || (rest.length === 1 && rest[0] && isPlaceWord(rest[0].said))) return [{ start, end, text: `the ${word}`, place: false, kind: head.english }];
    const owner = rest.map((t) => t.said).join(' ');
    const { place } = names.length === rest.length && names.length === 1 ? entityOf(owner) : { place: false };
    if (place) return [{ start, end: start + 1, text: `the ${word}`, place: false, kind: head.english }, { start: start + 1, end, text: owner, place: true }];
    return [{ start, end, text: `${owner} ${word}`, place: false, kind: head.english }];
  }
  // "l radio taba3 teta": the words of a run joined by "of" may say a name whole ("راديو تيتا").
  const whole = run.length > 1 && run.every((t) => t.kind === 'word') ? egyptianName(run.map((t) => egyptianFold(t.said)), snapshot) : undefined;
  if (whole) return [{ start, end, text: whole, place: entityOf(whole).place, named: true, ...(entityOf(whole).type ? { entityType: entityOf(whole).type } : {}) }];
  // "الموتور" when one device name starts with it ("موتور المية").
  const only = run.length === 1 && run[0]?.kind === 'word' ? onlyNamedBy(run[0].said, snapshot) : undefined;
  if (only) return [{ start, end, text: only, place: false, named: true, entityType: 'device' }];
  const said = run.map((t) => t.said).join(' ');
  // "f galerie": a word no name is, said where one place's name starts with it ("Galerie l'fouq").
  const text = entityOf(said).type || run.length > 1 ? said : placeFor(said, snapshot);
  const { place, type } = entityOf(text);
  // "f Casa": a word the home names nothing with, said after "in", is the place asked of as typed.
  return [{ start, end, text, place: place || (!type && afterIn && /^[a-z]/.test(text)), ...(type ? { entityType: type } : {}) }];
}

function singular(kind: string): string {
  return kindById(kind)?.singular ?? kind.replace(/_/g, ' ');
}

function plural(kind: string): string {
  return kindById(kind)?.plural ?? `${singular(kind)}s`;
}
