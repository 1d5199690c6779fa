// Runs Doyensec's Electronegativity (the Electron security scanner) in-process over given folders, without the
// network: its CLI breaks with the commander we use, and its runner always fetches translations and Electron release
// data. This does what the runner does (load, parse, per-file checks, global checks) with local translations and the
// Electron version given explicitly; the release-data check (AVAILABLE_SECURITY_FIXES_GLOBAL_CHECK) is left out.
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { basename, dirname, join } from 'node:path';

export interface ScanIssue {
  id: string;
  severity: 'INFORMATIONAL' | 'LOW' | 'MEDIUM' | 'HIGH';
  confidence: string;
  file: string;
  line: number;
  manualReview: boolean;
}

interface RawIssue {
  id: string;
  file: string;
  severity: { name: ScanIssue['severity'] };
  confidence: { name: string };
  location: { line: number };
  manualReview?: boolean;
  visibility?: { inlineDisabled?: boolean; globalCheckDisabled?: boolean };
}

const requireHere = createRequire(__filename);
const packageDir = dirname(requireHere.resolve('@doyensec/electronegativity/package.json'));
const requireScanner = createRequire(join(packageDir, 'package.json'));
const dist = join(packageDir, 'dist');

export async function runElectronegativity(sourceDirs: readonly string[], electronVersion: string): Promise<{ issues: ScanIssue[]; errors: string[]; checks: number }> {
  const i18n = requireScanner('i18n') as { configure(o: object): void; setLocale(l: string): void };
  i18n.configure({ locales: ['en-US'], defaultLocale: 'en-US', directory: join(dist, 'locales'), updateFiles: false, objectNotation: true, retryInDefaultLocale: true, register: globalThis });
  i18n.setLocale('en-US');
  const { LoaderDirectory } = requireScanner(join(dist, 'loader')) as { LoaderDirectory: new () => { load(dir: string): Promise<void>; list_files: Iterable<string>; load_buffer(f: string): unknown } };
  const { Parser } = requireScanner(join(dist, 'parser')) as { Parser: new (babelFirst: boolean, tsBabelFirst: boolean) => { parse(file: string, buffer: unknown): [string, unknown, unknown, Array<{ message: string }> | undefined] } };
  const finderModule = requireScanner(join(dist, 'finder')) as {
    Finder: new (custom: string[], exclude: string[], upgrade?: string) => { find(file: string, data: unknown, type: string, content: unknown, _: null, version: string): Promise<RawIssue[]>; _enabled_checks: unknown[] };
    GlobalChecks: new (custom: string[], exclude: string[], upgrade?: string) => { getResults(issues: RawIssue[], output?: string): Promise<RawIssue[]>; _enabled_checks: unknown[] };
  };

  // One folder to scan, holding a copy of each source folder (the loader takes one input).
  const input = mkdtempSync(join(tmpdir(), 'goodies-scan-'));
  try {
    for (const dir of sourceDirs) cpSync(dir, join(input, basename(dir)), { recursive: true });
    const loader = new LoaderDirectory();
    await loader.load(input);
    // Global checks are excluded by their own list; the per-file Finder exits the process on a name it lacks.
    const globalChecks = new finderModule.GlobalChecks([], ['availablesecurityfixesglobalcheck']);
    const finder = await new finderModule.Finder([], []);
    const parser = new Parser(false, true);
    const issues: RawIssue[] = [];
    const errors: string[] = [];
    for (const file of loader.list_files) {
      try {
        const [type, data, content] = parser.parse(file, loader.load_buffer(file));
        if (data === null) continue;
        issues.push(...(await finder.find(file, data, type, content, null, electronVersion)));
      } catch (error) {
        errors.push(`${file}: ${(error as Error).message}`);
      }
    }
    const results = (await globalChecks.getResults(issues)).filter((i) => !i.visibility?.inlineDisabled && !i.visibility?.globalCheckDisabled);
    return {
      checks: finder._enabled_checks.length + globalChecks._enabled_checks.length,
      errors,
      issues: results.map((i) => ({
        id: i.id,
        severity: i.severity.name,
        confidence: i.confidence.name,
        file: i.file.slice(input.length + 1),
        line: i.location.line,
        manualReview: i.manualReview === true,
      })),
    };
  } finally {
    rmSync(input, { recursive: true, force: true });
  }
}
