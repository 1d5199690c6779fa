// A follow-up's subject through the partner device the last answer went through (a lock beside the named door).
import type { Entity } from '../../src-shared/protocol/entities';
import { lockStateOf, openStateOf } from './deviceReadings';

/** State a lock/open question reads, and whether a device has it. */
const PARTNER_STATE: Readonly<Record<string, (d: Entity) => boolean>> = {
  state_locked: (d) => lockStateOf(d) !== undefined,
  state_open: (d) => openStateOf(d) !== undefined,
};

/**
 * "is the front door locked?" answered through the lock next to the doorbell it named: "whats the battery on it" is
 * then about that lock, the one device cited that has the state asked.
 */
export function throughPartner(intent: string, named: readonly Entity[], cited: readonly Entity[]): Entity[] | undefined {
  const has = PARTNER_STATE[intent];
  const [subject] = named;
  if (!has || named.length !== 1 || !subject || has(subject)) return undefined;
  const partners = cited.filter((e) => e !== subject && e.entity_type === 'device' && has(e));
  return partners.length === 1 ? partners : undefined;
}
