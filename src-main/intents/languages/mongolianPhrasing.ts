// Mongolian read in English (mongolianWords.ts, lexicon/mongolian.json): in Cyrillic ("Эмээгийн өрөөний радиатор
// хэдэн хэм байна вэ", how warm is grandma's room's radiator) or in phone Latin ("zochnii uruunii gerel untraa"), with
// Russian words ("стиралка дууссан уу"). Mongolian puts the thing first and the verb or question last, so a sentence
// is its thing (the home's names as the home writes them, found with their case endings, or Mongolian words in
// English) and the shape its role words give: a request ("асаа" turn on, "унтраа" turn off, "нээ" open, "хаа" close,
// "тайл" unlock, "25 болго" set to 25), a state asked ("асаалттай" on, "онгорхой" open, "түгжээтэй" locked), or a
// question word ("хэд" how much, "хаана" where, "хэзээ" when, "ямар" what, "яаж" how, "бий" is there).
// Only a home written in Mongolian (ө or ү in its names: mongolianLetters.ts) is read here, so Russian, Ukrainian and
// Serbian homes are left to their readers. Speed: a sentence with no Cyrillic letter and no word only Mongolian says
// returns at once.
import type { Entity } from '../../../src-shared/protocol/entities';
import type { HomeSnapshot } from '../HomeIndex';
import { markerSet, saysMarker } from '../saidWordSet';
import { perSnapshot } from '../perSnapshot';
import { CYRILLIC, mongolianInLatin, mongolianKey } from './mongolianLetters';
import { isMongolianHome } from './mongolianNames';
import { MONGOLIAN, genitiveName, howVerbOf, isHabit, isObject, isPronoun, isReason, lexiconAt, ownerOf, roleOf, rolePairAt, sameStem, saysPressed, type MongolianWord } from './mongolianWords';

const SURE = markerSet(MONGOLIAN.sure);
/** The question particles after a verb ("уу", "yu"). */
const QUESTION = new Set(['u', 'yu', 'uu']);

/** The gate: a Cyrillic letter, or a word only Mongolian says. */
export function maySayMongolian(text: string): boolean {
  return CYRILLIC.test(text) || saysMarker(text, SURE);
}

interface HomeName {
  keys: string[];
  name: string;
  place: boolean;
  note: boolean;
  procedure: boolean;
  /** A private note: its secret is asked for as such ("what is Хаалганы код"), so the engine can say it is private. */
  secret: boolean;
}

const PLACE_TYPES = new Set(['room', 'zone']);
const NAME_TYPES = new Set(['device', 'door', 'window', 'room', 'zone', 'automation', 'schedule', 'app', 'manual', 'note', 'procedure']);
const NOTE_TYPES = new Set(['note', 'procedure', 'manual']);

/** Per snapshot: whether the home is Mongolian, and its names by key, longest first. */
const homeNames = perSnapshot((snapshot: HomeSnapshot): HomeName[] | undefined => {
  const entities: Entity[] = [...snapshot.byId.values()];
  if (!isMongolianHome(entities)) return undefined;
  const names = entities
    .filter((e) => NAME_TYPES.has(e.entity_type) && CYRILLIC.test(e.name))
    .map((e) => ({ keys: e.name.split(/\s+/).filter(Boolean).map(mongolianKey), name: e.name, place: PLACE_TYPES.has(e.entity_type), note: NOTE_TYPES.has(e.entity_type) && e.entity_type !== 'procedure', procedure: e.entity_type === 'procedure', secret: e.content['private'] === true }))
    .filter((n) => n.keys.join('').length >= 3);
  return names.sort((a, b) => b.keys.length - a.keys.length || b.keys.join('').length - a.keys.join('').length);
});

/** A name's word as said: with an ending, or (not its last word) without its own genitive ("ugaar" of "угаарын"). */
function nameWordSaid(said: string, want: string, last: boolean): boolean {
  if (sameStem(said, want)) return true;
  return !last && said.length >= 3 && want.startsWith(said) && /^(?:in|gin|n|ni|iin)$/.test(want.slice(said.length));
}

