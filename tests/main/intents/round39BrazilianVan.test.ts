// Issue 12, round 39 (the campervan home): Brazilian Portuguese requests with their reason after a comma ("desliga o
// aquecedor, já esquentou"), whom they are for ("destranca a porta do flat pro Tama") or "antes de" + verb ("antes de
// sair") are the request (romanceReasons.ts, lexicon/romanceReasons.json); Portuguese words the frames lacked
// (velocidade, luz de leitura, têm, fabrica, aumenta; lexicon/frames.romance.json); and "the flat" said as a place is
// no flat battery (answerSearch.ts).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RawEntity } from './homeExportJson';
import { dialogsOver } from './dialogsOver';
import type { Harness } from './intentHarness';
import { device, openSmallHome, room, zone } from './smallHome';
import { withoutRomanceReason } from '../../../src-main/intents/languages/romanceReasons';
import { hazardAsDetectors } from '../../../src-main/intents/hazardDetectors';
import { entityRisk } from '../../../src-main/tools/entityChangeTier';

const ENTITIES: RawEntity[] = [
  { id: 't39b-home', entity_type: 'home', name: 'Van e apê', content: {} },
  zone('t39b-van', 'The van'),
  zone('t39b-apt', 'City flat'),
  room('t39b-lounge', 'Lounge (sala)'),
  room('t39b-bed', 'Bed platform'),
  room('t39b-hall', 'Hallway (flat)'),
  device('t39b-heater', 'Aquecedor (diesel heater)', { type: 'climate', capabilities: ['on_off', 'setpoint', 'temperature'], state: { power: 'on', setpoint: 18, temperature: 12 } }),
  device('t39b-fan', 'Roof fan', { type: 'fan', manufacturer: 'Airxcel', capabilities: ['on_off', 'speed'], state: { power: 'on', speed: 3 } }),
  device('t39b-rl1', 'Reading light (Ana)', { type: 'light', capabilities: ['on_off'], state: { power: 'off' } }),
  device('t39b-rl2', 'Reading light (Rui)', { type: 'light', capabilities: ['on_off'], state: { power: 'off' } }),
  device('t39b-lock', 'Flat door lock', { type: 'lock', capabilities: ['lock_unlock', 'battery'], state: { locked: true, battery: 47 } }),
  device('t39b-smoke', 'Smoke alarm (hallway)', { type: 'safety', capabilities: ['smoke', 'battery'], state: { smoke: 'clear', battery: 90 } }),
  device('t39b-vansmoke', 'Smoke alarm (van)', { type: 'safety', capabilities: ['smoke', 'battery'], state: { smoke: 'clear', battery: 12 } }),
];
const ROOM_OF: Record<string, string> = {
  't39b-heater': 't39b-lounge', 't39b-fan': 't39b-lounge', 't39b-rl1': 't39b-bed', 't39b-rl2': 't39b-bed',
  't39b-lock': 't39b-hall', 't39b-smoke': 't39b-hall', 't39b-vansmoke': 't39b-bed',
};
const PARENT_OF: Record<string, string> = { 't39b-lounge': 't39b-van', 't39b-bed': 't39b-van', 't39b-hall': 't39b-apt' };

let home: Harness;
const { dialog, proposes } = dialogsOver(() => home, 't39b');

beforeAll(async () => {
  home = await openSmallHome({ entities: ENTITIES, placeOf: ROOM_OF, parentOf: PARENT_OF, fallbackRoom: 't39b-lounge', edgePrefix: 't39b-edge' });
});
afterAll(() => home.dispose());

describe('a Portuguese request, then why', () => {
  it('"desliga o aquecedor, já esquentou": the remark after the comma is left out', async () => {
    await proposes(['desliga o aquecedor, já esquentou'], ['Aquecedor (diesel heater)'], 3);
  });
  it('"destranca a porta do flat pro Tama": whom it is for is left out', async () => {
    await proposes(['destranca a porta do flat pro Tama'], ['Flat door lock'], 3);
  });
  it('"desliga o ventilador antes de sair": before leaving is now', async () => {
    await proposes(['desliga o roof fan antes de sair'], ['Roof fan'], 2);
  });
  it('"para" with a number after it is the setting, never a reason', async () => {
    expect(withoutRomanceReason('liga o aquecedor para 21', await home.engine.index.get())).toBe('liga o aquecedor para 21');
  });
  it('a clause after a comma that names a thing of the home stays', async () => {
    expect(withoutRomanceReason('desliga o aquecedor, já o roof fan', await home.engine.index.get())).toContain('roof fan');
  });
});

describe('Portuguese words the frames read', () => {
  it('"acende a luz de leitura" asks which reading light', async () => {
    const a = await dialog('acende a luz de leitura, por favor');
    expect(a.text).toContain('Reading light (Ana)');
    expect(a.text).toContain('Reading light (Rui)');
    expect(a.proposal ?? undefined).toBeUndefined();
  });
  it('"qual a velocidade do roof fan agora" says its speed', async () => {
    expect((await dialog('qual a velocidade do roof fan agora')).text).toContain('speed 3');
  });
  it('"quem fabrica o roof fan" names its maker', async () => {
    expect((await dialog('quem fabrica o roof fan')).text).toContain('Airxcel');
  });
});

