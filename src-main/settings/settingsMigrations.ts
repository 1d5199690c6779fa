// App settings (versions 300–399): one JSON value per key, validated by the feature that owns the key.
import type { Migration } from '../store/Migration';

export const settingsMigrations: readonly Migration[] = [
  {
    version: 300,
    name: 'settings: key/value JSON',
    up(db) {
      db.exec(`CREATE TABLE settings (key TEXT PRIMARY KEY, value TEXT NOT NULL, updated_at TEXT NOT NULL)`);
    },
  },
];
