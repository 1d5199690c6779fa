#!/usr/bin/env node
// `npm start` (after the build): the desktop app when an Electron binary exists, browser mode otherwise.
// We do not `require('electron')` to find the binary: with the binary missing, electron's index.js tries to download
// it (slow, and it fails offline). We read the same path.txt it reads and check the file ourselves.
import { spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');

function findElectronBinary() {
  try {
    const electronDir = dirname(createRequire(join(root, 'package.json')).resolve('electron/package.json'));
    const pathFile = join(electronDir, 'path.txt');
    if (!existsSync(pathFile)) return undefined;
    const executable = readFileSync(pathFile, 'utf8').trim();
    const distDir = process.env.ELECTRON_OVERRIDE_DIST_PATH ?? join(electronDir, 'dist');
    const binary = join(distDir, executable);
    return existsSync(binary) ? binary : undefined;
  } catch {
    return undefined;
  }
}

function run(command, args) {
  const child = spawn(command, args, { cwd: root, stdio: 'inherit' });
  // Ctrl+C reaches the child from the terminal directly (same process group): forwarding it too would count as a
  // second Ctrl+C, which means "force quit". So we only wait on SIGINT and pass the other stop signals on.
  process.on('SIGINT', () => undefined);
  for (const signal of ['SIGTERM', 'SIGHUP']) process.on(signal, () => child.kill(signal));
  child.on('exit', (code, signal) => process.exit(code ?? (signal ? 0 : 1)));
  child.on('error', (error) => {
    process.stderr.write(`Could not start ${command}: ${error.message}\n`);
    process.exit(1);
  });
}

const electron = findElectronBinary();
if (electron) {
  run(electron, ['.', ...process.argv.slice(2)]);
} else {
  process.stderr.write('Electron binary not found on this machine (it could not be downloaded); starting Goodies in browser mode instead.\n');
  run(process.execPath, [join(root, 'bin', 'goodies.mjs'), 'serve', ...process.argv.slice(2)]);
}
