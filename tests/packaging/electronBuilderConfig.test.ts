// Packaging cannot run here (no Electron binary, no signing), so the config is checked instead: it matches
// electron-builder's own JSON schema, every file it names exists, the four targets are there, and the afterPack hook
// really flips the fuses (on a stand-in binary carrying Electron's fuse wire).
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { Ajv } from 'ajv';
import { FuseV1Options } from '@electron/fuses';
import { FuseState, SENTINEL } from '@electron/fuses/dist/constants';
import { afterEach, describe, expect, it } from 'vitest';

const root = resolve(__dirname, '../..');
const require = createRequire(import.meta.url);
const yaml = require('js-yaml') as { load(text: string): unknown };

interface BuilderConfig {
  afterPack: string;
  directories: { buildResources: string; output: string };
  files: string[];
  asarUnpack: string[];
  npmRebuild: boolean;
  protocols: Array<{ schemes: string[] }>;
  linux: { target: string[]; icon: string; mimeTypes: string[] };
  mac: { target: string; icon: string };
  win: { target: string; icon: string };
  nsis: object;
  dmg: object;
}

const config = yaml.load(readFileSync(join(root, 'electron-builder.yml'), 'utf8')) as BuilderConfig;

describe('electron-builder.yml', () => {
  it('is valid against electron-builder\'s schema', () => {
    const schema = JSON.parse(readFileSync(require.resolve('app-builder-lib/scheme.json'), 'utf8')) as object;
    const ajv = new Ajv({ strict: false, allErrors: true });
    ajv.addKeyword({ keyword: 'typeof' });
    const validate = ajv.compile(schema);
    const valid = validate(config);
    expect(validate.errors ?? [], JSON.stringify(validate.errors, null, 1)).toEqual([]);
    expect(valid).toBe(true);
  });

  it('builds AppImage, deb, dmg and nsis, with icons that exist in build/ and are large enough', () => {
    expect(config.linux.target).toEqual(expect.arrayContaining(['AppImage', 'deb']));
    expect(config.mac.target).toBe('dmg');
    expect(config.win.target).toBe('nsis');
    expect(config.directories.buildResources).toBe('build');
    for (const icon of [config.linux.icon, config.mac.icon, config.win.icon]) {
      const file = readFileSync(join(root, icon));
      expect(file.subarray(1, 4).toString()).toBe('PNG');
      // PNG IHDR: width and height at bytes 16–23; macOS and Windows icons need at least 512 px.
      expect(file.readUInt32BE(16)).toBeGreaterThanOrEqual(512);
      expect(file.readUInt32BE(20)).toBeGreaterThanOrEqual(512);
    }
  });

  it('packs the built app, unpacks the native modules, needs no rebuild, and registers goodies://', () => {
    expect(config.files).toContain('out/**');
    expect(config.npmRebuild).toBe(false);
    for (const native of ['@photostructure/sqlite', 'node-llama-cpp']) expect(config.asarUnpack.some((p) => p.includes(native))).toBe(true);
    expect(config.protocols.flatMap((p) => p.schemes)).toEqual(['goodies']);
    expect(config.linux.mimeTypes).toContain('x-scheme-handler/goodies');
    expect(existsSync(join(root, 'resources/icons/tray.png'))).toBe(true);
  });

  it('npm run dist builds first and is documented', () => {
    const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { scripts: Record<string, string> };
    expect(pkg.scripts.dist).toMatch(/^npm run build && electron-builder/);
    expect(readFileSync(join(root, 'README.md'), 'utf8')).toContain('npm run dist');
  });
});

describe('fuses (afterPack hook)', () => {
  const dirs: string[] = [];
  afterEach(() => {
    for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
  });

  it('the hook is the configured one and sets every fuse explicitly, with the security-relevant ones as required', async () => {
    expect(config.afterPack).toBe('./build/afterPack.mjs');
    const hook = (await import(join(root, 'build/afterPack.mjs'))) as { FUSES: Record<string, unknown> };
    expect(hook.FUSES).toMatchObject({
      strictlyRequireAllFuses: true,
      [FuseV1Options.RunAsNode]: false,
      [FuseV1Options.EnableCookieEncryption]: true,
      [FuseV1Options.EnableNodeOptionsEnvironmentVariable]: false,
      [FuseV1Options.EnableNodeCliInspectArguments]: false,
      [FuseV1Options.EnableEmbeddedAsarIntegrityValidation]: true,
      [FuseV1Options.OnlyLoadAppFromAsar]: true,
    });
  });

  it('flips the fuse wire of the packaged binary (Linux and Windows layouts)', async () => {
    const hook = (await import(join(root, 'build/afterPack.mjs'))) as { afterPack(context: object): Promise<void> };
    for (const [platform, file] of [['linux', 'goodies'], ['win32', 'Goodies.exe']] as const) {
      const appOutDir = mkdtempSync(join(tmpdir(), 'goodies-fuses-'));
      dirs.push(appOutDir);
      // A stand-in binary: bytes around Electron's sentinel, wire version 1, 8 fuses all "enabled".
      const wire = Buffer.concat([Buffer.from('ELF...padding'), Buffer.from(SENTINEL), Buffer.from([1, 8]), Buffer.alloc(8, FuseState.ENABLE), Buffer.from('...rest')]);
      writeFileSync(join(appOutDir, file), wire);
      await hook.afterPack({ appOutDir, electronPlatformName: platform, arch: 1, packager: { appInfo: { productFilename: 'Goodies' }, executableName: 'goodies' } });
      const flipped = readFileSync(join(appOutDir, file));
      const at = flipped.indexOf(SENTINEL) + SENTINEL.length + 2;
      const states = [...flipped.subarray(at, at + 8)].map((b) => (b === FuseState.ENABLE ? 'on' : b === FuseState.DISABLE ? 'off' : '?'));
      expect(states, platform).toEqual(['off', 'on', 'off', 'off', 'on', 'on', 'off', 'on']);
    }
  });
});
