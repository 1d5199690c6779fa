// Turkish (with or without its letters, mixed with English) in the English the engine reads. Turkish says the thing
// first and the verb or question last ("salondaki avizeyi kapat" = turn off the chandelier in the living room, "kombi
// kaç derece" = what is the boiler's temperature, "modem nerede" = where is the modem), asks yes or no with the
// particle mi/mı/mu/mü ("tv açık mı"), and glues its cases to the word ("Teras'ta ne var" = what is on the terrace).
// The words' jobs come from turkishWords.ts; the home's names are said as the home spells them. English is never
// rewritten: a sentence is read only when it sounds Turkish (soundsTurkish).
import type { HomeSnapshot } from '../HomeIndex';
import { aoristOf, homeSpelling, mayBeTurkish, namedAll, oneIn, opensTurkish, soundsTurkish, turkishTokens, turkishWords, type TurkishToken } from './turkishWords';
import { measureQuestion } from './composedEnglish';

type Token = TurkishToken;
const THING = new Set(['name', 'noun', 'word']);
// A Turkish verb form the lexicon does not know ("giriyorum", "uyuyacağım", "ediliyor"): a reason or an aside.
const CONJUGATED = /(iyor|iyo|uyor|uyo|yorum|yoruz|acak|ecek|acagim|ecegim|dim|dum|tim|tum|miyo|miyor|ilir|ulur|ilmis|abilir|ebilir)$/;

/** The sentence in English, or undefined when it is not Turkish or says nothing the engine reads. */
export function turkishPhrasing(text: string, snapshot: HomeSnapshot): string | undefined {
  const words = turkishWords(text);
  if (words.length === 0 || !mayBeTurkish(words, text, snapshot) || !soundsTurkish(turkishTokens(words, snapshot), text, snapshot)) return undefined;
  // "Meeting'e giriyorum, masa lambasını %100 yap": the clause that asks or commands is read, an aside before or after
  // it is not; a number said in a clause of its own belongs to the command ("Kombiyi aç. 24 derece olsun").
  const clauses = text.split(/(?<=[,?!.])\s+/).map((c) => turkishTokens(turkishWords(c), snapshot)).filter((c) => c.length);
  const asking = (c: Token[]): boolean => c.some((t) => t.kind === 'verb' || t.kind === 'question' || t.kind === 'asked' || t.kind === 'state' || t.kind === 'exists' || t.kind === 'relation');
  const main = clauses.find((c) => asking(c) && c.some((t) => THING.has(t.kind) || t.kind === 'measure')) ?? clauses.find(asking) ?? clauses[0];
  if (!main) return undefined;
  let tokens = main;
  const number = clauses.find((c) => c !== main && c.some((t) => t.kind === 'number'));
  if (number && !tokens.some((t) => t.kind === 'number')) tokens = [...tokens, ...number.filter((t) => t.kind === 'number' || t.kind === 'measure')];
  const asked = /\?\s*$/.test(text) || tokens.some((t) => t.kind === 'asked');
  // "qapını o açır?" asks what a thing does, "açar mısın" asks for it: an aorist without the second person is no command.
  const requested = tokens.some((t) => t.kind === 'asked' && /^m[iu]s[iu]n/.test(t.said));
  const read = tokens.filter((t) => t.kind !== 'particle' && !(t.kind === 'word' && CONJUGATED.test(t.said)) && !(t.kind === 'verb' && !requested && aoristOf(t.said, snapshot)));
  const english = compose(read, asked, snapshot) ?? (read.length && read.every((t) => THING.has(t.kind)) && tokens.length > read.length ? `what about ${subject(read)}` : undefined);
  return english ? english.replace(/\s+/g, ' ').trim() : undefined;
}

