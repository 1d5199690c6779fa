// Reading aloud (Markdown → plain text into the speech port; Stop cancels) and the Todos panel's pure view logic.
import { describe, expect, it } from 'vitest';
import type { TodoView } from '../../src-preload/contract';
import { filterTodos, formatInZone, listNames, moveItem } from '../../src-renderer/features/todos/todoFilters';
import { markdownToPlainText } from '../../src-renderer/features/voice/markdownToPlainText';
import { ReadAloud } from '../../src-renderer/features/voice/ReadAloud';
import type { SpeechOptions, SpeechPort } from '../../src-renderer/features/voice/SpeechPort';

/** A speech port that records what the platform would have been asked to do. */
class RecordingSpeechPort implements SpeechPort {
  readonly available = true;
  readonly calls: Array<{ op: 'speak'; text: string; options: SpeechOptions } | { op: 'cancel' }> = [];
  speaking: string | null = null;
  speak(text: string, options: SpeechOptions): void {
    this.calls.push({ op: 'speak', text, options });
    this.speaking = text;
  }
  cancel(): void {
    this.calls.push({ op: 'cancel' });
    this.speaking = null;
  }
  voices(): string[] {
    return ['Daniel'];
  }
}

const REPLY = [
  '## Resetting the thermostat',
  '',
  'Hold **Menu** for *5 seconds*, then:',
  '',
  '1. Choose `Schedule`',
  '2. Press [Reset](https://example.com/manual)',
  '',
  '- Works on the **Hallway Thermostat**',
  '> Ask me again if it blinks.',
  '',
  '```json',
  '{"ignored": true}',
  '```',
].join('\n');

describe('read aloud', () => {
  it('sends the plain text of a Markdown reply to the speech port, with the chosen voice and rate', () => {
    const port = new RecordingSpeechPort();
    const reader = new ReadAloud(port, { rate: 1.2, voice: 'Daniel' });
    reader.read(REPLY);
    const spoken = port.calls.filter((c) => c.op === 'speak');
    expect(spoken).toEqual([{
      op: 'speak',
      text: 'Resetting the thermostat\nHold Menu for 5 seconds, then:\n1. Choose Schedule\n2. Press Reset\nWorks on the Hallway Thermostat\nAsk me again if it blinks.',
      options: { rate: 1.2, voice: 'Daniel' },
    }]);
    expect(port.speaking).not.toMatch(/[*#`[\]>]|https?:/);
  });

  it('stop cancels what is being spoken, and a new reply replaces the one being read', () => {
    const port = new RecordingSpeechPort();
    const reader = new ReadAloud(port);
    reader.read('First **reply**');
    expect(port.speaking).toBe('First reply');
    reader.read('Second reply');
    expect(port.calls.map((c) => c.op)).toEqual(['cancel', 'speak', 'cancel', 'speak']);
    reader.stop();
    expect(port.speaking).toBeNull();
    expect(port.calls.at(-1)).toEqual({ op: 'cancel' });
  });

  it('reads tables as comma-separated cells and drops rules', () => {
    expect(markdownToPlainText('| Room | Devices |\n|---|---|\n| Kitchen | 7 |\n\n---\nDone')).toBe('Room, Devices\nKitchen, 7\nDone');
  });
});

const todo = (over: Partial<TodoView>): TodoView => ({
  id: over.title ?? 'x', version: 'v', title: 'x', done: false, priority: 'normal', due: null, assignee: null, list: null, order: 1, completed_at: null, ...over,
});

describe('todos panel logic', () => {
  const NOW = Date.parse('2026-10-23T10:00:00Z');
  const todos = [
    todo({ title: 'fix the fence', due: '2026-10-22T22:59:00Z' }),
    todo({ title: 'recycling', due: '2026-10-23T22:59:00Z' }),
    todo({ title: 'milk', list: 'shopping' }),
    todo({ title: 'bread', list: 'shopping', done: true }),
    todo({ title: 'prune the roses', list: 'garden', due: '2026-10-30T23:59:00Z' }),
  ];

  it('filters by list and by today / overdue / done in the home\'s time zone', () => {
    const titles = (f: Parameters<typeof filterTodos>[1], l: Parameters<typeof filterTodos>[2]) => filterTodos(todos, f, l, NOW, 'Europe/London').map((t) => t.title);
    expect(titles('open', '*')).toEqual(['fix the fence', 'recycling', 'milk', 'prune the roses']);
    expect(titles('open', 'shopping')).toEqual(['milk']);
    expect(titles('done', '*')).toEqual(['bread']);
    expect(titles('overdue', '*')).toEqual(['fix the fence']);
    expect(titles('today', '*')).toEqual(['fix the fence', 'recycling']);
    expect(titles('all', null)).toEqual(['fix the fence', 'recycling']);
    expect(listNames(todos)).toEqual([null, 'garden', 'shopping']);
  });

  it('reorders by moving one item, keeping the others in order', () => {
    expect(moveItem(['a', 'b', 'c', 'd'], 0, 2)).toEqual(['b', 'c', 'a', 'd']);
    expect(moveItem(['a', 'b', 'c'], 2, 0)).toEqual(['c', 'a', 'b']);
    expect(moveItem(['a', 'b'], 0, 5)).toEqual(['a', 'b']);
  });

  it('formats dates like the assistant echoes them', () => {
    expect(formatInZone('2026-10-30T09:00:00Z', 'Europe/London')).toBe('Fri 30 Oct, 09:00');
    expect(formatInZone('2026-10-30T13:00:00Z', 'America/New_York', false)).toBe('Fri 30 Oct');
  });
});
