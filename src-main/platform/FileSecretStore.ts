// Secrets in one JSON file, mode 0600, written atomically (temp file + rename). With a codec (Electron safeStorage)
// values are stored encrypted; without one they are plain text and `isEncrypted` says so, so settings can tell the user.
import { chmod, mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import { AppError } from '../../src-shared/errors';
import type { SecretStore } from './Platform';

export interface SecretCodec {
  encrypt(plain: string): Buffer;
  decrypt(cipher: Buffer): string;
}

interface SecretFile {
  format: 1;
  encrypted: boolean;
  values: Record<string, string>;
}

export class FileSecretStore implements SecretStore {
  readonly isEncrypted: boolean;
  private values: Map<string, string> | undefined;
  private writes: Promise<void> = Promise.resolve();
  /** The file was encrypted by a codec we do not have: writing would destroy the values we cannot read. */
  private readOnly = false;

  constructor(
    private readonly filePath: string,
    private readonly codec?: SecretCodec,
  ) {
    this.isEncrypted = codec !== undefined;
  }

  async get(key: string): Promise<string | undefined> {
    return (await this.load()).get(key);
  }

  async set(key: string, value: string): Promise<void> {
    const values = await this.load();
    this.assertWritable();
    values.set(key, value);
    await this.save();
  }

  async delete(key: string): Promise<void> {
    const values = await this.load();
    this.assertWritable();
    if (values.delete(key)) await this.save();
  }

  private assertWritable(): void {
    if (this.readOnly) {
      throw new AppError('unavailable', 'Secrets here are encrypted by the desktop app; change them in the app\'s settings.', { retryable: false });
    }
  }

  private async load(): Promise<Map<string, string>> {
    if (this.values) return this.values;
    let file: SecretFile | undefined;
    try {
      file = JSON.parse(await readFile(this.filePath, 'utf8')) as SecretFile;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
    }
    const values = new Map<string, string>();
    for (const [key, stored] of Object.entries(file?.values ?? {})) {
      if (file?.encrypted) {
        // Written with a codec we no longer have (e.g. the CLI reading the app's file): unreadable, so absent.
        if (!this.codec) {
          this.readOnly = true;
          continue;
        }
        values.set(key, this.codec.decrypt(Buffer.from(stored, 'base64')));
      } else {
        values.set(key, stored);
      }
    }
    this.values ??= values;
    return this.values;
  }

  private save(): Promise<void> {
    const write = async (): Promise<void> => {
      const values: Record<string, string> = {};
      for (const [key, value] of this.values ?? []) {
        values[key] = this.codec ? this.codec.encrypt(value).toString('base64') : value;
      }
      const file: SecretFile = { format: 1, encrypted: this.isEncrypted, values };
      await mkdir(dirname(this.filePath), { recursive: true, mode: 0o700 });
      const temp = `${this.filePath}.${process.pid}.tmp`;
      await writeFile(temp, JSON.stringify(file, null, 2), { mode: 0o600 });
      await chmod(temp, 0o600);
      await rename(temp, this.filePath);
    };
    // Serialised so two quick `set`s cannot interleave their temp-file writes.
    this.writes = this.writes.then(write, write);
    return this.writes;
  }
}
