// "how charged is the ecoflow", "what's the load on the Deye right now", "hows the spa": a maker that means one
// device here, asked how it is or what it reads, is that device. Read as a listing it answered "1 EcoFlow device:
// EcoFlow Delta 2" to a question about its charge. A listing is still asked in words that list ("which devices are
// drayton", "anything by nest", "what else is on tapo").
import { asksReading } from './cueWords';
import type { Mention } from './mentions';
import type { Token } from './normalizeText';
import { stateWord } from './stateWordAsked';

/** Words that ask for a list of what a maker made, never for one device's state. */
const LISTING = new Set(['device', 'thing', 'gadget', 'stuff', 'equipment', 'everything', 'anything', 'which', 'list', 'made', 'make',
  'by', 'from', 'brand', 'any', 'all', 'every', 'many', 'else', 'other', 'app', 'who', 'where']);
/** Words of how a device is doing that no reading names ("online", "charged", "load"). */
const HOW_IT_IS = new Set(['how', 'online', 'offline', 'connected', 'charged', 'charge', 'load', 'status', 'doing', 'playing', 'working', 'ok', 'okay']);

export function makerStateAsked(tokens: readonly Token[], maker: Mention | undefined): boolean {
  if (!maker?.maker) return false;
  const outside = tokens.filter((_, i) => i < maker.start || i >= maker.end);
  if (outside.some((t) => LISTING.has(t.key))) return false;
  return stateWord(outside) || outside.some((t) => HOW_IT_IS.has(t.key) || asksReading(t.key));
}