function compose(tokens: Token[], asked: boolean, snapshot: HomeSnapshot): string | undefined {
  const question = tokens.find((t) => t.kind === 'question');
  const verb = tokens.find((t) => t.kind === 'verb');
  const state = tokens.find((t) => t.kind === 'state');
  const exists = tokens.find((t) => t.kind === 'exists');
  const measure = tokens.find((t) => t.kind === 'measure');
  const marks = new Set(tokens.filter((t) => t.kind === 'mark').map((t) => t.english));
  const relation = tokens.find((t) => t.kind === 'relation');
  const thing = subject(tokens);
  if (relation) return related(relation.english, tokens, thing, marks);
  // "gün batımında bahçe ışıkları yanıyor mu otomatik": what runs it by itself.
  if (marks.has('automatically') && !verb) return `which automations control ${thing || 'it'}`;
  if (measure?.english === 'manual') return `is there a manual for ${thing || 'it'}`;
  if (measure?.english === 'low battery') return `which ${thing || 'devices'} have low battery`;
  if (measure?.english === 'remaining time') return `how long until ${thing || 'it'} finishes`;
  if (measure?.english === 'password') return `what is the ${thing ? `${thing} ` : ''}${measure.said.startsWith('kod') ? 'code' : 'password'}`;
  if (question?.english === 'how') {
    if (!verb && (measure || state)) return measure ? measured(measure.english, thing) : `is ${thing || 'it'} ${state?.english}`;
    const rest = tokens.filter((t) => t !== question && t.kind !== 'asked').map((t) => (t.kind === 'name' || t.kind === 'word' ? t.said : t.english));
    return `how do i ${rest.join(' ')}`;
  }
  if (verb && verb.english !== 'say' && !(asked && state) && !question) return command(verb, tokens, thing, snapshot, marks.has('all'));
  if (question) return questionOf(question.english, tokens, thing, snapshot);
  if (state) {
    // "açık olan klima var mı" = which air conditioners are on; "kilitli kapılar" = which doors are locked.
    if (marks.has('which') || exists || (!asked && /s$/.test(thing))) return `which ${thing || 'devices'} are ${stateWord(state.english, thing, snapshot)}`;
    // "klima açık mı": a generic noun the home's names use is said as the home says it, so each one is asked about.
    const only = tokens.filter((t) => THING.has(t.kind));
    const said = only.length === 1 && only[0]?.kind === 'noun' && /^o(n|ff)$/.test(state.english) ? homeSpelling(only[0].said, snapshot) : undefined;
    return `is ${said ?? (thing || 'it')} ${stateWord(state.english, thing, snapshot)}`;
  }
  if (exists) {
    if (measure) return measured(measure.english, thing);
    return `are there any ${thing || 'devices'}`;
  }
  if (measure) return measured(measure.english, thing);
  // "salondaki", "yataq otağındakını": the one in a place, said alone, is the thing asked about before.
  const last = tokens[tokens.length - 1];
  if (last && oneIn(last.case) && tokens.every((t) => t.kind === 'name' && t.place)) return `the one in ${tokens.map((t) => t.said).join(' ')}`;
  // "Kadıköy'deki odalar", "salondaki otomasyonlar": the things in a place.
  const noun = tokens.find((t) => t.kind === 'noun' && t.english !== 'home');
  const where = tokens.filter((t) => t.place && (t.case === 'in' || oneIn(t.case)));
  if (noun && where.length) return `what ${noun.english} are in ${subject(tokens.filter((t) => t.place))}`;
  if (thing && asked) return `what about ${thing}`;
  return undefined;
}

/** "açık" is on for a lamp and open for a window; "kapalı" off or closed the same way. */
function stateWord(state: string, thing: string, snapshot: HomeSnapshot): string {
  if (state === 'on' && thing && opensTurkish(thing, snapshot)) return 'open';
  if (state === 'off' && thing && opensTurkish(thing, snapshot)) return 'closed';
  return state;
}

/**
 * The thing said, in English order: the home's words as the home spells them, a generic noun in English, a place said
 * with -da/-daki after the thing it holds ("salondaki avize" = avize in Salon), "evde" (at home) left out.
 */
