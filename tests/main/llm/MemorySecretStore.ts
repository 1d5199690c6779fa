// An in-memory SecretStore for tests (the real ones live in src-main/platform and need a keychain or a data dir).
import type { SecretStore } from '../../../src-main/platform/Platform';

export class MemorySecretStore implements SecretStore {
  readonly isEncrypted = false;
  private readonly values = new Map<string, string>();

  constructor(initial: Record<string, string> = {}) {
    for (const [k, v] of Object.entries(initial)) this.values.set(k, v);
  }

  async get(key: string): Promise<string | undefined> {
    return this.values.get(key);
  }

  async set(key: string, value: string): Promise<void> {
    this.values.set(key, value);
  }

  async delete(key: string): Promise<void> {
    this.values.delete(key);
  }
}
