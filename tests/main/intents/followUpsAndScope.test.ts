// Conversations over a real home (villa-lindqvist): "it" after a where-answer, "which ones"/"which of them" after a
// list answer, "from there", and scope words ("upstairs", "in the kitchen") after a state word. Each dialog shares a
// conversation id, as in the app; real SQLite and the real answer path.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ResponderAnswer } from '../../../src-main/chat/Responder';
import { openHarness, type Harness } from './intentHarness';
import { HOMES_DIR } from './questionSet';

const HOME = readFileSync(join(HOMES_DIR, 'villa-lindqvist.home.json'), 'utf8');

describe('follow-ups and scope', () => {
  let h: Harness;
  let dialog = 0;
  beforeAll(async () => {
    h = await openHarness({ homeJson: HOME });
  });
  afterAll(() => h.dispose());

  /** Asks the turns in one conversation and returns every answer. */
  async function talk(...turns: string[]): Promise<ResponderAnswer[]> {
    const conversationId = `dialog-${++dialog}`;
    const out: ResponderAnswer[] = [];
    for (const turn of turns) {
      const answer = await h.responder.respond(turn, h.context({ conversationId }));
      expect(answer, `"${turn}" was declined`).toBeDefined();
      if (answer) out.push(answer);
    }
    return out;
  }
  const names = (a: ResponderAnswer | undefined): string[] => (a?.citations ?? []).map((c) => c.name);
  const targets = (a: ResponderAnswer | undefined): string[] => (a?.proposal?.targets ?? []).map((t) => t.name).sort();

  it('"it" after a where-answer is the device, not its room', async () => {
    const [, state, command] = await talk("where's the dehumidifier", 'is it on?', 'turn it off');
    expect(names(state)).toContain('Avfuktare');
    expect(targets(command)).toEqual(['Avfuktare']);
  });

  it('"which ones are on" is asked over what the list answer listed, and "it" is then the one left', async () => {
    const [, which, command] = await talk('what speakers do we have', 'which ones are on', 'turn it down to 5');
    expect(names(which)).toContain('Elsas Högtalare');
    expect(names(which)).not.toContain('Sonos Arc');
    expect(targets(command)).toEqual(['Elsas Högtalare']);
  });

  it('"which of them run on batteries" narrows the last list', async () => {
    const [list, which] = await talk('what can detect motion', 'which of them run on batteries');
    expect(names(list)).toEqual(expect.arrayContaining(['Ringklocka', 'Rörelsedetektor Hall', 'Garagekamera']));
    expect(names(which)).toEqual(expect.arrayContaining(['Rörelsedetektor Hall', 'Garagekamera']));
    expect(names(which)).not.toContain('Ringklocka');
  });

  it('"from there" is the place of the last answer', async () => {
    const [, path] = await talk('which rooms does the kitchen connect to', 'how do i get from there to the bathroom');
    expect(names(path)).toEqual(expect.arrayContaining(['Hall', 'Trapphall']));
  });

  it('a state word then "upstairs" scopes the question to the floor', async () => {
    const [on] = await talk('which lights are on upstairs');
    expect(on?.text).toMatch(/of 7 lights in the Övervåning are on/);
    expect(names(on)).toContain('Elsas Nattlampa');
    expect(names(on)).not.toContain('Golvlampa');
    const [open] = await talk('are any windows open upstairs');
    expect(names(open)).toEqual(['Oskars fönster']);
  });

  it('windows in a place are counted there: never a wrong "no windows upstairs"', async () => {
    const [list] = await talk('which windows are upstairs');
    expect(names(list)).toEqual(expect.arrayContaining(['Oskars fönster', 'Sovrumsfönster', 'Takfönster Badrum']));
    expect(list?.text).not.toMatch(/no windows/i);
  });

  it('a command with "upstairs" stays a command over that floor', async () => {
    const [command] = await talk('turn off the lights upstairs');
    expect(targets(command)).toEqual(['Elsas Nattlampa', 'Oskars Skrivbordslampa', 'Sänglampa Johan']);
  });
});
