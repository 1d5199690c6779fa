// Turns an id-or-name argument into a current entity. Ids are tried first (cheap, exact, what a model copies from an
// earlier tool result); anything else goes through the name resolver, whose errors already carry suggestions or
// candidates for the model or the person to pick from.
import { AppError } from '../../src-shared/errors';
import type { Entity, EntityType } from '../../src-shared/protocol/entities';
import { resolveOrThrow } from '../graph/EntityNameResolver';
import type { ToolContext } from './ToolDefinition';

export async function resolveToolEntity(
  ctx: ToolContext,
  text: string,
  field: string,
  types?: readonly EntityType[],
): Promise<Entity> {
  const byId = await ctx.store.getEntity(text);
  if (byId) {
    if (types && types.length > 0 && !types.includes(byId.entity_type)) {
      throw new AppError(
        'validation',
        `${field}: "${byId.name}" is a ${byId.entity_type}, not a ${types.join(' or ')}.`,
        { details: { field, id: byId.id, entity_type: byId.entity_type, expected: types } },
      );
    }
    return byId;
  }
  return resolveOrThrow(ctx.resolver, text, types ? [...types] : undefined);
}
