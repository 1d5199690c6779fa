// Maps a request path to a file inside the renderer folder, or refuses it. The check runs on the decoded, resolved
// path (so `..`, `%2e%2e`, `%2f` and backslashes are all caught) and again on the real path (so a symlink cannot
// lead outside).
import { realpath, stat } from 'node:fs/promises';
import { isAbsolute, relative, resolve, sep } from 'node:path';

export type StaticPathResult = { ok: true; filePath: string } | { ok: false; status: 400 | 403 | 404 };

function isInside(root: string, candidate: string): boolean {
  const rel = relative(root, candidate);
  return rel === '' || (!rel.startsWith('..') && !isAbsolute(rel));
}

export async function resolveStaticPath(rootDir: string, rawUrl: string): Promise<StaticPathResult> {
  const rawPath = rawUrl.split(/[?#]/, 1)[0] ?? '/';
  let decoded: string;
  try {
    decoded = decodeURIComponent(rawPath);
  } catch {
    return { ok: false, status: 400 };
  }
  if (decoded.includes('\0') || !decoded.startsWith('/')) return { ok: false, status: 400 };
  const root = resolve(rootDir);
  const relativePath = decoded === '/' ? 'index.html' : decoded.slice(1);
  // Backslashes are separators on Windows: treat them as such everywhere so the check means the same on every OS.
  const candidate = resolve(root, relativePath.split('\\').join(sep));
  if (!isInside(root, candidate)) return { ok: false, status: 403 };
  try {
    const [realRoot, realFile] = await Promise.all([realpath(root), realpath(candidate)]);
    if (!isInside(realRoot, realFile)) return { ok: false, status: 403 };
    if (!(await stat(realFile)).isFile()) return { ok: false, status: 404 };
    return { ok: true, filePath: realFile };
  } catch {
    return { ok: false, status: 404 };
  }
}
