// The last step before "can't answer": a full-text search of the graph with the question's content words, shown as
// snippets ("Here's what I found about …"). For date questions ("when's the next hvac service due?") the sentence
// with a date is the snippet. Declines when nothing covers the words, so unrelated questions still reach the LLM.
import type { Entity } from '../../src-shared/protocol/entities';
import type { SearchEntitiesResult } from '../tools/searchEntities';
import { coveredKinds, DEVICE_KINDS, kindForPhrase, phraseKey } from './deviceKinds';
import { tokenize } from './normalizeText';
import { homeSynonym, homeUses, homeWords, thingSayings } from './homeWords';
import { LIST_MAX, listOrSentence, placeName } from './AnswerBuilder';
import { devicesOfKindsNamed } from './noneGuard';
import { devicesReporting, openStateOf } from './deviceReadings';
import { withFreshness } from './answerText';
import { entitySlot, inScope, type IntentAnswerInput } from './IntentAnswerInput';
import { devicesWithin } from './placeClaims';
import { asksDetectorsOnly, detectorReport } from './detectorReport';
import { BARE_VERBS, TASK_VERBS } from './taskVerbs';
import { sentencesOf } from './sentences';
import { inflectionStem } from './wordStem';
import { aspectOf } from './cueWords';
import { deviceDescribedAs } from './describedDevice';
import { whenForDevice } from './answerAutomations';
import { secretNotesOf } from './secretNotes';
import { aspectNearby } from './aspectNearby';
import { holdsSecretValue, privateNotesForSecret, privateSecretAnswer, secretQuestionWords } from './privateSecretNotes';

