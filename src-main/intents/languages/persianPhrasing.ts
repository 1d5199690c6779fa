// Persian (in its script or in Finglish) in the English the engine reads. Persian says the thing first and the verb
// last ("چراغ آشپزخانه رو خاموش کن" = turn off the kitchen light, "پکیج کجاست" = where is the package), makes a request
// of a word and the light verb "کن" ("روشن کن" = turn on), asks a state with the copula joined to it ("روشنه?" = is
// it on) and says a request's reason after it ("روشنش کن سرده" = turn it on, it's cold): the reason is left out. The
// words' jobs come from persianWords.ts; the home's names stay as typed. English is never rewritten: a sentence is read
// only when it is in Persian script or has a Finglish marker word ("roshane", "khamoosh", "kojast").
import type { HomeSnapshot } from '../HomeIndex';
import { phraseKey } from '../deviceKinds';
import { namesSomething } from '../kindClaims';
import { commandOf, kindInEnglish, mayBePersian, nameWords, persianTokens, SET_TO, wholeName, type PersianToken } from './persianWords';

type Token = PersianToken;
const THING: ReadonlySet<Token['kind']> = new Set(['word', 'noun', 'person']);
const PLACE_TYPES = new Set(['room', 'zone', 'home']);
const ROOM_WORDS = new Set(['اتاق', 'otagh', 'otaq']);

/** The sentence in English, or undefined when it is not Persian or says nothing the engine reads. */
export function persianPhrasing(text: string, snapshot: HomeSnapshot): string | undefined {
  if (!mayBePersian(text)) return undefined;
  const tokens = persianTokens(text, snapshot).filter((t) => t.kind !== 'softener');
  if (!tokens.some((t) => !THING.has(t.kind) && t.kind !== 'number')) return undefined;
  // "is there a قفل": an English sentence holding a Persian word (two Latin words the home names nothing with) is English.
  const names = nameWords(snapshot);
  if (/[\u0600-\u06ff]/u.test(text) && tokens.filter((t) => t.kind === 'word' && /^[a-z]/.test(t.said) && !names.has(t.said)).length >= 2) return undefined;
  // "اگه آب منبع تموم بشه پمپ چی میشه", "ساعت کم باری کیه که …": a clause the reader cannot read is left unread.
  if (tokens.some((t) => t.kind === 'clause')) return undefined;
  const english = compose(tokens, snapshot);
  return english ? english.replace(/\s+/g, ' ').trim() : undefined;
}

