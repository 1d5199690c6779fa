import { z } from 'zod';
import { entitySummary, type EntitySummary } from './entitySummary';
import { resolveToolEntity } from './resolveToolEntity';
import { defineTool } from './ToolDefinition';
import { entityRef } from './toolArgSchemas';

export const findPathArgs = z
  .object({
    from_entity_id: entityRef('starting entity'),
    to_entity_id: entityRef('destination entity'),
    max_depth: z.number().int().min(1).max(50).default(10).describe('Longest path to consider, in links'),
  })
  .strict();

export interface FindPathResult {
  from: string;
  to: string;
  /** Entities from `from` to `to`, both included; empty when no path was found. */
  path: EntitySummary[];
  /** Number of links in the path. */
  length: number;
  found: boolean;
}

export const findPath = defineTool({
  name: 'find_path',
  description:
    'The shortest chain of links between two things in the home graph, following relationships in either direction ' +
    '(e.g. TV → living room → ground floor → home). Use it for "how is X related to Y?" or "where is X?".',
  argsSchema: findPathArgs,
  baseTier: 1,
  tier: () => 1,
  readOnly: true,
  async run(args, ctx): Promise<FindPathResult> {
    const from = await resolveToolEntity(ctx, args.from_entity_id, 'from_entity_id');
    const to = await resolveToolEntity(ctx, args.to_entity_id, 'to_entity_id');
    const notFound: FindPathResult = { from: from.id, to: to.id, path: [], length: 0, found: false };

    // One read of every live edge: a home has thousands of edges at most, and BFS over an in-memory adjacency list
    // beats one query per visited node. The store only returns edges between current, non-deleted entities.
    const adjacency = new Map<string, string[]>();
    const link = (a: string, b: string): void => {
      const list = adjacency.get(a);
      if (list) list.push(b);
      else adjacency.set(a, [b]);
    };
    for (const edge of await ctx.store.getRelationships()) {
      link(edge.from_entity_id, edge.to_entity_id);
      link(edge.to_entity_id, edge.from_entity_id);
    }
    // Sorted so that among equally short paths the same one is returned every time.
    for (const list of adjacency.values()) list.sort();

    const previous = new Map<string, string | null>([[from.id, null]]);
    let frontier = [from.id];
    for (let depth = 0; depth < args.max_depth && !previous.has(to.id) && frontier.length > 0; depth++) {
      const next: string[] = [];
      for (const id of frontier) {
        for (const neighbour of adjacency.get(id) ?? []) {
          if (previous.has(neighbour)) continue;
          previous.set(neighbour, id);
          next.push(neighbour);
        }
      }
      frontier = next;
    }
    if (!previous.has(to.id)) return notFound;

    const ids: string[] = [];
    for (let id: string | null | undefined = to.id; id; id = previous.get(id)) ids.push(id);
    ids.reverse();
    const entities = await ctx.store.getEntities(ids);
    const path: EntitySummary[] = [];
    for (const id of ids) {
      const entity = entities.get(id);
      if (!entity) return notFound; // deleted between the two reads
      path.push(entitySummary(entity));
    }
    return { from: from.id, to: to.id, path, length: path.length - 1, found: true };
  },
});
