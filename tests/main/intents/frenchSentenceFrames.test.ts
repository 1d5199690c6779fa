// Questions and commands said in French, Québec usage included (sentenceFrames.ts): openings ("c'est quoi", "qu'est-ce
// qu'il y a", "est-ce que"), the subject before the verb with "-tu" ("la serrure est-tu barrée"), follow-ups ("pis …"),
// object pronouns ("ouvre-la"), and "ferme/ouvre" said of a light or a TV (off/on). Two small homes written here: one
// with French names, one with Breton names, so that the reading does not depend on the home's own language.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readSentenceFrames } from '../../../src-main/intents/sentenceFrames';
import { homeExportJson, roomAndDeviceEdges, type RawEntity } from './homeExportJson';
import { openHarness, type Harness } from './intentHarness';

async function ask(h: Harness, conversationId: string, ...turns: string[]): Promise<{ text: string; targets: string[] }> {
  let last: Awaited<ReturnType<Harness['responder']['respond']>>;
  for (const turn of turns) last = await h.responder.respond(turn, h.context({ conversationId }));
  return { text: last?.text ?? '(declined)', targets: (last?.proposal?.targets ?? []).map((t) => t.name).sort() };
}

const FRENCH_ROOMS: RawEntity[] = [
  { id: 'fr-home', entity_type: 'home', name: 'Le chalet Bouchard', content: {} },
  { id: 'fr-vivoir', entity_type: 'room', name: 'Vivoir', content: { description: 'salle de séjour' } },
  { id: 'fr-cuisinette', entity_type: 'room', name: 'Cuisinette', content: {} },
  { id: 'fr-boudoir', entity_type: 'room', name: 'Boudoir', content: {} },
  { id: 'fr-amis', entity_type: 'room', name: "Chambre d'amis", content: {} },
  { id: 'fr-atelier', entity_type: 'room', name: 'Atelier', content: {} },
];
const FRENCH_DEVICES: RawEntity[] = [
  { id: 'fr-plafonnier', entity_type: 'device', name: 'Plafonnier du vivoir', content: { type: 'light', capabilities: ['on_off', 'dimming'], state: { power: 'on', brightness: 70 } } },
  { id: 'fr-luminaire', entity_type: 'device', name: 'Luminaire de la cuisinette', content: { type: 'light', capabilities: ['on_off'], state: { power: 'on' } } },
  { id: 'fr-tele', entity_type: 'device', name: 'Télé du boudoir', content: { type: 'tv', capabilities: ['on_off', 'volume'], state: { power: 'off', volume: 12 } } },
  { id: 'fr-serrure', entity_type: 'device', name: "Serrure de l'atelier", content: { type: 'lock', capabilities: ['lock_unlock'], state: { locked: false } } },
  { id: 'fr-thermo-vivoir', entity_type: 'device', name: 'Thermostat du vivoir', content: { type: 'thermostat', state: { temperature: 21.5, target_temperature: 20 } } },
  { id: 'fr-thermo-amis', entity_type: 'device', name: "Thermostat chambre d'amis", content: { type: 'thermostat', state: { temperature: 17.5, target_temperature: 17 } } },
];
const FRENCH_PLACE: Record<string, string> = {
  'fr-plafonnier': 'fr-vivoir', 'fr-luminaire': 'fr-cuisinette', 'fr-tele': 'fr-boudoir', 'fr-serrure': 'fr-atelier', 'fr-thermo-vivoir': 'fr-vivoir', 'fr-thermo-amis': 'fr-amis',
};