export function subject(tokens: readonly Token[]): string {
  const things: string[] = [];
  const places: string[] = [];
  let run: Token[] = [];
  const flush = (): void => {
    if (!run.length) return;
    const last = run[run.length - 1] as Token;
    const said = run.map((t) => (t.kind === 'noun' ? t.english : t.said)).join(' ');
    const isPlace = run.some((t) => t.place) && (last.case === 'in' || oneIn(last.case) || last.case === 'from');
    // "qonaq otağınınkı neçə dərəcə" (the one of the guest room): the thing asked before, in that place.
    if (isPlace) places.push(last.case === 'the one of' ? `the one in ${said}` : said);
    else things.push(said);
    run = [];
  };
  for (const t of tokens) {
    if (!THING.has(t.kind)) {
      flush();
      continue;
    }
    if (t.kind === 'noun' && t.english === 'home') {
      flush();
      continue;
    }
    run.push(t);
    if (t.case === 'in' || oneIn(t.case) || t.case === 'from') flush();
  }
  flush();
  const thing = things.join(' ');
  const bare = places.map((p) => p.replace(/^the one in /, ''));
  if (thing) return [thing, ...bare.map((p) => `in ${p}`)].join(' ').trim();
  return places.some((p) => p.startsWith('the one in ')) ? `the one in ${bare.join(' ')}` : bare.join(' ');
}

function command(verb: Token, tokens: Token[], thing: string, snapshot: HomeSnapshot, all: boolean): string | undefined {
  const number = tokens.find((t) => t.kind === 'number' && t.said !== '%');
  const percent = tokens.some((t) => t.said === '%' || t.said.endsWith('%') || t.english === 'percent');
  const measure = tokens.find((t) => t.kind === 'measure');
  const target = thing || (all ? 'them all' : 'it');
  // "yatak odasını 20 yap": a room set to a number could be any of its heaters; the engine is not asked to guess.
  if (number && tokens.some((t) => THING.has(t.kind)) && tokens.filter((t) => THING.has(t.kind)).every((t) => t.place)) return undefined;
  if (number) return `set ${target} to ${number.said}${percent || measure?.english === 'brightness' ? '%' : ''}`;
  const named = thing ? namedAll(thing, snapshot) : [];
  // "Banyo Nem Kontrolü'nü çalıştır": running an automation is proposed by its name in English only.
  if (named.length && named.every((e) => e.entity_type === 'automation')) return undefined;
  // "Yazlık kapıyı aç": a door with a smart lock and no motor is opened by unlocking it.
  const opener = named.some((e) => Array.isArray(e.content['capabilities']) && (e.content['capabilities'] as unknown[]).includes('open'));
  const locks = /\b(locks?|kilit|kilidi)\b/i.test(target) || (!opener && named.some((e) => e.entity_type === 'door' && typeof e.content['lock'] === 'string'));
  switch (verb.english) {
    case 'list':
      return `list all ${target}`;
    case 'dim':
      return measure?.english === 'volume' ? `turn down the volume of ${target}` : `dim ${target}`;
    case 'raise':
      return `turn up ${target}`;
    case 'set':
      return `set ${target}`;
    case 'turn on':
      if (locks) return `unlock ${target}`;
      if (/\bautomations?\b/.test(target)) return undefined;
      return opensTurkish(target, snapshot) ? `open ${target}` : thing ? `turn on ${target}` : `turn ${target} on`;
    case 'turn off':
      if (/\balarm\b/i.test(target)) return `disarm ${target}`;
      if (locks) return `lock ${target}`;
      return opensTurkish(target, snapshot) ? `close ${target}` : thing ? `turn off ${target}` : `turn ${target} off`;
    // "otomasyonu çalıştır": running an automation is proposed by its name in English only.
    case 'run':
      return undefined;
    default:
      return `${verb.english} ${target}`;
  }
}

