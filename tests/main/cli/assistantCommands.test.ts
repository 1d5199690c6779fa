// `goodies todo …`, `goodies remind …`, `goodies reminders` in-process against a temp data dir (real SQLite, real clock).
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { runCli } from '../../../src-main/cli/runCli';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'goodies-cli-todo-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

async function run(...argv: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runCli(['--data-dir', dir, ...argv], { stdout: (t) => void out.push(t), stderr: (t) => void err.push(t) });
  return { code, stdout: out.join(''), stderr: err.join('') };
}

describe('goodies todo / remind / reminders', () => {
  it('adds, lists, ticks off and removes todos by title', async () => {
    expect(await run('todo', 'add', 'milk', '--list', 'Shopping')).toMatchObject({ code: 0, stdout: 'Added "milk" to the shopping list.\n' });
    expect((await run('todo', 'add', 'call', 'the', 'plumber', '--priority', 'high')).stdout).toBe('Added "call the plumber".\n');
    expect((await run('todo', 'add', 'call', 'the', 'dentist')).code).toBe(0);
    const listed = await run('todo', 'list');
    expect(listed.stdout).toBe('[ ] call the plumber  (high)\n[ ] call the dentist\n[ ] milk  [shopping]\n');
    expect((await run('todo', 'list', '--list', 'shopping')).stdout).toBe('[ ] milk  [shopping]\n');

    const ambiguous = await run('todo', 'done', 'call');
    expect(ambiguous.code).toBe(1);
    expect(ambiguous.stderr).toMatch(/^Error \(ambiguous\): "call" matches "call the plumber", "call the dentist"/);

    expect((await run('todo', 'done', 'plumbr')).stdout).toBe('Ticked off "call the plumber".\n');
    expect((await run('todo', 'list')).stdout).not.toContain('plumber');
    expect((await run('todo', 'list', '--all')).stdout).toContain('[x] call the plumber');
    expect((await run('todo', 'rm', 'milk')).stdout).toBe('Deleted "milk".\n');
    expect((await run('todo', 'list', '--all')).stdout).not.toContain('milk');
    const json = JSON.parse((await run('--json', 'todo', 'list')).stdout) as Array<{ title: string }>;
    expect(json.map((t) => t.title)).toEqual(['call the dentist']);
  });

  it('sets a reminder from plain words, echoing the date, and lists it', async () => {
    const set = await run('remind', 'water', 'the', 'plants', 'tomorrow', 'at', '8');
    expect(set.code).toBe(0);
    expect(set.stdout).toMatch(/^Reminder set for \w{3} \d{1,2} \w{3}, 08:00: "water the plants"\.\n$/);
    const listed = await run('reminders');
    expect(listed.stdout).toMatch(/^\w{3} \d{1,2} \w{3}, 08:00 {2}water the plants\n$/);
    const noDate = await run('remind', 'water', 'the', 'plants');
    expect(noDate.code).toBe(1);
    expect(noDate.stderr).toMatch(/couldn't find a date or time/);
  });

  it('lists personas, switches to one and adds a user-defined one', async () => {
    expect((await run('persona')).stdout).toBe('* home-assistant  Home assistant (friendly)\n  concise  Concise (concise)\n  teacher  Teacher (teacher)\n');
    expect((await run('persona', 'concise')).stdout).toContain('* concise');
    expect((await run('todo', 'add', 'milk', '--list', 'shopping')).code).toBe(0);
    const added = await run('persona', 'pirate', '--name', 'Pirate', '--style', 'concise', '--prompt', 'Talk like a pirate.');
    expect(added.stdout).toContain('* pirate  Pirate (concise, yours)');
    const bad = await run('persona', 'nobody');
    expect(bad.code).toBe(1);
    expect(bad.stderr).toMatch(/There is no persona "nobody"/);
  });
});
