// Round 43: the iqaluit home's classes on a small home written here: Inuktitut in syllabics and Roman orthography read
// into English (syllabicsLetters.ts, inuktitutPhrasing.ts, lexicon/inuktitut.json), a texted "k" before a command
// (fillers.json, questionShapeCues.ts), and "unlock the shed" of a place whose door keeps its own lock (placeDoorLocks.ts).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readInEnglish } from '../../../src-main/intents/languages/readInEnglish';
import { syllabicsInRoman } from '../../../src-main/intents/languages/syllabicsLetters';
import { maySayInuktitut } from '../../../src-main/intents/languages/inuktitutPhrasing';
import type { HomeSnapshot } from '../../../src-main/intents/HomeIndex';
import type { Harness } from './intentHarness';
import { dialogsOver } from './dialogsOver';
import { device, openSmallHome, room } from './smallHome';

const entities = [
  { id: 'h', entity_type: 'home', name: 'Nuvuk house', content: {} },
  room('r1', 'Living room'),
  room('r2', 'Sinigvik', { description: 'grandmother’s bedroom' }),
  room('r3', 'Snowmobile shed'),
  room('r4', 'Sea-can'),
  room('r5', 'Yard'),
  device('d1', 'ᖁᓪᓕᖅ', { type: 'light', capabilities: ['on_off', 'brightness'], state: { on: true, brightness: 30 } }),
  device('d2', 'Sinigvik thermostat', { type: 'thermostat', capabilities: ['temperature', 'setpoint'], state: { temperature: 21.5, setpoint: 22 } }),
  device('d3', 'Oil tank gauge', { type: 'sensor', capabilities: ['level'], state: { level: '41 %' } }),
  device('d4', 'Paul’s space heater', { type: 'heater', capabilities: ['on_off'], state: { power: 'on' } }),
  device('d5', 'Kasa plug hub', { type: 'switch', capabilities: ['on_off'], state: { on: true } }),
  device('d6', 'Yard light', { type: 'light', capabilities: ['on_off'], state: { on: false } }),
  device('d7', 'Generator', { type: 'appliance', capabilities: ['on_off'], state: { running: false } }),
  device('d8', 'Cabin battery bank', { type: 'energy', capabilities: ['soc', 'voltage'], state: { soc: '64 %', voltage: '13.1 V' } }),
  device('d9', 'Cabin thermometer', { type: 'sensor', capabilities: ['temperature', 'battery'], state: { temperature: -27, battery: '72 %' } }),
  { id: 'o1', entity_type: 'door', name: 'Shed overhead door', content: { has_lock: true, state: { contact: 'closed', lock: 'locked' } } },
  { id: 'o2', entity_type: 'door', name: 'Container doors', content: { has_lock: true, state: { contact: 'closed', lock: 'locked' } } },
];

