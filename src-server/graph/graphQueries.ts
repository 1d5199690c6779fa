// Search and path over the server's current graph (REST §5). Plain functions over loaded rows: the homes this serves
// have tens of thousands of entities, which fit in memory for one request.
import type { Entity, Relationship } from '../../src-shared/protocol/entities';

export interface SearchHit {
  entity: Entity;
  score: number;
  highlights: string[];
}

export function searchEntities(entities: readonly Entity[], query: string, options: { entityTypes?: readonly string[]; limit: number }): SearchHit[] {
  const terms = query.toLowerCase().split(/\s+/).filter(Boolean);
  if (!terms.length) return [];
  const hits: SearchHit[] = [];
  for (const entity of entities) {
    if (options.entityTypes?.length && !options.entityTypes.includes(entity.entity_type)) continue;
    const name = entity.name.toLowerCase();
    const content = JSON.stringify(entity.content).toLowerCase();
    let score = 0;
    const highlights: string[] = [];
    for (const term of terms) {
      if (name === term) score += 3;
      else if (name.includes(term)) score += 2;
      else if (content.includes(term)) score += 1;
      else {
        score = 0;
        break;
      }
      if (name.includes(term)) highlights.push(entity.name);
      else {
        const at = content.indexOf(term);
        highlights.push(content.slice(Math.max(0, at - 30), at + term.length + 30));
      }
    }
    if (score > 0) hits.push({ entity, score: score / (3 * terms.length), highlights: [...new Set(highlights)] });
  }
  return hits.sort((a, b) => b.score - a.score || a.entity.name.localeCompare(b.entity.name)).slice(0, options.limit);
}

export interface PathResult {
  from: string;
  to: string;
  path: Array<{ id: string; name: string; type: string }>;
  length: number;
  found: boolean;
}

/** Breadth-first over edges in both directions, using only edges whose pins match the endpoints' current versions. */
export function findPath(entities: readonly Entity[], edges: readonly Relationship[], fromId: string, toId: string, maxDepth: number): PathResult {
  const byId = new Map(entities.map((e) => [e.id, e]));
  const neighbours = new Map<string, string[]>();
  for (const edge of edges) {
    if (byId.get(edge.from_entity_id)?.version !== edge.from_entity_version || byId.get(edge.to_entity_id)?.version !== edge.to_entity_version) continue;
    (neighbours.get(edge.from_entity_id) ?? neighbours.set(edge.from_entity_id, []).get(edge.from_entity_id)!).push(edge.to_entity_id);
    (neighbours.get(edge.to_entity_id) ?? neighbours.set(edge.to_entity_id, []).get(edge.to_entity_id)!).push(edge.from_entity_id);
  }
  const notFound: PathResult = { from: fromId, to: toId, path: [], length: 0, found: false };
  if (!byId.has(fromId) || !byId.has(toId)) return notFound;
  const previous = new Map<string, string | null>([[fromId, null]]);
  let frontier = [fromId];
  for (let depth = 0; depth <= maxDepth && frontier.length && !previous.has(toId); depth++) {
    const next: string[] = [];
    for (const id of frontier) {
      for (const n of neighbours.get(id) ?? []) {
        if (previous.has(n)) continue;
        previous.set(n, id);
        next.push(n);
      }
    }
    frontier = depth < maxDepth ? next : [];
  }
  if (!previous.has(toId)) return notFound;
  const ids: string[] = [];
  for (let at: string | null | undefined = toId; at; at = previous.get(at)) ids.unshift(at);
  const path = ids.map((id) => ({ id, name: byId.get(id)!.name, type: byId.get(id)!.entity_type }));
  return { from: fromId, to: toId, path, length: path.length - 1, found: true };
}