describe('French questions and commands on a home with French names', () => {
  let h: Harness;
  beforeAll(async () => {
    const rooms = FRENCH_ROOMS;
    h = await openHarness({ homeJson: homeExportJson([...rooms, ...FRENCH_DEVICES], roomAndDeviceEdges('fr-home', rooms, FRENCH_DEVICES, FRENCH_PLACE, 'fr-vivoir'), 'fr-rel') });
  });
  afterAll(() => h.dispose());

  it('"ferme"/"ouvre" said of a light or a TV turns it off or on (Québec usage), never "can\'t do that"', async () => {
    expect((await ask(h, 'f1', 'ferme le plafonnier du vivoir')).targets).toEqual(['Plafonnier du vivoir']);
    expect((await ask(h, 'f2', 'ferme la lumière de la cuisinette')).targets).toEqual(['Luminaire de la cuisinette']);
    const on = await ask(h, 'f3', 'ouvre la télé du boudoir');
    expect(on.targets).toEqual(['Télé du boudoir']);
    expect(on.text).toMatch(/turn on/i);
  });

  it('the same rule in English: "close" said of a light turns it off', async () => {
    const off = await ask(h, 'f4', 'close the plafonnier du vivoir');
    expect(off.targets).toEqual(['Plafonnier du vivoir']);
    expect(off.text).toMatch(/turn off/i);
  });

  it('Québec lock words: "barre" locks, "est-tu barrée" asks', async () => {
    expect((await ask(h, 'f5', "barre la serrure de l'atelier")).targets).toEqual(["Serrure de l'atelier"]);
    expect((await ask(h, 'f6', "la serrure de l'atelier est-tu barrée")).text).toMatch(/unlocked/);
  });

  it('"c\'est quoi", "qu\'est-ce qu\'il y a", "est-ce que" open questions', async () => {
    expect((await ask(h, 'f7', "c'est quoi la température du vivoir")).text).toContain('21.5');
    expect((await ask(h, 'f8', "qu'est-ce qu'il y a dans le boudoir")).text).toContain('Télé du boudoir');
    expect((await ask(h, 'f9', 'est-ce que le plafonnier du vivoir est allumé')).text).toMatch(/Plafonnier du vivoir is on/);
  });

  it('"ouverte" asked of a TV is on or off', async () => {
    expect((await ask(h, 'f10', 'la télé du boudoir est-tu ouverte?')).text).toMatch(/Télé du boudoir is off/);
  });

  it('follow-ups: "pis dans …" keeps the question, "ouvre-la" acts on what was just asked about', async () => {
    expect((await ask(h, 'f11', "c'est quoi la température du vivoir", "pis dans la chambre d'amis?")).text).toContain('17.5');
    expect((await ask(h, 'f12', 'la télé du boudoir est allumée?', 'ouvre-la')).targets).toEqual(['Télé du boudoir']);
  });

  it('a reply to "which one" after a French command keeps the command', async () => {
    const asked = await ask(h, 'f13', 'mets le thermostat à 19');
    expect(asked.text).toMatch(/Which one do you mean/);
    expect((await ask(h, 'f13', "celui de la chambre d'amis")).targets).toEqual(["Thermostat chambre d'amis"]);
  });

  it('English is never rewritten', async () => {
    const snapshot = await h.engine.index.get();
    for (const text of ['is the kitchen light on', 'where is the Télé du boudoir', 'and in the atelier?', 'close it']) {
      expect(readSentenceFrames(text, snapshot), text).toBeUndefined();
    }
  });
});

const BRETON: RawEntity[] = [
  { id: 'br-home', entity_type: 'home', name: 'Ti Kerbrat', content: {} },
  { id: 'br-kegin', entity_type: 'room', name: 'Kegin', content: { description: 'kitchen' } },
  { id: 'br-sal', entity_type: 'room', name: 'Sal', content: { description: 'living room' } },
  { id: 'br-goulou', entity_type: 'device', name: 'Gouloù ar gegin', content: { type: 'light', capabilities: ['on_off'], state: { power: 'on' } } },
  { id: 'br-tommer', entity_type: 'device', name: 'Tommer', content: { type: 'heater', capabilities: ['on_off'], state: { power: 'on', power_w: 1200 } } },
  { id: 'br-prennail', entity_type: 'device', name: 'Prennail an nor', content: { type: 'lock', capabilities: ['lock_unlock'], state: { locked: true } } },
];

describe('French questions on a home with Breton names', () => {
  let h: Harness;
  beforeAll(async () => {
    const rooms = BRETON.filter((e) => e.entity_type !== 'device');
    const devices = BRETON.filter((e) => e.entity_type === 'device');
    h = await openHarness({ homeJson: homeExportJson(BRETON, roomAndDeviceEdges('br-home', rooms, devices, { 'br-goulou': 'br-kegin', 'br-tommer': 'br-sal', 'br-prennail': 'br-sal' }, 'br-sal'), 'br-rel') });
  });
  afterAll(() => h.dispose());

  it('"ferme les lumières de la Kegin" turns its lights off', async () => {
    expect((await ask(h, 'b1', 'ferme les lumières de la Kegin')).targets).toEqual(['Gouloù ar gegin']);
  });

  it('"ferme le Tommer" turns the heater off (it has no motor or valve)', async () => {
    const off = await ask(h, 'b2', 'ferme le tommer');
    expect(off.targets).toEqual(['Tommer']);
    expect(off.text).toMatch(/turn off/i);
  });

  it('"la prennail an nor est-tu barrée" says it is locked', async () => {
    expect((await ask(h, 'b3', 'la prennail an nor est-tu barrée')).text).toMatch(/Prennail an nor is locked/);
  });

  it('"qu\'est-ce qu\'on a dans la Sal" lists what is there', async () => {
    const a = await ask(h, 'b4', "qu'est-ce qu'on a dans la Sal");
    expect(a.text).toContain('Tommer');
    expect(a.text).toContain('Prennail an nor');
  });
});
