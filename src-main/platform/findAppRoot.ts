// Finds the folder holding our package.json (and resources/) from wherever the running file was built to:
// src-main/… under vitest, out/cli/ or out/main/ after a build, or the working directory as a last resort.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';

const PACKAGE_NAME = 'goodies-desktop';

function isAppRoot(dir: string): boolean {
  const manifest = join(dir, 'package.json');
  if (!existsSync(manifest)) return false;
  try {
    return (JSON.parse(readFileSync(manifest, 'utf8')) as { name?: unknown }).name === PACKAGE_NAME;
  } catch {
    return false;
  }
}

export function findAppRoot(startDirs: readonly string[]): string | undefined {
  for (const start of startDirs) {
    let dir = resolve(start);
    for (;;) {
      if (isAppRoot(dir)) return dir;
      const parent = dirname(dir);
      if (parent === dir) break;
      dir = parent;
    }
  }
  return undefined;
}

export function readAppVersion(appRoot: string | undefined): string {
  if (!appRoot) return '0.0.0';
  try {
    const version = (JSON.parse(readFileSync(join(appRoot, 'package.json'), 'utf8')) as { version?: unknown }).version;
    return typeof version === 'string' ? version : '0.0.0';
  } catch {
    return '0.0.0';
  }
}
