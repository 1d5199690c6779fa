// Issue 12, round 41: follow-ups that keep the conversation's focus. After a reading, a quantity said alone is asked
// where the last reading was and a place said alone asks the same reading there, whatever language's "and" leads it
// (readingFollowUp.ts). "and the back door lock, is that the same app?" asks the last question of the topic
// (sameAsLastOfTopic.ts). "put it halfway" after a place was listed for a question that named one of its devices is
// that device (pronounOverPlaceList.ts). "what controls it" after a schedule asks what controls the device it runs,
// named in the schedule when no edge links them (controllerOfScheduled.ts). "and the fan too" after a command and a
// question about what it acted on is the same action again (focusAfterAnswer.ts keeps it). "turn on 24 before I go
// up" after a question about one device is for that device (commandWithoutTarget.ts).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { askingOver, dialogsOver } from './dialogsOver';
import type { Harness } from './intentHarness';
import { device, openSmallHome, room } from './smallHome';

const ENTITIES = [
  { id: 'fu-home', entity_type: 'home', name: 'Maison', content: {} },
  room('fu-salon', 'Salon'),
  room('fu-cellar', 'Pivnita'),
  room('fu-bath', 'Bathroom'),
  device('fu-air', 'Air monitor', { type: 'sensor', capabilities: ['co2', 'humidity', 'temperature'], state: { co2: 1150, humidity: 55, temperature: 21 } }),
  device('fu-cellarsensor', 'Cellar sensor', { type: 'sensor', capabilities: ['humidity', 'temperature'], state: { humidity: 81, temperature: 6.5 } }),
  device('fu-bathsensor', 'Bath sensor', { type: 'sensor', capabilities: ['humidity'], state: { humidity: 72 } }),
  device('fu-cellarlight', 'Cellar light', { type: 'light', capabilities: ['on_off'], state: { power: 'off' } }),
  device('fu-frontlock', 'Front door deadbolt', { type: 'lock', capabilities: ['lock'], state: { locked: true } }),
  device('fu-backlock', 'Back door lock', { type: 'lock', capabilities: ['lock'], state: { locked: false } }),
  device('fu-sprinkler', 'Orchard sprinkler', { type: 'irrigation', capabilities: ['on_off'], state: { power: 'off' } }),
  device('fu-hub', 'Garden hub', { type: 'network', capabilities: ['wifi'], state: { status: 'online' } }),
  { id: 'fu-schedule', entity_type: 'schedule', name: 'Orchard sprinkler schedule', content: { on: '06:30', duration: '20 min', devices: ['Orchard sprinkler'] } },
  device('fu-aircon', 'Office aircon', { type: 'air_conditioner', capabilities: ['on_off', 'temperature'], state: { power: 'off', setpoint: 24, temperature: 31 } }),
  device('fu-porchlights', 'Porch lights', { type: 'light', capabilities: ['on_off'], state: { power: 'off' } }),
  device('fu-porchfan', 'Porch fan', { type: 'fan', capabilities: ['on_off'], state: { power: 'off' } }),
  { id: 'fu-app', entity_type: 'app', name: 'Lockly Home', content: { vendor: 'Lockly' } },
  ...['Screen living', 'Ceiling lamp', 'Floor lamp', 'Sonos living', 'Tv living', 'Garland', 'Wall switch'].map((name, i) =>
    device(`fu-salon-${i}`, name, name === 'Screen living' ? { type: 'blind', capabilities: ['open_close', 'position'], state: { position: 0 } } : { type: 'light', capabilities: ['on_off', 'brightness'], state: { power: 'on', brightness: 80 } })),
];
const PLACE_OF = {
  'fu-air': 'fu-salon', 'fu-cellarsensor': 'fu-cellar', 'fu-bathsensor': 'fu-bath', 'fu-cellarlight': 'fu-cellar', 'fu-frontlock': 'fu-bath', 'fu-backlock': 'fu-cellar',
  ...Object.fromEntries([0, 1, 2, 3, 4, 5, 6].map((i) => [`fu-salon-${i}`, 'fu-salon'])),
};
const EDGES = [
  { from: 'fu-hub', to: 'fu-sprinkler', type: 'controls' },
  { from: 'fu-frontlock', to: 'fu-app', type: 'controlled_by_app' },
  { from: 'fu-backlock', to: 'fu-app', type: 'controlled_by_app' },
];

