// Issue 12, round 44: wrong nones. "what happens if/when X …" asks what the home does then: its automations first
// (a procedure of the fire alarm no longer hides the automation that lights the escape route; sheffield sf259), and
// when none acts, what its manual or notes say of that happening, not a flat "No automations affect NVR" (petionville
// ht254). "what do I do if …" stays the documents' question (happeningAsked.ts).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { askingOver } from './dialogsOver';
import type { Harness } from './intentHarness';
import { device, openSmallHome, room } from './smallHome';

const ENTITIES = [
  { id: 'r44n-home', entity_type: 'home', name: 'Hillside house', content: {} },
  room('r44n-hall', 'Hall'),
  room('r44n-office', 'Office'),
  device('r44n-panel', 'Fire panel', { type: 'smoke_alarm', capabilities: ['smoke'], state: { smoke: 'clear' }, aliases: ['fire alarm'] }),
  device('r44n-light', 'Hall light', { type: 'light', capabilities: ['on_off'], state: { power: 'off' } }),
  device('r44n-nvr', 'Recorder', { type: 'camera', capabilities: ['recording'], state: { recording: 'on' }, aliases: ['NVR'] }),
  { id: 'r44n-escape', entity_type: 'automation', name: 'Escape route lights', content: { trigger: { type: 'device', device: 'Fire panel', event: 'fire' }, actions: ['Hall light on 100%'], enabled: true } },
  { id: 'r44n-reset', entity_type: 'procedure', name: 'Silence and reset the fire alarm', content: { steps: ['Check there is no fire', 'Turn the key to enable', 'Press reset'] } },
  { id: 'r44n-manual', entity_type: 'manual', name: 'Recorder user manual', content: { title: 'Recorder manual', language: 'en', content: 'Overwrite is on by default: when the disk is full the oldest recordings are deleted first.' } },
];
const PLACE_OF = { 'r44n-panel': 'r44n-hall', 'r44n-light': 'r44n-hall', 'r44n-nvr': 'r44n-office' };
const EDGES = [
  { from: 'r44n-nvr', to: 'r44n-manual', type: 'documented_by' },
  { from: 'r44n-escape', to: 'r44n-light', type: 'automates' },
  { from: 'r44n-escape', to: 'r44n-panel', type: 'triggered_by' },
];

let home: Harness;
const ask = askingOver(() => home, 'r44n-ask');
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
