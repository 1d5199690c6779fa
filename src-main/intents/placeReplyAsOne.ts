// "waschküche", "yung sa sala", "el del mas", "d Chuchi", "upstairs" right after a question back among devices, a
// list of devices of one kind, or a question about one device: a reply that names a place and nothing else picks the
// one there, as "the one in <place>" would. Said bare or after "the one of" in the home's language (lexicon/
// oneOfPlace.json), it was read as a new question about the whole place ("The Sala has 9 devices"), which answers
// nothing asked. Rewritten to "the one in <place>", the readers of that phrase (pickCandidate, listedOneInPlace,
// sameKindElsewhere) take it. A focus that holds a place ("what's in the kitchen" → "the lounge?") is left alone:
// that place is swapped as before.
import { z } from 'zod';
import lexicon from './lexicon/oneOfPlace.json';
import type { Focus } from './ConversationFocus';
import { phraseKey } from './deviceKinds';
import type { HomeSnapshot } from './HomeIndex';
import { onlyPlaceOfOffered } from './onlyPlaceOfOffered';

export { kindBesideIt } from './kindBesideIt';
export { whichListedInState } from './whichListedInState';

const LEXICON = z.object({ leads: z.array(z.string().min(1)), openers: z.array(z.string().min(1)) }).strict().parse(lexicon);
const byLength = (a: string[], b: string[]): number => b.length - a.length;
const LEADS = [...new Set(LEXICON.leads.map(phraseKey))].map((k) => k.split(' ')).sort(byLength);
// A reply that opens with one of the openers ("and the salon", "what about the bach", "e o do quarto") is an ellipsis,
// read by the ellipsis readers (a place swapped into the last question): left alone here.
const OPENERS = [...new Set(LEXICON.openers.map(phraseKey))].map((k) => k.split(' ')).sort(byLength);
const POSSESSIVE = /\p{L}['’]s?(?:\s|$|[?.!])/u;
/** A reply this long is a question of its own, not a place said back. */
const MAX_WORDS = 7;

/** "the one in <place>" for a reply that only names one of the home's places, when the focus has one to pick. */
export function placeReplyAsOne(text: string, focus: Focus | undefined, snapshot: HomeSnapshot): string | undefined {
  // "morag's", "ah ma's one": a person's thing (ownerFollowUp.ts), not their room; "and the salon" swaps a place as before.
  if (!focus || focus.slots['place'] || focus.slots['room'] || POSSESSIVE.test(text)) return undefined;
  const keys = phraseKey(text).split(' ').filter(Boolean);
  if (keys.length === 0 || keys.length > MAX_WORDS || OPENERS.some((l) => l.every((k, i) => keys[i] === k))) return undefined;
  const place = placeNamed(keys) ?? placeNamed(strip(keys, LEADS)) ?? placeNamed(strip(strip(keys, LEADS), LEADS));
  if (!place) return undefined;
  const devices = focus.listed.filter((e) => e.entity_type === 'device');
  const picks = (focus.clarify?.candidates.length ?? 0) > 1 || devices.length > 1 || focus.subjects[0]?.entity_type === 'device' || focus.slots['kind']?.type === 'kind';
  return picks ? `the one in ${place.name}` : undefined;

  function placeNamed(words: string[]): { name: string } | undefined {
    if (words.length === 0) return undefined;
    const places = (snapshot.phrases.get(words.join(' ')) ?? []).filter((e) => e.entity_type === 'room' || e.entity_type === 'zone');
    // "la del dormitori" in a home of four bedrooms, after "which one: Persiana hab gran, Persiana sala …": the one
    // bedroom that holds one of the devices offered is meant (onlyPlaceOfOffered.ts).
    return places.length === 1 ? places[0] : onlyPlaceOfOffered(places, focus, snapshot);
  }
}

/** The words after the lead the reply starts with, if any. */
function strip(keys: string[], leads: string[][]): string[] {
  const lead = leads.find((l) => l.length < keys.length && l.every((k, i) => keys[i] === k));
  return lead ? keys.slice(lead.length) : keys;
}