const MAX_HITS = 5;
const MAX_SNIPPET = 220;
/** Text that holds a secret: of what mentions the alarm, this answers "whats the alarm code". */
const SECRET = /\b(password|passcode|passphrase|pin|code|combination|lösenord|passord|kodeord|passwort|kennwort|contraseña|wachtwoord|hasło|senha|mot de passe)\b/iu;
const DATE = /\b(\d{1,2}:\d{2}|\d{4}-\d{2}-\d{2}|\d{1,2}[/.]\d{1,2}[/.]\d{2,4}|(jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\s+\d{1,2}(st|nd|rd|th)?(,?\s+\d{4})?|\d{1,2}(st|nd|rd|th)?\s+(jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*(\s+\d{4})?|(jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\s+\d{4}|(mon|tues|wednes|thurs|fri|satur|sun)days?\b|every\s+\w+|weekly|monthly|annually|yearly)\b/i;

export async function graphSearch(input: IntentAnswerInput): Promise<string | undefined> {
  const query = input.match.slots['query'];
  if (query?.type !== 'text' || !query.text.trim()) return undefined;
  const datedSlot = input.match.slots['dated'];
  const dated = datedSlot !== undefined;
  const which = datedSlot?.type === 'text' ? datedSlot.text : 'next';
  // "when is trash day" in a home whose note says "waste": the search uses the home's word for the topic.
  // "which day do the bins go out": a date is looked for under "bin" too, the search matching word beginnings ("grey
  // bin"). Other searches keep the word as typed ("any doors open" lists doors, not a "garage door opener").
  const singular = (t: { key: string; text: string }): string => (dated && t.key.length >= 3 && t.text.toLowerCase().startsWith(t.key) ? t.key : t.text);
  const searched = tokenize(query.text).map((t) => homeSynonym(input.snapshot, t.key) ?? singular(t)).join(' ');
  const wanted = [...new Set(tokenize(searched).map((t) => t.key))];
  if (wanted.length === 0) return undefined;
  // "is there any leak", "any smoke?": what the detectors of it read, before any text that mentions the word.
  if ((input.match.slots['existence'] !== undefined || input.match.words[0] === 'any') && asksDetectorsOnly(wanted)) {
    const place = entitySlot(input.match, 'place');
    const report = detectorReport(inScope(input, place ? devicesWithin(input.snapshot, place) : input.snapshot.devices), input.match.words);
    input.answer.cite(...(report?.devices ?? []));
    if (report) return withFreshness(report.text, input.context.freshness.label);
  }
  const code = input.match.slots['code'];
  const secret = input.match.slots['secret'] !== undefined;
  // "what's tomasz's mobile": whose it is ("tomasz") is the subject; the sentence with "mobile" answers.
  const subjectSlot = input.match.slots['subject'];
  const subjectKeys = subjectSlot?.type === 'text' ? tokenize(subjectSlot.text).map((t) => t.key) : [];
  // "the guest wifi password": which secret the other words say ("Guest wifi: …"), not the word "password".
  if (secret) subjectKeys.push(...wanted.filter((k) => SECRET.test(k)));
  // "budi's mobile" said as typed: the possessor is whose, the rest what is asked.
  const owners = tokenize(query.text).filter((t) => /['’]s$/i.test(t.text)).map((t) => t.key);
  if (owners.length > 0 && owners.length < wanted.length) subjectKeys.push(...owners);
  // Words the home never uses cannot be found: say so (or decline) without a full-text search over the whole graph.
  const vocabulary = homeWords(input.snapshot);
  const anyKnown = tokenize(searched).some((t) => vocabulary.has(t.key) || homeUses(input.snapshot, t.text, t.key));
  // "F28" written "F.28" or "F-28" in a manual: the code is looked for by its letters and number in every document.
  const codeAt = code?.type === 'text' ? errorCodePattern(code.text) : undefined;
  // A guest asking for a secret the search cannot reach by its words hears that it is private (privateSecretNotes.ts).
  const named = input.match.slots['device'];
  const ranked = privateNotesForSecret(input.snapshot, secretQuestionWords(input.match.words, query.text, named?.type === 'entity' ? [named.entity] : named?.type === 'ambiguous' ? named.candidates : []));
  const guestSecret = (): string | undefined => {
    const notes = secret && input.context.role !== 'admin' ? ranked.notes : [];
    input.answer.cite(...notes);
    return notes.length > 0 ? privateSecretAnswer(notes) : undefined;
  };
  if (!anyKnown && !codeAt) return guestSecret() ?? (input.match.slots['existence'] !== undefined ? nothingMatches(input, query.text) : undefined);
  // Word endings differ between question and text ("descaling" / "Descale", "services" / "service"): the full-text
  // search matches prefixes, so each word is searched by its stem.
  // A question about when, how long or who ("when is the chimney guy coming") may use words the home never does;
  // only the words it does use can be found, so only those count (an existence question keeps every word: "is
  // there a baby monitor" is not answered by a monitor).
  const known = wanted.filter((k) => vocabulary.has(k) || homeUses(input.snapshot, k, k));
  // "wifi pw?": a secret is looked for by the words the home uses ("pw" is said nowhere; "password" may not be either).
  const byKnown = (dated || secret || input.match.slots['aspect'] !== undefined) && known.length > 0 && input.match.slots['existence'] === undefined;
  // "when did we put the garlic in": a bare verb says nothing a dated note must repeat ("Garlic planted 20 Oct").
  const asKnown = byKnown ? known : wanted;
  const needed = dated && asKnown.some((k) => !BARE_VERBS.has(k)) ? asKnown.filter((k) => !BARE_VERBS.has(k)) : asKnown;
  const result = await input.answer.read<SearchEntitiesResult>('search_entities', { query: searchStems(secret && byKnown ? known.join(' ') : searched), limit: 20 }, (r) => `${r.count} results`);
  const aspectSlot = input.match.slots['aspect'];
  // "where are the bins", "how often should I clean the feeder": what the question asks picks the sentence.
  const asked = aspectOf(input.match.words) ?? (input.match.words.includes('where') ? 'where' : undefined);
  const aspect = aspectSlot?.type === 'text' ? ASPECTS[aspectSlot.text] : asked ? ASPECTS[asked] : undefined;
  const isPrivate = (e: Entity): boolean => e.entity_type === 'note' && e.content['private'] === true;
  const hidden: Entity[] = [];
  const hits: Array<{ entity: Entity; covered: number; snippet: string }> = [];
  const candidates = result.results.map((hit) => hit.id);
  if (codeAt) for (const e of input.snapshot.byId.values()) if (DOCUMENT_TYPES.has(e.entity_type) && !candidates.includes(e.id) && codeAt.test(textOf(e))) candidates.push(e.id);
  // "when is it due for a service" about the boiler: a document linked to a device the question names speaks of it
  // without its name ("Przegląd Kotła: … next one due by 8 October 2026").
  const linkedNames = new Map<string, Set<string>>();
  for (const [docId, devices] of input.snapshot.devicesOfDoc) {
    const named = devices.filter((d) => tokenize(d.name).every((t) => wanted.includes(t.key)));
    // "until when is the solar warranty": a note of the device described as a "solar inverter" speaks of it too.
    const described = dated ? devices.flatMap((d) => describedWords(d).filter((k) => k.length >= 4 && wanted.includes(k))) : [];
    if (named.length === 0 && described.length === 0) continue;
    linkedNames.set(docId, new Set([...named.flatMap((d) => tokenize(d.name).map((t) => t.key)), ...described]));
    if (!candidates.includes(docId)) candidates.push(docId);
  }
  for (const id of candidates) {
    const entity = input.snapshot.byId.get(id);
    if (!entity) continue;
    const body = textOf(entity);
    const nameKeys = new Set(tokenize(entity.name).map((t) => t.key));
    const bodyKeys = tokenize(body).map((t) => t.key);
    const have = new Set([...nameKeys, ...bodyKeys, ...(linkedNames.get(entity.id) ?? [])]);
    const haveText = ` ${[...nameKeys, ...bodyKeys].join(' ')} `;
    const covered = needed.filter((k) => have.has(k) || sameStem(k, have) || synonymIn(k, haveText) || have.has(TASK_VERBS[k] ?? k)).length;
    // An error code must be there; otherwise all words when there are one or two (one is enough if it is in the
    // name), two thirds for more: a stray common word is not "about" the question.
    const enough = code?.type === 'text'
      ? have.has(tokenize(code.text)[0]?.key ?? '') || (codeAt?.test(body) ?? false)
      : covered >= (needed.length === 1 ? 1 : needed.length === 2 ? (needed.some((k) => nameKeys.has(k)) ? 1 : 2) : Math.ceil((needed.length * 2) / 3));
    // "what's the pin for the front door keypad": a text with the secret word asked ("keypad PIN 7391") and one more
    // word of the question holds it, whatever else the question says of where the keypad is.
    if (!enough && !(secret && coversSecretAsked(needed, have, body))) continue;
    if (isPrivate(entity) && input.context.role !== 'admin') {
      hidden.push(entity);
      continue;
    }
    hits.push({ entity, covered, snippet: snippetOf(body, code?.type === 'text' ? [...wanted, ...tokenize(code.text).map((t) => t.key)] : wanted, dated, which, aspect, new Set([...nameKeys, ...subjectKeys]), codeAt) });
  }
  if (secret) {
    // "whats the spare pin for the front door": the notes of the device the question names hold it too.
    const named = input.match.slots['device'];
    const asked = named?.type === 'entity' ? [named.entity] : named?.type === 'ambiguous' ? named.candidates : [];
    for (const note of secretNotesOf(input.snapshot, [...hits.map((h) => h.entity), ...hidden, ...asked], (n) => SECRET.test(textOf(n)))) {
      if (isPrivate(note) && input.context.role !== 'admin') hidden.push(note);
      else hits.push({ entity: note, covered: needed.length, snippet: snippetOf(textOf(note), wanted, dated, which, aspect, new Set(tokenize(note.name).map((t) => t.key)), codeAt) });
    }
  }
  // "what's the wifi" read as the note named so (`noteAnswers.ts`): that note being private is the answer for a guest.
  const noteSlot = input.match.slots['note'];
  const askedNote = noteSlot?.type === 'entity' ? noteSlot.entity : undefined;
  if (hidden.length > 0 && (secret || hits.length === 0 || (askedNote !== undefined && hidden.includes(askedNote)))) {
    // "whats the wifi password": of the private notes found, those sharing the question's words ("Senha do Wi-Fi").
    const closer = secret && ranked.sharing ? hidden.filter((h) => ranked.notes.includes(h)) : [];
    const named = closer.length > 0 ? closer : secret && ranked.sharing ? ranked.notes : hidden;
    input.answer.cite(...named);
    return `That is in a private note (${named.map((h) => h.name).join(', ')}); only an admin can see private notes.`;
  }
  // A device with a "pin" capability holds no secret a guest asked for; only a text can.
  const guestAnswer = hidden.length === 0 && !hits.some((h) => h.entity.entity_type !== 'device' && holdsSecretValue(textOf(h.entity), SECRET)) ? guestSecret() : undefined;
  if (guestAnswer) return guestAnswer;
  // "whats the alarm code": of what mentions the alarm, the text that holds a secret answers.
  if (secret && hits.some((h) => SECRET.test(textOf(h.entity)))) hits.splice(0, hits.length, ...hits.filter((h) => SECRET.test(textOf(h.entity))));
  if (dated) hits.sort((a, b) => Number(DATE.test(b.snippet)) - Number(DATE.test(a.snippet)) || b.covered - a.covered);
  else if (aspect) hits.sort((a, b) => b.covered - a.covered || Number(aspect.test(b.snippet)) - Number(aspect.test(a.snippet)));
  else hits.sort((a, b) => b.covered - a.covered);
  // "when is the aquarium light on": a device said by its description ("smart plug for the aquarium light") or found
  // with no date of its own is answered by the schedule or automation that runs it.
  if (dated && which === 'next') {
    const first = hits[0];
    const device = deviceDescribedAs(input.snapshot, tokenize(query.text)) ?? (first?.entity.entity_type === 'device' && !DATE.test(first.snippet) ? first.entity : undefined);
    const when = device ? await whenForDevice({ ...input, match: { ...input.match, slots: { device: { type: 'entity', text: device.name, entity: device, how: 'synonym' } } } }) : undefined;
    if (when && !when.startsWith('No schedule')) return when;
  }
  // The best hit does not say how often/how long: the documents of its devices may ("Clean the filters every two weeks").
  const top = hits[0];
  const near = aspect && top && !aspect.test(top.snippet) ? aspectNearby(input.snapshot, top.entity, wanted, aspect, textOf, input.context.role === 'admin') : undefined;
  if (near) {
    input.answer.cite(near.doc, top?.entity);
    return `From ${near.doc.name}: ${near.sentence}`;
  }
  const shown = hits.slice(0, MAX_HITS);
  if (shown.length === 0) {
    // "is there a baby monitor?": nothing by name, kind, maker, capability or text anywhere is an honest no.
    if (input.match.slots['existence'] !== undefined) return nothingMatches(input, query.text);
    return undefined;
  }
  input.answer.cite(...shown.map((h) => h.entity));
  const lines = shown.map((h) => `• ${h.entity.name} (${h.entity.entity_type})${h.snippet ? `: ${h.snippet}` : ''}`);
  const first = shown[0];
  if (((dated && DATE.test(first?.snippet ?? '')) || (aspect && aspect.test(first?.snippet ?? ''))) && first) return `From ${first.entity.name}: ${first.snippet}${shown.length > 1 ? `\nAlso found:\n${lines.slice(1).join('\n')}` : ''}`;
  return `Here's what I found about “${query.text}”:\n${lines.join('\n')}`;
}

/** The words of a device's own description and model ("solar inverter for the 12 panels"). */
function describedWords(device: Entity): string[] {
  return ['description', 'model'].flatMap((f) => (typeof device.content[f] === 'string' ? tokenize(device.content[f] as string).map((t) => t.key) : []));
}

/** The secret word the question asks for ("pin") is in the text with it, and so is another of its words. */
function coversSecretAsked(needed: readonly string[], have: ReadonlySet<string>, body: string): boolean {
  const asked = needed.filter((k) => SECRET.test(k) && have.has(k));
  return asked.length > 0 && SECRET.test(body) && needed.some((k) => !asked.includes(k) && have.has(k));
}

/** When a record was updated or synced is bookkeeping, never what "when" asks ("state updated at: …"). */
const BOOKKEEPING = /^(state_)?(updated|created|modified|synced|imported|last_seen)(_at)?$/;
/** Fields whose values are prose: quoted as they are. Every other field is said with its name ("duration: 30 minutes"). */
const PROSE_FIELDS = new Set(['text', 'content', 'description', 'title', 'notes', 'note', 'steps', 'summary', 'body', 'instructions', 'details', 'comment', 'comments']);

/**
 * The content of an entity as sentences (state and ids left out). Prose fields as written; other fields, numbers
 * included, with their name, so that "how long", "what temperature" or "who" can find "duration: 30 minutes",
 * "otherwise setpoint c: 17" or "installer: Ortega".
 */
export function textOf(entity: Entity): string {
  const parts: string[] = [];
  const visit = (value: unknown, depth: number, key: string | undefined): void => {
    if (depth > 3) return;
    const label = key && !PROSE_FIELDS.has(key) && !/^\d+$/.test(key) ? `${key.replace(/_/g, ' ')}: ` : '';
    if (typeof value === 'string') parts.push(`${label}${value}`);
    else if (typeof value === 'number' && label) parts.push(`${label}${value}`);
    else if (Array.isArray(value)) {
      if (label && value.length > 0 && value.every((v) => typeof v === 'string' || typeof v === 'number')) parts.push(`${label}${value.join(', ')}`);
      else for (const v of value) visit(v, depth + 1, key && PROSE_FIELDS.has(key) ? key : undefined);
    } else if (value && typeof value === 'object') {
      for (const [k, v] of Object.entries(value)) if (k !== 'state' && !k.endsWith('_id') && k !== 'id' && !BOOKKEEPING.test(k)) visit(v, depth + 1, k);
    }
  };
  visit(entity.content, 0, undefined);
  // One field or step a line: each is its own sentence when a snippet is picked ("frequency: every 2 weeks").
  return parts.join('.\n').replace(/\.\s*\./g, '.');
}

/** What a question asks about beyond its subject, and how a sentence that answers it looks. */
export const ASPECTS: Record<string, RegExp> = {
  duration: /\b(duration|takes?|\d+\s*(min|mins|minutes?|hours?|h|seconds?|s)\b)/i,
  frequency: /\b(every|frequency|interval|monthly|weekly|daily|yearly|annual|annually|times a)\b/i,
  // A phone number ("040 123 4567") says who to call as plainly as a name does.
  who: /\b(by|contact|phone|company|technician|installer|installed by|service|call|owner)\b|\b\d{2,4} \d{3,4}(?: \d{3,4})?\b/i,
  // Any currency sign ("₹", "₨", "฿"), and rupees written out ("Rs 18,450", "LKR").
  cost: /(\p{Sc}|\b(cost|price|eur|usd|gbp|rupees?|lkr|inr|pkr|npr)\b|\brs\.?\s?\d)/iu,
  temperature: /(°|\bsetpoint|\btemperature|\btemp\b)/i,
  where: /\b(is|are|kept|stored|lives?|located|hangs?)\s+(in|on|under|behind|above|below|inside|next to|by|at)\b|\b(cupboard|drawer|shelf|cabinet|closet|box|hook)\b/i,
};

/** "descaling" → "descal", "services" → "servic", "batteries" → "batter": a prefix the full-text search can match. */
export function searchStems(query: string): string {
  return query.split(/\s+/).filter(Boolean).map((w) => {
    const lower = w.toLowerCase();
    if (lower.length < 6) return w;
    for (const suffix of ['ations', 'ation', 'ings', 'ing', 'ies', 'ers', 'er', 'ed', 'es', 's', 'e']) {
      if (lower.endsWith(suffix) && lower.length - suffix.length >= 4) return lower.slice(0, -suffix.length);
    }
    return w;
  }).join(' ');
}

const DOCUMENT_TYPES: ReadonlySet<string> = new Set(['manual', 'procedure', 'note']);

/** "F28" also as "F.28", "F-28", "F 28" or "F028": its letters, an optional separator, its number. */
export function errorCodePattern(code: string): RegExp | undefined {
  // "error 11" is a code too: the word before the number may be spelled out.
  const parts = /^([a-z]{1,3}|error|fault)[\s.:_-]?(\d{1,4})$/i.exec(code.trim());
  if (!parts?.[1] || !parts[2]) return undefined;
  return new RegExp(`(?<![\\p{L}\\d])${parts[1]}[\\s.:_-]?0*${String(Number(parts[2]))}(?!\\d)`, 'iu');
}

function snippetOf(body: string, wanted: readonly string[], dated: boolean, which: string, aspect: RegExp | undefined, nameKeys: ReadonlySet<string>, codeAt?: RegExp): string {
  const sentences = sentencesOf(body);
  let best = '';
  let bestScore = -1;
  for (const s of sentences) {
    const keys = new Set(tokenize(s).map((t) => t.key));
    // A word of the hit's own name is its subject ("Filemon"): the sentence with the other words answers.
    let score = wanted.filter((k) => keys.has(k) || sameStem(k, keys)).reduce((sum, k) => sum + (nameKeys.has(k) ? 0.5 : 1), 0);
    // Facts come with numbers ("1.0-2.0 bar", "ISO ePM1 (F7)"): of sentences with the same words, the one with a number.
    if (/\d/.test(s)) score += 0.25;
    if (codeAt?.test(s)) score += 3;
    if (aspect?.test(s)) score += 2;
    if (dated && DATE.test(s)) score += 2;
    if (dated && which === 'next' && /\b(due|next|expire|expires|until)\b/i.test(s)) score += 2;
    if (dated && which === 'last' && /\b(last|was|done|replaced|serviced)\b/i.test(s)) score += 2;
    // "when is it due" is not answered by when it was last done (and the other way round).
    if (dated && which === 'next' && /\b(last|was|were|did|done|replaced|serviced|installed)\b/i.test(s)) score -= 1;
    if (score > bestScore) {
      best = s;
      bestScore = score;
    }
  }
  return best.length > MAX_SNIPPET ? `${best.slice(0, MAX_SNIPPET - 1)}…` : best;
}

/** "open" or "closed" when the question asks whether things are in that state. */
function openAsked(words: readonly string[]): 'open' | 'closed' | undefined {
  if (words.includes('open')) return 'open';
  return words.includes('closed') || words.includes('shut') ? 'closed' : undefined;
}

/** The honest "nothing" for an existence question, unless a kind it names is in the home under other words. */
function nothingMatches(input: IntentAnswerInput, query: string): string {
  const found = devicesOfKindsNamed(input.snapshot, query);
  if (found.length > 0) {
    const devices = [...new Set(found.flatMap((f) => f.devices))];
    input.answer.cite(...devices);
    const kinds = found.map((f) => f.kind.plural).join(' and ');
    return listOrSentence(`Nothing is called “${query}”, but this home has ${kinds}:`, devices.map((d) => d.name));
  }
  // "any doors open?": a word for a type of thing the graph holds (doors, windows, rooms, notes) is never "nothing".
  const types = new Set(tokenize(query).map((t) => t.key));
  const ofType = [...input.snapshot.byId.values()].filter((e) => types.has(e.entity_type)).sort((a, b) => a.name.localeCompare(b.name));
  const asked = openAsked(input.match.words);
  const read = asked ? ofType.filter((e) => openStateOf(e) !== undefined) : [];
  if (asked && read.length > 0) {
    // "any doors open?": the ones in that state, out of those with a reading; the others are counted, not listed.
    const type = `${read[0]?.entity_type ?? ''}${read.length === 1 ? '' : 's'}`;
    const inState = read.filter((e) => openStateOf(e) === asked);
    input.answer.cite(...inState);
    if (inState.length === 0) return withFreshness(`No, none of the ${read.length} ${type} is ${asked}.`, input.context.freshness.label);
    return withFreshness(listOrSentence(`${inState.length} of ${read.length} ${type} ${inState.length === 1 ? 'is' : 'are'} ${asked}:`, inState.map((e) => e.name)), input.context.freshness.label);
  }
  if (ofType.length > 0) {
    input.answer.cite(...ofType.slice(0, LIST_MAX));
    return listOrSentence(`This home has ${ofType.length} ${ofType[0]?.entity_type ?? ''}${ofType.length === 1 ? '' : 's'}:`, ofType.map((e) => {
      const open = openStateOf(e);
      return open ? `${e.name} (${open})` : e.name;
    }));
  }
  // "any leaks?": the leak sensors' `leak: false` is the answer, whatever no text says.
  const reporting = devicesReporting(input.snapshot.devices, [...types]);
  if (reporting.length > 0) {
    input.answer.cite(...reporting.slice(0, LIST_MAX).map((r) => r.device));
    // "where is the co2 meter": the device that measures it is the meter asked for, so where it is is said with it.
    const placeOf = (e: Entity): Entity | undefined => (input.match.words.includes('where') ? input.snapshot.placeOfDevice.get(e.id) : undefined);
    input.answer.cite(...reporting.slice(0, LIST_MAX).map((r) => placeOf(r.device)));
    const line = (r: (typeof reporting)[number]): string => {
      const place = placeOf(r.device);
      return `${r.device.name}${place ? ` (in ${placeName(place)})` : ''}: ${r.reading}`;
    };
    return withFreshness(listOrSentence(`Nothing is called “${query}”, but ${reporting.length === 1 ? 'this device reports it' : `these ${reporting.length} devices report it`}:`, reporting.slice(0, LIST_MAX).map(line)), input.context.freshness.label);
  }
  // "do we have a pet feeder" where a device is described as an "automatic cat feeder": nothing matches the whole
  // phrase, but "no device mentions it" would be false. The devices whose own words hold a word of it are named.
  const partly = devicesMentioningAWordOf(input, query);
  if (partly) return partly;
  // "where are the recordings stored", "where is it kept": a question about where, what or how of something, whose
  // leftover words match nothing, was not understood; only a question whether the home has a thing is answered "none".
  if (input.match.words.some((w) => INFORMATION_ASKED.has(w))) {
    return `I couldn't find what “${query}” refers to in this home's devices, rooms, notes or manuals.`;
  }
  return `I found nothing matching “${query}” in this home: no device, room, note or manual mentions it.`;
}

/** Question words that ask something about a thing, not whether there is one. */
const INFORMATION_ASKED = new Set(['where', 'what', 'how', 'which', 'who', 'why', 'when']);

/** Devices and places whose name, description or model holds one of the query's words (the last word first). */
function devicesMentioningAWordOf(input: IntentAnswerInput, query: string): string | undefined {
  const words = tokenize(query).map((t) => t.key).filter((k) => k.length >= 4).reverse();
  const sayings = thingSayings(input.snapshot).filter(({ entity }) => entity.entity_type !== 'door' && entity.entity_type !== 'window');
  for (const word of words) {
    const hits: Array<{ entity: Entity; said: string }> = [];
    for (const { entity, said } of sayings) {
      const saying = said.find(({ keys }) => keys.has(word) || sameStem(word, keys));
      if (saying) hits.push({ entity, said: saying.text });
      if (hits.length > 6) break;
    }
    if (hits.length === 0 || hits.length > 6) continue;
    input.answer.cite(...hits.map((h) => h.entity));
    // "where is the pet feeder": a device described as an "automatic cat feeder" is that device, so where it is
    // is the answer, said with it.
    const where = input.match.words.includes('where');
    const placeOf = (e: Entity): Entity | undefined => (where ? input.snapshot.placeOfDevice.get(e.id) : undefined);
    input.answer.cite(...hits.map((h) => placeOf(h.entity)));
    const lines = hits.map((h) => {
      const place = placeOf(h.entity);
      const at = place ? `, in ${placeName(place)}` : '';
      return h.said === h.entity.name ? `${h.entity.name}${at ? ` (${at.slice(2)})` : ''}` : `${h.entity.name} (“${h.said}”${at})`;
    });
    return listOrSentence(`Nothing here is called “${query}”, but ${hits.length === 1 ? 'this mentions' : 'these mention'} “${word}”:`, lines);
  }
  return undefined;
}

/** "replacing" ~ "replace", "serviced" ~ "service": the same first five letters. */
function sameStem(key: string, have: ReadonlySet<string>): boolean {
  if (key.length < 5) return false;
  // "jammed" ~ "jams": the same word less its ending.
  const bare = inflectionStem(key);
  for (const h of have) if ((bare !== undefined && (h === bare || inflectionStem(h) === bare)) || inflectionStem(h) === key) return true;
  const stem = key.slice(0, 5);
  for (const h of have) if (h.length >= 5 && h.startsWith(stem)) return true;
  return false;
}

/** A kind word said one way and written another ("ac" vs "mini-split", "heating" vs "HVAC"), via the kind lexicon. */
function synonymIn(key: string, haveText: string): boolean {
  const kind = kindForPhrase(key);
  if (!kind) return false;
  const family = [kind, ...DEVICE_KINDS.filter((k) => coveredKinds(k).has(kind.id) && k.id !== kind.id)];
  return family.some((k) => k.phrases.some((p) => haveText.includes(` ${phraseKey(p)} `)));
}
