// Turns a rejected sync request into a 422 that names the bad change, so a client can park exactly that change
// instead of blocking its queue (upstream answers a poisoned batch with a bare 500).
import type { z } from 'zod';

export interface SyncValidationReport {
  message: string;
  /** FastAPI-style issue list, as upstream's 422s carry. */
  detail: Array<{ loc: Array<string | number>; msg: string; type: string }>;
  /** Index and ids of the first bad change, when the problem is inside `changes`. */
  change?: { index: number; entity_id?: string; relationship_id?: string };
}

export function describeSyncValidationError(error: z.ZodError, body: unknown): SyncValidationReport {
  const detail = error.issues.slice(0, 20).map((issue) => ({ loc: ['body', ...issue.path.map((p) => (typeof p === 'number' ? p : String(p)))], msg: issue.message, type: issue.code }));
  const first = error.issues[0];
  const path = first?.path ?? [];
  if (path[0] === 'changes' && typeof path[1] === 'number') {
    const index = path[1];
    const raw = (body as { changes?: Array<{ entity?: { id?: unknown }; relationships?: Array<{ id?: unknown }> }> }).changes?.[index];
    const entityId = typeof raw?.entity?.id === 'string' ? raw.entity.id : undefined;
    const relIndex = path[2] === 'relationships' && typeof path[3] === 'number' ? path[3] : undefined;
    const relationshipId = relIndex !== undefined && typeof raw?.relationships?.[relIndex]?.id === 'string' ? (raw.relationships[relIndex].id as string) : undefined;
    const field = path.slice(2).join('.');
    const who = relationshipId ? `relationship ${relationshipId}` : entityId ? `entity ${entityId}` : 'no id';
    const change: SyncValidationReport['change'] = { index };
    if (entityId) change.entity_id = entityId;
    if (relationshipId) change.relationship_id = relationshipId;
    return { message: `change ${index} (${who}) is invalid: ${field || '(change)'}: ${first?.message ?? 'invalid'}; nothing of this push was stored`, detail, change };
  }
  return { message: `invalid sync request: ${path.join('.') || '(body)'}: ${first?.message ?? 'invalid'}`, detail };
}
