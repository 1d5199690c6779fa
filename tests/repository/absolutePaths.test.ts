// No source or test file may read a path of one machine ("/work/…", "/home/<name>/…", "/tmp/<name>/…"): the check of
// findAbsolutePaths.ts over the whole repository, and tests of the check itself.
// The absolute paths in this file are fixtures: texts the check reads, never paths it opens.
import { readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { absolutePathsIn, findAbsolutePaths, FIXTURE_PATHS_MARKER, sourceFiles } from './findAbsolutePaths';

const repoRoot = resolve(__dirname, '../..');
/** The repository's own folders of code, tests, scripts and data, and its top-level config files. */
const FOLDERS = ['src-main', 'src-node-shared', 'src-preload', 'src-renderer', 'src-server', 'src-shared', 'tests', 'scripts', 'bench', 'bin', 'resources'];

describe('findAbsolutePaths', () => {
  it('finds /work/, /home/<name> and /tmp/<name> paths written in a file', () => {
    const text = [
      "const home = JSON.parse(readFileSync('/work/main/tests/fixtures/homes/x.home.json', 'utf8'));",
      'const model = `/home/ann/models/${name}.gguf`;',
      'spawnSync("sh", ["-c", "cat /tmp/scratch/log.txt"]);',
    ].join('\n');
    expect(findAbsolutePaths(text)).toEqual([
      { line: 1, path: '/work/main' },
      { line: 2, path: '/home/ann' },
      { line: 3, path: '/tmp/scratch' },
    ]);
  });

  it('leaves relative paths, the bare temp folder and words that merely contain the names', () => {
    const text = [
      "import { HomeBrowser } from '../features/home/HomeBrowser';",
      "import { x } from './home/loadDemoHome';",
      "const dir = mkdtempSync(join(tmpdir(), 'goodies-'));",
      "const fallback = '/tmp';",
      "const url = 'https://example.com/home/page';",
      "const tilde = '~/work/notes';",
    ].join('\n');
    expect(findAbsolutePaths(text)).toEqual([]);
  });

  it('skips a file that marks its absolute paths as fixtures nothing reads', () => {
    expect(findAbsolutePaths(`// ${FIXTURE_PATHS_MARKER}: a fake home folder\nconst homeDir = '/home/ann';`)).toEqual([]);
  });

  it('walks the given folders for source files only', () => {
    const files = sourceFiles(repoRoot, ['tests/repository']);
    expect(files).toContain('tests/repository/findAbsolutePaths.ts');
    expect(files.every((f) => f.startsWith('tests/repository/'))).toBe(true);
  });
});

describe('the repository', () => {
  it('writes no absolute path of one machine into its sources, tests, scripts or data', () => {
    const topLevel = readdirSync(repoRoot).filter((f) => /\.(ts|js|mjs|cjs|json)$/.test(f) && f !== 'package-lock.json');
    const files = [...sourceFiles(repoRoot, FOLDERS), ...topLevel];
    expect(files.length).toBeGreaterThan(500);
    expect(absolutePathsIn(repoRoot, files)).toEqual([]);
  });
});
