// Tamil (in its script or in Tanglish) in the English the engine reads. Tamil says the thing first and the verb last
// ("ஹால் லைட் ஆஃப் பண்ணு", "hall light off pannu" = turn off the hall light; "motor enga irukku" = where is the
// motor), makes a request of a word and the light verb "pannu"/"பண்ணு" ("on pannu" = turn on), asks a state with
// "irukka"/"இருக்கா" ("on la irukka" = is it on), joins its case endings to the word (tamilWords.ts) and says a
// request's reason after a comma ("off pannu, thoonga poren" = turn it off, I'm going to sleep): the clause that
// asks or requests is read, the reason left out. The home's names stay as typed. English is never rewritten: a
// sentence is read only when it has a Tamil letter or a Tanglish marker word ("pannu", "irukka", "enga", "evlo").
import type { HomeSnapshot } from '../HomeIndex';
import { namesSomething } from '../kindClaims';
import { phraseKey } from '../deviceKinds';
import { commandOf, isWholeName, mayBeTamil, nameWords, tamilMeaning, tamilTokens, type TamilToken } from './tamilWords';
import { nameBySound } from './tamilSounds';
import { article, howMany, isPlace, measured, plural, withA, type Group } from './dravidianNouns';

type Token = TamilToken;
const THING: ReadonlySet<Token['kind']> = new Set(['word', 'kind']);


/** The words of a Dravidian language the grammar below reads: Tamil's (tamilWords.ts), Malayalam's (malayalamWords.ts). */
export interface DravidianWords {
  may: (text: string) => boolean;
  tokens: (text: string, snapshot: HomeSnapshot) => Token[];
  /** What a word asks when the light verb follows it ("on" + "pannu"/"aakku" = turn on). */
  commandOf: (word: string) => string | undefined;
  /** The English of a kind or place word, for names said by sound. */
  meaning: (word: string) => string | undefined;
}

const TAMIL: DravidianWords = { may: mayBeTamil, tokens: tamilTokens, commandOf, meaning: tamilMeaning };

/** The sentence in English, or undefined when it is not Tamil or says nothing the engine reads. */
export function tamilPhrasing(typed: string, snapshot: HomeSnapshot): string | undefined {
  return dravidianPhrasing(typed, snapshot, TAMIL);
}

/** The sentence of a Dravidian language (its words given) in English, or undefined. */
export function dravidianPhrasing(typed: string, snapshot: HomeSnapshot, language: DravidianWords): string | undefined {
  if (!language.may(typed)) return undefined;
  // "annex geyser on-la irukka": a case ending typed with a hyphen is the ending typed apart ("on la").
  const text = typed.replace(/(\p{L})-(la|le|ku|ah|a|le)(?=\s|$)/gu, '$1 $2');
  const asked = /\?\s*$/.test(text);
  const clauses = text.split(/\s*[,،]\s*|\.\s+/).filter((c) => c.trim());
  const read = clauses.map((c) => clauseTokens(c, snapshot, language)).map((tokens) => (tokens ? { tokens, english: compose(tokens, snapshot, asked, language) } : undefined));
  // "motor ah on pannu da, tank kaali": the request wins over the reason; "common bathroom la irukradhu thaane, adha
  // off pannu": the request is the second clause.
  // "ഒന്ന് കൂട്ടിക്കോ, മൂന്നിൽ ഇട്" (turn it up, put it on three): the request saying its number wins.
  const request = read.find((r) => r?.english && requests(r.tokens) && r.tokens.some((t) => t.kind === 'number')) ?? read.find((r) => r?.english && requests(r.tokens));
  const chosen = request ?? read.find((r) => r?.english);
  // "caretaker room fan, speed ethra": a thing said alone before a question about "it" is the thing asked about.
  const named = read.slice(0, chosen ? read.indexOf(chosen) : 0).reverse().find((r) => r && !r.english && r.tokens.every((t) => THING.has(t.kind)));
  const thing = named ? thingGroups(named.tokens, snapshot, language)[0]?.text : undefined;
  const english = thing && chosen?.english && / it$/.test(chosen.english) ? chosen.english.replace(/ it$/, ` ${article(thing, snapshot)}`) : chosen?.english;
  return english?.replace(/\s+/g, ' ').trim();
}

