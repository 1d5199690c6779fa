// Issue 12, round 45: a Rwandan home (the kigali home: a house in Kimihurura, a rental annex and a farm near Musanze).
// Kinyarwanda is read in a home named in Kinyarwanda (kinyarwandaPhrasing.ts, lexicon/kinyarwanda.json): the verb
// first ("zimya", "fungura"), a state or a question word said after the thing ("irakora?", "iri he", "zingahe",
// "ikora ryari") read first, what describes a thing after it ("itara rya salon") read before it, "ibiri mu …" (what is
// in), and a name's first vowel lost after "mu", "ku" ("mu kiraro" is in Ikiraro) put back.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { askingOver, dialogsOver } from './dialogsOver';
import type { Harness } from './intentHarness';
import { device, openSmallHome, room, zone } from './smallHome';
import { kinyarwandaPhrasing } from '../../../src-main/intents/languages/kinyarwandaPhrasing';

const RWANDA_HOME = [
  { id: 'r45k-home', entity_type: 'home', name: 'Inzu ya Gisozi', content: {} },
  zone('r45k-farm', 'Umurima wa Rubavu'),
  room('r45k-salon', 'Uruganiriro'),
  room('r45k-shed', 'Ikiraro'),
  room('r45k-store', "Ububiko bw'imyumbati"),
  room('r45k-tank', 'Ku kigega'),
  device('r45k-salonlight', "Itara ry'uruganiriro", { type: 'light', capabilities: ['on_off'], state: { power: 'on' }, description: 'salon ceiling light' }),
  device('r45k-pump', "Pompe y'amazi", { type: 'pump', capabilities: ['on_off'], state: { power: 'off' } }),
  device('r45k-shedlight', "Itara ry'ikiraro", { type: 'light', capabilities: ['on_off'], state: { power: 'off' } }),
  device('r45k-shedcam', "Kamera y'ikiraro", { type: 'camera', capabilities: ['recording'], state: { status: 'recording' } }),
  device('r45k-storefan', "Ventilateur y'ububiko", { type: 'fan', capabilities: ['on_off'], state: { power: 'off' } }),
];
const RWANDA_PLACES = {
  'r45k-salonlight': 'r45k-salon', 'r45k-pump': 'r45k-tank', 'r45k-shedlight': 'r45k-shed', 'r45k-shedcam': 'r45k-shed', 'r45k-storefan': 'r45k-store',
};
const RWANDA_PARENTS = { 'r45k-shed': 'r45k-farm', 'r45k-store': 'r45k-farm' };
// The same kinds of things named in English: the same short words are left as typed there.
const ENGLISH_HOME = [
  { id: 'r45e-home', entity_type: 'home', name: 'Home', content: {} },
  room('r45e-living', 'Living room'),
  device('r45e-light', 'Living room light', { type: 'light', capabilities: ['on_off'], state: { power: 'on' } }),
];

let rwanda: Harness;
let english: Harness;
const ask = askingOver(() => rwanda, 'r45k-ask');
const { proposes } = dialogsOver(() => rwanda, 'r45k-cmd');
beforeAll(async () => {
  rwanda = await openSmallHome({ entities: RWANDA_HOME, placeOf: RWANDA_PLACES, fallbackRoom: 'r45k-salon', parentOf: RWANDA_PARENTS, edgePrefix: 'r45k-edge' });
  english = await openSmallHome({ entities: ENGLISH_HOME, placeOf: { 'r45e-light': 'r45e-living' }, fallbackRoom: 'r45e-living', edgePrefix: 'r45e-edge' });
});
afterAll(() => {
  rwanda.dispose();
  english.dispose();
});

describe('Kinyarwanda in a home named in Kinyarwanda', () => {
  it('the verb first, a name kept as typed, what describes a thing read before it (kg005, kg008, kg041)', async () => {
    await proposes(["fungura pompe y'amazi"], ["Pompe y'amazi"], 3);
    await proposes(["fungura ventilateur y'ububiko"], ["Ventilateur y'ububiko"], 2);
    await proposes(['zimya itara rya salon'], ["Itara ry'uruganiriro"], 2);
  });

  it('a state said after the thing is asked first (kg161, kg013)', async () => {
    expect((await ask("pompe y'amazi irakora?")).text).toMatch(/Pompe y'amazi is off/);
    expect((await ask("kamera y'ikiraro inarekodi?")).text).toMatch(/recording/);
  });

  it('"iri he", "ibiri mu …", "… hari iki": where a thing is, what is in a place, a lost first vowel put back (kg148, kg227, kg229)', async () => {
    expect((await ask("pompe y'amazi iri he")).cited).toContain('Ku kigega');
    expect((await ask('ibiri mu kiraro')).cited).toEqual(expect.arrayContaining(["Itara ry'ikiraro", "Kamera y'ikiraro"]));
    expect((await ask('ku kigega hari iki')).cited).toContain("Pompe y'amazi");
  });

  it('a request over "all the lights mu nzu" (in the house) never sweeps the whole home (kg191)', async () => {
    expect(kinyarwandaPhrasing('zimya amatara yose yo mu nzu', await rwanda.engine.index.get())).toBe('turn off all lights in nzu');
  });

  it('is read only in a home named in Kinyarwanda: the same words in an English home are left as typed', async () => {
    expect(kinyarwandaPhrasing('zimya itara rya salon', await english.engine.index.get())).toBeUndefined();
    expect(kinyarwandaPhrasing('router iri he?', await rwanda.engine.index.get())).toBe('where is router?');
  });
});
