// Issue 12, round 30: a bilingual Belgian household. Flemish "doe het licht aan in de keuken" was read "turn light on
// in keuken", which English never says without an article, and answered "I found no het light" (a wrong "none"): the
// particle now goes before the thing (crossLanguageCues.ts). Belgian forms are one more spoken-form lexicon
// (lexicon/belgian.json: septante, nonante, "il drache", kunde, amai), "wa's" is Flemish "wat is", "what's the alarm
// hooked up to" asks what it is connected to (hookedUpTo.ts), and "where is the co2 meter" says where the device that
// reports it is. French infinitives are commands ("allumer la lampe …", written as on a notice), and "in jules his
// room", English said the Dutch way, is Jules's room (ownerHisHer.ts).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { homeExportJson, roomAndDeviceEdges, type RawEntity } from './homeExportJson';
import { openHarness, type Harness } from './intentHarness';
import { readInEnglish } from '../../../src-main/intents/languages/readInEnglish';

const ROOMS: RawEntity[] = [
  { id: 'be-eet', entity_type: 'room', name: 'Eetplaats', content: { description: 'dining room' } },
  { id: 'be-sal', entity_type: 'room', name: 'Séjour / Zitkamer', content: { description: 'living room' } },
  { id: 'be-ber', entity_type: 'room', name: 'Berging', content: { description: 'storage room' } },
  { id: 'be-noor', entity_type: 'room', name: 'Kamer Noor', content: {} },
];
const DEVICES: RawEntity[] = [
  { id: 'be-kroon', entity_type: 'device', name: 'Kroonluchter eetplaats', content: { type: 'light', capabilities: ['on_off', 'brightness'], state: { power: 'off', brightness: 0 } } },
  { id: 'be-plaf', entity_type: 'device', name: 'Plafonnière séjour', content: { type: 'light', capabilities: ['on_off'], state: { power: 'on' } } },
  { id: 'be-stand', entity_type: 'device', name: 'Leeslamp zitkamer', content: { type: 'light', capabilities: ['on_off'], state: { power: 'on' } } },
  { id: 'be-rol', entity_type: 'device', name: 'Rolluik séjour', content: { type: 'blind', capabilities: ['open_close', 'position'], state: { position: 100 } } },
  { id: 'be-alarm', entity_type: 'device', name: 'Centrale alarme', content: { type: 'alarm', state: { armed: false, mode: 'disarmed' } } },
  { id: 'be-pir', entity_type: 'device', name: 'Détecteur berging', content: { type: 'motion', state: { motion: false } } },
  { id: 'be-air', entity_type: 'device', name: 'Luchtmeter berging', content: { type: 'sensor', capabilities: ['co2'], state: { co2: 900 } } },
  { id: 'be-tv', entity_type: 'device', name: 'Televisie Noor', content: { type: 'tv', capabilities: ['on_off'], state: { power: 'on' } } },
];

describe('a Belgian household speaking Flemish, French and English', () => {
  let h: Harness;
  beforeAll(async () => {
    const edges = [...roomAndDeviceEdges('be-home', ROOMS, DEVICES, { 'be-kroon': 'be-eet', 'be-plaf': 'be-sal', 'be-stand': 'be-sal', 'be-rol': 'be-sal', 'be-alarm': 'be-ber', 'be-pir': 'be-ber', 'be-air': 'be-ber', 'be-tv': 'be-noor' }, 'be-ber'), { from: 'be-alarm', to: 'be-pir', type: 'manages' }];
    h = await openHarness({ homeJson: homeExportJson([{ id: 'be-home', entity_type: 'home', name: 'Huis Ukkel', content: {} }, ...ROOMS, ...DEVICES], edges, 'be-rel') });
  });
  afterAll(() => h.dispose());
  const ask = (q: string, id = q) => h.responder.respond(q, h.context({ conversationId: id }));
  const targets = async (q: string) => (await ask(q))?.proposal?.targets.map((t) => t.name).sort() ?? [];

  it('"doe het licht aan in de <place>" proposes the light there, never "no het light"', async () => {
    expect(await targets('doe het licht aan in de eetplaats')).toEqual(['Kroonluchter eetplaats']);
    const answer = await ask('doe de lichten uit in de zitkamer');
    expect(answer?.text).not.toMatch(/found no/i);
    expect(answer?.proposal?.targets.map((t) => t.name).sort()).toEqual(['Leeslamp zitkamer', 'Plafonnière séjour']);
  });
  it('reads septante and nonante as numbers and leaves "il drache" and "amai" out', async () => {
    const snapshot = await h.engine.index.get();
    expect(readInEnglish('zet het rolluik op septante-cinq procent', snapshot)).toContain('75');
    expect(readInEnglish('mets le volet à nonante', snapshot)).toContain('90');
    expect(readInEnglish('il drache, le volet est fermé?', snapshot)).not.toMatch(/drache/);
    expect(readInEnglish('is the septic tank full', snapshot)).toBe('is the septic tank full');
    expect(await targets('kunde de kroonluchter aanzetten')).toEqual(['Kroonluchter eetplaats']);
  });
  it('"wa\'s" is Flemish "wat is"', async () => {
    const snapshot = await h.engine.index.get();
    expect(readInEnglish("wa's de co2 in de berging", snapshot)).toMatch(/^what is/);
  });
  it('"what\'s the alarm hooked up to" names what the panel manages', async () => {
    const answer = await ask("what's the alarm hooked up to");
    expect(answer?.citations.map((c) => c.name)).toContain('Détecteur berging');
  });
  it('"where is the co2 meter" says where the device reporting co2 is', async () => {
    const answer = await ask('where is the co2 meter');
    expect(answer?.citations.map((c) => c.name)).toEqual(expect.arrayContaining(['Luchtmeter berging', 'Berging']));
  });
  it('a French infinitive is a command', async () => {
    expect(await targets("allumer le kroonluchter de l'eetplaats s'il vous plaît")).toEqual(['Kroonluchter eetplaats']);
  });
  it('"in noor her room" is in Noor\'s room; "is Noor in her room" keeps its words', async () => {
    const snapshot = await h.engine.index.get();
    expect(readInEnglish('turn off the tv in noor her room', snapshot)).toBe("turn off the tv in noor's room");
    expect(readInEnglish('is Noor in her room', snapshot)).toBe('is Noor in her room');
    expect(await targets('turn off the tv in noor her room')).toEqual(['Televisie Noor']);
  });
});