function compose(all: Token[], snapshot: HomeSnapshot): string | undefined {
  const and = all[0]?.kind === 'and' ? 'and ' : '';
  const tokens = and ? all.slice(1) : all;
  const has = (kind: Token['kind'], english?: string): Token | undefined => tokens.find((t) => t.kind === kind && (english === undefined || t.english === english));
  const groups = thingGroups(tokens, snapshot);
  const first = groups[0]?.text ?? '';
  const question = has('question');
  const measure = has('measure');
  const from = tokens.findIndex((t) => t.kind === 'from');
  const to = tokens.findIndex((t) => t.kind === 'to');
  // "از آشپزخانه تا اتاق سارا از کجا باید رفت", "az ashpazkhune ta otagh-e sara chejoori beram": the way between.
  if (from >= 0 && to > from && !measure) {
    const a = groupAfter(groups, from);
    const b = groupAfter(groups, to);
    if (a && b) return `how do i get from ${article(a, snapshot)} to ${article(b, snapshot)}`;
  }
  if (to === 0 && groups.length === 1 && !measure && !question) return `and to ${article(first, snapshot)}`;
  const it = thingOr(groups, tokens, snapshot);
  const doing = tokens.find((t) => t.kind === 'state' || t.kind === 'command');
  const doVerb = doing ? commandOf(doing.said) ?? doing.english : undefined;
  const task = has('task');
  if (question?.english === 'how' && task) return `how do i ${task.english} ${it}`;
  // "موتور برق رو چطوری روشن کنم" = how do I start the generator; "چراغ راهرو چطوری خودکار روشن میشه" = what turns it on.
  if (question?.english === 'how' && doVerb) return tokens.some((t) => t.kind === 'copula') ? `which automation turns ${doing?.english === 'off' ? 'off' : 'on'} ${it}` : `how do i ${doVerb} ${it}`;
  // "اتاقش" (its room) names no place the reader can find.
  if (tokens.some((t) => THING.has(t.kind) && t.its && isPlace(t.said, snapshot))) return undefined;
  // "che chizaee ro mishe rangesh ro avaz kard" = what can change colour; "چه وسایلی رطوبت رو اندازه میگیرن" = what
  // measures the humidity.
  if (has('can') && measure?.english === 'color') return 'which lights can change color';
  const measuring = has('measure', 'measuring');
  const gauged = tokens.find((t) => t.kind === 'measure' && t !== measuring);
  if (measuring && gauged) return `which devices measure ${gauged.english}`;
  // "چی رو میشه قفل کرد" = what can be locked; "نور کدوم چراغا رو میشه کم و زیاد کرد" = which lights can be dimmed.
  if (has('can') && doVerb) return doVerb === 'lock' ? 'what can i lock' : doVerb === 'turn down' || doVerb === 'turn up' ? 'what can i dim' : undefined;
  const request = commanded(tokens, groups, snapshot);
  if (request) return request;
  if (tokens.some((t, i) => t.kind === 'commandVerb' && i > 0) || has('verb')) return undefined;
  // "مال سالن" = the salon one (a reply to "which one"); "چراغ سالن هم همینطور" = and the salon light (the same again).
  if (tokens[0]?.kind === 'one' && first) return `the ${first} one`;
  if (has('likewise') && first && groups.length === 1) return `and ${article(first, snapshot)}`;
  const place = groups.find((g) => isPlace(g.text, snapshot));
  const inPlace = tokens.some((t) => t.kind === 'in') && place ? ` in ${article(place.text, snapshot)}` : '';
  const which = question?.english === 'which' || question?.english === 'what' || question?.english === 'what things';
  const many = tokens.find((t) => (t.plural || t.english.endsWith('s')) && THING.has(t.kind));
  // "چه اتوماسیون هایی تو آشپزخانه داریم", "کدوم اتوماسیون ها غیرفعالن": the automations of a place or in a state.
  if (has('noun', 'automation') && place) return `what automations are in ${article(place.text, snapshot)}`;
  if (has('noun', 'automation') && has('state') && which) return `which automations are ${has('state')?.english ?? ''}`;
  // "باتری کدوم سنسورا داره تموم میشه" = which sensors' batteries are running out; "چه اپ هایی داریم" = what apps.
  if (measure?.english === 'battery' && which && many) return `which ${pluralOf(many)} have low battery`;
  if (measure?.english === 'battery' && has('with') && question?.english === 'what') return `what batteries does ${measure.its ? 'it' : it} take`;
  if (measure?.english === 'app' && which && !has('with') && (measure.plural || has('have'))) return 'what apps do we have';
  // "درهای برقی مارک nice" = the electric doors of the Nice brand: what that maker makes.
  const maker = measure?.english === 'brand' ? groups.find((g) => g.start > tokens.indexOf(measure)) : undefined;
  if (maker) return `what devices are made by ${maker.text}`;
  if (measure) {
    const toAt = tokens.findIndex((t) => t.kind === 'to');
    const subject = measure.its && !groups.some((g) => g.end <= tokens.indexOf(measure)) ? 'it' : subjectOf(groups, toAt > 0 && measure.english === 'connected to' ? toAt : tokens.indexOf(measure), snapshot);
    const asked = measured(measure.english, subject ?? it, tokens, groups, snapshot);
    return asked ? and + asked : undefined;
  }
  const state = has('state');
  // "کدوم پنجره ها بازه", "تو آپارتمان چه چراغایی روشنه": which of a kind are so; "kodoomash roshane": which of them.
  if (state && which && many) return `which ${pluralOf(many)} are ${state.english}${inPlace}`;
  if (state && question?.english === 'which' && question.its) return `which of them are ${state.english}`;
  if (state?.english === 'finished') return `how long until ${it} is finished`;
  if (state && question?.english === 'when') return `when does ${it} turn ${state.english === 'off' ? 'off' : 'on'}`;
  if (state && state.english === 'running') return `${and}is ${it} running`;
  if (state && state.english === 'connected') return `${and}is ${it} online`;
  if (state) return `${and}is ${it} ${state.english}`;
  switch (question?.english) {
    // "gas sensor chi mige", "کنتور برق چی نشون میده": what it says (its state).
    case 'how is': return first ? `how is ${it}` : undefined;
    // "اتوماسیون هوای آلوده چیکار میکنه": what the automation does.
    case 'what does it do': {
      const named = groups[0]?.tokens.filter((t) => t.english !== 'automation').map((t) => t.said).join(' ');
      return named ? `what does the ${named} automation do` : undefined;
    }
    case 'where': return first ? `where is ${it}` : 'where is it';
    case 'what temperature': return tokens.some((t) => SET_TO.has(t.said) && t.kind !== 'to') && !first ? 'what is it set to' : place && groups.length === 1 ? `what is the temperature in ${article(place.text, snapshot)}` : `what is the temperature of ${it}`;
    // "کی" is "who" as well as "when": only a thing of the home is asked when it runs.
    case 'when': return first && namesSomething(snapshot, first) ? `when does ${it} run` : undefined;
    case 'how many': {
      if (has('noun', 'rooms') || tokens.some((t) => ROOM_WORDS.has(t.said))) return `how many rooms are in ${article(place?.text ?? first, snapshot)}`;
      if (has('noun', 'device') && place) return `how many devices are in ${article(place.text, snapshot)}`;
      const kind = groups.find((g) => g !== place);
      return kind ? `how many ${pluralOf(kind.tokens[0] ?? { kind: 'word', said: kind.text, english: '' })} are there${inPlace}` : undefined;
    }
    default: break;
  }
  // "تو آشپزخانه ویلا چی داریم", "che chizaee too otagh-e sara hast", "کدوم وسایل تو حمامه": what is in a place.
  if (place && (which || has('have')) && (has('in') || has('noun', 'device'))) return `what devices are in ${article(place.text, snapshot)}`;
  if (has('noun', 'rooms') && place) return `what rooms are in ${article(place.text, snapshot)}`;
  if (which && many && has('have')) return `what ${pluralOf(many)} do we have`;
  // "پنل خورشیدی داریم؟", "playstation darim?": whether the home has one.
  if (has('have') && first && !question) return `is there ${withA(kindInEnglish(first) ?? first)}`;
  // "در بالکن چی", "هواکش چی": what about it (a follow-up).
  if (question?.english === 'what' && tokens[tokens.length - 1]?.kind === 'question' && groups.length === 1) return `and ${article(first, snapshot)}?`;
  return undefined;
}