/** The words of one clause, read. */
export function mongolianWords(clause: string, names: readonly HomeName[]): MongolianWord[] {
  const typed = clause.split(/\s+/).map((w) => w.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '')).filter(Boolean);
  // "VictronConnect-oor", "alarm-aa": a Latin word with a Mongolian ending is the word.
  const bare = typed.map((w) => (/\p{Script=Latin}-\p{L}{1,4}$/u.test(w) ? w.replace(/-\p{L}{1,4}$/u, '') : w));
  const keys = bare.map((w) => mongolianKey(w));
  const out: MongolianWord[] = [];
  for (let i = 0; i < typed.length; i++) {
    const word = bare[i] ?? '';
    const key = keys[i] ?? '';
    if (/^\d+(?:[.,]\d+)?%?$/.test(word)) {
      out.push({ kind: 'number', text: word, length: 1 });
      continue;
    }
    if (isPronoun(key)) {
      out.push({ kind: 'other', text: 'it', length: 1 });
      continue;
    }
    const named = names.find((n) => n.keys.every((k, m) => keys[i + m] !== undefined && nameWordSaid(keys[i + m] ?? '', k, m === n.keys.length - 1)));
    if (named) {
      const lastSaid = keys[i + named.keys.length - 1] ?? '';
      out.push({ kind: 'name', text: named.name, place: named.place, note: named.note, secret: named.secret, length: named.keys.length, object: isObject(lastSaid) && lastSaid !== named.keys[named.keys.length - 1] });
      i += named.keys.length - 1;
      continue;
    }
    const pair = rolePairAt(keys, i);
    if (pair) {
      out.push({ kind: 'role', text: pair.role, length: pair.length });
      i += pair.length - 1;
      continue;
    }
    const how = howVerbOf(key);
    if (how) {
      out.push({ kind: 'role', text: `how:${how}`, length: 1 });
      continue;
    }
    if (saysPressed(key)) {
      out.push({ kind: 'role', text: 'pressed', length: 1 });
      continue;
    }
    const role = roleOf(key);
    if (role) {
      out.push({ kind: 'role', text: role, length: 1, habit: isHabit(key), asked: /j$/.test(key) && QUESTION.has(keys[i + 1] ?? '') });
      continue;
    }
    if (isReason(key)) {
      out.push({ kind: 'reason', text: '', length: 1 });
      continue;
    }
    const owner = ownerOf(key);
    if (owner) {
      out.push({ kind: 'word', text: owner, length: 1 });
      continue;
    }
    const known = lexiconAt(keys, i);
    if (known) {
      out.push({ kind: 'word', text: known.english.split('|')[0] ?? '', length: known.length, object: isObject(keys[i + known.length - 1] ?? '') });
      i += known.length - 1;
      continue;
    }
    // A word in Latin letters Mongolian doesn't say ("router", "PC", "Samsung") is kept as typed.
    if (!CYRILLIC.test(word)) out.push({ kind: 'word', text: word, length: 1, latin: true });
    else out.push({ kind: 'other', text: genitiveName(word) ?? word, length: 1 });
  }
  return out;
}

/** The sentence in English, or undefined when the home is not Mongolian or nothing was read. */
export function mongolianPhrasing(text: string, snapshot: HomeSnapshot): string | undefined {
  if (!maySayMongolian(text)) return undefined;
  const names = homeNames(snapshot);
  if (!names) return undefined;
  const clauses = text.split(/[,;!]|[.?](?:\s|$)/).filter((c) => c.trim()).map((c) => mongolianWords(c, names));
  const whole = clauses.flat();
  // "ямар төхөөрөмж Хашааны хаалгыг удирддаг вэ, апп": a word of another clause says what is asked of this one.
  const context = { app: whole.some((w) => w.text === 'app'), number: whole.find((w) => w.kind === 'number')?.text };
  const keys = text.split(/[^\p{L}\p{N}]+/u).filter(Boolean).map(mongolianKey);
  // "бойлерыг яаж юүлэх вэ": how, and every word of a procedure's name ("Бойлер юүлэх") said in any order.
  // A verb of the name said in another form ("асаах" as "асаадаг") is its stem; a first word of three may go unsaid
  // ("Цэвэршүүлэгчийн шүүлтүүр солих" asked as "шүүлтүүрийг яаж солих").
  const saidIn = (k: string): boolean => keys.some((said) => sameStem(said, k) || (/[^aeiou]h$/.test(k) === false && /h$/.test(k) && k.length >= 4 && said.startsWith(k.slice(0, -1))));
  const procedure = names.find((n) => n.procedure && n.keys.every((k, i) => saidIn(k) || (i === 0 && n.keys.length >= 3)));
  for (const words of clauses) {
    const read = readClause(words, { ...context, procedure: procedure?.name });
    if (read) return read;
  }
  return undefined;
}

