// Rebound shortcuts, kept in IndexedDB (Dexie) per window profile: they are a preference of this desktop, not of the
// household, so they stay out of main's settings. Falls back to memory when IndexedDB is unavailable.
import Dexie from 'dexie';
import type { Table } from 'dexie';
import { createStore } from 'zustand/vanilla';
import type { KeyBindings } from './actionRegistry';
import { normaliseCombo } from './keyCombos';

interface BindingRow {
  actionId: string;
  keys: string[];
}

export interface KeyBindingsState {
  bindings: KeyBindings;
  load(): Promise<void>;
  /** Replaces all rebindings (the caller checked them with `rebind`). */
  save(bindings: KeyBindings): Promise<void>;
}

function openTable(indexedDb: IDBFactory | undefined): Table<BindingRow, string> | null {
  if (!indexedDb) return null;
  try {
    const db = new Dexie('goodies-shortcuts', { indexedDB: indexedDb });
    db.version(1).stores({ bindings: 'actionId' });
    return db.table<BindingRow, string>('bindings');
  } catch {
    return null;
  }
}

export function createKeyBindingsStore(indexedDb: IDBFactory | undefined = globalThis.indexedDB) {
  let table = openTable(indexedDb);
  return createStore<KeyBindingsState>()((set) => ({
    bindings: {},
    async load() {
      if (!table) return;
      try {
        const rows = await table.toArray();
        // Whatever is stored is re-normalised: a hand-edited or older row never breaks the keys.
        const bindings: Record<string, string[]> = {};
        for (const row of rows) bindings[row.actionId] = row.keys.map(normaliseCombo).filter((k): k is string => k !== null);
        set({ bindings });
      } catch {
        table = null;
      }
    },
    async save(bindings) {
      set({ bindings });
      if (!table) return;
      try {
        const t = table;
        await t.db.transaction('rw', t, async () => {
          await t.clear();
          await t.bulkPut(Object.entries(bindings).map(([actionId, keys]) => ({ actionId, keys: [...keys] })));
        });
      } catch {
        table = null;
      }
    },
  }));
}

export type KeyBindingsStore = ReturnType<typeof createKeyBindingsStore>;
