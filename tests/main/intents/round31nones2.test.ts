// Round 31, wrong "none" answers in homes named in other languages (fixer nones2). Each rule on a small home of its own:
//   - "is the tv on" where one TV is named in English ("TV Salon") and the other in Hebrew: which one, never a
//     confident "No" about the one whose name holds the English word (kindWordInOneName.ts); "Termo" beside "Caldera"
//     is another word in the same letters, so "the caldera" stays that one;
//   - "unlock the door" with doors named in Hebrew but one: the home's locks, asked which (bareDoorLocks.ts);
//   - "turn off the bedroom heating" on a radiator valve with only a setpoint: its lowest setpoint (valveOffAtLowest.ts);
//   - "disarm it" about a motion sensor: the alarm hub that manages it (controlledTarget.ts);
//   - "las valvulas de los radiadores cuáles son" is Spanish, not Danish "lås" (notDanish.ts);
//   - "regá el parque", "regá ahora un rato": the irrigation there starts (wateredTarget.ts, switchControl.ts).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { homeExportJson, roomAndDeviceEdges, type RawEntity } from './homeExportJson';
import { openHarness, type Harness } from './intentHarness';

const ROOMS: RawEntity[] = [
  { id: 'n2-salon', entity_type: 'room', name: 'Salon', content: {} },
  { id: 'n2-savta', entity_type: 'room', name: 'הסלון של סבתא', content: { description: "Savta's living room" } },
  { id: 'n2-bed', entity_type: 'room', name: 'Schlafzimmer', content: {} },
  { id: 'n2-veranda', entity_type: 'room', name: 'Veranda', content: {} },
  { id: 'n2-parque', entity_type: 'room', name: 'Parque', content: {} },
  { id: 'n2-cellar', entity_type: 'room', name: 'Bodega', content: {} },
];
const DEVICES: RawEntity[] = [
  { id: 'n2-tv1', entity_type: 'device', name: 'TV Salon', content: { type: 'tv', state: { power: 'off' } } },
  { id: 'n2-tv2', entity_type: 'device', name: 'טלוויזיה סבתא', content: { type: 'tv', state: { power: 'off' } } },
  { id: 'n2-lock1', entity_type: 'device', name: 'מנעול דלת כניסה', content: { type: 'lock', state: { locked: true } } },
  { id: 'n2-lock2', entity_type: 'device', name: 'מנעול סבתא', content: { type: 'lock', description: "smart lock on Savta's front door", state: { locked: false } } },
  { id: 'n2-trv', entity_type: 'device', name: 'Heizkörperthermostat Schlafzimmer', content: { type: 'climate', capabilities: ['temperature', 'setpoint'], state: { temperature: 18, setpoint: 18 } } },
  { id: 'n2-hub', entity_type: 'device', name: 'Alarm Hub', content: { type: 'alarm', description: 'alarm hub', state: { armed: true } } },
  { id: 'n2-motion', entity_type: 'device', name: 'Датчик руху веранда', content: { type: 'motion_sensor', state: { motion: false } } },
  { id: 'n2-valve1', entity_type: 'device', name: 'Válvula radiador Valen', content: { type: 'climate', capabilities: ['temperature', 'setpoint'], state: { temperature: 22, setpoint: 19 } } },
  { id: 'n2-valve2', entity_type: 'device', name: 'Válvula radiador Nonna', content: { type: 'climate', capabilities: ['temperature', 'setpoint'], state: { temperature: 20, setpoint: 20 } } },
  { id: 'n2-riego', entity_type: 'device', name: 'Riego parque', content: { type: 'irrigation', capabilities: ['zones', 'run'], state: { status: 'idle', zones: 4 } } },
  { id: 'n2-caldera', entity_type: 'device', name: 'Caldera gasoil', content: { type: 'boiler', capabilities: ['heating'], state: { burner: 'on' } } },
  { id: 'n2-termo', entity_type: 'device', name: 'Termo', content: { type: 'water_heater', state: { power: 'on' } } },
];
const DOORS: RawEntity[] = [
  { id: 'n2-door1', entity_type: 'door', name: 'דלת כניסה', content: { description: 'front door of the flat' } },
  { id: 'n2-door2', entity_type: 'door', name: 'Mirpeset door', content: { description: 'sliding glass door to the balcony', state: { contact: 'open' } } },
  { id: 'n2-door3', entity_type: 'door', name: 'דלת כניסה סבתא', content: { description: "Savta's front door" } },
];
const PLACE_OF = { 'n2-tv1': 'n2-salon', 'n2-tv2': 'n2-savta', 'n2-lock1': 'n2-salon', 'n2-lock2': 'n2-savta', 'n2-trv': 'n2-bed', 'n2-hub': 'n2-veranda', 'n2-motion': 'n2-veranda', 'n2-valve1': 'n2-bed', 'n2-valve2': 'n2-savta', 'n2-riego': 'n2-parque', 'n2-caldera': 'n2-cellar', 'n2-termo': 'n2-cellar' };

