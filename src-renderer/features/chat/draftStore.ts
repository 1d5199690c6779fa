// Composer drafts per conversation, kept in IndexedDB so a reload does not lose a half-typed question.
// Falls back to memory when IndexedDB is unavailable (private windows, blocked storage): drafts then last for the session.
import Dexie from 'dexie';
import type { Table } from 'dexie';

export interface DraftStore {
  get(conversationKey: string): Promise<string>;
  set(conversationKey: string, text: string): Promise<void>;
}

interface DraftRow {
  conversationKey: string;
  text: string;
  updatedAt: string;
}

/** The key used while no conversation exists yet. */
export const NEW_CONVERSATION_DRAFT_KEY = '__new__';

export function createMemoryDraftStore(): DraftStore {
  const drafts = new Map<string, string>();
  return {
    async get(key) {
      return drafts.get(key) ?? '';
    },
    async set(key, text) {
      if (text) drafts.set(key, text);
      else drafts.delete(key);
    },
  };
}

export function createDraftStore(indexedDb: IDBFactory | undefined = globalThis.indexedDB): DraftStore {
  const memory = createMemoryDraftStore();
  if (!indexedDb) return memory;
  let table: Table<DraftRow, string> | null = null;
  try {
    const db = new Dexie('goodies-drafts', { indexedDB: indexedDb });
    db.version(1).stores({ drafts: 'conversationKey' });
    table = db.table<DraftRow, string>('drafts');
  } catch {
    return memory;
  }
  let broken = false;
  return {
    async get(key) {
      if (broken || !table) return memory.get(key);
      try {
        return (await table.get(key))?.text ?? (await memory.get(key));
      } catch {
        broken = true;
        return memory.get(key);
      }
    },
    async set(key, text) {
      await memory.set(key, text);
      if (broken || !table) return;
      try {
        if (text) await table.put({ conversationKey: key, text, updatedAt: new Date().toISOString() });
        else await table.delete(key);
      } catch {
        broken = true;
      }
    },
  };
}
