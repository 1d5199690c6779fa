// The sync engine's view of `entity_change` outbox items ({entity_id, version}: an approved local write waiting to be
// pushed). Acked pushes mark them done; a change the server refuses (or that fails validation) is parked there with
// its error, so it never blocks the rest and the person can retry or discard it (UI and CLI). A park is for one
// (id, version): a later edit is a new version and is tried again. Edges have no item kind of their own: they are
// parked under `relationship:<id>` / `revision:<n>` in the same shape.
import { compareVersions, isValidVersion } from '../../src-shared/protocol/version';
import type { Outbox, OutboxItem } from '../outbox/Outbox';

export interface ChangeKey {
  target: 'entity' | 'relationship';
  id: string;
  /** Entity version, or the edge's local revision as a string. */
  version: string;
}

interface ItemPayload {
  entity_id: string;
  version: string;
}

const EDGE_PREFIX = 'relationship:';
const REVISION_PREFIX = 'revision:';

export function toPayload(key: ChangeKey): ItemPayload {
  return key.target === 'entity' ? { entity_id: key.id, version: key.version } : { entity_id: `${EDGE_PREFIX}${key.id}`, version: `${REVISION_PREFIX}${key.version}` };
}

/** The change an `entity_change` item stands for (an entity version, or an edge revision), if its payload is sound. */
export function changeKeyOf(item: OutboxItem): ChangeKey | undefined {
  const p = item.kind === 'entity_change' ? payloadOf(item) : undefined;
  if (!p) return undefined;
  if (!p.entity_id.startsWith(EDGE_PREFIX)) return { target: 'entity', id: p.entity_id, version: p.version };
  return { target: 'relationship', id: p.entity_id.slice(EDGE_PREFIX.length), version: p.version.replace(REVISION_PREFIX, '') };
}

function payloadOf(item: OutboxItem): ItemPayload | undefined {
  const p = item.payload as Partial<ItemPayload> | null;
  return p && typeof p.entity_id === 'string' && typeof p.version === 'string' ? { entity_id: p.entity_id, version: p.version } : undefined;
}

const keyString = (p: ItemPayload): string => `${p.entity_id}\u0000${p.version}`;

export class ParkedChanges {
  private parked = new Set<string>();
  private queued: { item: OutboxItem; payload: ItemPayload }[] = [];

  constructor(private readonly outbox: Outbox) {}

  /** Reads the queue once per push. */
  async load(): Promise<void> {
    const [parked, queued] = await Promise.all([
      this.outbox.list({ status: ['parked'], kind: 'entity_change' }),
      this.outbox.list({ status: ['queued'], kind: 'entity_change' }),
    ]);
    this.parked = new Set(parked.map(payloadOf).filter((p): p is ItemPayload => p !== undefined).map(keyString));
    this.queued = queued.flatMap((item) => {
      const payload = payloadOf(item);
      return payload ? [{ item, payload }] : [];
    });
  }

  isParked(key: ChangeKey): boolean {
    return this.parked.has(keyString(toPayload(key)));
  }

  /** Parks the change: its queued item if there is one (an approved write), else a new item made for the purpose. */
  async park(key: ChangeKey, error: string): Promise<void> {
    const payload = toPayload(key);
    const existing = this.queued.find((q) => keyString(q.payload) === keyString(payload));
    const id = existing ? existing.item.id : (await this.outbox.enqueue({ kind: 'entity_change', payload })).id;
    await this.outbox.markFailed(id, error, { park: true });
    this.parked.add(keyString(payload));
  }

  /** Acked keys: their queued items, and those of older versions of the same entity that the ack superseded, are done. */
  async acked(keys: readonly ChangeKey[]): Promise<void> {
    const done = new Set<string>();
    for (const key of keys) {
      const payload = toPayload(key);
      for (const { item, payload: queued } of this.queued) {
        if (queued.entity_id !== payload.entity_id) continue;
        const superseded = key.target === 'entity' && isValidVersion(queued.version) && isValidVersion(payload.version) ? compareVersions(queued.version, payload.version) <= 0 : queued.version === payload.version;
        if (superseded) done.add(item.id);
      }
    }
    if (done.size === 0) return;
    await this.outbox.markDone([...done]);
    this.queued = this.queued.filter((q) => !done.has(q.item.id));
  }
}