// "turn on ஹால் லைட்", "where is the கீசர்": an English sentence naming the home's Tamil things is English.
const ENGLISH = new Set(['is', 'are', 'the', 'what', 'whats', 'where', 'which', 'who', 'when', 'how', 'does', 'do', 'can', 'turn', 'switch', 'set', 'of', 'in', 'to', 'it']);

function clauseTokens(clause: string, snapshot: HomeSnapshot, language: DravidianWords): Token[] | undefined {
  const tokens = language.tokens(clause, snapshot).filter((t) => t.kind !== 'softener');
  if (tokens.some((t) => t.kind === 'word' && ENGLISH.has(t.said))) return undefined;
  // "கரண்ட் போனா என்ன ஆகும்" (what happens if the power goes): a condition is left unread.
  if (tokens.some((t) => t.kind === 'clause')) return undefined;
  return tokens.length ? tokens : undefined;
}

function requests(tokens: readonly Token[]): boolean {
  return tokens.some((t, i) => t.kind === 'command' || (t.kind === 'doVerb' && i > 0));
}

function compose(tokens: Token[], snapshot: HomeSnapshot, asked: boolean, language: DravidianWords): string | undefined {
  const groups = thingGroups(tokens, snapshot, language);
  const has = (kind: Token['kind'], english?: string): Token | undefined => tokens.find((t) => t.kind === kind && (english === undefined || t.english === english));
  const question = has('question');
  const measure = tokens.find((t) => t.kind === 'measure');
  const place = groups.find((g) => isPlace(g.text, snapshot));
  const route = wayBetween(tokens, groups, snapshot);
  if (route) return route;
  // "கிணற்றடியிலிருந்து எந்த அறைக்குச் செல்லலாம்", "கூடம் எந்த அறைகளுடன் இணைந்துள்ளது": the rooms next to a place.
  if (has('connect') && place) return `which rooms connect to ${place.text}`;
  const request = commanded(tokens, groups, snapshot, language);
  if (request) return request;
  if (tokens.some((t, i) => t.kind === 'doVerb' && i > 0)) return undefined;
  const it = subject(groups, tokens, snapshot);
  const all = has('all') || has('both');
  if (question?.english === 'how many') return howMany(tokens, groups, place);
  // "ethra AC und veettil": how much of a kind there is, with no measure said, is how many.
  if (question?.english === 'how much' && !measure && has('copula') && groups.some((g) => g !== place && g.tokens.every((t) => t.kind === 'kind'))) return howMany(tokens, groups, place);
  // "tank sensor enga vechirukaanga": where it is kept, not what it is set to.
  if (question?.english === 'where' && measure?.english === 'setpoint') return `where is ${it}`;
  if (measure) return measured(measure, tokens, groups, snapshot);
  const state = has('state');
  const listing = question?.english === 'what' || question?.english === 'which' || has('say') || has('noun', 'devices');
  // "karthik room la enna enna on la irukku": what is on in a place.
  if (state && place && listing) return `what is ${state.english} in ${place.text}`;
  if (state && question?.english === 'when') return `when does ${it} turn ${state.english === 'off' ? 'off' : 'on'}`;
  if (state) return `${all && !it.startsWith('it') ? 'are all' : 'is'} ${it} ${state.english}`;
  if (question?.english === 'where') return all && groups[0] ? `where are the ${plural(groups[0].text)}` : `where is ${it}`;
  if (question?.english === 'who') return groups[0] ? `who has ${article(groups[0].text, snapshot)}` : undefined;
  // "X எப்போ வரை" with words the home never uses asks something else than when X runs.
  if (question?.english === 'when') return groups[0] && namesSomething(snapshot, groups[0].text) ? `when does ${it} run` : undefined;
  // "pooja room la enna irukku", "சமையலறையில என்ன என்ன இருக்கு", "Havells சாதனங்கள் எவை": what is in a place or
  // made by a maker; "தஞ்சாவூர் வீட்டில் உள்ள அனைத்து விளக்குகளும் எவை": the lights there.
  const maker = groups.find((g) => snapshot.manufacturers.has(phraseKey(g.text)));
  if (listing && maker && !place) return `what devices are made by ${maker.text}`;
  const kind = groups.find((g) => g !== place && g.tokens.every((t) => t.kind === 'kind'));
  if (listing && place && kind) return `what ${plural(kind.text)} are in ${place.text}`;
  if (listing && place) return `what devices are in ${place.text}`;
  // "தஞ்சாவூர் வீட்டில் குளிரூட்டி உள்ளதா": whether there is one (there).
  // "tharavad il AC undo": the thing said "in" is where.
  const where = place ?? groups.find((g) => g !== kind && g.case === 'in');
  if (has('copula') && kind && !question) return `is there ${withA(kind.text)}${where ? ` in ${where.text}` : ''}`;
  // "wifi password enna": what a thing of the home is.
  if (question?.english === 'what' && groups.length === 1 && tokens.length === (groups[0]?.tokens.length ?? 0) + 1) return `what is ${it}`;
  // "இண்டக்ஷன்?": a thing alone, asked, is a follow-up about it.
  if (asked && groups.length === 1 && tokens.length === groups[0]?.tokens.length) return `and ${article(groups[0].text, snapshot)}?`;
  return undefined;
}

