// Issue 12, round 26: French as spoken. "t'as éteint la clim ?" asks the state it left; "elle est réglée sur cb"
// and "le radiateur est réglé sur quoi ?" ask the setpoint of "it" / the radiator; "quels volets on a" asks which the
// home has (never their power state: a wrong "none"); "il est combien le frigo" asks each fridge's reading; "s'il te
// plaît" is courtesy; an automation "pour les fuites" is one the leak sensors set off (not "No: all read dry"); and
// "la lumière dehors" is one light, so with two outside the engine asks which rather than proposing both.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { homeExportJson, roomAndDeviceEdges, type RawEntity } from './homeExportJson';
import { openHarness, type Harness } from './intentHarness';
import { readInEnglish } from '../../../src-main/intents/languages/readInEnglish';
import { spokenFrench } from '../../../src-main/intents/languages/spokenFrench';
import { hazardAsDetectors } from '../../../src-main/intents/hazardDetectors';

const device = (id: string, name: string, content: Record<string, unknown>): RawEntity => ({ id, entity_type: 'device', name, content });
const ROOMS: RawEntity[] = [
  { id: 'f6-sej', entity_type: 'room', name: 'Séjour', content: {} },
  { id: 'f6-ch', entity_type: 'room', name: 'Chambre Inès', content: {} },
  { id: 'f6-cui', entity_type: 'room', name: 'Cuisine', content: {} },
  { id: 'f6-cel', entity_type: 'room', name: 'Cellier', content: {} },
  { id: 'f6-cour', entity_type: 'room', name: 'Cour', content: { description: 'la cour devant la maison, dehors' } },
  { id: 'f6-pot', entity_type: 'room', name: 'Potager', content: { description: 'le jardin potager derrière, dehors' } },
];
const DEVICES: RawEntity[] = [
  device('f6-clim', 'Climatiseur séjour', { type: 'air_conditioner', capabilities: ['on_off', 'setpoint', 'temperature'], state: { power: 'off', setpoint: 26, temperature: 24 } }),
  device('f6-rad', 'Radiateur Inès', { type: 'heater', capabilities: ['on_off', 'setpoint', 'temperature'], state: { power: 'on', setpoint: 17, temperature: 18.5 } }),
  device('f6-volet1', 'Volet roulant séjour', { type: 'blind', capabilities: ['open_close', 'position'], state: { position: 0 } }),
  device('f6-volet2', 'Volet roulant Inès', { type: 'blind', capabilities: ['open_close', 'position'], state: { position: 100 } }),
  device('f6-frigo1', 'Frigo cuisine', { type: 'fridge', capabilities: ['temperature'], state: { temperature: 4 } }),
  device('f6-frigo2', 'Frigo cellier', { type: 'fridge', capabilities: ['temperature'], state: { temperature: 6 } }),
  device('f6-fuite', 'Détecteur fuite cuisine', { type: 'leak_sensor', capabilities: ['water_leak', 'battery'], state: { water_leak: false, battery: 80 } }),
  device('f6-vanne', 'Vanne arrivée eau', { type: 'valve', capabilities: ['open_close'], state: { status: 'open' } }),
  device('f6-l1', 'Applique cour', { type: 'light', capabilities: ['on_off'], state: { power: 'off' } }),
  device('f6-l2', 'Guirlande potager', { type: 'light', capabilities: ['on_off'], state: { power: 'off' } }),
];
const PLACE = { 'f6-clim': 'f6-sej', 'f6-rad': 'f6-ch', 'f6-volet1': 'f6-sej', 'f6-volet2': 'f6-ch', 'f6-frigo1': 'f6-cui', 'f6-frigo2': 'f6-cel', 'f6-fuite': 'f6-cui', 'f6-vanne': 'f6-cui', 'f6-l1': 'f6-cour', 'f6-l2': 'f6-pot' };
const AUTOMATIONS: RawEntity[] = [
  { id: 'f6-alerte', entity_type: 'automation', name: 'Coupure sur fuite', content: { description: "Si fuite détectée : ferme la Vanne arrivée eau", trigger: { type: 'device', device: 'Détecteur fuite cuisine' } } },
];

