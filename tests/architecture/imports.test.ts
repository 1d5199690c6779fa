// Guards the process boundaries. Each rule names the bug it prevents:
// - electron imported by a core module makes that module untestable in plain Node and breaks browser mode and the CLI;
// - the renderer importing main code or node:* would either fail to bundle or, worse, bundle secrets-handling code
//   into a page that loads untrusted content;
// - src-shared importing process code would drag Node or DOM into the other process's bundle;
// - the home server importing src-main (or the preload/renderer) would ship the desktop's secrets handling, Electron
//   assumptions and UI code inside a network service, and tie the server's release to the app's insides;
// - src-node-shared importing either side would make "shared" code depend on one of its two users.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve, dirname } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = resolve(__dirname, '../..');
const SHELL_DIRS = ['src-main/app/', 'src-main/platform/', 'src-main/ipc/'];

function listSources(dir: string): string[] {
  const abs = join(root, dir);
  let entries: string[];
  try {
    entries = readdirSync(abs);
  } catch {
    return [];
  }
  return entries.flatMap((name) => {
    const path = join(abs, name);
    const rel = relative(root, path);
    if (statSync(path).isDirectory()) return listSources(rel);
    return /\.(ts|tsx|mts)$/.test(name) ? [rel.split('\\').join('/')] : [];
  });
}

const IMPORT_PATTERN = /(?:import|export)\s[^'"]*?from\s+['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)|require\(\s*['"]([^'"]+)['"]\s*\)|^\s*import\s+['"]([^'"]+)['"]/gm;

function importsOf(file: string): string[] {
  const text = readFileSync(join(root, file), 'utf8');
  return [...text.matchAll(IMPORT_PATTERN)].map((m) => m[1] ?? m[2] ?? m[3] ?? m[4] ?? '');
}

/** Resolves a relative import to a repo-relative path prefix (no extension needed for prefix checks). */
function target(file: string, spec: string): string {
  if (!spec.startsWith('.')) return spec;
  return relative(root, resolve(root, dirname(file), spec)).split('\\').join('/');
}

describe('architecture: process boundaries', () => {
  const main = listSources('src-main');
  const renderer = listSources('src-renderer');
  const shared = listSources('src-shared');
  const server = listSources('src-server');
  const nodeShared = listSources('src-node-shared');

  it('finds the source trees', () => {
    expect(main.length).toBeGreaterThan(10);
    expect(shared.length).toBeGreaterThan(2);
  });

  it('only the Electron shell folders import electron', () => {
    const offenders = [...main, ...shared, ...server, ...nodeShared, ...renderer]
      .filter((f) => !SHELL_DIRS.some((d) => f.startsWith(d)))
      .filter((f) => importsOf(f).some((s) => s === 'electron' || s.startsWith('electron/')));
    expect(offenders).toEqual([]);
  });

  it('the renderer imports neither main, server, preload runtime code nor node built-ins', () => {
    const offenders = renderer.flatMap((f) =>
      importsOf(f)
        .map((s) => ({ s, t: target(f, s) }))
        .filter(({ s, t }) => s.startsWith('node:') || s === 'electron' || t.startsWith('src-main') || t.startsWith('src-server') || (t.startsWith('src-preload') && !t.startsWith('src-preload/contract')))
        .map(({ s }) => `${f} -> ${s}`),
    );
    expect(offenders).toEqual([]);
  });

  it('src-shared is pure: no node built-ins and no process code', () => {
    const offenders = shared.flatMap((f) =>
      importsOf(f)
        .map((s) => ({ s, t: target(f, s) }))
        .filter(({ s, t }) => s.startsWith('node:') || /^src-(main|renderer|preload|server)/.test(t))
        .map(({ s }) => `${f} -> ${s}`),
    );
    expect(offenders).toEqual([]);
  });

  it('core features do not reach into the Electron shell or the CLI', () => {
    const core = main.filter((f) => !SHELL_DIRS.some((d) => f.startsWith(d)) && !f.startsWith('src-main/cli/'));
    const offenders = core.flatMap((f) =>
      importsOf(f)
        .map((s) => ({ s, t: target(f, s) }))
        .filter(({ t }) => t.startsWith('src-main/app/') || t.startsWith('src-main/cli/') || t.startsWith('src-main/ipc/') || (t.startsWith('src-main/platform/') && !t.startsWith('src-main/platform/Platform')))
        .map(({ s }) => `${f} -> ${s}`),
    );
    expect(offenders).toEqual([]);
  });

  it('the home server imports only itself, src-shared and src-node-shared (never main, preload or renderer)', () => {
    expect(server.length).toBeGreaterThan(10);
    const offenders = server.flatMap((f) =>
      importsOf(f)
        .map((s) => ({ s, t: target(f, s) }))
        .filter(({ t }) => /^src-(main|preload|renderer)/.test(t))
        .map(({ s }) => `${f} -> ${s}`),
    );
    expect(offenders).toEqual([]);
  });

  it('src-node-shared imports only src-shared, Node and packages', () => {
    expect(nodeShared.length).toBeGreaterThan(3);
    const offenders = nodeShared.flatMap((f) =>
      importsOf(f)
        .map((s) => ({ s, t: target(f, s) }))
        .filter(({ t }) => /^src-(main|preload|renderer|server)/.test(t))
        .map(({ s }) => `${f} -> ${s}`),
    );
    expect(offenders).toEqual([]);
  });

  it('the renderer and src-shared do not import src-node-shared', () => {
    const offenders = [...renderer, ...shared].flatMap((f) => importsOf(f).filter((s) => target(f, s).startsWith('src-node-shared')).map((s) => `${f} -> ${s}`));
    expect(offenders).toEqual([]);
  });

  it('there are no X.instance() singletons', () => {
    const offenders = [...main, ...renderer].filter((f) => /static\s+(get\s+)?instance\b|\.getInstance\(/.test(readFileSync(join(root, f), 'utf8')));
    expect(offenders).toEqual([]);
  });

  it('only the composition root creates the main services', () => {
    const callers = main.filter((f) => readFileSync(join(root, f), 'utf8').includes('createMainServices(') && f !== 'src-main/services.ts');
    // The three runtimes (Electron, browser mode, CLI) call it; nothing else may.
    for (const f of callers) expect(f).toMatch(/^src-main\/(app|cli|ipc)\//);
  });
});