/** "A-இலிருந்து B-க்கு எப்படிச் செல்வது", "motor room ku epdi poradhu from karthik room": the way between two places. */
function wayBetween(tokens: readonly Token[], groups: readonly Group[], snapshot: HomeSnapshot): string | undefined {
  const fromWord = tokens.findIndex((t) => t.kind === 'word' && t.said === 'from');
  const from = fromWord >= 0 ? groups.find((g) => g.start === fromWord + 1) : groups.find((g) => g.case === 'from');
  // "arjunte roomil ninnu terrace il engane pokum": with a verb of going, the place "in" after the start is the end.
  const going = tokens.some((t) => t.kind === 'go');
  const to = groups.find((g) => g.case === 'to' && g !== from) ?? (going && from ? groups.find((g) => g.case === 'in' && g.start > from.start) : undefined);
  // "tharavad poomukhathu ninnu": a place named after the site it is at is the place.
  const start = from && placeOf(from, snapshot);
  const end = to && placeOf(to, snapshot);
  if (!start || !end) return undefined;
  return `how do i get from ${start} to ${end}`;
}

/** The group's words as a place, or its last word when the words before it only say where that is. */
function placeOf(group: Group, snapshot: HomeSnapshot): string | undefined {
  if (isPlace(group.text, snapshot)) return group.text;
  const last = group.tokens[group.tokens.length - 1]?.said;
  return group.tokens.length > 1 && last && isPlace(last, snapshot) ? last : undefined;
}