let home: Harness;
beforeAll(async () => {
  const edges = [
    ...roomAndDeviceEdges('f6-home', ROOMS, DEVICES, PLACE, 'f6-sej'),
    { from: 'f6-alerte', to: 'f6-fuite', type: 'triggered_by' },
    { from: 'f6-alerte', to: 'f6-vanne', type: 'controls' },
  ];
  home = await openHarness({ homeJson: homeExportJson([{ id: 'f6-home', entity_type: 'home', name: 'Maison Nantes', content: {} }, ...ROOMS, ...DEVICES, ...AUTOMATIONS], edges, 'f6-rel') });
});
afterAll(() => home.dispose());

const ask = async (text: string, conversationId = `f6-${text}`) => {
  const answer = await home.responder.respond(text, home.context({ conversationId }));
  return { text: answer?.text ?? '', cited: answer?.citations.map((c) => c.name) ?? [], proposal: answer?.proposal };
};
const read = async (text: string) => readInEnglish(text, await home.engine.index.get());

describe('spoken French in the written order', () => {
  it('"t\'as éteint la clim ?" asks whether it is off, and "elle" after it is the AC', async () => {
    expect(await read("t'as éteint la clim ?")).toBe('is clim off');
    expect((await ask("t'as éteint la clim ?", 'f6-d1')).text).toMatch(/off/);
    expect(await read('elle est réglée sur cb')).toBe('what is it set to');
    expect((await ask('elle est réglée sur cb', 'f6-d1')).text).toMatch(/26/);
  });
  it('"le radiateur est réglé sur quoi ?" asks its setpoint', async () => {
    expect(await read('le radiateur est réglé sur quoi ?')).toBe('what is radiateur set to');
    expect((await ask('le radiateur est réglé sur quoi ?')).text).toMatch(/17/);
  });
  it('"quels volets on a" lists the shutters, never their power state', async () => {
    expect(spokenFrench('quels volets on a')).toBe('quels sont les volets');
    const { cited, text } = await ask('quels volets on a');
    expect(cited).toEqual(expect.arrayContaining(['Volet roulant séjour', 'Volet roulant Inès']));
    expect(text).not.toMatch(/no blinds/i);
  });
  it('"il est combien le frigo" and "le frigo il est à combien" give each fridge', async () => {
    expect(spokenFrench('il est combien le frigo')).toBe('le frigo est à quelle température');
    for (const said of ['il est combien le frigo', 'le frigo il est à combien ?']) {
      const { text } = await ask(said);
      expect(text).toMatch(/Frigo cuisine/);
      expect(text).toMatch(/Frigo cellier/);
    }
  });
  it('"s\'il te plaît" is courtesy, after a number too', async () => {
    expect(await read("mets-le à 20 s'il te plaît")).toBe('set it to 20');
  });
  it('sentences without the spoken turns are left as typed', () => {
    for (const said of ['on a un détecteur de fumée ?', 'il fait combien dehors', 'which lights are on', 'la clim est éteinte ?']) expect(spokenFrench(said)).toBe(said);
  });
});

describe('an automation about a hazard is one its detectors set off', () => {
  it('"y a une automatisation pour les fuites ?" names the automation, not "all dry"', async () => {
    expect(hazardAsDetectors('are there automation for leaks')).toBe('are there automation for leak sensors');
    expect(hazardAsDetectors('is the leak sensor dry')).toBe('is the leak sensor dry');
    expect(hazardAsDetectors('any automation for the smoke alarm')).toBe('any automation for the smoke alarm');
    const { cited, text } = await ask('y a une automatisation pour les fuites ?');
    expect(cited).toContain('Coupure sur fuite');
    expect(text).not.toMatch(/^No/);
  });
});

describe('"la lumière dehors" is one light', () => {
  it('asks which of the two outside lights rather than proposing both', async () => {
    for (const said of ['allume la lumière dehors', 'turn on light outdoors']) {
      const { proposal, text } = await ask(said);
      expect(proposal?.targets.length ?? 0).toBeLessThan(2);
      expect(text).toMatch(/Applique cour/);
    }
  });
});