describe('round 31: wrong nones in homes named in other languages', () => {
  let h: Harness;
  beforeAll(async () => {
    const entities = [{ id: 'n2-home', entity_type: 'home', name: 'Casa', content: {} }, ...ROOMS, ...DEVICES, ...DOORS];
    const edges = [
      ...roomAndDeviceEdges('n2-home', ROOMS, DEVICES, PLACE_OF, 'n2-salon'),
      ...DOORS.map((d) => ({ from: d.id, to: d.id === 'n2-door3' ? 'n2-savta' : 'n2-salon', type: 'located_in' })),
      { from: 'n2-hub', to: 'n2-motion', type: 'manages' },
    ];
    h = await openHarness({ homeJson: homeExportJson(entities, edges, 'n2-rel') });
  });
  afterAll(() => h.dispose());
  let conversation = 0;
  const ask = (q: string, id = `c${++conversation}`) => h.responder.respond(q, h.context({ conversationId: id }));
  const targets = (a: Awaited<ReturnType<typeof ask>>) => a?.proposal?.targets.map((t) => t.name) ?? [];

  it('"is the tv on" with a TV named in English and one in Hebrew asks which', async () => {
    const a = await ask('is the tv on');
    expect(a?.text).toContain('Which one');
    expect(a?.text).toContain('TV Salon');
    expect(a?.text).toContain('טלוויזיה סבתא');
  });
  it('"where is the tv" still names the one whose name holds the word', async () => {
    expect((await ask('where is the tv'))?.text).toContain('TV Salon is in');
  });
  it('"the caldera" beside a "Termo" (same letters, another word) is the caldera', async () => {
    const a = await ask('is the caldera on');
    expect(a?.text).toContain('Caldera gasoil');
    expect(a?.text).not.toContain('Which one');
  });
  it('"unlock the door" where only one door is named in English asks which of the locks', async () => {
    const a = await ask('unlock the door for the delivery guy');
    expect(a?.proposal ?? undefined).toBeUndefined();
    expect(a?.text).toContain('מנעול דלת כניסה');
    expect(a?.text).toContain('מנעול סבתא');
    expect(a?.text).not.toContain('Mirpeset door has no lock');
  });
  it('a radiator valve with only a setpoint is turned off at its lowest setpoint', async () => {
    const a = await ask('schlafzimmer heizung aus');
    expect(targets(a)).toEqual(['Heizkörperthermostat Schlafzimmer']);
    expect(a?.text).toContain('no off switch');
    expect(a?.proposal?.changes[0]?.changes.content?.['state']).toMatchObject({ setpoint: 5 });
  });
  it('"disarm it" about a motion sensor disarms the alarm hub that manages it', async () => {
    await ask('any motion on the veranda', 'alarm');
    const a = await ask("disarm it, we're arriving", 'alarm');
    expect(targets(a)).toEqual(['Alarm Hub']);
    expect(a?.text).toContain('Датчик руху веранда is part of the alarm of Alarm Hub');
  });
  it('a Spanish question opening with "las" is no Danish lock command', async () => {
    const a = await ask('las valvulas de los radiadores cuáles son');
    expect(a?.proposal ?? undefined).toBeUndefined();
    expect(a?.text).not.toContain('no lock');
    expect(a?.text).toContain('Válvula radiador Valen');
    expect(a?.text).toContain('Válvula radiador Nonna');
  });
  it('"regá el parque" starts the irrigation there', async () => {
    expect(targets(await ask('regá el parque'))).toEqual(['Riego parque']);
  });
  it('"regá ahora un rato" with one irrigation in the home starts it', async () => {
    expect(targets(await ask('regá ahora un rato, está seco'))).toEqual(['Riego parque']);
  });
});