const REQUESTS: Record<string, string> = { turnOn: 'turn on', turnOff: 'turn off', open: 'open', close: 'close', lock: 'lock', unlock: 'unlock' };
/** A request's verb asked about ("asaaj uu": is it lit?): the state it brings. */
const ASKED_STATE: Record<string, string> = { turnOn: 'on', turnOff: 'off', open: 'open', close: 'closed', lock: 'locked', unlock: 'unlocked' };
/** Words of what is measured or asked of a thing, no part of the thing. */
const ASPECTS = new Set(['degrees', 'percent', 'battery', 'filter', 'manual', 'app', 'program', 'schedule', 'humidity', 'water', 'devices', 'automation', 'power', 'load', 'remaining time', 'phone', 'code', 'money', 'pm2.5', 'maker']);
/** Aspects asked "what is the X of": the word as asked. */
const READ_ASPECTS: [string, string][] = [['degrees', 'temperature'], ['battery', 'battery'], ['humidity', 'humidity'], ['power', 'power'], ['load', 'load'], ['remaining time', 'remaining time'], ['pm2.5', 'pm2.5'], ['program', 'program']];

/** One clause's words as an English question or request; undefined when it has no shape read here. */
function readClause(words: readonly MongolianWord[], context: { app: boolean; number?: string; procedure?: string }): string | undefined {
  const roleWords = words.filter((w) => w.kind === 'role');
  const roles = roleWords.map((w) => w.text);
  const has = (role: string): boolean => roles.includes(role);
  const request = words.findIndex((w) => w.kind === 'role' && !w.habit && (REQUESTS[w.text] !== undefined || w.text === 'setTo' || w.text === 'dim' || w.text === 'do'));
  const before = request >= 0 ? words.slice(0, request) : words;
  const said = before.filter((w) => w.kind === 'name' || w.kind === 'word');
  const saidWords = new Set(said.map((w) => w.text));
  const thingWords = said.filter((w) => !ASPECTS.has(w.text));
  const thing = thingOf(thingWords);
  const named = said.some((w) => w.kind === 'name' && !w.place);
  const the = thing ? (named ? thing : `the ${thing}`) : 'it';
  const place = said.find((w) => w.place)?.text;
  const onlyPlace = thingWords.length > 0 && thingWords.every((w) => w.place);
  const habit = roleWords.find((w) => w.habit && (w.text === 'turnOn' || w.text === 'turnOff' || w.text === 'turnsOn' || w.text === 'turnsOff'));
  const path = pathOf(words);
  if (path) return path;
  if (request >= 0) {
    const verb = words[request];
    const kind = verb?.text ?? '';
    if (verb?.asked && ASKED_STATE[kind]) return `is ${the} ${ASKED_STATE[kind]}?`;
    if (kind === 'setTo' || kind === 'dim') {
      const number = words.find((w) => w.kind === 'number')?.text ?? context.number;
      if (number) return saidWords.has('degrees') || /radiator|heater|boiler|радиатор|бойлер/i.test(thing) ? `set ${the} to ${number} degrees` : `set ${the} to ${number}`;
      // "турбо болгочих": a mode said before the verb.
      const value = words[request - 1];
      if (value && (value.kind === 'other' || value.latin)) {
        const rest = thingWords.filter((w) => w !== value);
        const target = thingOf(rest);
        if (target) return `set ${rest.some((w) => w.kind === 'name') ? target : `the ${target}`} to ${mongolianInLatin(value.text)}`;
      }
      return undefined;
    }
    if (kind === 'do') {
      const act = said[said.length - 1]?.text.toLowerCase();
      return act === 'arm' || act === 'disarm' ? `${act} the ${thingOf(thingWords.slice(0, -1)) || 'alarm'}` : undefined;
    }
    const asked = REQUESTS[kind] ?? '';
    // "Унтрааж өгөөч": the thing in focus, "turn it off".
    return the === 'it' ? asked.replace(/^(turn)( \w+)$/, '$1 it$2').replace(/^(\w+)$/, '$1 it') : `${asked} ${the}`;
  }
  if (!thing && !roles.length) return undefined;
  if (has('how') && context.procedure) return `how do I ${context.procedure}`;
  // "Бойлерын засвар", "shahmal tulsh hezee avsan": a note named is what is asked about.
  const note = said.find((w) => w.note);
  if (note && !has('how')) return note.secret ? `what is ${note.text}` : `notes about ${note.text}`;
  const how = roles.find((r) => r.startsWith('how:'));
  if (how && has('how')) return `how do I ${how.slice(4)} ${the}`;
  if (has('how')) return `how do I use ${the}`;
  if (has('pressed') || has('happens')) return `what happens when ${the} is pressed`;
  if (habit) {
    const on = habit.text === 'turnOn' || habit.text === 'turnsOn' ? 'on' : 'off';
    return has('what') && !has('when') && !has('howMuch') ? `what does ${the} turn ${on}` : `when does ${the} turn ${on}`;
  }
  if (has('isOn')) return `is ${the} on?`;
  if (has('isOff')) return `is ${the} off?`;
  if (has('isOpen')) return `is ${the} open?`;
  if (has('isClosed')) return `is ${the} closed?`;
  if (has('locked')) return `is ${the} locked?`;
  if (has('recording')) return `is ${the} recording?`;
  if (has('status')) return `what is the status of ${the}`;
  if (has('linked') && saidWords.has('devices') && has('howMuch')) return `how many devices are connected to ${thingOf(thingWords)}`;
  if (has('does')) return `what does ${the} do`;
  if (has('linked')) return onlyPlace ? `what rooms connect to ${the}` : `what is ${the} connected to`;
  if (has('dependsOn')) return `what does ${the} depend on`;
  if (has('controls')) {
    if (context.app || saidWords.has('app') || saidWords.has('program')) return `which app controls ${the}`;
    return thingWords[0]?.object ? `what controls ${the}` : `what does ${the} control`;
  }
  if (has('where')) return `where is ${the}`;
  const listed = roles.filter((r) => r === 'what').length > 1;
  if (saidWords.has('devices') || (listed && (onlyPlace || said.some((w) => w.latin)))) {
    if (has('howMuch')) return said.some((w) => w.latin) && !onlyPlace ? `how many devices use ${thing}` : thing ? `how many devices are in ${the}` : undefined;
    if (onlyPlace) return `what devices are in ${the}`;
    if (said.some((w) => w.latin)) return `what ${thing} devices do we have`;
  }
  if (saidWords.has('automation') && onlyPlace) return `what automations are in ${the}`;
  if (saidWords.has('app') && listed && !thing) return 'list the apps';
  if (saidWords.has('schedule')) return `what is the schedule of ${the}`;
  if (saidWords.has('manual') && (has('exists') || !roles.some((r) => r !== 'is'))) return `is there a manual for ${the}`;
  if (has('exists') && !has('howMuch') && thing) return `do we have a ${thing}`;
  if (saidWords.has('maker')) return `who made ${the}`;
  if (has('howMuch') || has('what') || has('whatObject')) {
    const counted = countedKind(words);
    if (counted) return `how many ${counted} are there${place ? ` in ${place}` : ''}`;
    const aspect = READ_ASPECTS.find(([word]) => saidWords.has(word));
    if (aspect) return `what is the ${aspect[1]} of ${the}`;
    if (saidWords.has('phone')) return `what is the phone number of ${the}`;
    if (saidWords.has('code')) return `what is the code of ${the}`;
    if (saidWords.has('percent') || saidWords.has('water')) return `how full is ${the}`;
    return thing ? `what is ${the} reading` : undefined;
  }
  // "морозилка?": a thing alone, after a question about another.
  if (words.length === 1 && thing && !named && !thing.endsWith("'s")) return `and the ${thing}?`;
  return undefined;
}

