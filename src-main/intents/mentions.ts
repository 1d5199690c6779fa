// Finds what a question mentions before deciding what it asks: rooms/zones, devices, automations, other entities
// (by name or alias), kinds of device (lexicon), makers. Exact phrase lookups in the home snapshot first (cheap,
// left to right, longest span wins); the words left over may then go to the name resolver once (typos, partial names).
import type { Entity, EntityType } from '../../src-shared/protocol/entities';
import type { EntityNameResolver } from '../graph/EntityNameResolver';
import { kindForPhrase, type DeviceKind } from './deviceKinds';
import type { HomeSnapshot } from './HomeIndex';
import type { Token } from './normalizeText';

export type MentionRole = 'place' | 'device' | 'automation' | 'other';

export interface Mention {
  start: number;
  end: number;
  text: string;
  /** Entities named by the span, grouped by what they are. */
  entities: Partial<Record<MentionRole, Entity[]>>;
  kind?: DeviceKind;
  maker?: string;
  /** Found by the resolver (typo or partial name) rather than an exact phrase. */
  loose?: boolean;
}

/** Words that never start or end a mention on their own. */
export const STOP_WORDS = new Set([
  'the', 'a', 'an', 'my', 'our', 'your', 'any', 'all', 'every', 'of', 'in', 'on', 'at', 'to', 'for', 'and', 'or', 'is',
  'are', 'be', 'do', 'doe', 'does', 'we', 'i', 'you', 'it', 'there', 'what', 'which', 'where', 'when', 'how', 'who', 'that',
  'this', 'with', 'from', 'about', 'me', 'us', 'have', 'ha', 'has', 'got', 'some', 'please', 'can', 'could', 'would',
  'will', 'by', 'up', 'down', 'into', 'out', 'than', 'then', 'just', 'still', 'right', 'now', 'not', 'no', 'yes', 'so',
  'was', 'were', 'been', 'did', 'one', 'thing', 'stuff', 'device', 'gadget', 'else', 'other', 'also', 'too', 'again',
]);

const ROLE_OF: Record<EntityType, MentionRole> = {
  home: 'place', room: 'place', zone: 'place', device: 'device', door: 'device', window: 'device',
  automation: 'automation', schedule: 'automation', procedure: 'other', manual: 'other', note: 'other', app: 'other',
};

export function roleOf(entity: Entity): MentionRole {
  return ROLE_OF[entity.entity_type];
}

/** Exact mentions, longest first, not overlapping. */
export function findMentions(tokens: readonly Token[], snapshot: HomeSnapshot): Mention[] {
  const mentions: Mention[] = [];
  const keys = tokens.map((t) => t.key);
  const longest = Math.max(3, snapshot.longestPhrase);
  let pos = 0;
  while (pos < tokens.length) {
    let found: Mention | undefined;
    for (let len = Math.min(longest, tokens.length - pos); len >= 1 && !found; len--) {
      const span = keys.slice(pos, pos + len);
      if (STOP_WORDS.has(span[0] ?? '') || STOP_WORDS.has(span[span.length - 1] ?? '')) continue;
      const phrase = span.join(' ');
      const entities = snapshot.phrases.get(phrase) ?? snapshot.phrases.get(`the ${phrase}`);
      const kind = kindForPhrase(phrase);
      const maker = snapshot.manufacturers.get(phrase);
      if (!entities && !kind && !maker) continue;
      const mention: Mention = { start: pos, end: pos + len, text: tokens.slice(pos, pos + len).map((t) => t.text).join(' '), entities: {} };
      for (const e of entities ?? []) (mention.entities[roleOf(e)] ??= []).push(e);
      if (kind) mention.kind = kind;
      if (maker) mention.maker = maker;
      found = mention;
    }
    if (found) {
      mentions.push(found);
      pos = found.end;
    } else pos++;
  }
  return mentions;
}

/**
 * The longest run of words that are neither mentions, stop words nor cue words, resolved through the name resolver
 * (typos, partial names such as "mitsubishi thermostat"). One resolver call per question at most.
 */
export async function looseMention(
  tokens: readonly Token[],
  taken: readonly Mention[],
  cue: ReadonlySet<string>,
  resolver: EntityNameResolver,
  types: readonly EntityType[] | undefined,
): Promise<Mention | undefined> {
  const used = new Set<number>();
  for (const m of taken) for (let i = m.start; i < m.end; i++) used.add(i);
  let best: { start: number; end: number } | undefined;
  let start = -1;
  const content = (i: number): boolean => !used.has(i) && !cue.has(tokens[i]?.key ?? '') && !STOP_WORDS.has(tokens[i]?.key ?? '');
  for (let i = 0; i <= tokens.length; i++) {
    if (i < tokens.length && content(i)) {
      if (start < 0) start = i;
      continue;
    }
    if (start >= 0 && (!best || i - start > best.end - best.start)) best = { start, end: i };
    start = -1;
  }
  if (!best || best.end - best.start > 6) return undefined;
  const text = tokens.slice(best.start, best.end).map((t) => t.text).join(' ');
  if (text.replace(/[^\p{L}\p{N}]/gu, '').length < 3) return undefined;
  const result = await resolver.resolve(text, types ? { types, limit: 6 } : { limit: 6 });
  const mention: Mention = { start: best.start, end: best.end, text, entities: {}, loose: true };
  if (result.kind === 'match') {
    mention.entities[roleOf(result.entity)] = [result.entity];
    return mention;
  }
  if (result.kind === 'ambiguous') {
    for (const c of result.candidates) (mention.entities[roleOf(c.entity)] ??= []).push(c.entity);
    return mention;
  }
  return undefined;
}
