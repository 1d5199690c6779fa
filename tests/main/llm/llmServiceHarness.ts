// An LlmService over a real SQLite settings table in a temp dir, an in-memory secret store and a temp models folder.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openGraphDatabase } from '../../../src-main/graph/SqliteGraphStore';
import { LlmService, type LlmServiceOptions } from '../../../src-main/llm/LlmService';
import { settingsMigrations } from '../../../src-main/settings/settingsMigrations';
import { SqliteSettingsStore } from '../../../src-main/settings/SqliteSettingsStore';
import { MemorySecretStore } from './MemorySecretStore';

export interface LlmServiceHarness {
  llm: LlmService;
  cleanup(): Promise<void>;
}

export function createLlmService(options: Partial<Omit<LlmServiceOptions, 'settings' | 'secrets' | 'modelsDir'>> = {}): LlmServiceHarness {
  const dir = mkdtempSync(join(tmpdir(), 'goodies-llm-'));
  const db = openGraphDatabase(join(dir, 'goodies.db'), settingsMigrations);
  const llm = new LlmService({ settings: new SqliteSettingsStore(db), secrets: new MemorySecretStore(), modelsDir: join(dir, 'models'), ...options });
  return {
    llm,
    async cleanup() {
      await llm.dispose();
      db.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
