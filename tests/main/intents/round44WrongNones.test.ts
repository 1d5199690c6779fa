// Issue 12, round 44: wrong nones. "what happens if/when X …" asks what the home does then: its automations first
// (a procedure of the fire alarm no longer hides the automation that lights the escape route; sheffield sf259), and
// when none acts, what its manual or notes say of that happening, not a flat "No automations affect NVR" (petionville
// ht254). "what do I do if …" stays the documents' question (happeningAsked.ts). "what does Tibber control", and "the
// Tibber one" after the list of apps, is the app of that name, not the device named after it that controls nothing
// (appSaidAsDevice.ts, listedOneSaid.ts; bergen bg158). "when is the new fridge coming for the beast" reads the note
// named for the other device said, not "No schedule or automation runs New fridge" (otherNamedNote.ts; sf273).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { askingOver, dialogsOver } from './dialogsOver';
import type { Harness } from './intentHarness';
import { device, openSmallHome, room } from './smallHome';

const ENTITIES = [
  { id: 'r44n-home', entity_type: 'home', name: 'Hillside house', content: {} },
  room('r44n-hall', 'Hall'),
  room('r44n-office', 'Office'),
  device('r44n-panel', 'Fire panel', { type: 'smoke_alarm', capabilities: ['smoke'], state: { smoke: 'clear' }, aliases: ['fire alarm'] }),
  device('r44n-light', 'Hall light', { type: 'light', capabilities: ['on_off'], state: { power: 'off' } }),
  device('r44n-meter', 'Tibber Pulse', { type: 'sensor', capabilities: ['power'], state: { power_w: 4820 } }),
  device('r44n-charger', 'Car charger', { type: 'ev_charger', capabilities: ['on_off'], state: { power: 'off' } }),
  device('r44n-lamp', 'Hue lamp', { type: 'light', capabilities: ['on_off'], state: { power: 'on' } }),
  { id: 'r44n-tibber', entity_type: 'app', name: 'Tibber', content: {} },
  { id: 'r44n-hue', entity_type: 'app', name: 'Hue', content: {} },
  device('r44n-newfridge', 'New fridge', { type: 'appliance', capabilities: ['temperature'], state: { temp_c: 4 } }),
  device('r44n-beast', 'The beast', { type: 'appliance', capabilities: ['temperature'], state: { temp_c: 8 } }),
  { id: 'r44n-beastnote', entity_type: 'note', name: 'About the beast', content: { text: 'Old fridge from 2009, it runs warm. Dave says a new one is coming after exams.' } },
  device('r44n-nvr', 'Recorder', { type: 'camera', capabilities: ['recording'], state: { recording: 'on' }, aliases: ['NVR'] }),
  { id: 'r44n-escape', entity_type: 'automation', name: 'Escape route lights', content: { trigger: { type: 'device', device: 'Fire panel', event: 'fire' }, actions: ['Hall light on 100%'], enabled: true } },
  { id: 'r44n-reset', entity_type: 'procedure', name: 'Silence and reset the fire alarm', content: { steps: ['Check there is no fire', 'Turn the key to enable', 'Press reset'] } },
  { id: 'r44n-manual', entity_type: 'manual', name: 'Recorder user manual', content: { title: 'Recorder manual', language: 'en', content: 'Overwrite is on by default: when the disk is full the oldest recordings are deleted first.' } },
];
const PLACE_OF = { 'r44n-panel': 'r44n-hall', 'r44n-light': 'r44n-hall', 'r44n-nvr': 'r44n-office', 'r44n-meter': 'r44n-office', 'r44n-charger': 'r44n-office', 'r44n-lamp': 'r44n-office' };
const EDGES = [
  { from: 'r44n-nvr', to: 'r44n-manual', type: 'documented_by' },
  { from: 'r44n-escape', to: 'r44n-light', type: 'automates' },
  { from: 'r44n-escape', to: 'r44n-panel', type: 'triggered_by' },
  { from: 'r44n-meter', to: 'r44n-tibber', type: 'controlled_by_app' },
  { from: 'r44n-charger', to: 'r44n-tibber', type: 'controlled_by_app' },
  { from: 'r44n-lamp', to: 'r44n-hue', type: 'controlled_by_app' },
];

let home: Harness;
const ask = askingOver(() => home, 'r44n-ask');
const { dialog } = dialogsOver(() => home, 'r44n-dialog');
beforeAll(async () => {
  home = await openSmallHome({ entities: ENTITIES, placeOf: PLACE_OF, fallbackRoom: 'r44n-hall', edges: EDGES, edgePrefix: 'r44n-edge' });
});
afterAll(() => home.dispose());

describe('"what happens if/when …" asks the automations first, then the documents', () => {
  it('the automation a device sets off answers, not a procedure of the device', async () => {
    for (const q of ['what happens if the fire alarm goes off', 'what happens if the fire alarm goes off, do the lights do anything']) {
      const { cited } = await ask(q);
      expect(cited, q).toContain('Escape route lights');
    }
  });

  it('with no automation, the manual sentence of that happening is said after the none', async () => {
    for (const q of ['what happens when the NVR disk fills up', 'what happens when the disk is full on the NVR']) {
      const { text, cited } = await ask(q);
      expect(text, q).toMatch(/oldest recordings are deleted/);
      expect(cited, q).toContain('Recorder user manual');
    }
  });

  it('"what do I do if …" is still the procedure', async () => {
    const { text } = await ask('what do i do if the fire alarm goes off');
    expect(text).toMatch(/Press reset/);
  });
});

describe('an app said by its whole name is the app, not the device named after it', () => {
  it('"what does Tibber control" says the devices the app runs', async () => {
    const { text, cited } = await ask('what does Tibber control');
    expect(cited).toEqual(expect.arrayContaining(['Tibber', 'Car charger', 'Tibber Pulse']));
    expect(text).not.toMatch(/^Tibber Pulse doesn't control/);
  });

  it('"the Tibber one" after the list of apps is that app', async () => {
    const answer = await dialog('which apps do we have', 'what does the Tibber one control');
    expect(answer.citations.map((c) => c.name)).toEqual(expect.arrayContaining(['Tibber', 'Car charger']));
  });

  it('the device called by its whole name is still itself', async () => {
    const { text } = await ask('what does the Tibber Pulse control');
    expect(text).toMatch(/Tibber Pulse doesn't control any other device/);
  });
});

describe('a note named for the other device said answers before a none', () => {
  it('"when is the new fridge coming for the beast" quotes the note about the beast', async () => {
    const { text, cited } = await ask('when is the new fridge coming for the beast');
    expect(text).toMatch(/after exams/);
    expect(cited).toContain('About the beast');
  });

  it('a question about the new fridge alone is still its own none', async () => {
    expect((await ask('when does the new fridge come on')).text).toMatch(/No schedule or automation runs New fridge/);
  });
});