/** A request: a word that says what to do and the light verb after it ("off pannu"), or a verb said whole ("போடு"). */
function commanded(tokens: readonly Token[], groups: readonly Group[], snapshot: HomeSnapshot, language: DravidianWords): string | undefined {
  const light = tokens.findIndex((t, i) => t.kind === 'doVerb' && i > 0);
  // "speed kurakku 1 il idu": of two verbs, the one a number is said before sets the number.
  const verbs = tokens.flatMap((t, i) => (t.kind === 'command' ? [i] : []));
  const numbered = verbs.find((i) => tokens.slice(0, i).some((t) => t.kind === 'number'));
  const verbAt = light > 0 ? light - 1 : numbered ?? verbs[0] ?? -1;
  if (verbAt < 0) return undefined;
  const word = tokens[verbAt];
  if (!word) return undefined;
  // "master geyser 50 aakku", "randil aakku": a number and the light verb set it to the number.
  const verb = language.commandOf(word.said) ?? (word.kind === 'command' ? word.english : word.kind === 'number' && light > 0 ? 'set' : undefined);
  if (!verb) return undefined;
  const before = groups.filter((g) => g.end <= verbAt);
  const pronoun = tokens.slice(0, verbAt).some((t) => t.kind === 'it');
  const all = tokens.slice(0, verbAt).some((t) => t.kind === 'all' || t.kind === 'both');
  // "dining fan um light um on pannu": the things joined by "um" are each asked.
  const joined = before.filter((g) => g.case === 'and' || tokens[g.end]?.kind === 'and');
  const said = joined.length > 1 ? joined : before.slice(-1);
  const number = tokens.slice(0, verbAt + 1).find((t) => t.kind === 'number');
  const quantity = tokens.slice(0, verbAt).find((t) => t.kind === 'measure');
  if (number && ['set', 'turn down', 'turn up', 'turn on'].includes(verb)) {
    const thing = before.filter((g) => g.start < tokens.indexOf(number)).slice(-1)[0];
    const target = thing ? article(thing.text, snapshot) : 'it';
    const said = quantity && quantity.english !== 'temperature' && target !== 'it' ? ` ${quantity.english}` : '';
    return `set ${target}${said} to ${number.said}${quantity?.english === 'brightness' ? '%' : ''}`;
  }
  // "red ah maathu": the engine has no colour or mode setting to propose; the request is left to the model.
  if (verb === 'set') return undefined;
  const target = said.length > 1 ? said.map((g) => article(g.text, snapshot)).join(' and ') : said[0] ? article(said[0].text, snapshot) : pronoun || !all ? 'it' : 'them all';
  if (verb === 'turn down' || verb === 'turn up') return `turn ${target} ${verb === 'turn down' ? 'down' : 'up'}`;
  if (verb === 'open' && /lock|லாக்|லாக்கர்|பூட்டு/.test(target)) return `unlock ${target}`;
  if (verb === 'turn on' || verb === 'turn off') return target === 'it' || target === 'them all' ? `turn ${target} ${verb.slice(5)}` : `${verb} ${target}`;
  return `${verb} ${target}`;
}

/** Runs of the home's words and kind words; a case joined to a word or said after it ends its run. */
function thingGroups(tokens: readonly Token[], snapshot: HomeSnapshot, language: DravidianWords): Group[] {
  const groups: Group[] = [];
  let run: Token[] = [];
  let start = 0;
  const close = (end: number, after?: Token): void => {
    if (run.length) {
      const last = run[run.length - 1];
      const said = caseOf(after) ?? last?.case;
      groups.push({ text: groupText(run, snapshot, language), start, end, ...(said ? { case: said } : {}), tokens: run });
    }
    run = [];
  };
  tokens.forEach((t, i) => {
    if (THING.has(t.kind)) {
      if (!run.length) start = i;
      run.push(t);
      if (t.case) close(i + 1);
    } else close(i, t);
  });
  close(tokens.length);
  return groups;
}

function caseOf(t: Token | undefined): Token['case'] | undefined {
  if (!t) return undefined;
  if (t.kind === 'in' || t.kind === 'from' || t.kind === 'to' || t.kind === 'object' || t.kind === 'and') return t.kind;
  return undefined;
}

function groupText(run: readonly Token[], snapshot: HomeSnapshot, language: DravidianWords): string {
  const said = run.map((t) => t.said).join(' ');
  if (isWholeName(said, snapshot)) return said;
  // "hall fan" is the home's "மின்விசிறி ஹால்", "அம்மா ரூம் ஃபேன்" its "Amma room fan" (tamilSounds.ts).
  const bySound = nameBySound(run.map((t) => t.said), snapshot, language.meaning);
  if (bySound) return bySound;
  const names = nameWords(snapshot);
  // A Tamil kind word no name holds ("விளக்குகள்") is said in English; the home's words stay as typed.
  return run.map((t) => (t.kind === 'kind' && !names.has(t.said) ? t.english : t.said)).join(' ');
}

/** The thing asked about: the last thing before the state or question word, else the first, else "it". */
function subject(groups: readonly Group[], tokens: readonly Token[], snapshot: HomeSnapshot): string {
  const head = tokens.findIndex((t) => t.kind === 'state' || t.kind === 'question');
  const before = groups.filter((g) => head < 0 || g.end <= head);
  const chosen = before[before.length - 1] ?? groups[0];
  return chosen ? article(chosen.text, snapshot) : 'it';
}
