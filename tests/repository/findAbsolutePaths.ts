// Lists the absolute paths of one machine written into a source or test file ("/work/main/...", "/home/ann/...",
// "/tmp/scratch/..."): a file that reads such a path passes where it was written and fails in a fresh clone elsewhere
// (a helper's scratch question file once read /work/... paths). The runtime check (freshClone.test.ts, under strace)
// sees only what the representative tests touch; this one reads every file's text. A relative path ("../home/x",
// "features/home/"), the bare "/tmp" and tmpdir() are fine. A file whose absolute paths are test data that nothing
// reads (a fake home folder, a trace to parse) says so in a comment with FIXTURE_PATHS_MARKER.
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';

export const FIXTURE_PATHS_MARKER = 'absolute paths in this file are fixtures';

/** "/work/…", "/home/<name>…", "/tmp/<name>…" standing on their own: not after a letter, dot, dash, tilde or slash. */
const ABSOLUTE = /(?<![\w.~/-])\/(?:work|home|tmp)\/[\w.-]+/g;

export interface AbsolutePathHit {
  line: number;
  path: string;
}

export function findAbsolutePaths(text: string): AbsolutePathHit[] {
  if (text.includes(FIXTURE_PATHS_MARKER)) return [];
  const hits: AbsolutePathHit[] = [];
  text.split('\n').forEach((line, i) => {
    for (const match of line.matchAll(ABSOLUTE)) hits.push({ line: i + 1, path: match[0] });
  });
  return hits;
}

const SOURCE = /\.(ts|tsx|mts|cts|js|mjs|cjs|json|sh)$/;
const SKIPPED_DIRS = new Set(['node_modules', '.git', 'out', 'dist', 'build', '.tmp', 'coverage', 'release']);

/** Every source, test, script and data file under the given folders of the repository, as repository paths. */
export function sourceFiles(repoRoot: string, folders: readonly string[]): string[] {
  const out: string[] = [];
  const walk = (dir: string): void => {
    let entries;
    try {
      entries = readdirSync(dir, { withFileTypes: true });
    } catch {
      return;
    }
    for (const e of entries) {
      if (e.isDirectory()) {
        if (!SKIPPED_DIRS.has(e.name)) walk(join(dir, e.name));
      } else if (e.isFile() && SOURCE.test(e.name)) out.push(relative(repoRoot, join(dir, e.name)));
    }
  };
  for (const folder of folders) walk(join(repoRoot, folder));
  return out.sort();
}

/** "file:line path" for each absolute path written in the files. */
export function absolutePathsIn(repoRoot: string, files: readonly string[]): string[] {
  return files.flatMap((file) => findAbsolutePaths(readFileSync(join(repoRoot, file), 'utf8')).map((hit) => `${file}:${hit.line} ${hit.path}`));
}