function questionOf(asked: string, tokens: Token[], thing: string, snapshot: HomeSnapshot): string | undefined {
  const measure = tokens.find((t) => t.kind === 'measure');
  const state = tokens.find((t) => t.kind === 'state');
  const exists = tokens.some((t) => t.kind === 'exists');
  if (asked === 'where') return `where is ${thing || 'it'}`;
  if (asked === 'set to') return `what is ${thing || 'it'} set to`;
  if (asked === 'when') return `when does ${thing || 'it'} run`;
  if (measure?.english === 'app') return `what app controls ${thing || 'it'}`;
  if (measure?.english === 'brand') return `what brand is ${thing || 'it'}`;
  if (asked === 'how many') {
    if (measure) return measured(measure.english, thing);
    return howMany(tokens);
  }
  if (state) return `which ${thing || 'devices'} are ${stateWord(state.english, thing, snapshot)}`;
  if (measure) return measured(measure.english, thing);
  const place = tokens.find((t) => t.place && (t.case === 'in' || oneIn(t.case)));
  const noun = tokens.find((t) => t.kind === 'noun' && t.english !== 'home');
  if (place && (!noun || noun.english === 'devices')) return `what devices are in ${subject(tokens.filter((t) => t.kind !== 'noun'))}`;
  const service = tokens.filter((t) => t.kind === 'name' && !t.place && t.case === 'in');
  if (noun?.english.startsWith('device') && service.length) return `what does ${subject(service.map((t) => ({ ...t, case: '' })))} control`;
  if (noun && place) return `what ${noun.english} are in ${subject(tokens.filter((t) => t.place))}`;
  if (noun && (exists || asked === 'which')) return `what ${thing} are there`;
  if (exists && thing) return `what devices are in ${thing}`;
  return thing ? `what is ${thing}` : undefined;
}

/** "kombi kaç derece" = what is the temperature of the boiler; "pil kaç" = what is its battery. */
function measured(measure: string, thing: string): string {
  const said = measure === 'percent' ? 'battery' : measure;
  return measureQuestion(said, thing);
}

/** "kaç tane lamba var" = how many lights are there; "salonda kaç cihaz var" = how many devices are in the living room. */
function howMany(tokens: readonly Token[]): string {
  const placed = tokens.filter((t) => t.place && t.case === 'in');
  const things = subject(tokens.filter((t) => !placed.includes(t) && (t.kind === 'noun' || t.kind === 'name' || t.kind === 'word') && t.english !== 'home'));
  return `how many ${things || 'devices'} are there${placed.length ? ` in ${placed.map((t) => t.said).join(' ')}` : ''}`;
}

/** "X neleri yönetiyor" = what does X control; "kombiyi ne kontrol ediyor" = what controls the boiler. */
function related(relation: string, tokens: Token[], thing: string, marks: Set<string>): string | undefined {
  const object = tokens.find((t) => THING.has(t.kind) && t.ended && t.case === '');
  const asked = tokens.find((t) => t.kind === 'question');
  switch (relation) {
    case 'controls':
    case 'uses': {
      if (object && asked?.english === 'what') return `what controls ${thing}`;
      // "salon avizesini hangi otomasyonlar kullanıyor" = which automations use the chandelier.
      if (object && tokens.some((t) => t.kind === 'noun' && t.english.startsWith('automation'))) return `which automations use ${subject(tokens.filter((t) => t.kind !== 'noun'))}`;
      // "Philips Hue app hangi lambaları kontrol ediyor": what the named thing controls.
      const names = subject(tokens.filter((t) => t.kind === 'name' || t.kind === 'word'));
      return `what does ${names || thing || 'it'} control`;
    }
    case 'controlled':
      return `what app controls ${thing || 'it'}`;
    case 'connected': {
      const to = tokens.filter((t) => THING.has(t.kind) && t.case === 'to');
      if (to.length) return `what does ${subject(to.map((t) => ({ ...t, case: '' })))} control`;
      return `what is ${thing || 'it'} connected to`;
    }
    case 'does':
      return `what does ${thing || 'it'} do`;
    // "F.22 ne demek": what an error code means is not read yet.
    case 'means':
      return undefined;
    case 'happens':
      return `what happens when ${thing || 'it'} ${marks.has('automatically') ? 'runs' : 'triggers'}`;
    default:
      return undefined;
  }
}
