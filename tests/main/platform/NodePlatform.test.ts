// The absolute paths in this file are fixtures: the home folder handed to the data-path rules, never read.
import { mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { defaultDataDir } from '../../../src-main/platform/defaultDataDir';
import { FileSecretStore } from '../../../src-main/platform/FileSecretStore';
import { hasNetworkInterface } from '../../../src-main/platform/hasNetworkInterface';
import { NodePlatform } from '../../../src-main/platform/NodePlatform';

describe('NodePlatform', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'goodies-platform-'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('uses the given data folder, creates it, and finds the bundled resources and version', () => {
    const platform = new NodePlatform({ dataDir: join(dir, 'data'), onlineCheckIntervalMs: 0 });
    expect(platform.kind).toBe('node');
    expect(platform.paths.dataDir).toBe(join(dir, 'data'));
    expect(statSync(platform.paths.logsDir).isDirectory()).toBe(true);
    expect(platform.paths.resourcesDir).toMatch(/resources$/);
    expect(statSync(join(platform.paths.resourcesDir, 'icons', 'tray.png')).isFile()).toBe(true);
    expect(platform.appVersion).toMatch(/^\d+\.\d+\.\d+/);
    platform.dispose();
  });

  it('keeps secrets in a 0600 file that survives a restart, labelled unencrypted', async () => {
    const first = new NodePlatform({ dataDir: dir, onlineCheckIntervalMs: 0 });
    expect(first.secrets.isEncrypted).toBe(false);
    await first.secrets.set('server.token', 's3cret');
    await first.secrets.set('llm.apiKey', 'k');
    await first.secrets.delete('llm.apiKey');
    first.dispose();
    const file = join(dir, 'secrets.json');
    if (process.platform !== 'win32') expect(statSync(file).mode & 0o777).toBe(0o600);
    expect(JSON.parse(readFileSync(file, 'utf8'))).toEqual({ format: 1, encrypted: false, values: { 'server.token': 's3cret' } });
    const second = new NodePlatform({ dataDir: dir, onlineCheckIntervalMs: 0 });
    expect(await second.secrets.get('server.token')).toBe('s3cret');
    expect(await second.secrets.get('llm.apiKey')).toBeUndefined();
    second.dispose();
  });

  it('prints notifications and reports online changes once', () => {
    const lines: string[] = [];
    let online = true;
    const platform = new NodePlatform({ dataDir: dir, onlineCheckIntervalMs: 0, writeNotification: (l) => lines.push(l), checkOnline: () => online });
    const seen: boolean[] = [];
    platform.onDidChangeOnline((v) => seen.push(v));
    platform.notify({ title: 'Reminder', body: 'Change the HVAC filter' });
    expect(lines).toEqual(['[Goodies] Reminder: Change the HVAC filter']);
    expect(platform.isOnline()).toBe(true);
    online = false;
    platform.recheckOnline();
    platform.recheckOnline();
    expect(platform.isOnline()).toBe(false);
    expect(seen).toEqual([false]);
    platform.dispose();
  });
});

describe('FileSecretStore with a codec', () => {
  it('stores values encrypted, and a reader without the codec sees none and may not overwrite them', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'goodies-secrets-'));
    const file = join(dir, 'secrets.json');
    const codec = {
      encrypt: (plain: string) => Buffer.from([...Buffer.from(plain)].map((b) => b ^ 0x5a)),
      decrypt: (cipher: Buffer) => Buffer.from([...cipher].map((b) => b ^ 0x5a)).toString(),
    };
    const app = new FileSecretStore(file, codec);
    expect(app.isEncrypted).toBe(true);
    await app.set('token', 'hunter2');
    expect(readFileSync(file, 'utf8')).not.toContain('hunter2');
    expect(await new FileSecretStore(file, codec).get('token')).toBe('hunter2');
    const cli = new FileSecretStore(file);
    expect(await cli.get('token')).toBeUndefined();
    await expect(cli.set('other', 'x')).rejects.toMatchObject({ type: 'unavailable' });
    expect(await new FileSecretStore(file, codec).get('token')).toBe('hunter2');
    rmSync(dir, { recursive: true, force: true });
  });
});

describe('defaultDataDir', () => {
  it('matches where Electron puts userData on each OS', () => {
    expect(defaultDataDir({ platform: 'linux', env: {}, homeDir: '/home/ann' })).toBe('/home/ann/.config/goodies-desktop');
    expect(defaultDataDir({ platform: 'linux', env: { XDG_CONFIG_HOME: '/xdg' }, homeDir: '/home/ann' })).toBe('/xdg/goodies-desktop');
    expect(defaultDataDir({ platform: 'linux', env: { XDG_CONFIG_HOME: 'relative' }, homeDir: '/home/ann' })).toBe('/home/ann/.config/goodies-desktop');
    expect(defaultDataDir({ platform: 'darwin', env: {}, homeDir: '/Users/ann' })).toBe('/Users/ann/Library/Application Support/goodies-desktop');
    expect(defaultDataDir({ platform: 'win32', env: { APPDATA: 'C:\\Users\\ann\\AppData\\Roaming' }, homeDir: 'C:\\Users\\ann' }))
      .toBe('C:\\Users\\ann\\AppData\\Roaming\\goodies-desktop');
  });
});

describe('hasNetworkInterface', () => {
  it('counts only non-internal addresses', () => {
    const lo = { address: '127.0.0.1', netmask: '255.0.0.0', family: 'IPv4', mac: '00:00:00:00:00:00', internal: true, cidr: '127.0.0.1/8' } as const;
    expect(hasNetworkInterface({ lo: [lo] })).toBe(false);
    expect(hasNetworkInterface({ lo: [lo], eth0: [{ ...lo, address: '192.168.1.4', internal: false }] })).toBe(true);
  });
});