/** A request: a word that says what to do and the light verb after it, or a verb said whole ("ببند", "بذار"). */
function commanded(tokens: readonly Token[], groups: readonly Group[], snapshot: HomeSnapshot): string | undefined {
  const light = tokens.findIndex((t, i) => t.kind === 'commandVerb' && i > 0);
  const verbAt = light > 0 ? light - 1 : tokens.findIndex((t) => t.kind === 'verb');
  if (verbAt < 0) return undefined;
  const word = tokens[verbAt];
  if (!word) return undefined;
  const verb = word.kind === 'verb' ? word.english : word.kind === 'command' ? word.english : commandOf(word.said);
  if (!verb) return undefined;
  // The reason after the request ("مهمون اومده", "chai mikham") says nothing of what to do.
  const end = light > 0 ? light : verbAt;
  const before = groups.filter((g) => g.end <= verbAt);
  // "چراغای ایوان و باغ": two things joined by "and" are not read (the one before the verb alone would be wrong).
  if (tokens.slice(0, verbAt).some((t) => t.kind === 'and')) return undefined;
  const said = before[before.length - 1];
  // "همه چراغای آپارتمان رو خاموش کن": a plural kind (and the place after it) is every one of the kind there.
  const head = said?.tokens[0];
  const kind = head && (head.plural || tokens.some((t) => t.kind === 'all')) ? kindInEnglish(head.said) : undefined;
  if (said && head && kind) {
    const rest = said.tokens.slice(1).map((t) => t.said).join(' ');
    const all = `all ${pluralOf(head)}${rest && isPlace(rest, snapshot) ? ` in ${rest}` : ''}`;
    if (!rest || isPlace(rest, snapshot)) return verb === 'turn on' || verb === 'turn off' ? `${verb} ${all}` : `${verb} ${all}`;
  }
  const it = said ? article(said.text, snapshot) : 'it';
  const number = tokens.slice(0, end + 1).find((t) => t.kind === 'number') ?? tokens.find((t, i) => t.kind === 'number' && i > verbAt && (i === verbAt + 1 || SET_TO.has(tokens[i - 1]?.said ?? '')));
  const unit = number && tokens[tokens.indexOf(number) + 1]?.said;
  const value = number ? `${number.said}${unit === 'درصد' || unit === 'darsad' ? '%' : ''}` : '';
  if (number && ['set', 'turn down', 'turn up', 'turn on'].includes(verb)) return `set ${it} to ${value}`;
  if (verb === 'set') {
    const to = tokens.findIndex((t, i) => i > verbAt && SET_TO.has(t.said));
    const mode = to >= 0 ? tokens[to + 1] : undefined;
    return mode && mode.kind === 'word' ? `set ${it} to ${mode.said}` : undefined;
  }
  if (verb === 'turn down' || verb === 'turn up') return `turn ${it} ${verb === 'turn down' ? 'down' : 'up'}`;
  if (verb === 'open' && /lock$|قفل/.test(it)) return `unlock ${it}`;
  if (it === 'it' && (verb === 'turn on' || verb === 'turn off')) return verb === 'turn on' ? 'turn it on' : 'turn it off';
  return `${verb} ${it}`;
}

