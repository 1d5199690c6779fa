// Every failure reported in issue 12, over a home shaped like an upstream export (broad `type` categories,
// capabilities, kinds only in names, a location only on an edge, a date only in a note), asked offline with no model.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ResponderAnswer } from '../../../src-main/chat/Responder';
import { IntentResponder } from '../../../src-main/intents/IntentResponder';
import { openHarness, type Harness } from './intentHarness';

const HOME = readFileSync(join(import.meta.dirname, '../../fixtures/homes/upstream-sample.home.json'), 'utf8');

describe('issue 12 failures over an upstream-shaped home', () => {
  let h: Harness;
  let conversation = 0;
  beforeAll(async () => {
    h = await openHarness({ homeJson: HOME });
  });
  afterAll(() => h.dispose());

  /** Asks a dialog in one fresh conversation; returns every answer. */
  async function dialog(...questions: string[]): Promise<ResponderAnswer[]> {
    const conversationId = `conv-${++conversation}`;
    const answers: ResponderAnswer[] = [];
    for (const q of questions) {
      const answer = await h.responder.respond(q, h.context({ conversationId }));
      expect(answer, `declined: ${q}`).toBeDefined();
      if (answer) answers.push(answer);
    }
    return answers;
  }
  const cited = (a: ResponderAnswer | undefined): string[] => (a?.citations ?? []).map((c) => c.name);

  it('finds thermostats whose kind is only in the name, and says why', async () => {
    const [a] = await dialog('Find all thermostats');
    expect(cited(a)).toEqual(expect.arrayContaining(['Smart Thermostat', 'Mitsubishi PAR-42MAA Thermostat']));
    expect(a?.text).not.toMatch(/no thermostats/i);
    expect(a?.text).toMatch(/2 thermostats/);
  });

  it('finds the fridge called "Smart Refrigerator" of type appliance', async () => {
    const [a] = await dialog('do we have a fridge?');
    expect(cited(a)).toContain('Smart Refrigerator');
    expect(a?.text).not.toMatch(/no fridges/i);
  });

  it('finds an air conditioner known only as a mini-split', async () => {
    const [a] = await dialog('do we have AC?');
    expect(cited(a)).toContain('Bedroom Mini-Split');
  });

  it('"What rooms connect to the kitchen?" works like "Which rooms …"', async () => {
    const [a] = await dialog('What rooms connect to the kitchen?');
    expect(a?.model).toBe('room_connections');
    expect(cited(a)).toEqual(expect.arrayContaining(['Kitchen', 'Dining Room', 'Hallway', 'Garage']));
  });

  it('"What does Vacation Mode manage?" lists what the automation acts on', async () => {
    const [a] = await dialog('What does Vacation Mode manage?');
    expect(cited(a)).toEqual(expect.arrayContaining(['Vacation Mode', 'Living Room Lights', 'Back Door Lock']));
  });

  it('"List all automations"', async () => {
    const [a] = await dialog('List all automations');
    expect(cited(a)).toEqual(expect.arrayContaining(['Vacation Mode', 'Evening Lights']));
  });

  it('"Look for Philips devices" is a maker, not a place', async () => {
    const [a] = await dialog('Look for Philips devices');
    expect(cited(a).sort()).toEqual(['Hallway Motion', 'Living Room Lights']);
  });

  it('"Search for motion detectors" finds a motion device by its capability', async () => {
    const [a] = await dialog('Search for motion detectors');
    expect(cited(a)).toContain('Hallway Motion');
    expect(a?.text).not.toMatch(/no motion/i);
  });

  it('"when\'s the next hvac service due?" reads the date in a note', async () => {
    const [a] = await dialog("when's the next hvac service due?");
    expect(cited(a)).toContain('HVAC Service Record');
    expect(a?.text).toContain('2026-09-15');
  });

  it('"Which automations affect the kitchen?" resolves the room, not the Kitchen-Dining Door', async () => {
    const [a] = await dialog('Which automations affect the kitchen?');
    expect(a?.text).not.toContain('Kitchen-Dining Door');
    expect(cited(a)).toEqual(expect.arrayContaining(['Kitchen', 'Vacation Mode']));
  });

  it('"the living room" is the room, not the device "Living Room Lights"', async () => {
    const [a] = await dialog("what's in the living room?");
    expect(a?.model).toBe('devices_in_place');
    expect(cited(a)).toEqual(expect.arrayContaining(['Living Room', 'Living Room Lights', 'Samsung Smart TV']));
  });

  it('"whats in the kitchn" then "and in the garage?"', async () => {
    const [, b] = await dialog('whats in the kitchn', 'and in the garage?');
    expect(b?.model).toBe('devices_in_place');
    expect(cited(b)).toEqual(expect.arrayContaining(['Garage', 'Garage Door Opener']));
  });

  it('"is there a manual for the mitsubishi thermostat" then "and for the tv?"', async () => {
    const [a, b] = await dialog('is there a manual for the mitsubishi thermostat', 'and for the tv?');
    expect(cited(a)).toContain('Mitsubishi PAR-42MAA Manual');
    expect(b?.text).not.toMatch(/couldn't find 'for'/);
    expect(cited(b)).toContain('Samsung TV User Manual');
  });

  it('a reply to "Which one do you mean" continues the question', async () => {
    const [a, b] = await dialog('what is in the bedroom?', 'Master Bedroom');
    expect(a?.text).toMatch(/Which one do you mean/);
    expect(b?.model).toBe('devices_in_place');
    expect(cited(b)).toEqual(expect.arrayContaining(['Master Bedroom', 'Mitsubishi PAR-42MAA Thermostat', 'Bedroom Mini-Split']));
  });

  it('pronouns: "is it locked?" and "turn it off" refer to the last thing', async () => {
    const [, b] = await dialog('where is the back door lock?', 'is it locked?');
    expect(b?.model).toBe('state_locked');
    expect(b?.text).toMatch(/unlocked/);
    const [, d] = await dialog('is the tv on?', 'turn it on');
    expect(d?.model).toBe('turn_on');
    expect(d?.proposal?.targets.map((t) => t.name)).toEqual(['Samsung Smart TV']);
  });

  it('"what about upstairs?" continues a place question', async () => {
    const [, b] = await dialog('what is in the hallway', 'what about upstairs?');
    expect(b?.model).toBe('devices_in_place');
    expect(cited(b)).toEqual(expect.arrayContaining(['Upstairs', 'Bedroom Mini-Split']));
  });

  it('the focus survives a new process: a fresh responder rebuilds it from the stored turns (goodies ask --conversation)', async () => {
    const turns: Array<{ role: 'user' | 'assistant'; text: string; citations?: Array<{ entity_id: string }>; provider?: string }> = [];
    const first = await h.responder.respond('what is in the bedroom?', h.context({ conversationId: 'stored-1' }));
    turns.push({ role: 'user', text: 'what is in the bedroom?' }, { role: 'assistant', text: first?.text ?? '', citations: first?.citations ?? [], provider: first?.provider ?? '' });
    // A new responder (as in a new CLI process) over the same store: no focus in memory, only the stored turns.
    const fresh = new IntentResponder({ engine: h.engine, store: h.store, registry: h.registry, approvals: h.approvals, toolContext: h.toolContext, history: () => [...turns, { role: 'user', text: 'Guest Bedroom' }] });
    const reply = await fresh.respond('Guest Bedroom', h.context({ conversationId: 'stored-1' }));
    expect(reply?.model).toBe('devices_in_place');
    expect(cited(reply)).toContain('Guest Bedroom');
  });

  it('"where\'s the doorbell?" uses the location on its edge', async () => {
    const [a] = await dialog("where's the doorbell?");
    expect(a?.text).toMatch(/front entrance/i);
    expect(a?.text).not.toMatch(/doesn't say/);
  });

  it('"How do I set up the TV?" names the manual and numbers steps once', async () => {
    const [a] = await dialog('How do I set up the TV?');
    expect(a?.text).toContain('Samsung TV User Manual');
    expect(a?.text).toContain('1. Plug the TV in');
    expect(a?.text).not.toMatch(/\d\.\s+\d\./);
  });

  it('state worth knowing: a low battery with the lock state and its freshness', async () => {
    const [a] = await dialog('is the back door lock locked?');
    expect(a?.text).toMatch(/unlocked/);
    expect(a?.text).toMatch(/18 ?%/);
    expect(a?.text).toMatch(/as of/);
  });

  it('a question no intent covers gets a graph search with snippets before "can\'t answer"', async () => {
    const [a] = await dialog('anything about CoolAir?');
    expect(a?.text).toMatch(/Here's what I found about/);
    expect(cited(a)).toContain('HVAC Service Record');
  });
});
