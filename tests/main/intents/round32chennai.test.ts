// Round 32: a home named in Tamil, asked in Tamil script and in Tanglish. Tamil says the thing first and the verb
// last, makes a request of a word and the light verb "pannu"/"பண்ணு", asks a state with "irukka", joins its case
// endings to the home's words ("சமையலறையில" = in the kitchen, "மோட்டாரை" = the motor) and names things by their
// sound across the two scripts ("hall fan" is "மின்விசிறி ஹால்") (tamilPhrasing.ts, tamilWords.ts, tamilSounds.ts,
// lexicon/tamil.json). Engine faults the home showed: Tamil words cut at their vowel marks, "battery" listed in a
// room's description taken for the room, "turn them all off" after a list of several kinds acting on the first.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mayBeTamil } from '../../../src-main/intents/languages/tamilWords';
import { homeExportJson, roomAndDeviceEdges, type RawEntity } from './homeExportJson';
import { openHarness, type Harness } from './intentHarness';

const ROOMS: RawEntity[] = [
  { id: 'ta-hall', entity_type: 'room', name: 'வரவேற்பறை', content: { description: 'hall, sofa and TV' } },
  { id: 'ta-kitchen', entity_type: 'room', name: 'சமையலறை', content: {} },
  { id: 'ta-meena', entity_type: 'room', name: 'Meena room', content: {} },
  { id: 'ta-utility', entity_type: 'room', name: 'Utility', content: { description: 'utility behind the kitchen: inverter and battery' } },
];
const DEVICES: RawEntity[] = [
  { id: 'ta-hl', entity_type: 'device', name: 'ஹால் லைட்', content: { type: 'light', capabilities: ['on_off'], state: { power: 'on' } } },
  { id: 'ta-fan', entity_type: 'device', name: 'மின்விசிறி ஹால்', content: { type: 'fan', capabilities: ['on_off', 'speed'], state: { power: 'on', speed: 3 } } },
  { id: 'ta-motor', entity_type: 'device', name: 'தண்ணீர் மோட்டார்', content: { type: 'appliance', capabilities: ['on_off'], state: { power: 'off' } } },
  { id: 'ta-kl', entity_type: 'device', name: 'சமையலறை விளக்கு', content: { type: 'light', capabilities: ['on_off'], state: { power: 'off' } } },
  { id: 'ta-gas', entity_type: 'device', name: 'கேஸ் சென்சார்', content: { type: 'sensor', manufacturer: 'Honeywell', capabilities: ['gas', 'battery'], state: { gas: 'clear', battery: 30 } } },
  { id: 'ta-ac', entity_type: 'device', name: 'Meena room AC', content: { type: 'climate', capabilities: ['on_off', 'temperature_setpoint'], state: { power: 'on', setpoint: 24 } } },
  { id: 'ta-lamp', entity_type: 'device', name: 'Meena lamp', content: { type: 'light', capabilities: ['on_off'], state: { power: 'on' } } },
  { id: 'ta-batt', entity_type: 'device', name: 'இன்வெர்ட்டர் பேட்டரி', content: { type: 'battery', state: { charge: 80 } } },
];
const PLACE_OF = { 'ta-hl': 'ta-hall', 'ta-fan': 'ta-hall', 'ta-motor': 'ta-utility', 'ta-kl': 'ta-kitchen', 'ta-gas': 'ta-kitchen', 'ta-ac': 'ta-meena', 'ta-lamp': 'ta-meena', 'ta-batt': 'ta-utility' };

describe('a home named in Tamil, asked in Tamil script and Tanglish', () => {
  let h: Harness;
  beforeAll(async () => {
    const entities = [{ id: 'ta-home', entity_type: 'home', name: 'மீனா வீடு', content: {} }, ...ROOMS, ...DEVICES];
    h = await openHarness({ homeJson: homeExportJson(entities, roomAndDeviceEdges('ta-home', ROOMS, DEVICES, PLACE_OF, 'ta-hall'), 'ta-rel') });
  });
  afterAll(() => h.dispose());
  const ask = (q: string, id = q) => h.responder.respond(q, h.context({ conversationId: id }));
  const targets = (a: Awaited<ReturnType<typeof ask>>) => a?.proposal?.targets.map((t) => t.name) ?? [];

  it('a command names a device written in Tamil script, in English or in Tamil ("ஆஃப் பண்ணு")', async () => {
    expect(targets(await ask('turn off தண்ணீர் மோட்டார்'))).toEqual(['தண்ணீர் மோட்டார்']);
    expect(targets(await ask('ஹால் லைட் ஆஃப் பண்ணு'))).toEqual(['ஹால் லைட்']);
  });
  it('a Tanglish request names the Tamil device by its sound; the reason after the comma is left out', async () => {
    expect(targets(await ask('motor ah on pannu da, tank kaali'))).toEqual(['தண்ணீர் மோட்டார்']);
    expect(targets(await ask('மீனா ரூம் ஏசி ஆஃப் பண்ணு'))).toEqual(['Meena room AC']);
  });
  it('a state asked with "irukka" is answered for the device its sound names', async () => {
    const a = await ask('hall fan on la irukka');
    expect(a?.text).toContain('மின்விசிறி ஹால்');
    expect(a?.text).toMatch(/Yes/);
  });
  it('a place with its case ending joined ("சமையலறையில") lists what is there', async () => {
    const a = await ask('சமையலறையில என்ன என்ன இருக்கு');
    expect(a?.text).toContain('சமையலறை விளக்கு');
    expect(a?.text).toContain('கேஸ் சென்சார்');
  });
  it('a measure said after the thing ("பேட்டரி எவ்வளவு") is its reading', async () => {
    expect((await ask('கேஸ் சென்சார் பேட்டரி எவ்வளவு'))?.text).toContain('30');
  });
  it('a verb with a future ending ("நிறுத்தும்", it will stop) is no request', async () => {
    expect(targets(await ask('ட்ரை ரன் எப்போ மோட்டாரை நிறுத்தும்'))).toEqual([]);
  });
  it('"turn them all off" after a list of several kinds acts on every listed one', async () => {
    await ask('meena room la enna enna on la irukku', 'ta-all');
    expect(targets(await ask('ellathayum off pannu', 'ta-all')).sort()).toEqual(['Meena lamp', 'Meena room AC']);
  });
  it('"battery" listed in a room description is the battery device there, not the room', async () => {
    const a = await ask('battery devices list');
    expect(a?.model).not.toBe('devices_in_place');
    expect(a?.text).toContain('கேஸ் சென்சார்');
  });
  it('English is left to the English reader', () => {
    expect(mayBeTamil('turn off the kitchen light')).toBe(false);
    expect(mayBeTamil('hall light off pannu')).toBe(true);
  });
});