/** "باتری X چنده", "رطوبت باغ چقدره", "X با کدوم اپ کار میکنه", "دفترچه اش کجاست": a measure of the thing. */
function measured(measure: string, it: string, tokens: readonly Token[], groups: readonly Group[], snapshot: HomeSnapshot): string | undefined {
  const where = tokens.some((t) => t.kind === 'question' && t.english === 'where');
  const asked = tokens.some((t) => t.kind === 'question');
  const placed = groups.find((g) => isPlace(g.text, snapshot));
  const place = placed ? article(placed.text, snapshot) : undefined;
  if (where && measure !== 'manual' && measure !== 'way') return `where is ${it}`;
  switch (measure) {
    case 'color': return `what color is ${it}`;
    case 'playing': return `what is ${it} playing`;
    case 'app': return `which app is ${it} in`;
    // "دفترچه بخاری نیکالا چی میگه درباره دودکش" (what does the manual say about …) is not read.
    case 'manual': return where ? `where is the manual for ${it}` : asked ? undefined : `is there a manual for ${it}`;
    case 'password':
    case 'code': return groups.length ? `what is the ${groups.map((g) => g.text).join(' ')} ${measure}` : `what is the ${measure} of it`;
    case 'brand': return `who makes ${it}`;
    case 'battery': return `what is the battery of ${it}`;
    case 'controls': {
      // "eWeLink chi ro control mikone": an app named so controls what it manages.
      if (isApp(it, snapshot)) return `what does the ${it} app control`;
      const object = tokens.findIndex((t) => t.kind === 'object');
      const asked = tokens.findIndex((t) => t.kind === 'question');
      return object > asked && asked >= 0 ? `what does ${it} control` : object >= 0 && asked > object ? `what controls ${it}` : `what does ${it} control`;
    }
    case 'connected to': return tokens.some((t) => t.english === 'rooms') && place ? `which rooms connect to ${place}` : asked ? `what is ${it} connected to` : `is ${it} online`;
    case 'way': return place || groups[0] ? `which rooms connect to ${place ?? it}` : undefined;
    case 'setting': return `what is ${it} set to`;
    case 'level': return `how much is left in ${it}`;
    case 'temperature':
    case 'humidity':
    case 'pressure':
    case 'voltage':
    case 'fuel':
    case 'charge': return place && groups.length === 1 ? `what is the ${measure} in ${place}` : `what is the ${measure} of ${it}`;
    default: return undefined;
  }
}

interface Group {
  text: string;
  tokens: Token[];
  start: number;
  end: number;
}

/**
 * The things said: runs of the home's words and nouns ("چراغ آشپزخانه", "cheragh otagh sara"). A run the home names
 * whole is that name; a Finglish run without its room word ("cheragh sara" of "cheragh-e otagh-e sara", Sara's room's
 * light) when the home names that; else the nouns in English in English order ("panjere ashpazkhune" = kitchen window).
 */