/** "хэдэн радиатор", "heden gerel": how many of a kind (the word after "how many"), in the plural. */
function countedKind(words: readonly MongolianWord[]): string | undefined {
  const at = words.findIndex((w) => w.kind === 'role' && w.text === 'howMuch');
  const next = words[at + 1];
  if (at < 0 || !next || next.kind !== 'word' || ASPECTS.has(next.text) || next.latin) return undefined;
  return next.text.endsWith('s') ? next.text : `${next.text}s`;
}

/** "tom gerees modon baishin ruu yaj ochih ve": from the place said first to the one before "руу" (to). */
function pathOf(words: readonly MongolianWord[]): string | undefined {
  const to = words.findIndex((w) => w.kind === 'role' && w.text === 'to');
  if (to < 1 || !words.some((w) => w.kind === 'role' && (w.text === 'how' || w.text === 'go'))) return undefined;
  const places = words.filter((w) => w.kind === 'name');
  const target = words[to - 1];
  const from = places.find((w) => w !== target);
  if (!target || target.kind !== 'name' || !from) return undefined;
  return `how do I get from ${from.text} to ${target.text}`;
}

/** The thing's words in English order: a device's name alone; a place said with words goes after ("radiator in the X"). */
function thingOf(said: readonly MongolianWord[]): string {
  const device = said.find((w) => w.kind === 'name' && !w.place);
  if (device) return device.text;
  const places = said.filter((w) => w.place).map((w) => w.text);
  const things = said.filter((w) => !w.place).map((w) => w.text);
  if (!things.length) return places.join(' ');
  return places.length ? `${things.join(' ')} in the ${places.join(' ')}` : things.join(' ');
}
