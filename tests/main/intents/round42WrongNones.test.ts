// Issue 12, round 42: wrong "none" answers, where the home has what was asked. A Darija "7elha" (open it) with a word
// after it that names nothing is said of "it" as "open", which unlocks the lock asked about (egyptianPhrasing.ts); a
// dishwasher with `program` and `remaining_time` capabilities runs its program, so "stop the dishwasher" is a card,
// not "can't be switched off" (switchControl.ts). A rule's name found loosely yields to a device described by its words only when the words
// name a thing: not a reading asked ("how much power", with a rule "Power cut mode") and not when the question says
// another word of the rule's name ("is the motor on, tank full ah?" of "Tank full - motor off"; describedOverRule.ts, over
// the Chennai fixture home). "what's the wifi" with only a place or a courtesy after it asks the password
// (secretWords.ts): a guest is told it is private, not the router's state or "no schedule runs" it.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { askingOver, dialogsOver } from './dialogsOver';
import { openHarness, type Harness } from './intentHarness';
import { HOMES_DIR } from './questionSet';
import { secretWords } from '../../../src-main/intents/secretWords';
import { device, openSmallHome, room } from './smallHome';

const ENTITIES = [
  { id: 'r42n-home', entity_type: 'home', name: 'Dar Nour', content: {} },
  room('r42n-entry', 'Entrée'),
  room('r42n-kitchen', 'Cuisine'),
  device('r42n-lock', 'Serrure entrée', { type: 'lock', capabilities: ['lock', 'battery'], state: { lock: 'locked', battery: 88 } }),
  device('r42n-lamp', 'Lampe entrée', { type: 'light', capabilities: ['on_off'], state: { power: 'off' } }),
  device('r42n-dish', 'Lave-vaisselle', { type: 'appliance', capabilities: ['program', 'remaining_time'], state: { status: 'running', program: 'Eco 50', remaining: '42 min' } }),
  device('r42n-router', 'Router kampung', { type: 'network', capabilities: ['wifi'], state: { status: 'online' } }),
  { id: 'r42n-wifi', entity_type: 'note', name: 'Wifi kampung', content: { text: 'SSID RumahNenek, password paya2024rumput', private: true } },
  device('r42n-dryer', 'Sèche-linge', { type: 'appliance', capabilities: ['programs', 'remaining_time', 'remote_monitor'], state: { status: 'running' } }),
  device('r42n-oven', 'Four', { type: 'appliance', capabilities: ['program', 'timer'], state: { status: 'running' } }),
];
const PLACE_OF = { 'r42n-lock': 'r42n-entry', 'r42n-lamp': 'r42n-entry', 'r42n-dish': 'r42n-kitchen', 'r42n-dryer': 'r42n-kitchen' };

let home: Harness;
const ask = askingOver(() => home, 'r42n-ask');
const { proposes, dialog } = dialogsOver(() => home, 'r42n-cmd');
beforeAll(async () => {
  home = await openSmallHome({ entities: ENTITIES, placeOf: PLACE_OF, fallbackRoom: 'r42n-entry', edgePrefix: 'r42n-edge' });
});
afterAll(() => home.dispose());

describe('a Darija "open it" with its reason', () => {
  it('unlocks the lock asked about (mk353)', async () => {
    await proposes(['is the entrance lock locked?', '7elha l sa7bi ghadi yji'], ['Serrure entrée'], 3);
  });

  it('turns on the light asked about', async () => {
    await proposes(['is the entrance lamp on?', '7elha l sa7bi ghadi yji'], ['Lampe entrée'], 2);
  });
});

describe('an appliance that runs programs is started and stopped', () => {
  it('"stop the dishwasher" is a card (kz206)', async () => {
    await proposes(['stop the dishwasher'], ['Lave-vaisselle'], 3);
  });

  it('one the home only watches, or with a program and no run of it, still is not', async () => {
    const a = await dialog('stop the dryer');
    expect(a.proposal ?? undefined).toBeUndefined();
    expect((await dialog('stop the oven')).proposal ?? undefined).toBeUndefined();
    expect((await ask('is the dishwasher running?')).text).toMatch(/running/);
  });
});

describe('a rule named loosely, and a device described by its words (the Chennai home)', () => {
  let chennai: Harness;
  beforeAll(async () => {
    chennai = await openHarness({ homeJson: readFileSync(join(HOMES_DIR, 'chennai.home.json'), 'utf8') });
  });
  afterAll(() => chennai.dispose());
  const askChennai = async (text: string) => chennai.responder.respond(text, chennai.context({ conversationId: `r42n-chennai-${text}` }));

  it('a reading asked is the reading, not the inverter noted for the "daily power cut" (cn277)', async () => {
    expect((await askChennai('how much power are we using now'))?.text).toContain('1840');
  });

  it('another word of the rule said keeps the rule, with the device it acts on (cn006)', async () => {
    expect((await askChennai('is the motor on, tank full ah?'))?.citations.map((c) => c.name)).toContain('தண்ணீர் மோட்டார்');
  });
});

describe('"what\'s the wifi" asks its password', () => {
  it('with nothing after it but a place or a courtesy', () => {
    expect(secretWords("what's the wifi at the Melaka house? Staying over the weekend")).toBe("what's the wifi password at the Melaka house? Staying over the weekend");
    expect(secretWords('whats your wifi')).toBe('whats your wifi password');
    expect(secretWords("what's the wifi out here")).toBe("what's the wifi password out here");
    expect(secretWords("what's the wifi router at the cabin")).toBe("what's the wifi router at the cabin");
    expect(secretWords("what's the wifi password")).toBe("what's the wifi password");
  });

  it('a guest hears it is private (kl218)', async () => {
    for (const q of ["sorry to bother you, what's the wifi at the kampung?", 'whats your wifi']) {
      const a = await home.responder.respond(q, home.context({ conversationId: `r42n-guest-${q}`, role: 'guest' }));
      expect(a?.text, q).toMatch(/private note/);
      expect(a?.text, q).not.toContain('paya2024rumput');
    }
  });
});