function thingGroups(tokens: readonly Token[], snapshot: HomeSnapshot): Group[] {
  const names = nameWords(snapshot);
  const groups: Group[] = [];
  let run: Token[] = [];
  let start = 0;
  const close = (end: number): void => {
    if (run.length) groups.push({ text: groupText(run, names, snapshot), tokens: run, start, end });
    run = [];
  };
  tokens.forEach((t, i) => {
    if (THING.has(t.kind) && t.said !== 'ما' && t.said !== 'من') {
      if (!run.length) start = i;
      run.push(t);
    } else if (!(t.kind === 'person' && run.length)) close(i);
  });
  close(tokens.length);
  return groups;
}

function groupText(run: readonly Token[], names: ReadonlySet<string>, snapshot: HomeSnapshot): string {
  const said = run.map((t) => t.said).join(' ');
  const whole = wholeName(said, snapshot);
  if (whole) return whole;
  if (names.has(said)) return said;
  const withoutRoom = run.filter((t) => !ROOM_WORDS.has(t.said)).map((t) => t.said).join(' ');
  if (run.length > 2) {
    const named = wholeName(withoutRoom, snapshot);
    if (named) return named;
  }
  // Persian script stays as typed (the home's names resolve it); Finglish nouns are said in English, head last
  // ("panjere ashpazkhune" = the kitchen window); Latin words with no Persian noun stay in their order ("led strip").
  // Script nouns no name holds ("وای فای") are said in English, "خونه" (the house) left out of a longer run.
  if (run.some((t) => /[\u0600-\u06ff]/u.test(t.said))) {
    if (kindInEnglish(said)) return said;
    const kept = run.filter((t) => !(t.english === 'house' && run.length > 1));
    return kept.map((t) => (t.kind === 'noun' && !names.has(t.said) ? t.english : t.said)).join(' ');
  }
  if (!run.some((t) => t.kind === 'noun') || run.some((t) => t.english === 'next to')) return run.map((t) => (t.kind === 'noun' ? t.english : t.said)).join(' ');
  return run.map((t) => (t.kind === 'noun' ? t.english : t.said)).reverse().join(' ');
}

/** The thing a measure is of: said before it ("سنسور نشت آب باتریش"), else after it ("باتری دکمه اضطراری"). */
function subjectOf(groups: readonly Group[], at: number, snapshot: HomeSnapshot): string | undefined {
  const before = groups.filter((g) => g.end <= at);
  const chosen = before[before.length - 1] ?? groups.find((g) => g.start > at);
  return chosen ? article(chosen.text, snapshot) : undefined;
}

function groupAfter(groups: readonly Group[], at: number): string | undefined {
  return groups.find((g) => g.start === at + 1)?.text;
}

/** The thing asked about: the last thing before the question or state word, else the first after it, else "it". */
function thingOr(groups: readonly Group[], tokens: readonly Token[], snapshot: HomeSnapshot): string {
  const head = tokens.findIndex((t) => t.kind === 'state' || t.kind === 'question' || (t.kind === 'measure' && t.its));
  const before = groups.filter((g) => head < 0 || g.end <= head);
  const chosen = before[before.length - 1] ?? groups[0];
  return chosen ? article(chosen.text, snapshot) : 'it';
}

function pluralOf(t: Token): string {
  const english = t.kind === 'noun' ? t.english : kindInEnglish(t.said) ?? t.said;
  return /s$/.test(english) ? english : `${english}s`;
}

function withA(said: string): string {
  return /^[aeiou]/.test(said) ? `an ${said}` : `a ${said}`;
}

function article(said: string, snapshot: HomeSnapshot): string {
  if (/^(it|my |the )/.test(said) || /^[^a-z]/.test(said)) return said;
  return isPlace(said, snapshot) || snapshot.phrases.has(phraseKey(said)) ? said : `the ${said}`;
}

function isApp(said: string, snapshot: HomeSnapshot): boolean {
  return (snapshot.phrases.get(phraseKey(said)) ?? []).some((e) => e.entity_type === 'app');
}

function isPlace(said: string, snapshot: HomeSnapshot): boolean {
  return (snapshot.phrases.get(phraseKey(said)) ?? []).some((e) => PLACE_TYPES.has(e.entity_type));
}
