// A home named in a language whose names English questions can't find: each name's English forms join its aliases, so
// "the balcony light" finds "Тагтны гэрэл". One shape for every language that gives its names English this way
// (mongolianNames.ts, kazakhNames.ts); each says only how a name reads in English.
import type { Entity } from '../../../src-shared/protocol/entities';

/** The kinds of entity a question names by their names (things and places). */
const NAMED_TYPES = new Set(['device', 'door', 'window', 'room', 'zone']);

/** The entities with each named one's English forms (`englishOf`) added to its aliases; unchanged when it has none. */
export function withEnglishAliases(entities: Entity[], englishOf: (name: string) => string[]): Entity[] {
  return entities.map((entity) => {
    if (!NAMED_TYPES.has(entity.entity_type)) return entity;
    const english = englishOf(entity.name);
    if (!english.length) return entity;
    const given = Array.isArray(entity.content['aliases']) ? (entity.content['aliases'] as unknown[]) : [];
    return { ...entity, content: { ...entity.content, aliases: [...given, ...english] } };
  });
}
