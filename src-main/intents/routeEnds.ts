// "how you get from the camp porch down to the dock", "from the bike cellar to the kitchen", "how I go from office to
// roof": a route asked with "from … to …" whose ends are not two room names. People call a room by what it is ("the
// camp porch" for "La Galerie du Camp", described "camp porch over the water"), or a word names the area it is in
// ("cellar"). Each end is the room named there, else the one room whose description says every word of that end
// ("roof" of "rooftop"), else what was said, not found: an honest "I couldn't find", never the list of one end's devices.
import type { Entity } from '../../src-shared/protocol/entities';
import type { HomeSnapshot } from './HomeIndex';
import { STOP_WORDS, type Mention } from './mentions';
import { tokenize, type Token } from './normalizeText';
import type { SlotValue } from './SlotResolver';
import { DESCRIPTION_HEAD_CHARS } from './describedAs';

/** Words that may come before "from" in a route question ("how would you get from", "best way from"). */
const ROUTE_LEAD = new Set(['how', 'get', 'go', 'walk', 'reach', 'way', 'route', 'path', 'best', 'shortest', 'quickest', 'fastest', 'should', 'show', 'find', 'directions']);
/** Words of direction inside an end ("down to the dock", "back to the kitchen"): never the end's name. */
const DIRECTIONS = new Set(['down', 'up', 'back', 'over', 'across', 'out', 'round', 'around', 'through', 'there', 'here', 'again', 'then', 'all', 'way']);

export function routeEnds(snapshot: HomeSnapshot, tokens: readonly Token[], mentions: readonly Mention[]): { from: SlotValue; to: SlotValue } | undefined {
  const from = tokens.findIndex((t) => t.key === 'from');
  const to = tokens.findIndex((t, i) => i > from + 1 && t.key === 'to');
  if (from < 0 || to < 0 || to >= tokens.length - 1) return undefined;
  if (!tokens.slice(0, from).every((t) => ROUTE_LEAD.has(t.key) || STOP_WORDS.has(t.key))) return undefined;
  const start = endOf(snapshot, tokens, mentions, from + 1, to);
  const end = endOf(snapshot, tokens, mentions, to + 1, tokens.length);
  if (!start || !end) return undefined;
  // One end at least is a room of the home; two words nobody can place are not worth a route.
  if (start.type !== 'entity' && end.type !== 'entity') return undefined;
  // A room to itself is no route (a follow-up that put the last end in for a word it could not place).
  if (start.type === 'entity' && end.type === 'entity' && start.entity.id === end.entity.id) return undefined;
  return { from: start, to: end };
}

/** The room said between two token positions, or what was said there as not found. */
function endOf(snapshot: HomeSnapshot, tokens: readonly Token[], mentions: readonly Mention[], from: number, to: number): SlotValue | undefined {
  let a = from;
  let b = to;
  const small = (t: Token | undefined): boolean => t !== undefined && (STOP_WORDS.has(t.key) || DIRECTIONS.has(t.key));
  while (a < b && small(tokens[a])) a++;
  while (b > a && small(tokens[b - 1])) b--;
  if (a >= b) return undefined;
  const said = tokens.slice(a, b);
  const text = said.map((t) => t.text).join(' ');
  const rooms = [...new Set(mentions.filter((m) => m.start >= a && m.end <= b).flatMap((m) => m.entities.place ?? []).filter((e) => e.entity_type === 'room'))];
  const [room] = rooms;
  if (rooms.length === 1 && room) return { type: 'entity', text, entity: room, how: 'exact' };
  if (rooms.length > 1) return undefined;
  const words = said.map((t) => t.key).filter((k) => !STOP_WORDS.has(k));
  const described = words.length > 0 ? describedRooms(snapshot, words) : [];
  const [one] = described;
  if (described.length === 1 && one) return { type: 'entity', text, entity: one, how: 'synonym' };
  return { type: 'missing', text, expected: 'place', suggestions: [] };
}

/** Rooms whose description (its head) says every word, a word also as the start of a longer one ("roof" → "rooftop"). */
function describedRooms(snapshot: HomeSnapshot, words: readonly string[]): Entity[] {
  return [...snapshot.byId.values()].filter((e) => {
    const description = e.content['description'];
    if (e.entity_type !== 'room' || typeof description !== 'string') return false;
    const keys = tokenize(description.slice(0, DESCRIPTION_HEAD_CHARS).split(/[,;(]/)[0] ?? '').map((t) => t.key);
    return words.every((w) => keys.some((k) => k === w || (w.length >= 4 && k.startsWith(w))));
  });
}