describe('round 43: the iqaluit home’s classes', () => {
  let h: Harness;
  let snapshot: HomeSnapshot;
  const { dialog, proposes } = dialogsOver(() => h, 'r43iq');
  beforeAll(async () => {
    h = await openSmallHome({
      entities,
      placeOf: { d1: 'r1', d2: 'r2', d3: 'r5', d4: 'r1', d5: 'r1', d6: 'r5' },
      fallbackRoom: 'r1',
      edgePrefix: 'iq',
      edges: [
        { from: 'o1', to: 'r3', type: 'located_in' },
        { from: 'o2', to: 'r4', type: 'located_in' },
        { from: 'd5', to: 'd4', type: 'controls' },
      ],
    });
    snapshot = await h.engine.index.get();
  });
  afterAll(() => h.dispose());

  it('spells syllabics in Roman orthography, finals and the qq before k included', () => {
    expect(syllabicsInRoman('ᖁᓪᓕᖅ')).toBe('qulliq');
    expect(syllabicsInRoman('ᐅᖅᓱᖅ')).toBe('uqsuq');
    expect(syllabicsInRoman('ᖃᑦᓯᐅᕚ')).toBe('qatsiuvaa');
    expect(syllabicsInRoman('ᓴᓇᕝᕕᒃ')).toBe('sanavvik');
    expect(syllabicsInRoman('ᐃᖅᑲᖅ')).toBe('iqqaq');
  });

  it('is gated on syllabics or a word only Inuktitut says, so other sentences pass by', () => {
    expect(maySayInuktitut('is the light on in the kitchen')).toBe(false);
    expect(maySayInuktitut('nauk ᖁᓪᓕᖅ?')).toBe(true);
    expect(maySayInuktitut('Sinigvik qanuq uunaqtiga')).toBe(true);
    expect(readInEnglish('is ᖁᓪᓕᖅ on', snapshot)).toBe('is ᖁᓪᓕᖅ on');
    // A lexicon noun in an English sentence with no Inuktitut verb may be a name (Uqsuq, the fuel company): kept.
    expect(readInEnglish("what's our account number with uqsuq", snapshot)).not.toMatch(/\boil\b/);
  });

  it('reads the verb said last as a frame of English, the syllabic names kept', () => {
    expect(readInEnglish('ᖁᓪᓕᖅ ikumajuq?', snapshot)).toBe('is ᖁᓪᓕᖅ on?');
    expect(readInEnglish('nauk ᖁᓪᓕᖅ?', snapshot)).toBe('where is ᖁᓪᓕᖅ?');
    expect(readInEnglish('ii. Sinigvik qanuq uunaqtiga', snapshot)).toBe('what is the temperature in Sinigvik');
    expect(readInEnglish('ᐅᖅᓱᖅ ᖃᑦᓯᐅᕚ?', snapshot)).toBe('how much oil is left?');
    expect(readInEnglish('ᖁᓪᓕᖅ off-lugu', snapshot)).toBe('turn ᖁᓪᓕᖅ off');
    expect(readInEnglish('qakugu qamittaaqpa?', snapshot)).toBe('when does it turn off?');
    expect(readInEnglish('atii 24 degrees-mut', snapshot)).toBe('set it to 24 degrees');
    // A home's syllabic name typed in Roman letters is that name.
    expect(readInEnglish('nauk qulliq?', snapshot)).toBe('where is ᖁᓪᓕᖅ?');
  });

  it('answers and proposes in Inuktitut through the real answer path', async () => {
    expect((await dialog('ᖁᓪᓕᖅ ikumajuq?')).text).toMatch(/is on/);
    expect((await dialog('Sinigvik qanuq uunaqtiga')).text).toContain('21.5');
    expect((await dialog('ᐅᖅᓱᖅ ᖃᑦᓯᐅᕚ?')).text).toContain('41');
    await proposes(['ᖁᓪᓕᖅ off-lugu'], ['ᖁᓪᓕᖅ'], 2);
    await proposes(['Sinigvik qanuq uunaqtiga', 'atii 24 degrees-mut'], ['Sinigvik thermostat'], 3);
  });

  it('takes a texted "k" before a command for "ok", never for "what turns it off"', async () => {
    await proposes(['is the space heater on', 'k turn it off'], ['Paul’s space heater'], 3);
    await proposes(['k turn off the space heater'], ['Paul’s space heater'], 3);
    expect((await dialog('what turns off the space heater')).text).toMatch(/Kasa plug hub/);
  });

  it('reads a texted "hows" as "how is"', async () => {
    const match = await h.engine.match('hows the cabin battery');
    expect(match?.intent).toBe('device_state');
    expect(match?.slots['device']?.type === 'entity' && match.slots['device'].entity.name).toBe('Cabin battery bank');
  });

  it('takes "can i run the generator in the porch" for a question about doing it, not for what runs it', async () => {
    expect((await h.engine.match('can i run the generator in the porch out of the wind'))?.intent).not.toBe('device_controllers');
    expect((await h.engine.match('what runs the generator'))?.intent).toBe('device_controllers');
  });

  it('unlocks the door of a place said, when the door keeps its own lock and no lock device is there', async () => {
    await proposes(['unlock the shed'], ['Shed overhead door'], 3);
    await proposes(['unlock the sea-can'], ['Container doors'], 3);
    expect((await dialog('is the sea-can locked')).text).toMatch(/locked \(Container doors\)/);
    const yard = await dialog('unlock the yard');
    expect(yard.text).toMatch(/no locks/);
  });
});

describe('round 43: a maker named by a question word', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await openSmallHome({
      entities: [
        { id: 'h', entity_type: 'home', name: 'Shed house', content: {} },
        room('r1', 'Hallway'),
        device('d1', 'Hallway smoke alarm', { type: 'security', capabilities: ['smoke', 'battery'], state: { smoke: 'clear', battery: '15%' } }),
        device('d2', 'Snowmobile battery tender', { type: 'charger', manufacturer: 'Battery Tender', capabilities: ['charging'], state: { status: 'float' } }),
      ],
      placeOf: {},
      fallbackRoom: 'r1',
      edgePrefix: 'iqb',
    });
  });
  afterAll(() => h.dispose());

  it('reads "battery" of a question as the battery asked about, not as the maker "Battery Tender"', async () => {
    for (const text of ['what needs new batteries', 'which one needs a battery']) {
      const answer = await h.responder.respond(text, h.context({ conversationId: `iqb-${text}`, role: 'admin' }));
      expect(answer?.text, text).toMatch(/Hallway smoke alarm: 15%/);
    }
    const maker = await h.responder.respond('battery tender devices', h.context({ conversationId: 'iqb-maker', role: 'admin' }));
    expect(maker?.text).toMatch(/Snowmobile battery tender/);
  });
});
