// Issue 12, round 37: Malay (and the Indonesian of a helper) read by the Indonesian reader. "hidup ke" ends with the
// yes/no tag "ke" (elsewhere "to"); "tak", "kat", "kat/dekat mana", "mana satu", "pasang" (switch on), "darjah",
// "bateri" are Malay; "ada" with another cue word asks; "semua X kat Y" lists; a place said by words of its name
// ("rumah kampung"). A whole-name typo never swaps in a word the home's other names use: "lampu bilik tidur kampung" is
// no slip of "Lampu bilik tidur kecil", and "kipas dapur kampung" is the kitchen fan, never the kitchen lamp ("kipas",
// "lampu" and "aircond" are kind words). "bro on kipas pls": a word of address before the verb is dropped.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RawEntity } from './homeExportJson';
import type { Harness } from './intentHarness';
import { device, openSmallHome, room, zone } from './smallHome';

const ROOMS: RawEntity[] = [
  { id: 'm7-home', entity_type: 'home', name: 'Rumah Keluarga Lim', content: {} },
  zone('m7-village', 'Rumah kampung Ipoh'),
  room('m7-kitchen', 'Dapur kampung'),
  room('m7-hall', 'Ruang tamu kampung'),
  room('m7-big', 'Bilik tidur besar'),
  room('m7-small', 'Bilik tidur kecil'),
  room('m7-back', 'Belakang rumah'),
  room('m7-nenek', 'Bilik Nenek'),
];
const DEVICES: RawEntity[] = [
  device('m7-kfan', 'Kipas dapur', { type: 'fan', capabilities: ['on_off', 'speed'], state: { power: 'off', speed: 0 } }),
  device('m7-klamp', 'Lampu dapur kampung', { type: 'light', capabilities: ['on_off'], state: { power: 'on' } }),
  device('m7-hfan', 'Kipas ruang tamu', { type: 'fan', capabilities: ['on_off', 'speed'], state: { power: 'on', speed: 2 } }),
  device('m7-hlamp', 'Lampu ruang tamu kampung', { type: 'light', capabilities: ['on_off'], state: { power: 'off' } }),
  device('m7-blamp', 'Lampu bilik tidur besar', { type: 'light', capabilities: ['on_off'], state: { power: 'off' } }),
  device('m7-slamp', 'Lampu bilik tidur kecil', { type: 'light', capabilities: ['on_off'], state: { power: 'off' } }),
  device('m7-pump', 'Pam air', { type: 'pump', capabilities: ['on_off'], state: { power: 'off' } }),
  device('m7-ac', 'Aircond bilik Nenek', { type: 'climate', capabilities: ['on_off', 'cooling', 'setpoint'], state: { power: 'off', setpoint: 26, temperature: 28 } }),
  device('m7-button', 'Butang kecemasan Nenek', { type: 'security', model: 'panic button', capabilities: ['button'], state: { battery: 80 } }),
];
const PLACE: Record<string, string> = { 'm7-kfan': 'm7-kitchen', 'm7-klamp': 'm7-kitchen', 'm7-hfan': 'm7-hall', 'm7-hlamp': 'm7-hall', 'm7-blamp': 'm7-big', 'm7-slamp': 'm7-small', 'm7-pump': 'm7-back', 'm7-ac': 'm7-nenek', 'm7-button': 'm7-nenek' };

let home: Harness;
let n = 0;
const ask = async (q: string) => {
  const a = await home.responder.respond(q, home.context({ conversationId: `m7-${++n}` }));
  return { text: a?.text ?? '', proposal: a?.proposal?.targets.map((t) => t.name) ?? [] };
};

beforeAll(async () => {
  // Every room is part of the village house, and it of the home.
  const parentOf = Object.fromEntries(ROOMS.filter((r) => r.entity_type === 'room').map((r) => [r.id, 'm7-village']));
  const edges = [{ from: 'm7-village', to: 'm7-home', type: 'part_of' }];
  home = await openSmallHome({ entities: [...ROOMS, ...DEVICES], placeOf: PLACE, fallbackRoom: 'm7-kitchen', parentOf, edges, edgePrefix: 'm7-edge' });
});
afterAll(() => home.dispose());

describe('Malay questions', () => {
  it('a yes/no tag last: "ke", "tak"', async () => {
    expect((await ask('kipas dapur hidup ke')).text).toMatch(/Kipas dapur is off/);
    expect((await ask('pam air hidup ke?')).text).toMatch(/Pam air is off/);
    expect((await ask('kipas ruang tamu kampung on ke')).text).toMatch(/Kipas ruang tamu is on/);
  });
  it('where, settings, batteries and what is in a place', async () => {
    expect((await ask('Pam air dekat mana')).text).toMatch(/Belakang rumah/);
    expect((await ask('aircond nenek set berapa darjah')).text).toMatch(/26/);
    expect((await ask('butang kecemasan tu bateri berapa')).text).toMatch(/80/);
    expect((await ask('apa ada dalam bilik nenek')).text).toMatch(/Aircond bilik Nenek/);
    expect((await ask('semua kipas kat rumah kampung')).text).toMatch(/Kipas dapur[\s\S]*Kipas ruang tamu|Kipas ruang tamu[\s\S]*Kipas dapur/);
    expect((await ask('rumah kampung ada bilik apa')).text).toMatch(/Bilik tidur besar/);
  });
  it('commands: pasang, hidupkan; the reason after a comma left out', async () => {
    expect((await ask('pasang pam air, air tak naik')).proposal).toEqual(['Pam air']);
    expect((await ask('hidupkan kipas dapur kampung, panas')).proposal).toEqual(['Kipas dapur']);
  });
  it('a word of address before a request\'s verb is no part of it', async () => {
    expect((await ask('bro on kipas dapur pls')).proposal).toEqual(['Kipas dapur']);
  });
  it('a word the home names other things with is no typo of a name', async () => {
    expect((await ask('on the lampu bilik tidur kampung')).proposal).toEqual([]);
  });
});
