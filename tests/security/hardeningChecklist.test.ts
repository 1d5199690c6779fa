// The Electron security checklist as code that stays: one function creates every window, with the hardened
// preferences and guards; nothing else constructs a BrowserWindow. (The scan checks the same from the outside.)
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = resolve(__dirname, '../..');

function sources(dir: string): string[] {
  return readdirSync(join(root, dir)).flatMap((name) => {
    const rel = join(dir, name);
    return statSync(join(root, rel)).isDirectory() ? sources(rel) : /\.tsx?$/.test(name) ? [relative(root, join(root, rel))] : [];
  });
}

describe('hardening checklist', () => {
  const hardened = readFileSync(join(root, 'src-main/app/createHardenedWindow.ts'), 'utf8');

  it('only createHardenedWindow constructs a BrowserWindow', () => {
    const offenders = sources('src-main').filter((f) => /new\s+BrowserWindow\s*\(/.test(readFileSync(join(root, f), 'utf8')));
    expect(offenders).toEqual(['src-main/app/createHardenedWindow.ts']);
  });

  it('isolates, sandboxes and denies by default', () => {
    for (const line of [
      'contextIsolation: true', 'sandbox: true', 'nodeIntegration: false', 'nodeIntegrationInWorker: false', 'nodeIntegrationInSubFrames: false',
      'webSecurity: true', 'allowRunningInsecureContent: false', 'webviewTag: false',
      "setPermissionRequestHandler((_contents, _permission, callback) => callback(false))", 'setPermissionCheckHandler(() => false)',
      "contents.on('will-navigate'", "contents.on('will-redirect'", "contents.on('will-attach-webview'", "return { action: 'deny' }",
      "'Content-Security-Policy': [csp]",
    ]) {
      expect(hardened, line).toContain(line);
    }
    // The caller's options can never override webPreferences.
    expect(hardened).toMatch(/window\?: Omit<BrowserWindowConstructorOptions, 'webPreferences' \| 'show'>/);
  });

  it('the IPC bridge checks the sending frame before dispatching', () => {
    const bridge = readFileSync(join(root, 'src-main/ipc/ElectronIpcBridge.ts'), 'utf8');
    expect(bridge.indexOf('isTrustedSender(event.senderFrame)')).toBeGreaterThan(-1);
    expect(bridge.indexOf('isTrustedSender(event.senderFrame)')).toBeLessThan(bridge.indexOf('dispatchCall(options.handlers'));
  });
});
