// "how many devices have we in total", "what smart stuff do we have", "how many gadgets have we got altogether": the
// whole home's devices, counted or listed, however the owning is said ("have we", "do we have", "have we got").
import { CUES, has } from './cueWords';
import { phraseKey } from './deviceKinds';
import { STOP_WORDS, type Mention } from './mentions';
import type { Token } from './normalizeText';

/** Nouns for devices in general (not a kind of them). Keys are singular, like every token key. */
const DEVICE_NOUNS = ['device', 'thing', 'gadget', 'stuff', 'equipment', 'kit', 'hardware', 'appliance', 'electronic', 'electronics', 'tech', 'technology'];
/** Words that only say the devices are of the connected sort, or that all of them are meant. */
const GENERAL_WORDS: ReadonlySet<string> = new Set(['smart', 'connected', 'intelligent', 'networked', 'wifi', 'wireless', 'automated', 'electronic', 'electrical',
  'installed', 'altogether', 'overall', 'total', 'whole', 'entire', 'house', 'home', 'place', 'in', 'here', 'lot', 'list', 'show', 'tell']);
/** Ways of owning or of there being ("have we", "do we own", "is there", "got"). */
const OWNING = ['have', 'ha', 'got', 'own', 'there', 'total', 'altogether', 'overall', 'installed'];

/** Words that only ask: how many, what, list, show me. */
const ASKING: ReadonlySet<string> = new Set([...CUES.count, ...OWNING, 'what', 'which', 'how', 'list', 'show', 'tell', 'give', 'name', 'everything', 'anything']);

/** Whether the question asks for all the home's devices: 'count' or 'list', or undefined when it names anything more. */
export function homeDevicesAsked(tokens: readonly Token[]): 'count' | 'list' | undefined {
  const keys = new Set(tokens.map((t) => t.key));
  if (!has(keys, ...DEVICE_NOUNS) || !has(keys, ...OWNING, ...CUES.count)) return undefined;
  // Any other word ("battery devices", "things that run on batteries") says which devices: not all of them.
  const named = tokens.some((t) => !STOP_WORDS.has(t.key) && !ASKING.has(t.key) && !DEVICE_NOUNS.includes(t.key) && !GENERAL_WORDS.has(t.key));
  if (named) return undefined;
  return has(keys, ...CUES.count) ? 'count' : 'list';
}

/** "outdoor areas" read as the outdoor zone: a rooms word was said, though the zone's own name has no such word. */
export function endsInRoomWord(place: Mention, tokens: readonly Token[]): boolean {
  const last = tokens[place.end - 1]?.key ?? '';
  const zones = place.entities.place ?? [];
  return CUES.room.includes(last) && zones.length > 0 && zones.every((z) => z.entity_type === 'zone' && !phraseKey(z.name).split(' ').includes(last));
}
