// Reads an `strace -f -e trace=%file` log and lists the files a run touched outside the places it may use.
// Two kinds of stray access count:
// - anything that succeeded in the original checkout (a test that hard-codes the real repository path),
//   or beside it (the workspace's shared folder), other than the linked node_modules;
// - any access, even a failed one, beside the clone (`<parent>/shared/…`), except the lookups Node and the tools
//   do in every parent folder (node_modules, package.json, tsconfig.json, vite's workspace-root markers …).
import { dirname, sep } from 'node:path';

export interface OutsideReadRoots {
  clone: string;
  /** The empty folder the clone sits in. */
  parent: string;
  originalRepo: string;
  /** Real paths that may be read (the linked node_modules). */
  allowed: string[];
}

const WALK_UP_LOOKUPS = new Set(['node_modules', 'package.json', 'tsconfig.json', 'jsconfig.json', '.git', 'pnpm-workspace.yaml', '.yarnrc.yml', 'deno.json', 'deno.jsonc', 'bun.lockb', 'lerna.json', 'rush.json', 'bunfig.toml', '.pnp.cjs', '.yarnrc', '.npmrc']);

const inside = (path: string, dir: string): boolean => path === dir || path.startsWith(dir + sep);

export function findOutsideReads(trace: string, roots: OutsideReadRoots): string[] {
  const besideOriginal = dirname(roots.originalRepo);
  const allowedAncestors = new Set(roots.allowed.flatMap((p) => ancestors(p)));
  const found = new Set<string>();
  for (const line of trace.split('\n')) {
    const succeeded = / = \d+/.test(line) && !line.includes('<unfinished');
    for (const match of line.matchAll(/"(\/[^"]*)"/g)) {
      const path = match[1]!.replace(/\/+$/, '') || '/';
      // The parent is the test's own empty folder: looking at it is no read beside the clone, even when the checkout
      // itself sits in the same temp folder (a clone in /tmp puts the parent "beside the original").
      if (path === roots.parent || inside(path, roots.clone) || roots.allowed.some((a) => inside(path, a)) || allowedAncestors.has(path)) continue;
      if (inside(path, roots.parent)) {
        const first = path.slice(roots.parent.length + 1).split(sep)[0]!;
        if (!WALK_UP_LOOKUPS.has(first) && first !== 'trace.txt') found.add(path);
        continue;
      }
      if (succeeded && (inside(path, roots.originalRepo) || (inside(path, besideOriginal) && path !== besideOriginal))) found.add(path);
    }
  }
  return [...found].sort();
}

function ancestors(path: string): string[] {
  const out: string[] = [];
  for (let dir = path; dir !== dirname(dir); dir = dirname(dir)) out.push(dir);
  return out;
}