let home: Harness;
const ask = askingOver(() => home, 'fu-ask', { mustAnswer: true });
const { dialog, proposes } = dialogsOver(() => home, 'fu-dialog');

beforeAll(async () => {
  home = await openSmallHome({ entities: ENTITIES, placeOf: PLACE_OF, fallbackRoom: 'fu-salon', edges: EDGES, edgePrefix: 'fu-edge' });
});
afterAll(() => home.dispose());

describe('a reading asked again with one thing changed', () => {
  it('a quantity said alone is asked where the last reading was (pa030)', async () => {
    const { text, cited } = await ask('what is the co2 in the salon', 'and the humidity?');
    expect(text).toContain('55');
    expect(text).not.toContain('72');
    expect(cited).toContain('Air monitor');
  });

  it('a place said alone, led by another language\'s "and", asks the same reading there (mk275, bu052)', async () => {
    const { text } = await ask('what is the temperature in the salon', 'si in pivnita?');
    expect(text).toContain('6.5');
    expect(text).not.toMatch(/has \d+ devices/);
  });

  it('a short kind or state word makes a new question, not a place said alone (jk147: "AC ruang keluarga nyala kan?")', async () => {
    const { text } = await ask('what is the temperature in the salon', 'ac pivnita on?');
    expect(text).not.toContain('6.5');
  });

  it('"what is in" a place still asks what is there', async () => {
    const { cited } = await ask('what is the temperature in the salon', 'what is in the pivnita?');
    expect(cited).toContain('Cellar light');
  });
});

describe('a topic said first, then "the same" of what was asked', () => {
  it('asks the last question of the topic (nf033)', async () => {
    const { text, cited } = await ask('which app controls the front door lock?', 'And the back door lock, is that the same app?');
    expect(cited).toEqual(expect.arrayContaining(['Back door lock', 'Lockly Home']));
    expect(text).toContain('Lockly Home');
  });
});

describe('"it" after a place was listed for a question that named one of its devices', () => {
  it('is that device, however many were listed (bx087)', async () => {
    await proposes(['is the screen down in the salon', 'put it halfway'], ['Screen living'], 2);
  });
});

describe('"what controls it" after a schedule', () => {
  it('asks what controls the device the schedule names (kl071)', async () => {
    const { text, cited } = await ask('when does the orchard sprinkler schedule run', 'what controls it');
    expect(cited).toContain('Garden hub');
    expect(text).toContain('Garden hub');
  });
});

describe('"… too" after a command and a question about what it acted on', () => {
  it('is the same action again (no085)', async () => {
    await proposes(['turn on the porch lights', 'what brand are they?', 'and the porch fan too'], ['Porch fan'], 2);
  });

  it('a question about something else drops the action', async () => {
    const answer = await dialog('turn on the porch lights', 'is the cellar light on?', 'and the porch fan too');
    expect(answer.proposal ?? undefined, answer.text).toBeUndefined();
  });
});

describe('a switch command that names nothing, after a question about one device', () => {
  it('is for that device, and "and the porch fan" then adds to it (bk138, bk139)', async () => {
    const answer = await dialog('is the office aircon on?', 'turn on 24 before I go up');
    expect(answer.proposal?.targets.map((t) => t.name), answer.text).toEqual(['Office aircon']);
    await proposes(['is the office aircon on?', 'turn on 24 before I go up', 'and the porch fan'], ['Porch fan'], 2);
  });

  it('a command that names its own thing is left as said', async () => {
    await proposes(['are the porch lights on?', 'turn on the cellar light'], ['Cellar light'], 2);
  });
});