describe('"the flat" said as a place', () => {
  it('"which devices in the flat have batteries" lists them, never only the flat ones that are low', async () => {
    const a = await dialog('Which devices in the flat have batteries?');
    expect(a.text).toContain('Flat door lock');
    expect(a.text).toContain('Smoke alarm (hallway)');
    expect(a.text).not.toContain('No battery is low');
  });
});

describe('a part the device opens and closes, and "fires" as a verb', () => {
  let lidHome: Harness;
  beforeAll(async () => {
    lidHome = await openSmallHome({
      entities: [
        { id: 't39l-home', entity_type: 'home', name: 'Van', content: {} },
        room('t39l-lounge', 'Lounge'),
        device('t39l-fan', 'Roof vent fan', { type: 'fan', capabilities: ['on_off', 'speed', 'lid'], state: { power: 'on', speed: 3, lid: 'open' } }),
        device('t39l-desk', 'Desk fan', { type: 'fan', capabilities: ['on_off'], state: { power: 'on' } }),
      ],
      placeOf: {}, fallbackRoom: 't39l-lounge', edgePrefix: 't39l-edge',
    });
  });
  afterAll(() => lidHome.dispose());
  const ask = async (text: string) => lidHome.responder.respond(text, lidHome.context({ conversationId: `t39l-${text}`, role: 'admin' }));
  it('"close the roof vent fan lid, looks like rain" closes the lid the fan lists (tier 2)', async () => {
    const a = await ask('close the roof vent fan lid, looks like rain');
    expect(a?.proposal?.targets.map((t) => t.name), a?.text).toEqual(['Roof vent fan']);
    expect(a?.proposal?.tier).toBe(2);
    expect(JSON.stringify(a?.proposal?.changes)).toContain('closed');
  });
  it('"close the desk fan" still has nothing to close', async () => {
    const a = await ask('close the desk fan');
    expect(a?.proposal ?? undefined).toBeUndefined();
  });
  it('"the automation fires on …" keeps its verb; "an automation for fire" is about smoke alarms', () => {
    expect(hazardAsDetectors('which automation fires on low soc')).toBe('which automation fires on low soc');
    expect(hazardAsDetectors('is there an automation for fire')).toBe('is there an automation for smoke alarm');
  });
});

describe('where a cover is, said in its description, is no evidence of what it drives', () => {
  const thing = (content: Record<string, unknown>) => ({ entity_type: 'device' as const, content });
  it('an awning whose wall switch is "by the sliding door" is an awning (low), not a door', () => {
    expect(entityRisk(thing({ type: 'cover', capabilities: ['open_close', 'position'], description: 'the awning, 12V motor, wall switch by the sliding door' }))).toBe('low');
  });
  it('a detector "next to the boiler" and a plug "by the heater" keep every word (high)', () => {
    expect(entityRisk(thing({ type: 'sensor', capabilities: ['co'], description: 'carbon monoxide detector next to the boiler' }))).toBe('high');
    expect(entityRisk(thing({ type: 'plug', capabilities: ['on_off'], description: 'smart plug by the heater' }))).toBe('high');
  });
  it('a cover that drives a door says so outside a place phrase (high)', () => {
    expect(entityRisk(thing({ type: 'cover', capabilities: ['open_close'], description: 'garage door opener, switch by the awning' }))).toBe('high');
  });
});

describe('a zone whose description lists its rooms, named with an aka in brackets', () => {
  let vanHome: Harness;
  beforeAll(async () => {
    vanHome = await openSmallHome({
      entities: [
        { id: 't39z-home', entity_type: 'home', name: 'Van and flat', content: {} },
        zone('t39z-van', 'The van', { description: 'the Sprinter: cab, lounge, galley and the roof' }),
        room('t39z-cab', 'Cab (cabine)'),
        room('t39z-galley', 'Galley (cozinha)'),
        device('t39z-dash', 'Dashcam', { type: 'camera', capabilities: ['recording'], state: { power: 'standby' } }),
        device('t39z-gps', 'GPS tracker', { type: 'sensor', capabilities: ['location'], state: { location: 'Tekapo' } }),
        device('t39z-strip', 'Galley strip', { type: 'light', capabilities: ['on_off'], state: { power: 'on' } }),
      ],
      placeOf: { 't39z-dash': 't39z-cab', 't39z-gps': 't39z-cab', 't39z-strip': 't39z-galley' },
      parentOf: { 't39z-cab': 't39z-van', 't39z-galley': 't39z-van' },
      fallbackRoom: 't39z-cab', edgePrefix: 't39z-edge',
    });
  });
  afterAll(() => vanHome.dispose());
  it('"how many devices are in the cab" counts the Cab (cabine), not the whole van', async () => {
    const a = await vanHome.responder.respond('How many devices are in the cab', vanHome.context({ conversationId: 't39z-1', role: 'admin' }));
    expect(a?.text).toContain('2 devices in the Cab (cabine)');
  });
});
