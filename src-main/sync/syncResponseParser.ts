// Parses a sync response page: the envelope with zod, the rows through the common-shape fast path
// (src-shared/protocol/commonRowShape.ts). When any row is not of that shape the whole body goes through
// `syncResponseSchema`, so a bad page fails with exactly the error it always had.
import { z } from 'zod';
import { isCommonEntity, isCommonRelationship } from '../../src-shared/protocol/commonRowShape';
import { syncResponseSchema, type PulledChange, type SyncResponse } from '../../src-shared/protocol/inbetweeniesSync';

const envelopeSchema = syncResponseSchema.extend({ changes: z.array(z.unknown()) });
const CHANGE_KEYS = 3;

function isCommonChange(value: unknown): value is PulledChange {
  if (typeof value !== 'object' || value === null || Object.getPrototypeOf(value) !== Object.prototype) return false;
  if (Object.keys(value).length !== CHANGE_KEYS) return false;
  const change = value as Record<string, unknown>;
  if (change['change_type'] !== 'update' && change['change_type'] !== 'delete') return false;
  if (change['entity'] !== null && !isCommonEntity(change['entity'])) return false;
  const relationships = change['relationships'];
  if (!Array.isArray(relationships)) return false;
  for (const rel of relationships) if (!isCommonRelationship(rel)) return false;
  return true;
}

/** Same contract as `syncResponseSchema.safeParse`, so InbetweeniesClient reports failures the same way. */
export const syncResponseParser = {
  safeParse(body: unknown): z.ZodSafeParseResult<SyncResponse> {
    const envelope = envelopeSchema.safeParse(body);
    if (envelope.success && envelope.data.changes.every(isCommonChange)) {
      return { success: true, data: envelope.data as SyncResponse };
    }
    return syncResponseSchema.safeParse(body);
  },
};
